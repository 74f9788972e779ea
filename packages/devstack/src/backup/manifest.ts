import type { AnySubgraphModule } from '@pfdo/platform';
import type { SequenceValue } from './catalog';

/** The archive's format; a restore refuses any other. */
export const BACKUP_FORMAT = 'pfdo-backup/1';
export const MANIFEST_FILE = 'manifest.json';
export const GATEWAY_SECRET_ENTRY = 'gateway-secret';
export const TABLES_DIR = 'tables';
export const SCANS_DIR = 'scans';

export interface TableEntry {
  schema: string;
  name: string;
  columns: string[];
  key: string[];
  collatableKey: string[];
  /** The file of the table's rows in the archive (COPY text format), absent for an excluded table. */
  file: string | null;
  rows: number;
  bytes: number;
  sha256: string | null;
  /** Why the table's rows are not in the archive (sessions). */
  excluded?: string;
}

export interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  /** When the database snapshot was taken (the data is as of this moment), and when the archive was done. */
  snapshotAt: string;
  finishedAt: string;
  version: {
    /** The commit of the code that wrote the archive, when it runs from a git checkout. */
    commit: string | null;
    node: string;
    postgres: string;
  };
  /** Where the data came from: the embedded PostgreSQL of a data folder, or the host and database of DATABASE_URL. */
  source: string;
  /** Each subgraph schema's applied migrations, in order: a restore needs code with exactly these. */
  migrations: Record<string, string[]>;
  tables: TableEntry[];
  sequences: SequenceValue[];
  /** Every scan the snapshot's documents refer to, by storage key. */
  scans: FileEntry[];
  /** Scans the snapshot refers to that were not found in the storage (or not whole) when the backup ran. */
  missingScans: string[];
  /** Other files: the generated gateway secret. */
  files: FileEntry[];
}

/** Each schema's migrations as this code has them, in the order they are applied. */
export function codeMigrations(modules: ReadonlyArray<AnySubgraphModule>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const module of modules) {
    // No connection is opened: the data source only lists its migration classes.
    const migrations = module.createDataSource('postgres://localhost/unused').options.migrations;
    if (!Array.isArray(migrations)) throw new Error(`${module.name}: migrations are not listed as classes`);
    result[module.schema] = migrations.map((migration) => {
      if (typeof migration !== 'function') throw new Error(`${module.name}: migrations are not listed as classes`);
      const MigrationClass = migration as new () => { name?: string };
      return new MigrationClass().name ?? MigrationClass.name;
    });
  }
  return result;
}

/** The differences between an archive's migrations and the code's, in words for the operator; [] when equal. */
export function migrationDifferences(archive: Record<string, string[]>, code: Record<string, string[]>): string[] {
  const differences: string[] = [];
  for (const schema of new Set([...Object.keys(code), ...Object.keys(archive)])) {
    const inArchive = archive[schema];
    const inCode = code[schema];
    if (!inArchive) {
      differences.push(`схемы ${schema} нет в архиве`);
      continue;
    }
    if (!inCode) {
      differences.push(`схемы ${schema} из архива нет в этой версии кода`);
      continue;
    }
    if (inArchive.join('\n') === inCode.join('\n')) continue;
    const onlyArchive = inArchive.filter((name) => !inCode.includes(name));
    const onlyCode = inCode.filter((name) => !inArchive.includes(name));
    const parts = [];
    if (onlyArchive.length) parts.push(`только в архиве: ${onlyArchive.join(', ')}`);
    if (onlyCode.length) parts.push(`только в коде: ${onlyCode.join(', ')}`);
    if (!parts.length) parts.push('другой порядок');
    differences.push(`${schema}: ${parts.join('; ')}`);
  }
  return differences;
}

export function parseManifest(text: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw new RestoreRefused('manifest.json архива повреждён');
  }
  if (manifest?.format !== BACKUP_FORMAT) {
    throw new RestoreRefused(
      `формат архива «${String(manifest?.format)}» не поддерживается: ожидается ${BACKUP_FORMAT}`,
    );
  }
  return manifest;
}

/** A restore that cannot go ahead, for a reason the operator can act on; nothing has been changed. */
export class RestoreRefused extends Error {}
