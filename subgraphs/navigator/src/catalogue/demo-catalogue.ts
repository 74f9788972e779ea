import { DataSource } from 'typeorm';
import { ProgramEntity } from '../programs/program.entity';
import { ScheduleSlotRow } from './catalogue.types';
import { demoPrograms, placeId, places, programId, providers } from './demo-catalogue.data';

export { DemoCatalogueProvider, demoPrograms } from './demo-catalogue.data';

const slots = (days: number[], from: string, to: string): ScheduleSlotRow[] => days.map((day) => ({ day, from, to }));

/**
 * The groups, in the school year that holds the day the demo is loaded (September to May): one starting in
 * September, some in January. Промышленный дизайн is full, so that «свободные места» has something to leave out.
 */
function demoGroups(today: Date) {
  const year = today.getUTCMonth() >= 5 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const september = `${year}-09-01`;
  const january = `${year + 1}-01-15`;
  const may = `${year + 1}-05-31`;
  const group = (
    index: number,
    program: number,
    name: string,
    schedule: ScheduleSlotRow[],
    startsOn: string,
    total: number,
    taken: number,
    place: number | null,
  ) => ({
    id: `61000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    program_id: programId(program),
    name,
    schedule: JSON.stringify(schedule),
    starts_on: startsOn,
    ends_on: may,
    places_total: total,
    places_taken: taken,
    place_id: place === null ? null : placeId(place),
  });
  return [
    group(1, 1, 'Группа 1 (5–7 лет)', slots([1, 3, 5], '16:00', '17:30'), september, 15, 9, 1),
    group(2, 1, 'Группа 2 (8–10 лет)', slots([2, 4, 6], '17:00', '18:30'), january, 15, 3, 1),
    group(3, 2, 'Группа начальной подготовки', slots([2, 4], '18:00', '19:30'), september, 20, 18, 1),
    group(4, 3, 'Индивидуально', slots([6], '10:00', '11:00'), september, 5, 2, 1),
    group(5, 4, 'Группа ОФП', slots([1, 3], '15:00', '16:00'), september, 25, 11, 2),
    group(6, 5, 'Группа «Стартовая»', slots([2, 4], '15:00', '16:30'), september, 12, 12, 5),
    group(7, 5, 'Группа «Весенняя»', slots([3, 5], '15:00', '16:30'), january, 12, 4, 6),
    group(8, 6, 'Проектная группа', slots([1, 4], '17:00', '19:00'), september, 10, 10, 5),
    group(9, 7, 'Онлайн-группа', slots([2, 5], '19:00', '20:30'), september, 30, 17, null),
    group(10, 8, 'Лаборатория', slots([6], '12:00', '14:00'), january, 14, 6, 5),
    group(11, 9, 'Младший состав', slots([2, 4], '16:30', '18:00'), september, 20, 14, 3),
    group(12, 9, 'Средний состав', slots([1, 3, 5], '18:00', '19:30'), september, 20, 19, 4),
    group(13, 10, 'Шахматный клуб', slots([3, 6], '15:00', '16:30'), september, 16, 7, 4),
    group(14, 11, 'Группа живописи', slots([2, 5], '16:00', '18:00'), september, 12, 8, 7),
    group(15, 12, 'Группа дизайна', slots([4], '16:00', '18:00'), january, 12, 5, 7),
  ];
}

/** Loads the catalogue's demo data; reloading changes nothing (fixed ids, each insert ignores a known row). */
export async function seedDemoCatalogue(dataSource: DataSource, today: Date = new Date()): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const card of providers)
      await manager.query(
        `INSERT INTO navigator.provider_cards
           (organization_id, name, address, phone, site, municipality_id, latitude, longitude)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          card.organization_id,
          card.name,
          card.address,
          card.phone,
          card.site,
          card.municipality_id,
          card.latitude,
          card.longitude,
        ],
      );
    for (const [index, organizationId, name, address, latitude, longitude] of places)
      await manager.query(
        `INSERT INTO navigator.places_of_study (id, organization_id, name, address, latitude, longitude)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [placeId(index), organizationId, name, address, latitude, longitude],
      );
    await manager.createQueryBuilder().insert().into(ProgramEntity).values(demoPrograms).orIgnore().execute();
    for (const row of demoGroups(today))
      await manager.query(
        `INSERT INTO navigator.program_groups
           (id, program_id, name, schedule, starts_on, ends_on, places_total, places_taken, place_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [
          row.id,
          row.program_id,
          row.name,
          row.schedule,
          row.starts_on,
          row.ends_on,
          row.places_total,
          row.places_taken,
          row.place_id,
        ],
      );
  });
}
