/**
 * The error every contract check throws: it names the file, the feature (or row) and the field,
 * so a broken build or a broken download never shows a silently wrong map.
 */
import type * as v from 'valibot';

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${where}, field "${field}": ${detail}`);
    this.name = 'DataError';
  }
}

/** "features" -> "feature", "claims" -> "claim": how a row of a top-level list is named in a message. */
function rowName(listKey: string): string {
  return listKey.endsWith('s') ? listKey.slice(0, -1) : listKey;
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { id?: unknown; properties?: { id?: unknown } };
  const id = record.properties?.id ?? record.id;
  return typeof id === 'string' ? id : null;
}

/** The first issue as a DataError: "feature 12 (kech), field "formerFata"", "claim 3, field "places"". */
export function dataErrorOf(file: string, issues: readonly v.BaseIssue<unknown>[]): DataError {
  const issue = issues[0];
  if (!issue) return new DataError(file, 'top level', '-', 'invalid');
  const path = issue.path ?? [];
  const keys = path.map((item) => String(item.key));
  const [list, row] = path;
  if (list && row && typeof row.key === 'number' && Array.isArray(list.value)) {
    const id = idOf(row.value);
    const rest = keys.slice(2);
    // a feature's properties are its fields
    const field = (rest[0] === 'properties' ? rest.slice(1) : rest).join('.');
    return new DataError(
      file,
      `${rowName(keys[0]!)} ${row.key}${id ? ` (${id})` : ''}`,
      field || rest.join('.') || '-',
      issue.message,
    );
  }
  return new DataError(file, 'top level', keys.join('.') || '-', issue.message);
}
