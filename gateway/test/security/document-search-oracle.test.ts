import { arrangeChild, arrangeCitizen, closeTestDatabase, signIn, testDatabase } from '@pfdo/testing';
import { applicationWithCertificate } from '../citizen-flow.support';

afterAll(closeTestDatabase);

const SEARCH = `query ($search: ApplicationSearchInput!) {
  applicationRegister(search: $search) { totalCount applications { number } liveCertificatesInRegion { number } }
}`;
const REFUSAL = 'Поиск по серии и номеру документа доступен только организациям с правом просмотра персональных данных';

/** A citizen's application in Новокузнецк, its child's birth certificate entered by the citizen (not by any organization). */
async function arrangeDocument() {
  const citizen = await arrangeCitizen();
  const child = await arrangeChild({ guardianUserId: citizen.id });
  return applicationWithCertificate(await signIn(citizen.login), child.id);
}

async function auditRowsOf(
  login: string,
): Promise<
  Array<{ action: string; after: { document: { series: string; number: string }; applicationIds: string[] } }>
> {
  const { rows } = await testDatabase().query(
    `SELECT action, after FROM certificates.audit_events
      WHERE actor_user_id = (SELECT id FROM organizations.users WHERE login = $1) AND action = 'DOCUMENT_SEARCHED' ORDER BY id`,
    [login],
  );
  return rows;
}

describe('API3:2023 Broken Object Property Level Authorization — masked document numbers recovered by search', () => {
  it.each([
    // A thousand guesses do not get past the gateway's limits; the most aliases it allows reach the service.
    [1000, 'TOO_MANY_TOKENS', 'Запрос слишком длинный: не более 2000 лексем'],
    [15, 'FORBIDDEN', REFUSAL],
  ])(
    'refuses %i aliased guesses of the number in one request (%s) before any query runs',
    async (count, code, message) => {
      const { document } = await arrangeDocument();
      const organization = await signIn('org@demo.ru');
      const masked = await organization.data<{
        applicationRegister: { applications: Array<{ child: { documents: Array<{ number: string }> } }> };
      }>(
        `query ($s: ApplicationSearchInput!) { applicationRegister(search: $s) { applications { child { documents { number } } } } }`,
        { s: { surname: 'Тестова' } },
      );
      expect(
        masked.applicationRegister.applications.flatMap((row) => row.child.documents.map((doc) => doc.number)),
      ).toContain('******');

      // The attack: guess the number by aliases, with the right one among them; a match would be the oracle.
      const guesses = Array.from({ length: count }, (_, index) => String(100000 + index));
      guesses[Math.floor(count / 2)] = document.number;
      const aliases = guesses.map(
        (number, index) =>
          `g${index}: applicationRegister(search: { documentSeries: "${document.series}", documentNumber: "${number}" }) { totalCount }`,
      );
      const result = await organization.request(`{ ${aliases.join('\n')} }`);
      const answered = Object.values((result.data ?? {}) as Record<string, { totalCount: number } | null>).filter(
        (value) => value !== null,
      );
      expect(answered).toEqual([]);
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors!) expect(error).toMatchObject({ message, extensions: { code } });
    },
    60_000,
  );

  it.each([
    ['the number alone', (doc: { series: string; number: string }) => ({ documentNumber: doc.number })],
    ['the series alone', (doc: { series: string; number: string }) => ({ documentSeries: doc.series })],
    [
      'the series and number, for the live certificates in the region',
      (doc: { series: string; number: string }) => ({ documentSeries: doc.series, documentNumber: doc.number }),
    ],
  ])('refuses org@demo.ru a search by %s, and the region’s live certificates with it', async (_name, searchOf) => {
    const { document } = await arrangeDocument();
    const result = await (await signIn('org@demo.ru')).request(SEARCH, { search: searchOf(document) });
    expect(result.errors?.[0]).toMatchObject({ message: REFUSAL, extensions: { code: 'FORBIDDEN' } });
    expect(result.data ?? null).toBeNull();
  });

  it('keeps for org@demo.ru the application(number) query and the search by the child’s name, which filter by no document', async () => {
    const { application } = await arrangeDocument();
    const organization = await signIn('org@demo.ru');
    const byNumber = await organization.data<{ application: { number: string } | null }>(
      `query ($n: String!) { application(number: $n) { number } }`,
      { n: application.number },
    );
    expect(byNumber.application?.number).toBe(application.number);
    const bySurname = await organization.data<{ applicationRegister: { totalCount: number } }>(SEARCH, {
      search: { surname: 'Тестова' },
    });
    expect(bySurname.applicationRegister.totalCount).toBeGreaterThan(0);
  });

  it.each(['org-pd@demo.ru', 'operator@demo.ru', 'region@demo.ru'])(
    'keeps the search by document for %s, and writes every such search to the audit',
    async (login) => {
      const { application, document, certificate } = await arrangeDocument();
      const client = await signIn(login);
      const before = (await auditRowsOf(login)).length;
      const { applicationRegister } = await client.data<{
        applicationRegister: {
          applications: Array<{ number: string }>;
          liveCertificatesInRegion: Array<{ number: string }>;
        };
      }>(SEARCH, { search: { documentSeries: document.series, documentNumber: document.number } });
      expect(applicationRegister.applications.map((row) => row.number)).toEqual([application.number]);
      expect(applicationRegister.liveCertificatesInRegion.map((row) => row.number)).toEqual([certificate!.number]);
      await client.data(SEARCH, { search: { documentNumber: '000000' } });
      const rows = await auditRowsOf(login);
      expect(rows.length - before).toBeGreaterThanOrEqual(2);
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            after: expect.objectContaining({
              document: expect.objectContaining({ number: document.number }),
              applicationIds: [application.id],
            }),
          }),
          expect.objectContaining({
            after: expect.objectContaining({
              document: expect.objectContaining({ number: '000000' }),
              applicationIds: [],
            }),
          }),
        ]),
      );
    },
  );
});
