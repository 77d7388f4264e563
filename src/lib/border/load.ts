/** Loads `data/border.json` once, checked against its contract and its own cross-references. */
import type { BorderData } from '../contracts/border';
import { loadData } from '../data/load';
import { validateBorder } from './validate';

let download: Promise<BorderData> | null = null;

export function loadBorder(): Promise<BorderData> {
  // the loader checks the contract; validateBorder also checks the file's own cross-references
  download ??= loadData('border.json').then(validateBorder);
  // A failed download may be retried on the next use.
  download.catch(() => (download = null));
  return download;
}
