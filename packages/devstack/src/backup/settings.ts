import path from 'node:path';
import { Cron } from 'croner';
import { EnvReader } from '@pfdo/platform';

/** Where a backup reads from and writes to, resolved the way the services resolve the same variables. */
export interface BackupSettings {
  /** PFDO_DATA_DIR: the embedded cluster in its `postgres/`, the generated gateway secret. */
  dataDir: string;
  /** SCAN_STORAGE_DIR, by default `<PFDO_DATA_DIR>/scans`, as the certificates subgraph has it. */
  scansDir: string;
  /** BACKUP_DIR: where archives go when no file is named, and where the schedule keeps them. */
  backupDir: string;
}

export interface BackupSchedule extends BackupSettings {
  cron: string;
  keep: number;
}

/**
 * Beside the data folder, not inside it: a restore replaces the data folder, and `rm -rf .data` must not
 * take the backups with it. In production it belongs on another disk (or is copied off the machine).
 */
export function defaultBackupDir(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}-backups`);
}

export function readBackupSettings(reader: EnvReader): BackupSettings {
  const dataDir = reader.dataDir();
  return {
    dataDir,
    scansDir: path.resolve(reader.string('SCAN_STORAGE_DIR', path.join(dataDir, 'scans'))),
    backupDir: path.resolve(reader.string('BACKUP_DIR', defaultBackupDir(dataDir))),
  };
}

/** A week of nightly archives: enough to go back past a mistake noticed days later. */
export const DEFAULT_BACKUP_KEEP = 7;

/** BACKUP_CRON (a cron pattern, checked by croner) turns the schedule on; unset, there is none. */
export function readBackupSchedule(reader: EnvReader): BackupSchedule | null {
  const cron = reader.parsed('BACKUP_CRON', (pattern) => {
    new Cron(pattern, { paused: true }).stop();
    return pattern;
  });
  const keep = reader.positiveInteger('BACKUP_KEEP', DEFAULT_BACKUP_KEEP);
  const settings = readBackupSettings(reader);
  return cron ? { ...settings, cron, keep } : null;
}

/** `pfdo-backup-20261130T030000Z.tar`: names sort as times do. */
export function archiveName(at: Date): string {
  return `pfdo-backup-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.tar`;
}

export const ARCHIVE_NAME_PATTERN = /^pfdo-backup-\d{8}T\d{6}Z\.tar$/;
