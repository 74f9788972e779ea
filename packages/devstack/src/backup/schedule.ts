import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Cron } from 'croner';
import { logProgress, megabytes, rows, scans } from './progress';
import { ARCHIVE_NAME_PATTERN, archiveName, BackupSchedule } from './settings';
import { describeUrl } from './source';
import { takeBackup } from './take-backup';

export interface RunningSchedule {
  nextRun(): Date | null;
  /** Stops the schedule; a backup under way is abandoned and its partial archive removed. */
  stop(): Promise<void>;
}

/** Keeps the newest `keep` archives of the folder (those named as the schedule names them); returns the removed. */
export async function pruneArchives(dir: string, keep: number): Promise<string[]> {
  const archives = (await readdir(dir))
    .filter((name) => ARCHIVE_NAME_PATTERN.test(name))
    .sort()
    .reverse();
  const old = archives.slice(keep);
  for (const name of old) await rm(path.join(dir, name), { force: true });
  return old;
}

/**
 * The backups of `npm start`, on a cron schedule (croner): each run writes one archive into BACKUP_DIR,
 * then keeps the newest BACKUP_KEEP. A run that is still going when the next is due makes that one skip
 * (`protect`), so two backups never compete for the disk.
 */
export function startBackupSchedule(
  schedule: BackupSchedule,
  databaseUrl: string,
  embedded: boolean,
  log: (line: string) => void,
): RunningSchedule {
  const source = embedded
    ? `встроенная PostgreSQL в ${path.join(schedule.dataDir, 'postgres')}`
    : `DATABASE_URL ${describeUrl(databaseUrl)}`;
  let running: { controller: AbortController; done: Promise<void> } | null = null;
  const runOnce = async (signal: AbortSignal) => {
    const file = path.join(schedule.backupDir, archiveName(new Date()));
    log(`резервная копия: ${file}`);
    const result = await takeBackup({
      databaseUrl,
      source,
      dataDir: schedule.dataDir,
      scansDir: schedule.scansDir,
      file,
      signal,
      progress: { ...logProgress(log), line: () => undefined },
    });
    const removed = await pruneArchives(schedule.backupDir, schedule.keep);
    log(
      `резервная копия готова за ${result.seconds.toFixed(1)} с: ${megabytes(result.bytes)}, ${rows(result.rows)}, ${scans(result.scans)}` +
        (removed.length ? `; удалены старые: ${removed.join(', ')}` : ''),
    );
    if (result.missingScans.length) {
      log(
        `ВНИМАНИЕ: в хранилище нет ${result.missingScans.length} сканов, на которые ссылается база: ${result.missingScans.slice(0, 10).join(', ')}`,
      );
    }
  };
  // unref: the stack's processes keep `npm start` alive; the schedule alone never holds a process open.
  const job = new Cron(
    schedule.cron,
    {
      name: 'pfdo-backup',
      unref: true,
      protect: () => log('предыдущая резервная копия ещё снимается: этот запуск пропущен'),
    },
    () => {
      const controller = new AbortController();
      const done = runOnce(controller.signal)
        .catch((error: unknown) => {
          if (!controller.signal.aborted)
            log(`ОШИБКА: резервная копия не снята: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => {
          running = null;
        });
      running = { controller, done };
      return done;
    },
  );
  log(
    `резервные копии по расписанию «${schedule.cron}» в ${schedule.backupDir}, хранятся ${schedule.keep} последних; ` +
      `следующая ${job.nextRun()?.toLocaleString('ru-RU') ?? '—'}`,
  );
  return {
    nextRun: () => job.nextRun(),
    async stop() {
      job.stop();
      const current = running as { controller: AbortController; done: Promise<void> } | null;
      if (current) {
        current.controller.abort();
        await current.done;
      }
    },
  };
}
