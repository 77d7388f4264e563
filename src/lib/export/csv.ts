/**
 * The areas table as CSV: a header naming the view, sources and licences, then one row per area.
 * Cells are quoted where needed and cells that a spreadsheet would run as a formula are defused.
 */
export interface CsvMeta {
  title: string;
  view: string;
  sources: string[];
  url: string;
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A leading = + - @ (or tab/CR) makes spreadsheets evaluate the cell: keep it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(meta: CsvMeta, header: string[], rows: (string | number | null)[][]): string {
  const comments = [
    `# ${meta.title}`,
    `# ${meta.view}`,
    ...meta.sources.map((s) => `# Source: ${s}`),
    `# View: ${meta.url}`,
  ].map((line) => line.replace(/[\r\n]+/g, ' '));
  const body = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return [...comments, ...body].join('\r\n') + '\r\n';
}

/** Offers text as a file download without any request leaving the page. */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
