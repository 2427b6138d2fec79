// IndexedDB as promises, for the extension's stores (index-store.ts, memory-store.ts).

/**
 * A database opened once and kept: `upgrade` makes its object stores (from those of version `old`, 0 for
 * none, in the upgrade's transaction). Another context that upgrades it closes this connection, and the
 * next call opens it again; a failed open is tried again too.
 */
export function database(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase, old: number, tx: IDBTransaction) => void,
): () => Promise<IDBDatabase> {
  let opening: Promise<IDBDatabase> | null = null;
  return () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, version);
      request.onupgradeneeded = (e) => upgrade(request.result, e.oldVersion, request.transaction!);
      request.onsuccess = () => {
        request.result.onversionchange = () => {
          request.result.close();
          opening = null;
        };
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    }).catch((e) => {
      opening = null;
      throw e;
    });
    return opening;
  };
}

/** Settles when a transaction commits, or fails with why it did not. */
export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('the storage transaction was aborted'));
  });
}

/** A request's result. */
export function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}
