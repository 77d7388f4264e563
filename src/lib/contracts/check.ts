/** Checks a data file's content against its contract: the pipeline before writing, the app after fetching. */
import * as v from 'valibot';
import { DataError, dataErrorOf } from './data-error.ts';
import { DATA_FILES, dataPath, type DataFileName, type DataOf } from './manifest.ts';

/** Checks `json` against a contract: the typed content, or a DataError naming file, row and field. */
export function parseDataFile<S extends v.GenericSchema>(
  file: string,
  schema: S,
  json: unknown,
): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (!result.success) throw dataErrorOf(file, result.issues);
  return result.output;
}

export async function checkDataFile<K extends DataFileName>(name: K, json: unknown): Promise<DataOf<K>> {
  return parseDataFile(dataPath(name), await DATA_FILES[name].schema(), json) as DataOf<K>;
}

/** Parses JSON text, naming the file when it is not JSON (a download cut short, a server's error page). */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError(file, 'top level', 'json', (error as Error).message);
  }
}
