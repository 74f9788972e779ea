import { DataSource } from 'typeorm';
import { DemoMunicipality as M, DemoOrganization as O } from '@pfdo/platform';
import { FormOfStudy, ProgramRegistry } from '../programs/program-registry';
import { ProgramEntity } from '../programs/program.entity';
import { ScheduleSlotRow } from './catalogue.types';

/**
 * Two providers the navigator's catalogue shows that have no account in the organizations subgraph (their
 * staff never sign in to the demo): ids of their own, apart from the shared demo ids.
 */
export const DemoCatalogueProvider = {
  creativityPalace: '21000000-0000-4000-8000-000000000001',
  artSchool: '21000000-0000-4000-8000-000000000002',
} as const;

const P = DemoCatalogueProvider;

const providers = [
  {
    organization_id: O.sportSchool,
    name: 'МБУ ДО «Спортивная школа «Кузнецкий лёд»',
    address: 'Новокузнецк, пр. Металлургов, 20',
    phone: '8 (3843) 74-20-20',
    site: 'https://kuzled.example.ru',
    municipality_id: M.novokuznetsk,
    latitude: 53.7588,
    longitude: 87.1195,
  },
  {
    organization_id: P.creativityPalace,
    name: 'МАУ ДО «Дворец детского творчества им. Н. К. Крупской»',
    address: 'Новокузнецк, ул. Кирова, 53',
    phone: '8 (3843) 46-33-12',
    site: 'https://ddt-nvkz.example.ru',
    municipality_id: M.novokuznetsk,
    latitude: 53.7613,
    longitude: 87.1262,
  },
  {
    organization_id: O.technopark,
    name: 'Детский технопарк «Кванториум-42»',
    address: 'Кемерово, ул. Николая Островского, 32',
    phone: '8 (3842) 90-42-42',
    site: 'https://kvantorium42.example.ru',
    municipality_id: M.kemerovo,
    latitude: 55.3547,
    longitude: 86.0861,
  },
  {
    organization_id: P.artSchool,
    name: 'МБУ ДО «Детская художественная школа № 1»',
    address: 'Кемерово, ул. Весенняя, 17',
    phone: '8 (3842) 36-15-40',
    site: 'https://dhsh1-kem.example.ru',
    municipality_id: M.kemerovo,
    latitude: 55.3571,
    longitude: 86.0772,
  },
];

const placeId = (index: number) => `62000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

const places = [
  [1, O.sportSchool, 'Ледовая арена', 'Новокузнецк, пр. Металлургов, 20', 53.7588, 87.1195],
  [2, O.sportSchool, 'Спортивный зал', 'Новокузнецк, ул. Транспортная, 17', 53.7655, 87.1382],
  [3, P.creativityPalace, '', 'Новокузнецк, ул. Кирова, 53', 53.7613, 87.1262],
  [4, P.creativityPalace, 'Филиал в Заводском районе', 'Новокузнецк, пр. Советской Армии, 37', 53.7802, 87.1541],
  [5, O.technopark, '', 'Кемерово, ул. Николая Островского, 32', 55.3547, 86.0861],
  [6, O.technopark, 'Мобильный кванториум', 'Кемерово, пр. Ленина, 90', 55.3452, 86.1249],
  [7, P.artSchool, '', 'Кемерово, ул. Весенняя, 17', 55.3571, 86.0772],
] as const;

type DemoProgram = Omit<ProgramEntity, 'createdAt'>;

const programId = (index: number) => `60000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

const program = (
  index: number,
  organizationId: string,
  municipalityId: string,
  registry: ProgramRegistry,
  title: string,
  [ageFrom, ageTo]: [number, number],
  description: string,
  content: string,
  { form = FormOfStudy.FULL_TIME, months = 9, hours = 144, price = null as number | null } = {},
): DemoProgram => ({
  id: programId(index),
  organizationId,
  municipalityId,
  registry,
  title,
  ageFrom,
  ageTo,
  description,
  content,
  formOfStudy: form,
  durationMonths: months,
  hoursTotal: hours,
  priceKopecks: price,
});

const { CERTIFIED, SIGNIFICANT, PAID, GENERAL } = ProgramRegistry;

