/** Checks `data/border.json` against its contract and its own cross-references. */
import * as v from 'valibot';
import { borderDataSchema, type BorderData } from '../contracts/border';
import { DataError } from '../contracts/data-error';

const FILE = 'data/border.json';

export function validateBorder(json: unknown): BorderData {
  const result = v.safeParse(borderDataSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path ?? [];
    const where = path
      .slice(0, 2)
      .map((p) => String(p.key))
      .join(' ');
    const field = path
      .slice(2)
      .map((p) => String(p.key))
      .join('.');
    throw new DataError(
      FILE,
      where || 'top level',
      field || String(path.at(-1)?.key ?? 'file'),
      issue.message,
    );
  }
  const data = result.output;
  const ids = new Set(data.events.map((e) => e.id));
  data.crossings.forEach((crossing, c) =>
    crossing.intervals.forEach((interval, i) => {
      for (const id of interval.citations) {
        if (!ids.has(id))
          throw new DataError(FILE, `crossings ${c} intervals ${i}`, 'citations', `no event "${id}"`);
      }
    }),
  );
  return data;
}
