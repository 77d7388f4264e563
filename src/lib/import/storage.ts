/**
 * Keeps the latest import in this browser's IndexedDB (never sent anywhere) until the user forgets
 * it, so a reload or a link to a view of it finds it again. One import is kept: a new one that is
 * read to its end replaces it in the same transaction, and a failed or cancelled one leaves it be.
 */
import type { ImportResult } from './types.ts';

const DB_NAME = 'frontier-atlas-import';
const STORE = 'imports';
/** the key of the one import kept */
const CURRENT = 'current';

export interface KeptImport {
  datasetId: string;
  fileName: string;
  result: ImportResult;
}

export interface KeptSummary {
  datasetId: string;
  fileName: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function open(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
    db.createObjectStore(STORE);
    // a small record beside the big one, so the page can learn what is kept without reading it
    db.createObjectStore(`${STORE}-summary`);
  };
  return request(req);
}

/** Replaces the kept import with `result`. Resolves once it is on disk. */
export async function keepImport(result: ImportResult): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction([STORE, `${STORE}-summary`], 'readwrite');
    const record: KeptImport = { datasetId: result.datasetId, fileName: result.fileName, result };
    const summary: KeptSummary = { datasetId: result.datasetId, fileName: result.fileName };
    tx.objectStore(STORE).put(record, CURRENT);
    tx.objectStore(`${STORE}-summary`).put(summary, CURRENT);
    await done(tx);
  } finally {
    db.close();
  }
}

/** Which import is kept, without reading its table; null when none is. */
export async function keptSummary(): Promise<KeptSummary | null> {
  const db = await open();
  try {
    const tx = db.transaction(`${STORE}-summary`, 'readonly');
    const value = (await request(tx.objectStore(`${STORE}-summary`).get(CURRENT))) as KeptSummary | undefined;
    return value ?? null;
  } finally {
    db.close();
  }
}

/** The kept import if it is the one named, else null. */
export async function readKept(datasetId: string): Promise<ImportResult | null> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readonly');
    const value = (await request(tx.objectStore(STORE).get(CURRENT))) as KeptImport | undefined;
    return value && value.datasetId === datasetId ? value.result : null;
  } finally {
    db.close();
  }
}

/** Removes the kept import from this browser. */
export async function forgetKept(): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction([STORE, `${STORE}-summary`], 'readwrite');
    tx.objectStore(STORE).delete(CURRENT);
    tx.objectStore(`${STORE}-summary`).delete(CURRENT);
    await done(tx);
  } finally {
    db.close();
  }
}