/** A dozen programs over the four registries in Новокузнецк and Кемерово (docs/domain.md §8). */
export const demoPrograms: DemoProgram[] = [
  program(
    1,
    O.sportSchool,
    M.novokuznetsk,
    CERTIFIED,
    'Фигурное катание: начальная подготовка',
    [5, 10],
    'Занятия на льду и общая физическая подготовка, 3 раза в неделю.',
    'Первый год на льду: стойка, скольжение, повороты, первые прыжки.\n\nПо итогам года — показательные выступления и сдача нормативов юного фигуриста.',
    { price: 2500_00 },
  ),
  program(
    2,
    O.sportSchool,
    M.novokuznetsk,
    SIGNIFICANT,
    'Хоккей для начинающих',
    [7, 12],
    'Катание, владение клюшкой, игра в команде.',
    'Техника катания, ведение и передача шайбы, броски, игра в звене.\n\nФорму и клюшку выдаёт школа.',
  ),
  program(
    3,
    O.sportSchool,
    M.novokuznetsk,
    PAID,
    'Индивидуальные тренировки по фигурному катанию',
    [6, 17],
    'Занятия с тренером один на один.',
    'Программа составляется тренером под цели спортсмена: элементы, дорожки шагов, подготовка к соревнованиям.',
    { hours: 72, price: 6000_00 },
  ),
  program(
    4,
    O.sportSchool,
    M.novokuznetsk,
    GENERAL,
    'Общая физическая подготовка',
    [5, 17],
    'Гибкость, выносливость, координация.',
    'Круговые тренировки, подвижные игры, растяжка. Подходит детям любого уровня подготовки.',
  ),
  program(
    5,
    O.technopark,
    M.kemerovo,
    CERTIFIED,
    'Робототехника: первые шаги',
    [7, 11],
    'Сборка и программирование роботов из конструктора.',
    'Механизмы и передачи, датчики, визуальное программирование. В конце года — командный проект и участие в городских соревнованиях.',
    { price: 3200_00 },
  ),
  program(
    6,
    O.technopark,
    M.kemerovo,
    SIGNIFICANT,
    'Промышленный дизайн',
    [12, 17],
    'Эскиз, прототип, 3D-печать.',
    'Скетчинг, макетирование, 3D-моделирование и печать. Каждый участник доводит свой предмет от эскиза до образца.',
  ),
  program(
    7,
    O.technopark,
    M.kemerovo,
    PAID,
    'Программирование на Python',
    [12, 17],
    'От первых программ до собственного проекта.',
    'Переменные, циклы, функции, работа с файлами и сетью. Занятия проходят онлайн, с разбором домашних заданий.',
    { form: FormOfStudy.DISTANCE, price: 4500_00 },
  ),
  program(
    8,
    O.technopark,
    M.kemerovo,
    GENERAL,
    'Занимательная физика',
    [10, 14],
    'Опыты и эксперименты в лаборатории технопарка.',
    'Механика, электричество, оптика в опытах. Часть занятий — самостоятельные наблюдения дома с отчётом преподавателю.',
    { form: FormOfStudy.PART_TIME, hours: 72 },
  ),
  program(
    9,
    P.creativityPalace,
    M.novokuznetsk,
    CERTIFIED,
    'Народный танец «Сибирячка»',
    [6, 14],
    'Русский народный и характерный танец, выступления на городских праздниках.',
    'Азбука народного танца, постановка концертных номеров, ансамблевое исполнение.',
    { price: 1800_00 },
  ),
  program(
    10,
    P.creativityPalace,
    M.novokuznetsk,
    GENERAL,
    'Шахматы: от новичка до разрядника',
    [6, 17],
    'Правила, тактика, турниры внутри клуба.',
    'Ходы фигур, простейшие комбинации, эндшпиль, дебютные идеи. Ежемесячные турниры с присвоением разрядов.',
  ),
  program(
    11,
    P.artSchool,
    M.kemerovo,
    PAID,
    'Живопись и рисунок',
    [8, 16],
    'Акварель, гуашь, карандаш; пленэр летом.',
    'Натюрморт, пейзаж, портрет. Материалы покупает семья, мольберты и бумагу даёт школа.',
    { price: 3000_00 },
  ),
  program(
    12,
    P.artSchool,
    M.kemerovo,
    SIGNIFICANT,
    'Основы графического дизайна',
    [11, 17],
    'Композиция, шрифт, плакат; работа в графических редакторах.',
    'Теория композиции и цвета, шрифт, плакат и логотип. Часть заданий выполняется дома.',
    { form: FormOfStudy.PART_TIME, hours: 108 },
  ),
];

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
