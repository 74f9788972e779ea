import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where document scans are kept. The default is a local folder; a deployment can plug in another store. */
export interface ScanStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
}

export class LocalFolderScanStorage implements ScanStorage {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.fileOf(key));
  }

  private fileOf(key: string): string {
    if (!/^[a-z0-9/-]+$/.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
    return path.join(this.root, key);
  }
}
