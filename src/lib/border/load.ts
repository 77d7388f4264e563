/** Loads `data/border.json` once, checked against its contract and its own cross-references. */
import type { BorderData } from '../contracts/border';
import { loadData } from '../data/load';
import { dataStatus } from '../state/data-status.svelte';
import { validateBorder } from './validate';

let download: Promise<BorderData> | null = null;

export function loadBorder(): Promise<BorderData> {
  // the loader checks the contract; validateBorder also checks the file's own cross-references
  download ??= loadData('border.json').then(validateBorder);
  // A failure is named in the banner; the loader keeps it, so the file is not fetched again.
  download.catch((error: unknown) => {
    download = null;
    dataStatus.report('border.json', error);
  });
  return download;
}
