import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, field } from './cabinet';

/** A made-up surname per call, so that no two children look like one child. */
export function randomSurname(base: string): string {
  const letters = 'абвгдежзиклмнопрстуфхэюя';
  return base + Array.from({ length: 5 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

export function randomDigits(length: number): string {
  return Array.from({ length }, (_, index) =>
    String(index === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)),
  ).join('');
}

/** YYYY-MM-DD some years ago. */
export function yearsAgo(years: number, days = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  date.setDate(date.getDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A GraphQL client for the web app's /graphql, signed in as `login`: faster set-up than the UI. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers of the tests' own queries
type GraphQLAnswer = Record<string, any>;

export async function graphqlAs(webUrl: string, login: string) {
  const call = async (cookie: string | undefined, query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${webUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((error) => error.message).join('; ')}`);
    return {
      data: body.data as GraphQLAnswer,
      setCookie: response.headers.getSetCookie(),
    };
  };
  const signedIn = await call(
    undefined,
    'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
    {
      l: login,
      p: DEMO_PASSWORD,
    },
  );
  const cookie = signedIn.setCookie.map((header) => header.split(';')[0]).join('; ');
  return (query: string, variables: Record<string, unknown> = {}) =>
    call(cookie, query, variables).then((result) => result.data);
}

export interface CreatedByApi {
  id: string;
  number: string;
  certificateNumber: string;
  series: string;
  documentNumber: string;
}

/** A new certificate's application, as `login` creates it in his own municipality. */
export async function createNewCertificateApplication(webUrl: string, login: string): Promise<CreatedByApi> {
  const gql = await graphqlAs(webUrl, login);
  const { me } = await gql('{ me { municipality { id } } }');
  const municipalityId = me.municipality.id as string;
  const { certificateGroups } = await gql('query ($m: ID!) { certificateGroups(municipalityId: $m) { id blocked } }', {
    m: municipalityId,
  });
  const groupId = certificateGroups.find((group: { blocked: boolean }) => !group.blocked).id as string;
  const series = 'II-ЛО';
  const documentNumber = randomDigits(6);
  const { createApplication } = await gql(
    `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id number certificate { number } } } }`,
    {
      input: {
        kind: 'NEW_CERTIFICATE',
        municipalityId,
        groupId,
        child: { surname: randomSurname('Сидоров'), name: 'Павел', patronymic: 'Игоревич', birthDate: yearsAgo(10) },
        document: {
          type: 'BIRTH_CERTIFICATE',
          series,
          number: documentNumber,
          issueDate: yearsAgo(9),
          issuedBy: 'Отдел ЗАГС',
        },
        applicantName: 'Сидорова Елена Петровна',
        applicantEmail: 'elena@example.ru',
        consentToPersonalDataProcessing: true,
        consentToRules: true,
      },
    },
  );
  return {
    id: createApplication.application.id,
    number: createApplication.application.number,
    certificateNumber: createApplication.application.certificate.number,
    series,
    documentNumber,
  };
}

/** The registry cabinet's sign-in form, at whatever page it covers. */
export async function signInToRegistry(page: Page, login: string): Promise<void> {
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('navigation', { name: 'Реестр сертификатов' }).waitFor();
}

/** «Поиск» on the register: fill the given fields, «Применить», wait for the result. */
export async function searchRegister(page: Page, fields: Record<string, string>): Promise<void> {
  // The search is folded under the results' tabs until it is opened.
  // (A closed <details> hides its form from the accessibility tree, hence CSS rather than a role.)
  const search = page.locator('details:has(form[role="search"])');
  if (!(await search.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await search.locator('summary').click();
  }
  for (const [label, value] of Object.entries(fields)) await field(page, label).fill(value);
  await page.getByRole('button', { name: 'Применить' }).click();
  const values = Object.values(fields);
  await page.waitForURL((url) => values.every((value) => [...url.searchParams.values()].includes(value)));
  // The results of this very search, not the previous page's still on screen.
  const query = new URL(page.url()).search.slice(1);
  await page.locator(`[data-query="${query}"]`).getByTestId('register-total').waitFor();
}

/** A confirm dialog's «ОК». */
export async function confirmDialog(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'ОК' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
