import DataLoader from 'dataloader';

/**
 * A DataLoader that fetches rows by key with one query per batch and returns them in key order,
 * `null` for a key with no row.
 */
export function byKeyLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A DataLoader for one-to-many relations: all rows of each parent key, with one query per batch. */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  parentKeyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(parentKeyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * One value per request, made the first time a resolver of the request asks: a module's own loaders, kept
 * beside the request's context rather than in the subgraph's shared list of loaders.
 */
export function perRequest<C extends object, T>(create: (context: C) => T): (context: C) => T {
  const made = new WeakMap<C, T>();
  return (context) => {
    let value = made.get(context);
    if (value === undefined) {
      value = create(context);
      made.set(context, value);
    }
    return value;
  };
}
