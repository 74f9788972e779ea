import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as tar from 'tar';
import { Manifest, MANIFEST_FILE, migrationDifferences, RestoreRefused } from '../src/backup/manifest';
import { restoreBackup } from '../src/backup/restore-backup';
import { BackupRefused, takeBackup } from '../src/backup/take-backup';

/**
 * The archive and the refusals of a restore, on a backup of the shared test stack's database (a backup
 * only reads; nothing here restores into that database). A refusal comes before any database is started.
 */
const root = mkdtempSync(path.join(tmpdir(), 'pfdo-archive-test-'));
chmodSync(root, 0o755);
const archive = path.join(root, 'registry.tar');
let missingScans: string[] = [];

function databaseUrl(): string {
  const url = process.env.PFDO_TEST_DATABASE_URL;
  if (!url) throw new Error('the test stack is not running: run the tests through jest');
  return url;
}

/** The archive unpacked, changed by `edit`, and packed again (manifest first) under a new name. */
async function repack(name: string, edit: (dir: string) => void): Promise<string> {
  const dir = mkdtempSync(path.join(root, 'repack-'));
  await tar.x({ file: archive, cwd: dir });
  edit(dir);
  const file = path.join(root, name);
  await tar.c({ file, cwd: dir }, [MANIFEST_FILE, ...readdirSync(dir).filter((entry) => entry !== MANIFEST_FILE)]);
  return file;
}

function editManifest(dir: string, change: (manifest: Manifest) => void): void {
  const file = path.join(dir, MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  change(manifest);
  writeFileSync(file, JSON.stringify(manifest));
}

async function refusal(file: string): Promise<{ message: string; left: boolean }> {
  const dataDir = path.join(root, `restore-${Math.random().toString(36).slice(2)}`);
  const error = await restoreBackup({ file, dataDir, scansDir: path.join(dataDir, 'scans') }).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(RestoreRefused);
  return { message: (error as Error).message, left: existsSync(dataDir) };
}

beforeAll(async () => {
  const result = await takeBackup({
    databaseUrl: databaseUrl(),
    dataDir: path.join(root, 'no-data'),
    // The test stack keeps its scans elsewhere: every scan its documents refer to is missing here.
    scansDir: path.join(root, 'no-scans'),
    file: archive,
    source: 'the test stack',
  });
  missingScans = result.missingScans;
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the archive', () => {
  it('begins with the manifest, which names the scans the database refers to but the storage lacks', async () => {
    const entries: string[] = [];
    await tar.t({ file: archive, onReadEntry: (entry) => entries.push(entry.path) });
    expect(entries[0]).toBe(MANIFEST_FILE);
    expect(entries).toContain('tables/certificates.applications.copy.gz');
    expect(entries.filter((entry) => entry.includes('sessions'))).toEqual([]);

    const manifest = await new Promise<Manifest>((resolve) => {
      void tar.t({
        file: archive,
        onReadEntry: (entry) => {
          if (entry.path !== MANIFEST_FILE) return;
          const chunks: Buffer[] = [];
          entry.on('data', (chunk: Buffer) => chunks.push(chunk));
          entry.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Manifest));
        },
      });
    });
    expect(Object.keys(manifest.migrations).sort()).toEqual(['certificates', 'email', 'navigator', 'organizations']);
    expect(manifest.tables.find((table) => table.name === 'sessions')).toMatchObject({
      file: null,
      rows: 0,
      excluded: expect.any(String),
    });
    const users = manifest.tables.find((table) => table.schema === 'organizations' && table.name === 'users');
    expect(users).toMatchObject({ rows: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(users!.rows).toBeGreaterThanOrEqual(8);
    expect(manifest.missingScans).toEqual(missingScans);
    expect(manifest.scans).toEqual([]);
  });

  it('is never written over an existing file', async () => {
    const refused = takeBackup({
      databaseUrl: databaseUrl(),
      dataDir: root,
      scansDir: root,
      file: archive,
      source: 'the test stack',
    });
    await expect(refused).rejects.toBeInstanceOf(BackupRefused);
    await expect(refused).rejects.toThrow(`файл ${archive} уже существует`);
  });
});

describe('a restore refuses, and writes nothing,', () => {
  it('an archive whose migrations differ from the code’s, naming them', async () => {
    let newest = '';
    const file = await repack('older.tar', (dir) =>
      editManifest(dir, (manifest) => {
        newest = manifest.migrations.certificates.pop()!;
        manifest.migrations.email.push('Newer1799999999999');
      }),
    );
    const { message, left } = await refusal(file);
    expect(newest).toMatch(/^\w+\d{13}$/);
    expect(message).toContain('архив снят другой версией кода');
    expect(message).toContain(`certificates: только в коде: ${newest}`);
    expect(message).toContain('email: только в архиве: Newer1799999999999');
    expect(left).toBe(false);
  });

  it('an archive whose table file does not match its checksum', async () => {
    const file = await repack('damaged.tar', (dir) => {
      const users = path.join(dir, 'tables/organizations.users.copy.gz');
      writeFileSync(
        users,
        gzipSync(gunzipSync(readFileSync(users)).toString('utf8').replace('CITIZEN', 'REGIONAL_OPERATOR')),
      );
    });
    const { message, left } = await refusal(file);
    expect(message).toBe(
      'архив повреждён: tables/organizations.users.copy.gz не совпадает с контрольной суммой из манифеста',
    );
    expect(left).toBe(false);
  });

  it('a database that holds data (DATABASE_URL: here the test stack’s, left as it is)', async () => {
    const dataDir = path.join(root, 'restore-into-server');
    const error = await restoreBackup({
      file: archive,
      dataDir,
      scansDir: path.join(dataDir, 'scans'),
      databaseUrl: databaseUrl(),
    }).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(RestoreRefused);
    expect((error as Error).message).toMatch(
      /^в базе уже есть данные \(таблица [a-z_]+\.[a-z_]+\): восстановление пишет только в пустую базу$/,
    );
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('a file that is not an archive, and one that is not there', async () => {
    const notArchive = path.join(root, 'notes.txt');
    writeFileSync(notArchive, 'не архив');
    expect((await refusal(notArchive)).message).toContain('не архив резервной копии ПФДО');
    expect((await refusal(path.join(root, 'absent.tar'))).message).toBe(
      `архив ${path.join(root, 'absent.tar')} не найден`,
    );
  });
});

describe('migrationDifferences', () => {
  it.each([
    [{ a: ['1', '2'] }, { a: ['1', '2'] }, []],
    [{ a: ['1'] }, { a: ['1', '2'] }, ['a: только в коде: 2']],
    [{ a: ['1', '3'] }, { a: ['1'] }, ['a: только в архиве: 3']],
    [{ a: ['2', '1'] }, { a: ['1', '2'] }, ['a: другой порядок']],
    [{}, { a: ['1'] }, ['схемы a нет в архиве']],
    [{ a: ['1'], b: ['1'] }, { a: ['1'] }, ['схемы b из архива нет в этой версии кода']],
  ])('%j against the code %j', (archive, code, expected) => {
    expect(migrationDifferences(archive, code)).toEqual(expected);
  });
});
