import { existsSync, readdirSync } from 'node:fs';
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { SUBGRAPHS } from '../subgraphs';
import { extractArchive, readManifestText } from './archive';
import { hasCluster, runningServerPort, startTemporaryServer } from './embedded';
import { loadDatabase, migrateAll } from './load-database';
import {
  codeMigrations,
  FileEntry,
  GATEWAY_SECRET_ENTRY,
  Manifest,
  MANIFEST_FILE,
  migrationDifferences,
  parseManifest,
  RestoreRefused,
  SCANS_DIR,
} from './manifest';
import { Progress, rows as rowsOf, scans as scansOf, seconds, silentProgress } from './progress';
import { hashFile } from './table-data';

export interface RestoreOptions {
  file: string;
  /** The data folder (PFDO_DATA_DIR): the embedded cluster goes to its `postgres/`, the secret beside it. */
  dataDir: string;
  scansDir: string;
  /** A real server to restore into instead of the embedded one; its subgraph tables must be empty. */
  databaseUrl?: string;
  /** Move a data folder that is not empty aside (`….before-restore-<time>`) instead of refusing. */
  force?: boolean;
  progress?: Progress;
}

export interface RestoreResult {
  snapshotAt: string;
  rows: number;
  scans: number;
  movedAside: string[];
  seconds: number;
}

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function verifyFile(
  stagingDir: string,
  entry: { path: string; bytes: number; sha256: string | null },
  gunzip = false,
): Promise<void> {
  let actual: { bytes: number; sha256: string };
  try {
    actual = await hashFile(path.join(stagingDir, entry.path), { gunzip });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RestoreRefused(
      `архив повреждён: ${code === 'ENOENT' ? `в нём нет ${entry.path}` : `${entry.path} не читается (${(error as Error).message})`}`,
    );
  }
  if (actual.bytes !== entry.bytes || actual.sha256 !== entry.sha256) {
    throw new RestoreRefused(`архив повреждён: ${entry.path} не совпадает с контрольной суммой из манифеста`);
  }
}

/** Scans as the storage keeps them: folders 0700, files 0600. */
async function restrictModes(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await restrictModes(full);
    else await chmod(full, 0o600);
  }
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rm(to, { recursive: true, force: true }); // empty, checked before
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
  }
}

