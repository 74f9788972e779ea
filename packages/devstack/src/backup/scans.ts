import path from 'node:path';
import type { ClientBase } from 'pg';
import type { TableInfo } from './catalog';
import type { FileEntry } from './manifest';
import { count, Progress } from './progress';
import { hashFile } from './table-data';

/**
 * The document scans live in a folder, not in the database: the certificates subgraph writes each one once
 * (`subgraphs/certificates/src/storage/scan-storage.ts`, flag `wx`) before it inserts the row that refers to
 * it, and never changes or deletes it. So the files a database snapshot refers to are all on disk when the
 * snapshot is taken, and stay as they were: copying them after the snapshot gives a consistent pair. A scan
 * uploaded later is not referred to by the snapshot and is not needed.
 */
export const SCAN_ROWS = {
  schema: 'certificates',
  name: 'document_scans',
  key: 'storage_key',
  size: 'size_bytes',
} as const;

export interface ReferencedScan {
  key: string;
  bytes: number;
}

/** The same rule as the storage's: a key is a relative path of lowercase letters, digits, dashes and slashes. */
export function isStorageKey(key: string): boolean {
  return /^[a-z0-9/-]+$/.test(key) && !key.includes('..') && !key.startsWith('/');
}

/** The scans the snapshot refers to; call it inside the snapshot's transaction. */
export async function referencedScans(client: ClientBase, tables: TableInfo[]): Promise<ReferencedScan[]> {
  if (!tables.some((table) => table.schema === SCAN_ROWS.schema && table.name === SCAN_ROWS.name)) return [];
  const { rows } = await client.query<{ key: string; bytes: number }>(
    `SELECT DISTINCT ${SCAN_ROWS.key} AS key, ${SCAN_ROWS.size} AS bytes FROM ${SCAN_ROWS.schema}.${SCAN_ROWS.name} ORDER BY 1`,
  );
  return rows;
}

/** Hashes every referenced scan in the storage folder; a scan not there, or not whole, is listed as missing. */
export async function collectScans(
  scansDir: string,
  scans: ReferencedScan[],
  progress: Progress,
  signal?: AbortSignal,
): Promise<{ found: FileEntry[]; missing: string[] }> {
  const found: FileEntry[] = [];
  const missing: string[] = [];
  let bytes = 0;
  for (const [index, scan] of scans.entries()) {
    signal?.throwIfAborted();
    if (!isStorageKey(scan.key)) {
      missing.push(scan.key);
      continue;
    }
    try {
      const file = await hashFile(path.join(scansDir, scan.key));
      if (file.bytes !== Number(scan.bytes)) {
        missing.push(scan.key);
        continue;
      }
      found.push({ path: scan.key, ...file });
      bytes += file.bytes;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(scan.key);
    }
    progress.tick(`  сканы: ${count(index + 1)} из ${count(scans.length)}, ${(bytes / 1024 / 1024).toFixed(1)} МБ`);
  }
  return { found, missing };
}
