export { takeBackup, BackupRefused, EXCLUDED_TABLES } from './take-backup';
export type { BackupOptions, BackupResult } from './take-backup';
export { restoreBackup } from './restore-backup';
export type { RestoreOptions, RestoreResult } from './restore-backup';
export { RestoreRefused, MANIFEST_FILE } from './manifest';
export type { Manifest } from './manifest';
export { startBackupSchedule, pruneArchives } from './schedule';
export { readBackupSettings, readBackupSchedule, archiveName, defaultBackupDir } from './settings';
export { openBackupSource } from './source';
