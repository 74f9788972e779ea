import { DemoMunicipality as M, DemoOrganization as O } from '@pfdo/platform';
import { FormOfStudy, ProgramRegistry } from '../programs/program-registry';
import { ProgramEntity } from '../programs/program.entity';

/**
 * Two providers the navigator's catalogue shows that have no account in the organizations subgraph (their
 * staff never sign in to the demo): ids of their own, apart from the shared demo ids.
 */
export const DemoCatalogueProvider = {
  creativityPalace: '21000000-0000-4000-8000-000000000001',
  artSchool: '21000000-0000-4000-8000-000000000002',
} as const;

const P = DemoCatalogueProvider;

export const providers = [
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

export const placeId = (index: number) => `62000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

export const places = [
  [1, O.sportSchool, 'Ледовая арена', 'Новокузнецк, пр. Металлургов, 20', 53.7588, 87.1195],
  [2, O.sportSchool, 'Спортивный зал', 'Новокузнецк, ул. Транспортная, 17', 53.7655, 87.1382],
  [3, P.creativityPalace, '', 'Новокузнецк, ул. Кирова, 53', 53.7613, 87.1262],
  [4, P.creativityPalace, 'Филиал в Заводском районе', 'Новокузнецк, пр. Советской Армии, 37', 53.7802, 87.1541],
  [5, O.technopark, '', 'Кемерово, ул. Николая Островского, 32', 55.3547, 86.0861],
  [6, O.technopark, 'Мобильный кванториум', 'Кемерово, пр. Ленина, 90', 55.3452, 86.1249],
  [7, P.artSchool, '', 'Кемерово, ул. Весенняя, 17', 55.3571, 86.0772],
] as const;

type DemoProgram = Omit<ProgramEntity, 'createdAt'>;

export const programId = (index: number) => `60000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

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
