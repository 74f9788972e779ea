import path from 'node:path';
import { parseArgs } from 'node:util';
import { EnvReader } from '@pfdo/platform';
import { runCommand } from './backup/command';
import { terminalProgress } from './backup/progress';
import { archiveName, readBackupSettings } from './backup/settings';
import { openBackupSource } from './backup/source';
import { takeBackup } from './backup/take-backup';

/**
 * `npm run backup [-- --to FILE]`: one archive of the registry while the stack keeps serving (see
 * README, «Backups»). Without --to, the archive goes to BACKUP_DIR under a name with the time.
 */
runCommand('backup', async () => {
  const { values } = parseArgs({ options: { to: { type: 'string' } } });
  const reader = new EnvReader();
  const settings = readBackupSettings(reader);
  const databaseUrl = process.env.DATABASE_URL?.trim() ? reader.url('DATABASE_URL', ['postgres', 'postgresql']) : null;
  reader.done();

  const file = values.to ? path.resolve(values.to) : path.join(settings.backupDir, archiveName(new Date()));
  const source = await openBackupSource(settings.dataDir, databaseUrl);
  try {
    const result = await takeBackup({ ...settings, ...source, file, progress: terminalProgress() });
    if (result.missingScans.length) {
      console.error(
        `ВНИМАНИЕ: архив записан, но в ${settings.scansDir} нет ${result.missingScans.length} сканов, на которые ссылается база ` +
          `(они перечислены в manifest.json архива, missingScans): ${result.missingScans.slice(0, 10).join(', ')}`,
      );
      process.exitCode = 2;
    }
  } finally {
    await source.close();
  }
});
