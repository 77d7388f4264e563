/**
 * The date the map and the border panels are drawn at, as `YYYY-MM-DD`, within the span the border
 * data can speak to (January 2025 to March 2026). Anything else reads as no date. Days are whole UTC
 * days as strings, which sort and compare as strings; the pipeline's border stage counts and writes
 * them with the same functions.
 */
export const BORDER_DATE_MIN = '2025-01-01';
export const BORDER_DATE_MAX = '2026-03-31';
/** The year range that shows the date control. */
export const BORDER_YEARS: readonly [number, number] = [2025, 2026];

const DAY_MS = 86_400_000;

export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function parseBorderDate(value: string | undefined): string | null {
  if (value === undefined || !isDay(value)) return null;
  return value >= BORDER_DATE_MIN && value <= BORDER_DATE_MAX ? value : null;
}

export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.max(
    0,
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1,
  );
}

/** Day index from `origin` (0 for the origin itself): the x of a time axis. */
export function dayIndex(origin: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${origin}T00:00:00Z`)) / DAY_MS);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-10-12` -> `12 Oct 2025`. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** `2025-10` -> `Oct 2025`. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

/** Whether a year range lies within the years the border data covers. */
export function yearsShowDate(years: readonly [number, number]): boolean {
  return years[0] >= BORDER_YEARS[0] && years[1] <= BORDER_YEARS[1];
}

/** An event's date as precise as its source: `12 Oct 2025`, `Jan 2025`, `early Mar 2025`. */
export function formatEventDate(event: { date: string; datePrecision: string; day: string }): string {
  if (event.datePrecision === 'day') return formatDay(event.day);
  const month = formatMonth(event.day.slice(0, 7));
  const part = event.date.match(/\((early|mid|late)\)/)?.[1];
  return part ? `${part} ${month}` : month;
}

/** What the border symbols on an exported map mean, for the day they are drawn at. */
export function borderMapNote(day: string): string {
  return `Border as on ${formatDay(day)}: crossings closed (red square with a cross), open (green circle), open for refugees or aid only (amber diamond), unknown (grey ring with a question mark); air strikes (purple triangles) and clashes (orange stars) up to that day.`;
}