/**
 * Restores an archive of `takeBackup` into an empty data folder (or, with `databaseUrl`, an empty
 * database): checks the archive's migrations against the code's before touching anything, unpacks and
 * verifies every file, creates the schema with the migrations, loads and verifies the tables, then puts the
 * scans and the gateway secret in place. On any failure what it wrote is removed and a folder moved aside
 * by `force` is moved back.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  const progress = options.progress ?? silentProgress;
  const file = path.resolve(options.file);
  const dataDir = path.resolve(options.dataDir);
  const scansDir = path.resolve(options.scansDir);
  const postgresDir = path.join(dataDir, 'postgres');

  const manifest: Manifest = parseManifest(await readManifestText(file));
  const differences = migrationDifferences(manifest.migrations, codeMigrations(SUBGRAPHS));
  if (differences.length) {
    throw new RestoreRefused(
      `архив снят другой версией кода (коммит ${manifest.version.commit ?? 'неизвестен'}), его миграции не совпадают с миграциями этой версии:\n` +
        differences.map((line) => `  - ${line}`).join('\n') +
        `\nВосстановите его той версией кода, которой он снят, затем запустите её новую версию: миграции обновят данные.`,
    );
  }
  progress.line(`Архив ${file}: снимок на ${manifest.snapshotAt} (${manifest.source}), миграции совпадают с кодом`);
  if (manifest.missingScans.length) {
    progress.line(
      `ВНИМАНИЕ: при снятии копии не нашлось ${manifest.missingScans.length} сканов, на которые ссылается база: ${manifest.missingScans.slice(0, 10).join(', ')}`,
    );
  }

  if (!options.databaseUrl && runningServerPort(postgresDir) !== null) {
    throw new RestoreRefused(
      `в ${postgresDir} работает PostgreSQL (запущен npm start?): остановите его перед восстановлением`,
    );
  }
  const secretFile = path.join(dataDir, GATEWAY_SECRET_ENTRY);
  // What the restore writes into must hold nothing: the data folder (with the embedded cluster), the scans.
  const targets = options.databaseUrl ? [scansDir] : [dataDir, ...(isInside(scansDir, dataDir) ? [] : [scansDir])];
  const occupied = targets.filter((dir) => !isEmptyDir(dir));
  if (
    options.databaseUrl &&
    existsSync(secretFile) &&
    manifest.files.some((entry) => entry.path === GATEWAY_SECRET_ENTRY)
  ) {
    throw new RestoreRefused(`${secretFile} уже есть: восстановление не заменяет секрет шлюза`);
  }
  const holding = occupied.find((dir) => isInside(file, dir));
  if (holding)
    throw new RestoreRefused(
      `архив лежит в ${holding}, которую восстановление заменяет: перенесите его в другую папку`,
    );
  if (occupied.length && !options.force) {
    throw new RestoreRefused(
      `не пуста папка ${occupied.join(', ')}: восстановление пишет только в пустую папку данных. ` +
        'Чтобы заменить данные, добавьте --force: прежние будут перенесены рядом, в папку с суффиксом .before-restore-<время>',
    );
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
  const movedAside: Array<{ from: string; to: string }> = [];
  for (const dir of occupied) {
    const to = `${dir}.before-restore-${stamp}`;
    await rename(dir, to);
    movedAside.push({ from: dir, to });
    progress.line(`Прежние данные перенесены: ${dir} → ${to}`);
  }
  const existedBefore = new Map(targets.map((dir) => [dir, existsSync(dir)]));

  let server: { url: string; stop(): Promise<void> } | null = null;
  let wroteSecret = false;
  let staging: string | null = null;
  try {
    await mkdir(dataDir, { recursive: true });
    staging = await mkdtemp(path.join(dataDir, '.restore-'));
    let phase = Date.now();
    await extractArchive(file, staging, progress);
    if (parseManifest(await readFile(path.join(staging, MANIFEST_FILE), 'utf8')).snapshotAt !== manifest.snapshotAt) {
      throw new RestoreRefused('архив повреждён: манифест не читается одинаково');
    }
    for (const table of manifest.tables) {
      if (table.file) await verifyFile(staging, { path: table.file, bytes: table.bytes, sha256: table.sha256 }, true);
    }
    for (const scan of manifest.scans) await verifyFile(staging, { ...scan, path: `${SCANS_DIR}/${scan.path}` });
    for (const entry of manifest.files) await verifyFile(staging, entry);
    progress.line(`Архив распакован, контрольные суммы файлов сверены за ${seconds(phase)}`);

    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      if (hasCluster(postgresDir)) throw new RestoreRefused(`в ${postgresDir} уже есть кластер PostgreSQL`);
      phase = Date.now();
      server = await startTemporaryServer(postgresDir);
      databaseUrl = server.url;
      progress.line(`Встроенная PostgreSQL: новый кластер в ${postgresDir} за ${seconds(phase)}`);
    }
    phase = Date.now();
    await migrateAll(databaseUrl);
    progress.line(`Миграции этой версии кода за ${seconds(phase)}`);
    progress.line('Загрузка таблиц (одна транзакция)');
    const rows = await loadDatabase(databaseUrl, staging, manifest, progress);
    if (server) await server.stop();
    server = null;

    if (manifest.scans.length) {
      await moveInto(path.join(staging, SCANS_DIR), scansDir);
      await restrictModes(scansDir);
    }
    progress.line(`Сканы документов: ${scansOf(manifest.scans.length)} → ${scansDir}`);
    const secret: FileEntry | undefined = manifest.files.find((entry) => entry.path === GATEWAY_SECRET_ENTRY);
    if (secret) {
      await copyFile(path.join(staging, GATEWAY_SECRET_ENTRY), secretFile);
      wroteSecret = true;
      await chmod(secretFile, 0o600);
      progress.line(`Секрет шлюза → ${secretFile}`);
    }
    await rm(staging, { recursive: true, force: true });
    progress.line(
      `Восстановлено за ${seconds(started)}: ${rowsOf(rows)}, ${scansOf(manifest.scans.length)}. Сеансы входа не восстанавливаются: все входят заново.`,
    );
    return {
      snapshotAt: manifest.snapshotAt,
      rows,
      scans: manifest.scans.length,
      movedAside: movedAside.map((move) => move.to),
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    if (staging) await rm(staging, { recursive: true, force: true });
    if (options.databaseUrl) {
      if (wroteSecret) await rm(secretFile, { force: true });
    }
    for (const dir of targets) {
      await rm(dir, { recursive: true, force: true });
      if (existedBefore.get(dir)) await mkdir(dir, { recursive: true });
    }
    for (const move of movedAside.reverse()) await rename(move.to, move.from);
    throw error;
  }
}
