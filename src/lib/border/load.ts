/** Loads `data/border.json` once, checked against its contract and its own cross-references. */
import borderUrl from '../../../data/border.json?url';
import type { BorderData } from '../contracts/border';
import { fetchJson } from '../data/load';
import { validateBorder } from './validate';

let download: Promise<BorderData> | null = null;

export function loadBorder(): Promise<BorderData> {
  download ??= fetchJson('data/border.json', borderUrl).then(validateBorder);
  // A failed download may be retried on the next use.
  download.catch(() => (download = null));
  return download;
}
