import { createHash, Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

/** Writes a table's rows, as of the client's transaction snapshot, to `file` in COPY's text format. */
export async function dumpTable(client: ClientBase, table: TableInfo, file: string, onBytes?: (bytes: number) => void): Promise<CopiedData> {
  const source = client.query(copyTo(tableReadStatement(table)));
  const tap = new Tap(onBytes);
  await pipeline(source, tap, createWriteStream(file, { mode: 0o600 }));
  return { rows: source.rowCount, bytes: tap.bytes, sha256: tap.hash.digest('hex') };
}

/** Hashes what the same read gives now: after a restore it must equal what the archive holds. */
export async function checksumTable(client: ClientBase, table: TableInfo): Promise<CopiedData> {
  const source = client.query(copyTo(tableReadStatement(table)));
  const tap = new Tap();
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  await pipeline(source, tap, sink);
  return { rows: source.rowCount, bytes: tap.bytes, sha256: tap.hash.digest('hex') };
}

/** Loads a table's rows from an archive file written by dumpTable. */
export async function loadTable(
  client: ClientBase,
  table: Pick<TableInfo, 'schema' | 'name' | 'columns'>,
  file: string,
  onBytes?: (bytes: number) => void,
): Promise<number> {
  const target = client.query(copyFrom(`COPY ${qualifiedName(table)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
  await pipeline(createReadStream(file), new Tap(onBytes), target);
  return target.rowCount;
}

/** The sha256 and size of a file. */
export async function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const tap = new Tap();
  await pipeline(createReadStream(file), tap, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
  return { bytes: tap.bytes, sha256: tap.hash.digest('hex') };
}
