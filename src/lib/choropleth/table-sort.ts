/** Sorting for the areas table: numbers descending first, names ascending; no-data always last. */
export type SortKey = 'name' | 'province' | 'count' | 'value' | 'rank';

export interface SortableRow {
  name: string;
  province: string;
  count: number | null;
  value: number | null;
  rank: number | null;
}

export function sortRows<T extends SortableRow>(rows: readonly T[], key: SortKey, ascending: boolean): T[] {
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return a.name.localeCompare(b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return order === 0 ? a.name.localeCompare(b.name) : order * direction;
  });
}
