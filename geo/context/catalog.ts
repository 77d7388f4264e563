/** Reads the sources catalog that lists the analysis articles and what each says about itself. */
import { PipelineError } from '../pipeline.ts';
import type { CatalogEntry } from './types.ts';

function field(
  file: string,
  id: string,
  entry: Record<string, unknown>,
  key: string,
  kind: 'string' | 'nullable',
): string | null {
  const value = entry[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (kind === 'nullable' && value === null) return null;
  throw new PipelineError(
    file,
    kind === 'string' ? 'expected a non-empty string' : 'expected a string or null',
    {
      row: id,
      field: key,
    },
  );
}

export function parseCatalog(json: unknown, file: string): CatalogEntry[] {
  const sources = (json as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources) || sources.length === 0) {
    throw new PipelineError(file, 'expected a non-empty "sources" array', { field: 'sources' });
  }
  const seen = new Set<string>();
  return sources.map((raw: unknown, index): CatalogEntry => {
    if (typeof raw !== 'object' || raw === null)
      throw new PipelineError(file, 'expected an object', { row: index });
    const entry = raw as Record<string, unknown>;
    const id = field(file, String(index), entry, 'id', 'string') as string;
    if (seen.has(id)) throw new PipelineError(file, 'duplicate source id', { row: id, field: 'id' });
    seen.add(id);
    if (typeof entry.date_approximate !== 'boolean') {
      throw new PipelineError(file, 'expected true or false', { row: id, field: 'date_approximate' });
    }
    const date = field(file, id, entry, 'date', 'nullable');
    if (date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
      throw new PipelineError(file, `date is not YYYY, YYYY-MM or YYYY-MM-DD: ${date}`, {
        row: id,
        field: 'date',
      });
    }
    const fileName = field(file, id, entry, 'file', 'string') as string;
    // articles must sit beside the catalog; a path would let it point anywhere
    if (/[\\/]/.test(fileName))
      throw new PipelineError(file, 'file must be a bare file name', { row: id, field: 'file' });
    return {
      id,
      file: fileName,
      title: field(file, id, entry, 'title', 'string') as string,
      author: field(file, id, entry, 'author', 'nullable'),
      outlet: field(file, id, entry, 'outlet', 'nullable'),
      date,
      dateApproximate: entry.date_approximate,
      dateBasis: field(file, id, entry, 'date_basis', 'string') as string,
      url: field(file, id, entry, 'url', 'nullable'),
      kind: 'article',
    };
  });
}
