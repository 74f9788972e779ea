import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The holder's help behind the «?» («Инструкции», «Видеоуроки», «Часто задаваемые вопросы»; seed 002, the end),
 * kept by the regional operator; its first texts are written from the seed. «НОКО» (seed 002, §9): a region's
 * switch (one row: this deployment is one region), and the survey's answers, one per certificate and year.
 */
export class HelpAndNoko1765460000000 implements MigrationInterface {
  name = 'HelpAndNoko1765460000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE navigator.help_articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('INSTRUCTION', 'VIDEO', 'FAQ')),
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        video_url text,
        position integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX help_articles_kind_idx ON navigator.help_articles (kind, position)`);
    await runner.query(
      `INSERT INTO navigator.help_articles (kind, title, body, video_url, position) SELECT * FROM unnest(
         $1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
      [
        FIRST_ARTICLES.map((article) => article.kind),
        FIRST_ARTICLES.map((article) => article.title),
        FIRST_ARTICLES.map((article) => article.body),
        FIRST_ARTICLES.map((article) => article.videoUrl ?? null),
        FIRST_ARTICLES.map((_, index) => index),
      ],
    );
    await runner.query(`
      CREATE TABLE navigator.noko_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        enabled boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`INSERT INTO navigator.noko_settings (enabled) VALUES (false)`);
    // No link from an answer to the contracts or the child: the summary counts answers, nothing else.
    await runner.query(`
      CREATE TABLE navigator.noko_answers (
        certificate_id uuid NOT NULL,
        year integer NOT NULL,
        answers smallint[] NOT NULL CHECK (1 <= ALL (answers) AND 5 >= ALL (answers)),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (certificate_id, year)
      )`);
    await runner.query(`CREATE INDEX noko_answers_year_idx ON navigator.noko_answers (year)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE navigator.noko_answers`);
    await runner.query(`DROP TABLE navigator.noko_settings`);
    await runner.query(`DROP TABLE navigator.help_articles`);
  }
}

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
