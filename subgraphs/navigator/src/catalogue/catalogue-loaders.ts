import { byKeyLoader, groupedLoader, perRequest } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { PROVIDER_COLUMNS } from './catalogue-search';
import { GroupRow, PlaceRow, ProviderRow } from './catalogue.types';

const GROUP_COLUMNS = `id, program_id, name, schedule, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
  to_char(ends_on, 'YYYY-MM-DD') AS ends_on, places_total, places_taken, place_id`;

/** The catalogue's per-request loaders: one statement per batch, so a page costs the same whatever its size. */
export const catalogueLoaders = perRequest((context: NavigatorContext) => {
  const query = <T>(sql: string, ids: readonly string[]) => context.dataSource.query(sql, [ids]) as Promise<T[]>;
  return {
    providerById: byKeyLoader(
      (ids: readonly string[]) =>
        query<ProviderRow>(
          `SELECT ${PROVIDER_COLUMNS} FROM navigator.provider_cards WHERE organization_id = ANY($1::uuid[])`,
          ids,
        ),
      (row) => row.organization_id,
    ),
    groupById: byKeyLoader(
      (ids: readonly string[]) =>
        query<GroupRow>(`SELECT ${GROUP_COLUMNS} FROM navigator.program_groups WHERE id = ANY($1::uuid[])`, ids),
      (row) => row.id,
    ),
    groupsByProgram: groupedLoader(
      (ids: readonly string[]) =>
        query<GroupRow>(
          `SELECT ${GROUP_COLUMNS} FROM navigator.program_groups WHERE program_id = ANY($1::uuid[])
            ORDER BY starts_on, name, id`,
          ids,
        ),
      (row) => row.program_id,
    ),
    placeById: byKeyLoader(
      (ids: readonly string[]) =>
        query<PlaceRow>(`SELECT * FROM navigator.places_of_study WHERE id = ANY($1::uuid[])`, ids),
      (row) => row.id,
    ),
    placesByProvider: groupedLoader(
      (ids: readonly string[]) =>
        query<PlaceRow>(
          `SELECT * FROM navigator.places_of_study WHERE organization_id = ANY($1::uuid[]) ORDER BY address, id`,
          ids,
        ),
      (row) => row.organization_id,
    ),
  };
});
