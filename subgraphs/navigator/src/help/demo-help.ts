import { DataSource } from 'typeorm';

/** The first help, in the seed's words; the regional operator rewrites it in the registry cabinet. */
const FIRST_ARTICLES: Array<{ kind: string; title: string; body: string; videoUrl?: string }> = [
  {
    kind: 'INSTRUCTION',
    title: 'Как активировать сертификат',
    body:
      'Организация не сможет зачислить ребёнка на программу, если сертификат **не активирован**, хотя заявку ' +
      'на зачисление подать можно.\n\nДля активации заявитель предоставляет документы ребёнка в организацию, ' +
      'ответственную за приём заявлений или за ведение реестра сертификатов, и подписывает заявление на ' +
      'согласие обработки персональных данных.',
  },
  {
    kind: 'INSTRUCTION',
    title: 'Как записаться на программу',
    body:
      'Откройте раздел «Навигатор» и начните печатать название программы, организации или мероприятия.\n\n' +
      '- «Расширенный поиск» отберёт программы по месяцу начала занятий, муниципалитету и реестру.\n' +
      '- «Исключить программы, на которые не получится записаться по моему сертификату» оставит только доступные.\n' +
      '- На странице программы выберите группу и подайте заявку.',
  },
  {
    kind: 'INSTRUCTION',
    title: 'Как оценить программу',
    body:
      'Не позднее месяца после окончания обучения откройте договор в разделе «Договоры» и нажмите ' +
      '«Оценить программу». Оцените её по 4 параметрам от 0 до 100% и нажмите «Сохранить».',
  },
  {
    kind: 'VIDEO',
    title: 'Обзор личного кабинета сертификата',
    body: 'Разделы панели навигации: Кабинет, Навигатор, Расписание, Договоры, Новости, Мероприятия, Портфолио.',
    videoUrl: 'https://pfdo.example.ru/video/obzor-kabineta.mp4',
  },
  {
    kind: 'VIDEO',
    title: 'Запись на программу через навигатор',
    body: 'Поиск программы, выбор группы и подача заявки на обучение.',
    videoUrl: 'https://pfdo.example.ru/video/zapis-na-programmu.mp4',
  },
  {
    kind: 'FAQ',
    title: 'Почему номинал сертификата уменьшается?',
    body:
      'Каждый месяц номинал уменьшается пропорционально оставшимся месяцам текущего финансового года, если не ' +
      'выбрана для обучения ни одна сертифицированная программа.',
  },
  {
    kind: 'FAQ',
    title: 'Что делать с пролонгированным договором?',
    body:
      'Ничего: если в течение 7 дней после пролонгации не будет отказа, договор вступит в силу с даты начала ' +
      'обучения. Чтобы отказаться, откройте карточку договора и нажмите «Отменить заявку».',
  },
  {
    kind: 'FAQ',
    title: 'Как переключаться между кабинетами нескольких детей?',
    body:
      'В «Настройках пользователя» в поле «Добавить быстрый доступ в другой личный кабинет» введите логин или номер ' +
      'сертификата, затем пароль присоединяемого кабинета и нажмите «Объединить». Переключайтесь стрелочкой рядом ' +
      'с логином.',
  },
];

/**
 * The demo's help behind the «?» (docs/domain.md §8), as the regional operator would first write it: each article by
 * a fixed id, written once (a later run of the demo seed leaves the operator's edits alone).
 */
export async function seedDemoHelp(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO navigator.help_articles (id, kind, title, body, video_url, position)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
     ON CONFLICT (id) DO NOTHING`,
    [
      FIRST_ARTICLES.map((_, index) => `ae1b0000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`),
      FIRST_ARTICLES.map((article) => article.kind),
      FIRST_ARTICLES.map((article) => article.title),
      FIRST_ARTICLES.map((article) => article.body),
      FIRST_ARTICLES.map((article) => article.videoUrl ?? null),
      FIRST_ARTICLES.map((_, index) => index),
    ],
  );
}
