import { byKeyLoader, perRequest } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { MIN_RATINGS_FOR_AVERAGE, ProgramRatingSummary, RatingRow } from './rating.types';

interface AverageRow {
  program_id: string;
  count: number;
  content: number | null;
  teacher: number | null;
  conditions: number | null;
  result: number | null;
}

/**
 * The ratings' per-request loaders. A holder's own ratings only (the scope is the caller's, as the contract lists'):
 * the provider reads the contract but never one family's rating. The programs' averages: one GROUP BY per batch,
 * the averages only from MIN_RATINGS_FOR_AVERAGE ratings on (the database never sends fewer's).
 */
export const ratingLoaders = perRequest((context: NavigatorContext) => ({
  ownRatingByContract: byKeyLoader(
    (ids: readonly string[]) =>
      context.dataSource.query(
        `SELECT * FROM navigator.program_ratings WHERE contract_id = ANY($1::uuid[]) AND certificate_id = $2`,
        [ids, context.identity?.role === 'CERTIFICATE_HOLDER' ? context.identity.userId : null],
      ) as Promise<RatingRow[]>,
    (row) => row.contract_id,
  ),
  summaryByProgram: byKeyLoader(
    async (ids: readonly string[]) => {
      const rows: AverageRow[] = await context.dataSource.query(
        `SELECT program_id, count(*)::int AS count,
                CASE WHEN count(*) >= $2 THEN round(avg(content), 1)::float END AS content,
                CASE WHEN count(*) >= $2 THEN round(avg(teacher), 1)::float END AS teacher,
                CASE WHEN count(*) >= $2 THEN round(avg(conditions), 1)::float END AS conditions,
                CASE WHEN count(*) >= $2 THEN round(avg(result), 1)::float END AS result
           FROM navigator.program_ratings WHERE program_id = ANY($1::uuid[]) GROUP BY program_id`,
        [ids, MIN_RATINGS_FOR_AVERAGE],
      );
      return rows;
    },
    (row) => row.program_id,
  ),
}));

export function summaryOf(row: AverageRow | null): ProgramRatingSummary {
  return Object.assign(new ProgramRatingSummary(), {
    count: row?.count ?? 0,
    minimumCount: MIN_RATINGS_FOR_AVERAGE,
    content: row?.content ?? null,
    teacher: row?.teacher ?? null,
    conditions: row?.conditions ?? null,
    result: row?.result ?? null,
  });
}
