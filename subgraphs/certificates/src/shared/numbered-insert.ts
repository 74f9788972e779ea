import { EntityManager } from 'typeorm';
import { domainError, ErrorCode } from '@pfdo/platform';

/**
 * Inserts a row whose `number` column is a random, unique number, drawing another in the rare case the
 * drawn one is taken. `row` maps column names to values. Returns the number the row got.
 */
export async function insertWithFreshNumber(
  manager: EntityManager,
  table: string,
  row: Record<string, unknown>,
  draw: () => string,
): Promise<string> {
  const columns = ['number', ...Object.keys(row)];
  const placeholders = columns.map((_, index) => `$${index + 1}`).join(', ');
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const number = draw();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO certificates.${table} (${columns.join(', ')}) VALUES (${placeholders})
       ON CONFLICT (number) DO NOTHING RETURNING id`,
      [number, ...Object.values(row)],
    );
    if (inserted.length > 0) return number;
  }
  throw domainError(ErrorCode.Internal, 'Не удалось присвоить номер: попробуйте ещё раз');
}
