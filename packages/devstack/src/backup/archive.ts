import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { GATEWAY_SECRET_ENTRY, MANIFEST_FILE, RestoreRefused, SCANS_DIR, TABLES_DIR } from './manifest';
import { megabytes, Progress } from './progress';

/**
 * The archive is a tar: `manifest.json` first (so that a restore reads it before anything else), then the
 * gateway secret, the tables' gzipped COPY files and the scans as they are. The tar itself is not
 * compressed: the tables already are, and the scans (JPEG, PNG, GIF) do not compress, while gzip would
 * spend a core on them at some 25 MB/s. Entries are `portable` (no owner, no inode numbers): the archive
 * does not depend on the machine that wrote it.
 */
export async function writeArchive(
  stagingDir: string,
  entries: string[],
  file: string,
  progress: Progress,
): Promise<number> {
  const pack = tar.c({ cwd: stagingDir, portable: true, strict: true }, entries);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      progress.tick(`  архив: записано ${megabytes(bytes)}`);
      callback(null, chunk);
    },
  });
  await pipeline(pack, counter, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
  // On disk before it is renamed into place: a power cut never leaves a complete-looking, truncated archive.
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  return bytes;
}

/** Reads the manifest, the archive's first entry, without reading the rest. */
export function readManifestText(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(file);
    let settled = false;
    const done = (error: Error | null, text?: string) => {
      if (settled) return;
      settled = true;
      input.destroy();
      if (error) reject(error);
      else resolve(text!);
    };
    const parser = new tar.Parser({
      strict: true,
      onReadEntry: (entry) => {
        if (entry.path !== MANIFEST_FILE) {
          entry.resume();
          done(new RestoreRefused(`${file} — не архив резервной копии ПФДО: первая запись не ${MANIFEST_FILE}`));
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      },
    });
    parser.on('error', (error: Error) =>
      done(new RestoreRefused(`${file} — не архив резервной копии ПФДО (${error.message})`)),
    );
    parser.on('end', () =>
      done(new RestoreRefused(`${file} — не архив резервной копии ПФДО: в нём нет ${MANIFEST_FILE}`)),
    );
    input.on('error', (error: NodeJS.ErrnoException) =>
      done(error.code === 'ENOENT' ? new RestoreRefused(`архив ${file} не найден`) : error),
    );
    input.pipe(parser as unknown as NodeJS.WritableStream);
  });
}

/** Only the archive's own kinds of entry are unpacked, and only as plain files and folders. */
function isArchiveEntry(entryPath: string, entry: unknown): boolean {
  const type = (entry as { type?: string }).type;
  if (type !== 'File' && type !== 'Directory' && type !== 'OldFile') return false;
  return (
    entryPath === MANIFEST_FILE ||
    entryPath === GATEWAY_SECRET_ENTRY ||
    entryPath.startsWith(`${TABLES_DIR}/`) ||
    entryPath.startsWith(`${SCANS_DIR}/`)
  );
}

export async function extractArchive(file: string, targetDir: string, progress: Progress): Promise<void> {
  let entries = 0;
  try {
    await tar.x({
      file,
      cwd: targetDir,
      strict: true,
      filter: (entryPath, entry) => isArchiveEntry(entryPath, entry),
      // The archive is the operator's own backup; a well-compressed table must not be mistaken for a bomb.
      maxDecompressionRatio: Number.POSITIVE_INFINITY,
      onReadEntry: () => {
        entries += 1;
        progress.tick(`  распаковано записей: ${entries}`);
      },
    });
  } catch (error) {
    throw new RestoreRefused(`архив ${file} не читается: ${(error as Error).message}`);
  }
}
