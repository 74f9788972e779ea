import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { SUBGRAPHS } from '../subgraphs';
import { writeArchive } from './archive';
import { listTables, qualifiedName, readSequences, tableId, useStableOutput } from './catalog';
import {
  BACKUP_FORMAT,
  FileEntry,
  GATEWAY_SECRET_ENTRY,
  Manifest,
  MANIFEST_FILE,
  SCANS_DIR,
  TABLES_DIR,
  TableEntry,
} from './manifest';
import { count, megabytes, Progress, rows as rowsOf, scans as scansOf, seconds, silentProgress } from './progress';
import { collectScans, referencedScans } from './scans';
import { hashFile, dumpTable } from './table-data';

const ROOT_DIR = path.resolve(__dirname, '../../../..');

/**
 * Tables whose rows a backup leaves out. Sessions: a restored registry starts with everyone signed out, and
 * an archive that is stolen carries no session anyone could resume (their tokens are stored hashed, but
 * an archive is kept for months, on other disks, by other people).
 */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  'organizations.sessions': 'сеансы входа: после восстановления все входят заново',
};

export interface BackupOptions {
  databaseUrl: string;
  /** The data folder (PFDO_DATA_DIR), where the generated gateway secret is kept. */
  dataDir: string;
  /** The scan storage folder (SCAN_STORAGE_DIR). */
  scansDir: string;
  /** The archive to write; refused when it exists. */
  file: string;
  /** Where the data comes from, for the manifest and the messages (no password). */
  source: string;
  progress?: Progress;
  /** Stops the backup (the schedule's stop): the partial archive is removed. */
  signal?: AbortSignal;
}

export interface BackupResult {
  file: string;
  bytes: number;
  snapshotAt: string;
  tables: number;
  rows: number;
  scans: number;
  missingScans: string[];
  seconds: number;
}

export class BackupRefused extends Error {}

function codeCommit(): string | null {
  try {
    return (
      execFileSync('git', ['rev-parse', 'HEAD'], {
        cwd: ROOT_DIR,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || null
    );
  } catch {
    return null;
  }
}

/**
 * One archive of everything the registry holds: every subgraph schema's tables read in one
 * REPEATABLE READ READ ONLY transaction (one snapshot across all schemas, while the services keep
 * writing), the scans that snapshot refers to, the generated gateway secret, and a manifest.
 */
export async function takeBackup(options: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  options.signal?.throwIfAborted();
  const progress = options.progress ?? silentProgress;
  const file = path.resolve(options.file);
  if (existsSync(file)) throw new BackupRefused(`файл ${file} уже существует: укажите другой`);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const staging = await mkdtemp(path.join(path.dirname(file), `.${path.basename(file)}.partial-`));
  const partial = `${staging}.tar`;
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'pfdo-backup' });
  // Ending the client twice is harmless: the second call resolves with the first's end.
  const endClient = () => client.end().catch(() => undefined);
  const abort = () => void endClient();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    await mkdir(path.join(staging, TABLES_DIR));
    await client.connect();
    // Stopped while connecting: the end above came before the connection, which must not outlive it.
    options.signal?.throwIfAborted();
    await useStableOutput(client);
    const schemas = SUBGRAPHS.map((module) => module.schema);

    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The first statement fixes the snapshot every later one reads.
    const {
      rows: [now],
    } = await client.query<{ at: Date; version: string }>(
      `SELECT now() AS at, current_setting('server_version') AS version`,
    );
    const snapshotAt = now.at.toISOString();
    progress.line(`Снимок базы данных (${options.source}) на ${snapshotAt}`);
    const tables = await listTables(client, schemas);
    const migrations: Record<string, string[]> = {};
    for (const module of SUBGRAPHS) {
      const table = module.createDataSource(options.databaseUrl).options.migrationsTableName ?? 'migrations';
      const { rows } = await client.query<{ name: string }>(
        `SELECT name FROM ${qualifiedName({ schema: module.schema, name: table })} ORDER BY id`,
      );
      migrations[module.schema] = rows.map((row) => row.name);
    }
    const entries: TableEntry[] = [];
    let rows = 0;
    for (const table of tables) {
      options.signal?.throwIfAborted();
      const id = tableId(table);
      const excluded = EXCLUDED_TABLES[id];
      if (excluded) {
        entries.push({ ...table, file: null, rows: 0, bytes: 0, sha256: null, excluded });
        progress.line(`  ${id.padEnd(42)} не сохраняется (${excluded})`);
        continue;
      }
      const relative = `${TABLES_DIR}/${id}.copy.gz`;
      const copied = await dumpTable(client, table, path.join(staging, relative), (bytes) =>
        progress.tick(`  ${id}: ${megabytes(bytes)}…`),
      );
      entries.push({ ...table, file: relative, ...copied });
      rows += copied.rows;
      progress.line(`  ${id.padEnd(42)} ${rowsOf(copied.rows).padStart(14)} ${megabytes(copied.bytes).padStart(11)}`);
    }
    const scans = await referencedScans(client, tables);
    const sequences = await readSequences(client, schemas);
    await client.query('COMMIT');
    await endClient();
    progress.line(`  таблицы прочитаны за ${seconds(started)}`);
    let phase = Date.now();

    progress.line(`Сканы документов, на которые ссылается снимок: ${scansOf(scans.length)} в ${options.scansDir}`);
    const { found, missing } = await collectScans(options.scansDir, scans, progress, options.signal);
    const foundBytes = found.reduce((sum, scan) => sum + scan.bytes, 0);
    progress.line(
      `  найдено ${count(found.length)}, ${megabytes(foundBytes)}${missing.length ? `; НЕ НАЙДЕНО ${count(missing.length)}` : ''}, за ${seconds(phase)}`,
    );

    const files: FileEntry[] = [];
    const secret = path.join(options.dataDir, GATEWAY_SECRET_ENTRY);
    if (existsSync(secret)) {
      await copyFile(secret, path.join(staging, GATEWAY_SECRET_ENTRY));
      files.push({ path: GATEWAY_SECRET_ENTRY, ...(await hashFile(secret)) });
    }

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      snapshotAt,
      finishedAt: new Date().toISOString(),
      version: { commit: codeCommit(), node: process.version, postgres: now.version },
      source: options.source,
      migrations,
      tables: entries,
      sequences,
      scans: found,
      missingScans: missing,
      files,
    };
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    if (found.length) await symlink(path.resolve(options.scansDir), path.join(staging, SCANS_DIR), 'dir');

    progress.line(`Архив ${file}`);
    options.signal?.throwIfAborted();
    phase = Date.now();
    const bytes = await writeArchive(
      staging,
      [
        MANIFEST_FILE,
        ...files.map((entry) => entry.path),
        ...entries.flatMap((entry) => (entry.file ? [entry.file] : [])),
        ...found.map((scan) => `${SCANS_DIR}/${scan.path}`),
      ],
      partial,
      progress,
    );
    await rename(partial, file);
    progress.line(`  записан за ${seconds(phase)}`);
    const elapsed = (Date.now() - started) / 1000;
    progress.line(`Готово за ${seconds(started)}: ${megabytes(bytes)}, ${rowsOf(rows)}, ${scansOf(found.length)}`);
    return {
      file,
      bytes,
      snapshotAt,
      tables: entries.length,
      rows,
      scans: found.length,
      missingScans: missing,
      seconds: elapsed,
    };
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await endClient();
    // The link first: removing the staging folder must never reach into the scan storage.
    await unlink(path.join(staging, SCANS_DIR)).catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}
