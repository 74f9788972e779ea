import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '@pfdo/platform';
import { SUBGRAPHS } from '../subgraphs';
import {
  listForeignKeys,
  listIndexes,
  listTables,
  qualifiedName,
  quoteIdent,
  tableId,
  useStableOutput,
} from './catalog';
import { Manifest, RestoreRefused } from './manifest';
import { megabytes, Progress, rows as rowsOf, seconds } from './progress';
import { checksumTable, loadTable } from './table-data';

/** Creates every subgraph schema's tables with this code's migrations, as `npm start` does. */
export async function migrateAll(databaseUrl: string): Promise<void> {
  for (const module of SUBGRAPHS) {
    const dataSource = module.createDataSource(databaseUrl);
    try {
      await migrate(dataSource, module.schema);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  }
}

function migrationTables(databaseUrl: string): Set<string> {
  return new Set(
    SUBGRAPHS.map(
      (module) =>
        `${module.schema}.${module.createDataSource(databaseUrl).options.migrationsTableName ?? 'migrations'}`,
    ),
  );
}

/**
 * Loads the archive's tables into a freshly migrated database, in one transaction: all of it or nothing.
 * As pg_restore does, indexes and foreign keys are dropped for the load and created again after it: the
 * load is faster, and every unique key and every reference of the restored data is checked at once (no
 * order of tables is needed, and the applications ↔ certificates cycle is no obstacle). Sequences are set
 * to where they were; then each table is read back and must give the archive's row count and checksum.
 */
export async function loadDatabase(
  databaseUrl: string,
  stagingDir: string,
  manifest: Manifest,
  progress: Progress,
): Promise<number> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'pfdo-restore' });
  await client.connect();
  try {
    await useStableOutput(client);
    const schemas = SUBGRAPHS.map((module) => module.schema);
    await client.query('BEGIN');
    const tables = await listTables(client, schemas);
    const target = new Map(tables.map((table) => [tableId(table), table]));
    const archived = new Map(manifest.tables.map((table) => [tableId(table), table]));
    for (const [id, table] of archived) {
      const existing = target.get(id);
      if (!existing) throw new RestoreRefused(`таблицы ${id} из архива нет в базе после миграций`);
      const missing = table.columns.filter((column) => !existing.columns.includes(column));
      const extra = existing.columns.filter((column) => !table.columns.includes(column));
      if (missing.length || extra.length) {
        throw new RestoreRefused(
          `столбцы таблицы ${id} в архиве и в базе различаются (${[...missing, ...extra].join(', ')})`,
        );
      }
    }
    for (const id of target.keys()) {
      if (!archived.has(id)) throw new RestoreRefused(`таблицы ${id} нет в архиве`);
    }
    const skip = migrationTables(databaseUrl);
    for (const table of tables) {
      if (skip.has(tableId(table))) continue;
      const {
        rows: [{ filled }],
      } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${qualifiedName(table)}) AS filled`);
      if (filled)
        throw new RestoreRefused(
          `в базе уже есть данные (таблица ${tableId(table)}): восстановление пишет только в пустую базу`,
        );
    }

    const foreignKeys = await listForeignKeys(client, schemas);
    const indexes = await listIndexes(client, schemas);
    for (const key of foreignKeys) {
      await client.query(
        `ALTER TABLE ${qualifiedName({ schema: key.schema, name: key.table })} DROP CONSTRAINT ${quoteIdent(key.name)}`,
      );
    }
    for (const index of indexes) {
      await client.query(
        index.constraint
          ? `ALTER TABLE ${qualifiedName({ schema: index.schema, name: index.table })} DROP CONSTRAINT ${quoteIdent(index.constraint)}`
          : `DROP INDEX ${qualifiedName({ schema: index.schema, name: index.name })}`,
      );
    }
    // The migrations tables hold this run's own records; the archive's (the same migrations) replace them.
    await client.query(`TRUNCATE ${tables.map(qualifiedName).join(', ')}`);

    let rows = 0;
    let phase = Date.now();
    for (const table of manifest.tables) {
      if (!table.file) continue;
      const id = tableId(table);
      const loaded = await loadTable(client, table, path.join(stagingDir, table.file), (bytes) =>
        progress.tick(`  ${id}: ${megabytes(bytes)} из ${megabytes(table.bytes)}…`),
      );
      if (loaded !== table.rows)
        throw new RestoreRefused(`таблица ${id}: загружено ${loaded} строк, в архиве ${table.rows}`);
      rows += loaded;
      progress.line(`  ${id.padEnd(42)} ${rowsOf(loaded).padStart(14)}`);
    }

    progress.line(`  загружено за ${seconds(phase)}`);
    phase = Date.now();
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) {
      try {
        await client.query(
          index.constraint
            ? `ALTER TABLE ${qualifiedName({ schema: index.schema, name: index.table })} ADD CONSTRAINT ${quoteIdent(index.constraint)} ${index.constraintDefinition}`
            : index.indexDefinition,
        );
      } catch (error) {
        throw new RestoreRefused(
          `данные архива несогласованы: ${index.schema}.${index.table} ${index.name}: ${(error as Error).message}`,
        );
      }
    }
    progress.line(`Индексы и ключи построены за ${seconds(phase)}`);
    phase = Date.now();
    for (const key of foreignKeys) {
      try {
        await client.query(
          `ALTER TABLE ${qualifiedName({ schema: key.schema, name: key.table })} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`,
        );
      } catch (error) {
        throw new RestoreRefused(
          `данные архива несогласованы: ${key.schema}.${key.table} ${key.name}: ${(error as Error).message}`,
        );
      }
    }
    progress.line(`Связи между таблицами (внешние ключи) проверены за ${seconds(phase)}`);
    for (const sequence of manifest.sequences) {
      await client.query(`SELECT setval($1, $2::bigint, $3)`, [
        qualifiedName(sequence),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }

    phase = Date.now();
    for (const table of manifest.tables) {
      if (!table.file) continue;
      const now = await checksumTable(client, table);
      if (now.rows !== table.rows || now.sha256 !== table.sha256) {
        throw new RestoreRefused(
          `таблица ${tableId(table)} после загрузки не совпадает с архивом (${rowsOf(now.rows)}, в архиве ${table.rows})`,
        );
      }
    }
    progress.line(`Сверка с архивом (число строк и контрольные суммы каждой таблицы) за ${seconds(phase)}`);
    await client.query('COMMIT');
    phase = Date.now();
    // Statistics for the planner now, rather than when autovacuum comes round to the new rows.
    for (const table of tables) await client.query(`ANALYZE ${qualifiedName(table)}`);
    progress.line(`Статистика для планировщика (ANALYZE) за ${seconds(phase)}`);
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
