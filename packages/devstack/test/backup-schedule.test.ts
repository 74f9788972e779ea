import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, EnvReader } from '@pfdo/platform';
import { pruneArchives, startBackupSchedule } from '../src/backup/schedule';
import { archiveName, defaultBackupDir, readBackupSchedule } from '../src/backup/settings';

const root = mkdtempSync(path.join(tmpdir(), 'pfdo-schedule-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function readSchedule(env: Record<string, string>) {
  const reader = new EnvReader({ PFDO_DATA_DIR: '/srv/pfdo/data', ...env });
  const schedule = readBackupSchedule(reader);
  reader.done();
  return schedule;
}

describe('the backup schedule settings', () => {
  it('are off unless BACKUP_CRON is set; archives go beside the data folder, seven kept', () => {
    expect(readSchedule({})).toBeNull();
    expect(readSchedule({ BACKUP_CRON: '0 3 * * *' })).toEqual({
      cron: '0 3 * * *',
      keep: 7,
      dataDir: '/srv/pfdo/data',
      scansDir: '/srv/pfdo/data/scans',
      backupDir: '/srv/pfdo/data-backups',
    });
    expect(defaultBackupDir('/work/registry/.data')).toBe('/work/registry/.data-backups');
    expect(
      readSchedule({
        BACKUP_CRON: '30 2 * * 1-5',
        BACKUP_KEEP: '30',
        BACKUP_DIR: '/mnt/backup-disk/pfdo',
        SCAN_STORAGE_DIR: '/srv/scans',
      }),
    ).toMatchObject({ keep: 30, backupDir: '/mnt/backup-disk/pfdo', scansDir: '/srv/scans' });
  });

  it('stop start-up naming each bad variable', () => {
    let error: unknown;
    try {
      readSchedule({ BACKUP_CRON: 'every night', BACKUP_KEEP: '0' });
    } catch (failure) {
      error = failure;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^BACKUP_CRON is not valid \("every night"\): /),
      'BACKUP_KEEP must be a positive whole number, got "0"',
    ]);
  });
});

describe('pruning', () => {
  it('keeps the newest archives by their names and touches no other file', async () => {
    const dir = path.join(root, 'prune');
    mkdirSync(dir);
    const names = [0, 1, 2, 3].map((day) => archiveName(new Date(Date.UTC(2026, 10, 20 + day, 3))));
    for (const name of [...names, 'notes.txt', 'pfdo-backup-manual.tar']) writeFileSync(path.join(dir, name), '');
    expect(await pruneArchives(dir, 2)).toEqual([names[1], names[0]]);
    expect(readdirSync(dir).sort()).toEqual([names[2], names[3], 'notes.txt', 'pfdo-backup-manual.tar'].sort());
  });
});

describe('the schedule', () => {
  it('writes an archive on each run (the test stack’s database, every second here) and keeps the newest BACKUP_KEEP', async () => {
    const databaseUrl = process.env.PFDO_TEST_DATABASE_URL;
    if (!databaseUrl) throw new Error('the test stack is not running: run the tests through jest');
    const backupDir = path.join(root, 'scheduled');
    const log: string[] = [];
    const schedule = startBackupSchedule(
      { cron: '* * * * * *', keep: 2, backupDir, dataDir: path.join(root, 'data'), scansDir: path.join(root, 'scans') },
      databaseUrl,
      false,
      (line) => log.push(line),
    );
    try {
      const deadline = Date.now() + 60_000;
      while (log.filter((line) => line.startsWith('резервная копия готова')).length < 3) {
        if (Date.now() > deadline) throw new Error(`three runs did not finish within 60 s:\n${log.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await schedule.stop();
    }
    const written = log
      .flatMap((line) => /^резервная копия: (.*)$/.exec(line)?.[1] ?? [])
      .map((file) => path.basename(file));
    const finished = log.filter((line) => line.startsWith('резервная копия готова')).length;
    expect(log.filter((line) => line.startsWith('ОШИБКА'))).toEqual([]);
    // A run stopped half-way leaves nothing behind; the finished ones are pruned to the newest two.
    expect(readdirSync(backupDir).sort()).toEqual(written.slice(0, finished).slice(-2).sort());
  }, 90_000);
});
