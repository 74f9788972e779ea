import { anonymous, arrangeCitizen, closeTestDatabase, GatewayClient, signIn, testDatabase } from '@pfdo/testing';
import { arrangeCabinet, codeOf } from './cabinets.support';

/**
 * The «?» help («Инструкции», «Видеоуроки», «Часто задаваемые вопросы») kept by the regional operator, and «НОКО»
 * (issue 15 part D): a region's switch, the holder's survey once a year, the operator's summary by counts only.
 */
afterAll(closeTestDatabase);
jest.setTimeout(180_000);

const HELP = `{ helpArticles { id kind title body videoUrl position } }`;
const SAVE = `mutation ($input: HelpArticleInput!) { saveHelpArticle(input: $input) { id kind title body videoUrl } }`;
const DELETE = `mutation ($id: ID!) { deleteHelpArticle(id: $id) }`;
const ENABLED = `{ nokoEnabled }`;
const SET_ENABLED = `mutation ($enabled: Boolean!) { setNokoEnabled(enabled: $enabled) }`;
const SURVEY = `{ myNokoSurvey { year answeredAt questions { number text } } }`;
const ANSWER = `mutation ($answers: [Int!]!) { answerNokoSurvey(answers: $answers) { year answeredAt } }`;
const SUMMARY = `{ nokoSummary { year answers minAnswers questions { number counts } } }`;

interface Article {
  id: string;
  kind: string;
  title: string;
  body: string;
  videoUrl: string | null;
}

async function audit(action: string, subjectId: string) {
  const { rows } = await testDatabase().query(
    `SELECT after FROM navigator.audit_events WHERE action = $1 AND subject_id = $2`,
    [action, subjectId],
  );
  return rows.map((row: { after: unknown }) => row.after);
}

