import { parseArgs } from 'node:util';
import { EnvReader } from '@pfdo/platform';
import { runCommand } from './backup/command';
import { RestoreRefused } from './backup/manifest';
import { terminalProgress } from './backup/progress';
import { restoreBackup } from './backup/restore-backup';
import { readBackupSettings } from './backup/settings';

/**
 * `npm run restore -- FILE [--force]`: the archive into an empty data folder (PFDO_DATA_DIR), or with
 * DATABASE_URL into that empty database; then `npm start` serves the backup's data (see README, «Backups»).
 */
runCommand('restore', async () => {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new RestoreRefused('укажите один архив: npm run restore -- ФАЙЛ [--force]');
  const reader = new EnvReader();
  const settings = readBackupSettings(reader);
  const databaseUrl = process.env.DATABASE_URL?.trim()
    ? reader.url('DATABASE_URL', ['postgres', 'postgresql'])
    : undefined;
  reader.done();

  const result = await restoreBackup({
    file: positionals[0],
    dataDir: settings.dataDir,
    scansDir: settings.scansDir,
    databaseUrl,
    force: values.force,
    progress: terminalProgress(),
  });
  for (const moved of result.movedAside)
    console.log(`Прежние данные сохранены в ${moved}: удалите их, когда проверите восстановленный реестр.`);
  console.log(`Запустите npm start: он покажет данные на ${result.snapshotAt}.`);
});
