import type { ClientBase } from 'pg';

/**
 * What a backup copies, discovered from the database itself: every table of the subgraphs' schemas with
 * its columns and key, and every sequence. Nothing here names a table, so a column or a table added by a
 * migration is backed up without a change to this code.
 */
export interface TableInfo {
  schema: string;
  name: string;
  /** The columns COPY reads and writes, in the table's order; generated columns are left out. */
  columns: string[];
  /** The primary key's columns, `[]` when the table has none. */
  key: string[];
  /** Key columns of a collatable type (text, varchar), ordered in the "C" collation for a stable order. */
  collatableKey: string[];
}

export interface SequenceValue {
  schema: string;
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface ForeignKey {
  schema: string;
  table: string;
  name: string;
  definition: string;
}

/**
 * The output settings of every session that dumps or checks table data: a timestamp, an interval or a
 * float is then written the same way at backup and at restore, whatever the server's defaults, so that a
 * checksum of the text compares equal data as equal.
 */
export const STABLE_OUTPUT_SETTINGS = [
  `SET TimeZone = 'UTC'`,
  `SET DateStyle = 'ISO, YMD'`,
  `SET IntervalStyle = 'postgres'`,
  `SET extra_float_digits = 3`,
  `SET bytea_output = 'hex'`,
  `SET client_encoding = 'UTF8'`,
];

export async function useStableOutput(client: ClientBase): Promise<void> {
  for (const statement of STABLE_OUTPUT_SETTINGS) await client.query(statement);
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const qualifiedName = (table: { schema: string; name: string }): string =>
  `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
export const tableId = (table: { schema: string; name: string }): string => `${table.schema}.${table.name}`;

const COLLATABLE_TYPES = new Set(['text', 'character varying', 'character', 'citext']);

export async function listTables(client: ClientBase, schemas: readonly string[]): Promise<TableInfo[]> {
  const { rows } = await client.query<{
    schema: string;
    name: string;
    column: string;
    type: string;
    generated: string;
    key_position: number | null;
  }>(
    `SELECT c.table_schema AS schema, c.table_name AS name, c.column_name AS column, c.data_type AS type,
            c.is_generated AS generated, k.ordinal_position AS key_position
       FROM information_schema.tables t
       JOIN information_schema.columns c USING (table_schema, table_name)
       LEFT JOIN information_schema.table_constraints pk
              ON pk.table_schema = t.table_schema AND pk.table_name = t.table_name AND pk.constraint_type = 'PRIMARY KEY'
       LEFT JOIN information_schema.key_column_usage k
              ON k.constraint_schema = pk.constraint_schema AND k.constraint_name = pk.constraint_name
             AND k.table_name = t.table_name AND k.column_name = c.column_name
      WHERE t.table_type = 'BASE TABLE' AND t.table_schema = ANY($1)
      ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
    [schemas],
  );
  const tables = new Map<string, TableInfo & { keyed: Array<{ column: string; position: number }> }>();
  for (const row of rows) {
    const id = `${row.schema}.${row.name}`;
    let table = tables.get(id);
    if (!table) {
      table = { schema: row.schema, name: row.name, columns: [], key: [], collatableKey: [], keyed: [] };
      tables.set(id, table);
    }
    if (row.generated !== 'ALWAYS') table.columns.push(row.column);
    if (row.key_position !== null) {
      table.keyed.push({ column: row.column, position: row.key_position });
      if (COLLATABLE_TYPES.has(row.type)) table.collatableKey.push(row.column);
    }
  }
  return [...tables.values()].map(({ keyed, ...table }) => ({
    ...table,
    key: keyed.sort((a, b) => a.position - b.position).map((entry) => entry.column),
  }));
}

/**
 * The statement that reads a table for the archive and for the check after a restore: the same columns in
 * the same order, rows by primary key (or, without one, by their whole text), so that equal contents give
 * equal bytes.
 */
export function tableReadStatement(
  table: Pick<TableInfo, 'schema' | 'name' | 'columns' | 'key' | 'collatableKey'>,
): string {
  const columns = table.columns.map(quoteIdent).join(', ');
  const order = table.key.length
    ? table.key
        .map((column) => `${quoteIdent(column)}${table.collatableKey.includes(column) ? ' COLLATE "C"' : ''}`)
        .join(', ')
    : `(row_data.*)::text COLLATE "C"`;
  return `COPY (SELECT ${columns} FROM ${qualifiedName(table)} row_data ORDER BY ${order}) TO STDOUT`;
}

export async function readSequences(client: ClientBase, schemas: readonly string[]): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT sequence_schema AS schema, sequence_name AS name FROM information_schema.sequences
      WHERE sequence_schema = ANY($1) ORDER BY 1, 2`,
    [schemas],
  );
  const values: SequenceValue[] = [];
  for (const sequence of rows) {
    const {
      rows: [value],
    } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM ${qualifiedName(sequence)}`,
    );
    values.push({ ...sequence, lastValue: value.last_value, isCalled: value.is_called });
  }
  return values;
}

/** The foreign keys among the tables, with the definitions to create them again. */
export async function listForeignKeys(client: ClientBase, schemas: readonly string[]): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT n.nspname AS schema, c.relname AS table, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE con.contype = 'f' AND n.nspname = ANY($1)
      ORDER BY 1, 2, 3`,
    [schemas],
  );
  return rows;
}

export interface IndexDefinition {
  schema: string;
  table: string;
  name: string;
  /** CREATE INDEX …, for an index that is no constraint's. */
  indexDefinition: string;
  /** The primary key or unique constraint the index belongs to, and its definition. */
  constraint: string | null;
  constraintDefinition: string | null;
}

/** Every index of the tables, with what creates it again (a constraint's index through its constraint). */
export async function listIndexes(client: ClientBase, schemas: readonly string[]): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, pg_get_indexdef(i.oid) AS "indexDefinition",
            con.conname AS constraint, pg_get_constraintdef(con.oid) AS "constraintDefinition"
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x')
      WHERE n.nspname = ANY($1) AND t.relkind = 'r'
      ORDER BY 1, 2, 3`,
    [schemas],
  );
  return rows;
}
