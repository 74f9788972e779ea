import { createHash, Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { ClientBase } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { qualifiedName, quoteIdent, tableReadStatement, TableInfo } from './catalog';

export interface CopiedData {
  rows: number;
  bytes: number;
  sha256: string;
}

/** Counts and hashes the bytes going through, reporting the count now and then. */
class Tap extends Transform {
  readonly hash: Hash = createHash('sha256');
  bytes = 0;

  constructor(private readonly onBytes?: (bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error: null, chunk: Buffer) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.onBytes?.(this.bytes);
    callback(null, chunk);
  }
}

const discard = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });

/**
 * Writes a table's rows, as of the client's transaction snapshot, to `file`: COPY's text format, gzipped
 * as it streams (zlib works on libuv's threads while PostgreSQL sends the next rows). The size and the
 * checksum are of the text, which a restore reads back from the database and compares.
 */
export async function dumpTable(
  client: ClientBase,
  table: TableInfo,
  file: string,
  onBytes?: (bytes: number) => void,
): Promise<CopiedData> {
  const source = client.query(copyTo(tableReadStatement(table)));
  const tap = new Tap(onBytes);
  await pipeline(source, tap, createGzip(), createWriteStream(file, { mode: 0o600 }));
  return { rows: source.rowCount, bytes: tap.bytes, sha256: tap.hash.digest('hex') };
}

/** Hashes what the same read gives now: after a restore it must equal what the archive holds. */
export async function checksumTable(client: ClientBase, table: TableInfo): Promise<CopiedData> {
  const source = client.query(copyTo(tableReadStatement(table)));
  const tap = new Tap();
  await pipeline(source, tap, discard());
  return { rows: source.rowCount, bytes: tap.bytes, sha256: tap.hash.digest('hex') };
}

/** Loads a table's rows from an archive file written by dumpTable, into a table emptied in this transaction. */
export async function loadTable(
  client: ClientBase,
  table: Pick<TableInfo, 'schema' | 'name' | 'columns'>,
  file: string,
  onBytes?: (bytes: number) => void,
): Promise<number> {
  // FREEZE: the table was emptied in this transaction, so its rows need no later visit to be marked visible.
  const target = client.query(
    copyFrom(`COPY ${qualifiedName(table)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN WITH (FREEZE)`),
  );
  await pipeline(createReadStream(file), createGunzip(), new Tap(onBytes), target);
  return target.rowCount;
}

/** The sha256 and size of a file, or of the text of a table file (`gunzip`). */
export async function hashFile(
  file: string,
  options: { gunzip?: boolean } = {},
): Promise<{ bytes: number; sha256: string }> {
  const tap = new Tap();
  if (options.gunzip) await pipeline(createReadStream(file), createGunzip(), tap, discard());
  else await pipeline(createReadStream(file), tap, discard());
  return { bytes: tap.bytes, sha256: tap.hash.digest('hex') };
}
