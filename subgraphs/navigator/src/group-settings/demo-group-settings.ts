import { DataSource } from 'typeorm';
import { demoGroupSettingId, DemoMunicipality } from '@pfdo/platform';

const territories: Record<keyof typeof DemoMunicipality, string> = {
  kemerovo: 'Кемеровского городского округа',
  novokuznetsk: 'Новокузнецкого городского округа',
  prokopyevsk: 'Прокопьевского городского округа',
  mezhdurechensk: 'Междуреченского городского округа',
  belovo: 'Беловского городского округа',
};

/**
 * The ranges a municipality sets up for a new year (offered by «Импорт из PFDO»), and after them the settings the
 * registry's two demo groups were imported from (the same names as the certificates subgraph's demo groups, as an
 * import names a group after its setting), so that a demo certificate's «КАБИНЕТ» shows its possibilities.
 */
const ranges = [
  { prefix: 'Дети', minAge: 5, maxAge: 7, nominal: 15_000_00, significant: 1, general: 2, preProfessional: 0 },
  { prefix: 'Дети', minAge: 7, maxAge: 14, nominal: 24_000_00, significant: 2, general: 3, preProfessional: 1 },
  { prefix: 'Дети', minAge: 14, maxAge: 18, nominal: 30_000_00, significant: 2, general: 3, preProfessional: 2 },
  { prefix: 'Дети', minAge: 5, maxAge: 18, nominal: 24_000_00, significant: 2, general: 3, preProfessional: 1 },
  {
    prefix: 'Дети с ограниченными возможностями здоровья',
    minAge: 5,
    maxAge: 18,
    nominal: 30_000_00,
    significant: 3,
    general: 3,
    preProfessional: 1,
  },
];

/** The navigator's «Настройка сертификатов» of every demo municipality (docs/domain.md §6a, §8). */
export async function seedDemoGroupSettings(dataSource: DataSource): Promise<void> {
  const rows = Object.entries(territories).flatMap(([key, territory]) => {
    const municipalityId = DemoMunicipality[key as keyof typeof DemoMunicipality];
    return ranges.map((range, index) => [
      demoGroupSettingId(municipalityId, index),
      municipalityId,
      `${range.prefix} в возрасте от ${range.minAge} до ${range.maxAge} лет, проживающие на территории ${territory}`,
      range.nominal,
      range.minAge,
      range.maxAge,
      range.significant,
      range.general,
      range.preProfessional,
      50_000_000_00,
    ]);
  });
  await dataSource.query(
    `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
       significant_programs, general_programs, pre_professional_programs, municipality_limit_kopecks)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, municipality_id uuid, name text, nominal_kopecks bigint,
       min_age int, max_age int, significant_programs int, general_programs int, pre_professional_programs int,
       municipality_limit_kopecks bigint)
     ON CONFLICT (id) DO NOTHING`,
    [
      JSON.stringify(
        rows.map((row) => ({
          id: row[0],
          municipality_id: row[1],
          name: row[2],
          nominal_kopecks: row[3],
          min_age: row[4],
          max_age: row[5],
          significant_programs: row[6],
          general_programs: row[7],
          pre_professional_programs: row[8],
          municipality_limit_kopecks: row[9],
        })),
      ),
    ],
  );
}