describe('the «?» help', () => {
  it('holds the three sections from the start, and the regional operator adds, edits and deletes', async () => {
    const region = await signIn('region@demo.ru');
    const cabinet = await arrangeCabinet('Белова Нина Сергеевна');
    const holder = await signIn(cabinet.login);
    const first = (await holder.data<{ helpArticles: Article[] }>(HELP)).helpArticles;
    expect(new Set(first.map((article) => article.kind))).toEqual(new Set(['INSTRUCTION', 'VIDEO', 'FAQ']));
    expect(first.find((article) => article.kind === 'VIDEO')?.videoUrl).toMatch(/^https:\/\//);

    const invalid = await region.request(SAVE, {
      input: { kind: 'VIDEO', title: ' ', body: '', videoUrl: 'javascript:alert(1)' },
    });
    expect(invalid.errors?.[0]?.extensions?.fields).toEqual({
      title: 'Введите заголовок',
      videoUrl: 'Адрес видео должен начинаться с http:// или https://',
    });

    const created = (
      await region.data<{ saveHelpArticle: Article }>(SAVE, {
        input: { kind: 'FAQ', title: 'Где взять пароль?', body: 'В **выписке** сертификата.\n\n<b>не HTML</b>' },
      })
    ).saveHelpArticle;
    expect(created).toMatchObject({ kind: 'FAQ', title: 'Где взять пароль?', videoUrl: null });
    // Kept as typed: the page renders it as text, never as HTML.
    expect(created.body).toBe('В **выписке** сертификата.\n\n<b>не HTML</b>');
    const edited = await region.data<{ saveHelpArticle: Article }>(SAVE, {
      input: { id: created.id, kind: 'FAQ', title: 'Где взять логин и пароль?', body: 'В выписке сертификата.' },
    });
    expect(edited.saveHelpArticle.title).toBe('Где взять логин и пароль?');
    expect((await holder.data<{ helpArticles: Article[] }>(HELP)).helpArticles).toContainEqual(
      expect.objectContaining({ id: created.id, title: 'Где взять логин и пароль?' }),
    );
    expect(await region.data(DELETE, { id: created.id })).toEqual({ deleteHelpArticle: true });
    expect(codeOf(await region.request(DELETE, { id: created.id }))).toBe('NOT_FOUND');
    expect((await audit('HELP_ARTICLE_SAVED', created.id)).length).toBe(2);
    const { rows } = await testDatabase().query(
      `SELECT count(*)::int AS n FROM navigator.audit_events WHERE action = 'HELP_ARTICLE_DELETED' AND subject_id = $1`,
      [created.id],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('«НОКО»', () => {
  it('is absent while off, answered once a year when on, summarized by counts above the threshold', async () => {
    const region = await signIn('region@demo.ru');
    await region.data(SET_ENABLED, { enabled: false });
    const first = await arrangeCabinet('Ершов Глеб Романович');
    const holder = await signIn(first.login);
    expect(await holder.data(ENABLED)).toEqual({ nokoEnabled: false });
    for (const [query, variables] of [
      [SURVEY, {}],
      [ANSWER, { answers: [5, 4, 3, 5] }],
    ] as const) {
      const answer = await holder.request(query, variables);
      expect([codeOf(answer), answer.errors?.[0]?.message]).toEqual([
        'NOKO_DISABLED',
        'Раздел «НОКО» в вашем регионе не используется',
      ]);
    }
    expect(codeOf(await region.request(SUMMARY))).toBe('NOKO_DISABLED');

    expect(await region.data(SET_ENABLED, { enabled: true })).toEqual({ setNokoEnabled: true });
    await testDatabase().query(`DELETE FROM navigator.noko_answers`);
    const survey = (
      await holder.data<{ myNokoSurvey: { year: number; answeredAt: string | null; questions: unknown[] } }>(SURVEY)
    ).myNokoSurvey;
    expect(survey.answeredAt).toBeNull();
    expect(survey.questions).toHaveLength(4);
    const wrong = await holder.request(ANSWER, { answers: [5, 6, 3] });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');

    const answered = await holder.data<{ answerNokoSurvey: { answeredAt: string } }>(ANSWER, { answers: [5, 4, 3, 5] });
    expect(answered.answerNokoSurvey.answeredAt).not.toBeNull();
    const twice = await holder.request(ANSWER, { answers: [1, 1, 1, 1] });
    expect(codeOf(twice)).toBe('NOKO_ALREADY_ANSWERED');
    expect(await audit('NOKO_ANSWERED', first.id)).toEqual([{ year: survey.year }]);

    // One answer: the count only, no distribution that would show what this family said.
    const few = (
      await region.data<{ nokoSummary: { answers: number; questions: Array<{ counts: unknown }> } }>(SUMMARY)
    ).nokoSummary;
    expect(few.answers).toBe(1);
    expect(few.questions.every((question) => question.counts === null)).toBe(true);

    for (const [index, answers] of [
      [5, 5, 4, 4],
      [4, 5, 3, 2],
      [1, 2, 3, 4],
      [5, 5, 5, 5],
    ].entries()) {
      const other = await arrangeCabinet(`Ответивший ${index}`);
      await (await signIn(other.login)).data(ANSWER, { answers });
    }
    const summary = (
      await region.data<{
        nokoSummary: { answers: number; minAnswers: number; questions: Array<{ counts: number[] }> };
      }>(SUMMARY)
    ).nokoSummary;
    expect(summary.answers).toBe(5);
    expect(summary.minAnswers).toBe(5);
    expect(summary.questions.map((question) => question.counts)).toEqual([
      [1, 0, 0, 1, 3],
      [0, 1, 0, 1, 3],
      [0, 0, 3, 1, 1],
      [0, 1, 0, 2, 2],
    ]);
    expect(await region.data(SET_ENABLED, { enabled: false })).toEqual({ setNokoEnabled: false });
    expect(await holder.data(ENABLED)).toEqual({ nokoEnabled: false });
  });
});

describe('who may keep the help and «НОКО»', () => {
  it('refuses every wrong role for each mutation and the operator’s queries, and changes nothing', async () => {
    const cabinet = await arrangeCabinet('Гусева Ирина Львовна');
    const citizen = await arrangeCitizen();
    const clients: Array<[string, GatewayClient]> = [['anonymous', anonymous()]];
    for (const login of ['operator@demo.ru', 'org-pd@demo.ru', 'provider@demo.ru', citizen.login, cabinet.login]) {
      clients.push([login, await signIn(login)]);
    }
    const input = { kind: 'FAQ', title: 'Чужой вопрос', body: 'Чужой ответ' };
    const codes: Array<[string, unknown]> = [];
    for (const [name, client] of clients) {
      const holder = name === cabinet.login;
      const operations: Array<[string, string, Record<string, unknown>]> = [
        ['save', SAVE, { input }],
        ['delete', DELETE, { id: '00000000-0000-4000-8000-000000000000' }],
        ['switch', SET_ENABLED, { enabled: true }],
        ['summary', SUMMARY, {}],
      ];
      if (!holder) {
        operations.push(['answer', ANSWER, { answers: [5, 5, 5, 5] }], ['survey', SURVEY, {}]);
      }
      for (const [operation, query, variables] of operations) {
        codes.push([`${name} ${operation}`, codeOf(await client.request(query, variables))]);
      }
    }
    const region = await signIn('region@demo.ru');
    codes.push(['region answer', codeOf(await region.request(ANSWER, { answers: [5, 5, 5, 5] }))]);
    expect(codes.filter(([, code]) => code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED')).toEqual([]);
    const { rows } = await testDatabase().query(
      `SELECT count(*)::int AS n FROM navigator.help_articles WHERE title = $1`,
      ['Чужой вопрос'],
    );
    expect(rows[0].n).toBe(0);
  });
});
