import { domainError, ErrorCode } from '@pfdo/platform';
import { programOfRow, regionToday } from '../catalogue/catalogue-search';
import { NavigatorContext } from '../context';
import { Program } from '../programs/program.type';
import { findSettingsRow, PERSONAL_DATA_RULES_VERSION } from './holder-settings.service';
import { NearbyProgram } from './holder-settings.type';

export const MAX_NEARBY = 30;

/**
 * Great-circle distance in metres between the holder's point ($1, $2) and a place (lat, lon), by the haversine
 * formula, in SQL so that the nearest come first from one statement.
 */
const HAVERSINE = (lat: string, lon: string) => `
  2 * 6371000 * asin(sqrt(
    power(sin(radians(${lat} - $1) / 2), 2) +
    cos(radians($1)) * cos(radians(${lat})) * power(sin(radians(${lon} - $2) / 2), 2)))`;

/**
 * Programs near the holder's convenient address, nearest first: each program at the distance of its nearest
 * place of study among its groups still open (a group without a place counts at its provider's address). One
 * statement. Only with the consent to the current rules of personal-data processing, and an address with a point.
 */
export async function nearbyPrograms(context: NavigatorContext, first: number): Promise<NearbyProgram[]> {
  const settings = await findSettingsRow(context.dataSource.manager, context.identity!.userId);
  if (settings.pd_rules_version !== PERSONAL_DATA_RULES_VERSION) {
    throw domainError(
      ErrorCode.PersonalDataConsentRequired,
      'Чтобы навигатор предлагал программы рядом с удобным адресом, ознакомьтесь с правилами обработки персональных данных и поставьте отметку о согласии',
    );
  }
  if (settings.latitude === null || settings.longitude === null) {
    throw domainError(
      ErrorCode.ConvenientAddressMissing,
      'Укажите удобный адрес для посещения занятий: навигатор предложит программы рядом с ним',
    );
  }
  const limit = Math.min(Math.max(first, 1), MAX_NEARBY);
  const rows: Array<Record<string, unknown> & { distance: number; place_address: string }> =
    await context.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (p.id) p.*, point.address AS place_address, ${HAVERSINE('point.lat', 'point.lon')} AS distance
           FROM navigator.programs p
           JOIN navigator.program_groups g ON g.program_id = p.id AND g.ends_on >= $3::date
           JOIN navigator.provider_cards card ON card.organization_id = p.organization_id
           LEFT JOIN navigator.places_of_study place ON place.id = g.place_id
           CROSS JOIN LATERAL (
             SELECT COALESCE(place.latitude, card.latitude) AS lat, COALESCE(place.longitude, card.longitude) AS lon,
                    CASE WHEN place.id IS NULL THEN card.address ELSE place.address END AS address
           ) point
          WHERE point.lat IS NOT NULL
          ORDER BY p.id, distance
       ) nearest
       ORDER BY distance, title, id
       LIMIT $4`,
      [settings.latitude, settings.longitude, regionToday(context.now()), limit],
    );
  return rows.map((row) =>
    Object.assign(new NearbyProgram(), {
      program: Program.from(programOfRow(row as unknown as Parameters<typeof programOfRow>[0])),
      distanceMeters: Math.round(row.distance),
      address: row.place_address,
    }),
  );
}
