import { ConfigError } from '@pfdo/platform';
import { RestoreRefused } from './manifest';
import { BackupRefused } from './take-backup';

/**
 * Runs a backup or restore command: a refusal (a file that exists, a data folder that is not empty, an
 * archive of other migrations) is one plain line; anything unexpected is printed whole.
 */
export function runCommand(name: string, main: () => Promise<void>): void {
  // A closed pipe (`… | head`) must not cut a backup or a restore short.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof RestoreRefused || error instanceof BackupRefused) {
        console.error(`[${name}] отказ: ${error.message}`);
      } else if (error instanceof ConfigError) {
        console.error(`[${name}] ${error.message}`);
      } else {
        console.error(`[${name}] не удалось:`, error);
      }
      process.exit(1);
    },
  );
}
