/**
 * Keeps the latest import in this browser's IndexedDB (never sent anywhere) until the user forgets
 * it, so a reload or a link to a view of it finds it again. One import is kept: a new one that is
 * read to its end replaces it in the same transaction, and a failed or cancelled one leaves it be.
 * Each column is a record of its own: one value of a million rows' columns (some hundreds of MB)
 * made Chromium end the transaction.
 */
import { EVENT_COLUMN_NAMES } from './event-columns.ts';
import type { ImportedEvents, ImportResult } from './types.ts';

const DB_NAME = 'frontier-atlas-import';
const STORE = 'imports';
/** the key of the one import kept */
const CURRENT = 'current';

/** The result without its columns, which are kept one record each under `column:<name>`. */
type KeptHead = Omit<ImportResult, 'events'> & {
  events: Pick<ImportedEvents, 'count' | 'districtIds' | 'provinceIds'>;
};

const HEAD = 'head';

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

/** Replaces the kept import with `result`. Resolves once it is on disk; on failure nothing changes. */
export async function keepImport(result: ImportResult): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction([STORE, `${STORE}-summary`], 'readwrite');
    const finished = done(tx);
    try {
      const store = tx.objectStore(STORE);
      store.clear();
      const { events, ...rest } = result;
      const head: KeptHead = {
        ...rest,
        events: { count: events.count, districtIds: events.districtIds, provinceIds: events.provinceIds },
      };
      store.put(head, HEAD);
      for (const name of EVENT_COLUMN_NAMES) store.put(events[name], `column:${name}`);
      const summary: KeptSummary = { datasetId: result.datasetId, fileName: result.fileName };
      tx.objectStore(`${STORE}-summary`).put(summary, CURRENT);
    } catch (error) {
      // a put refused at once (a value the browser cannot store): nothing of this import is kept
      tx.abort();
      await finished.catch(() => {});
      throw error;
    }
    await finished;
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
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    const head = (await request(store.get(HEAD))) as KeptHead | undefined;
    if (!head || head.datasetId !== datasetId) return null;
    const columns = await Promise.all(EVENT_COLUMN_NAMES.map((name) => request(store.get(`column:${name}`))));
    const events = { ...head.events } as Record<string, unknown>;
    EVENT_COLUMN_NAMES.forEach((name, i) => (events[name] = columns[i]));
    // imports kept before the atlas named formats lack these fields
    return {
      ...head,
      detected: head.detected ?? null,
      summary: {
        ...head.summary,
        notCounted: head.summary.notCounted ?? 0,
        byRule: head.summary.byRule ?? [],
      },
      events: events as unknown as ImportedEvents,
    };
  } finally {
    db.close();
  }
}

/** Removes the kept import from this browser. */
export async function forgetKept(): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction([STORE, `${STORE}-summary`], 'readwrite');
    tx.objectStore(STORE).clear();
    tx.objectStore(`${STORE}-summary`).delete(CURRENT);
    await done(tx);
  } finally {
    db.close();
  }
}
