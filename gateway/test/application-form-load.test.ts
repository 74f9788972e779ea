import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoUser } from '@pfdo/platform';
import { GatewayClient } from '@pfdo/testing';
import { PrivateCertificates, startPrivateCertificates } from './private-certificates.support';

/**
 * Laying out an application form is CPU work; a form of fields far longer than any input allows (written
 * here straight into the database, past the input limits) must not freeze the subgraph for everyone else,
 * and a render that takes too long is answered at once, not after a hang. The forms' rows would show in the
 * shared stack's registers, so this test has a certificates subgraph and a gateway of its own.
 */
const IN_FLIGHT = 4;
/** 4 000 letters without a space: PDFKit breaks such a word letter by letter, seconds per field. */
const ENDLESS = 'Ж'.repeat(4_000);
/** Generous against a frozen subgraph (seconds per form here), yet far above a request's usual tens of ms. */
const STAYS_FAST_MS = 2_000;

const REGISTER = '{ applicationRegister(first: 5) { totalCount applications { id number } } }';
const GROUPS = `{ certificateGroups(municipalityId: "${DemoMunicipality.novokuznetsk}") { id name } }`;

let stack: PrivateCertificates;
let operator: GatewayClient;
const applicationIds: string[] = [];

/** A child, a document and an application whose free-text fields are endless, as no input would let through. */
async function arrangeEndlessApplication(): Promise<string> {
  const childId = randomUUID();
  const documentId = randomUUID();
  const applicationId = randomUUID();
  await stack.db.query(
    `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
     VALUES ($1, 'Тестова', 'Алиса', 'Игоревна', '2016-03-01', $2)`,
    [childId, DemoMunicipality.novokuznetsk],
  );
  await stack.db.query(
    `INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
     VALUES ($1, $2, 'BIRTH_CERTIFICATE', 'IIЛО', $3, '2016-04-01', $4, $5)`,
    [documentId, childId, String(randomInt(100_000, 999_999)), ENDLESS, DemoUser.operator],
  );
  await stack.db.query(
    `INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, document_id, applicant_name)
     VALUES ($1, $2, 'NEW_CERTIFICATE', 'SUBMITTED', $3, $4, $5, $6)`,
    [
      applicationId,
      String(randomInt(10_000_000, 99_999_999)),
      DemoMunicipality.novokuznetsk,
      childId,
      documentId,
      ENDLESS,
    ],
  );
  return applicationId;
}

beforeAll(async () => {
  stack = await startPrivateCertificates();
  for (let index = 0; index < IN_FLIGHT; index += 1) applicationIds.push(await arrangeEndlessApplication());
  operator = await stack.signIn('operator@demo.ru');
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

async function fetchForm(client: GatewayClient, id: string) {
  const response = await client.http(`/documents/applications/${id}/form.pdf`);
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('the application form', () => {
  it('of endless fields, several in flight, holds up none of the subgraph’s other requests, and each arrives', async () => {
    const forms = applicationIds.map((id) => timed(() => fetchForm(operator, id)));
    const others: Array<{ name: string; ms: number; errors: unknown }> = [];
    for (let round = 0; round < 3; round += 1) {
      const groups = await timed(() => operator.request<{ certificateGroups: unknown[] }>(GROUPS));
      const register = await timed(() => operator.request<{ applicationRegister: { totalCount: number } }>(REGISTER));
      others.push({ name: 'certificateGroups', ms: groups.ms, errors: groups.result.errors });
      others.push({ name: 'applicationRegister', ms: register.ms, errors: register.result.errors });
    }
    const rendered = await Promise.all(forms);

    for (const other of others) {
      expect(other.errors).toBeUndefined();
      expect(other.ms).toBeLessThan(STAYS_FAST_MS);
    }
    for (const form of rendered) {
      expect(form.result.status).toBe(200);
      expect(form.result.headers.get('content-type')).toBe('application/pdf');
      expect(form.result.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  }, 90_000);

  it('not rendered within the renderer’s timeout is answered at once with SERVICE_BUSY, and the subgraph serves on', async () => {
    const impatient = await stack.withSettings({ PDF_RENDER_TIMEOUT_MS: '1' });
    const client = await impatient.signIn('operator@demo.ru');

    const { result: form, ms } = await timed(() => fetchForm(client, applicationIds[0]));
    expect(form.status).toBe(503);
    expect(form.headers.get('retry-after')).toBe('60');
    expect(JSON.parse(form.body.toString('utf8'))).toEqual({
      error: {
        code: 'SERVICE_BUSY',
        message: 'Сервис перегружен, повторите запрос через минуту',
        retryAfterSeconds: 60,
      },
    });
    expect(ms).toBeLessThan(STAYS_FAST_MS);

    const groups = await client.request<{ certificateGroups: unknown[] }>(GROUPS);
    expect(groups.errors).toBeUndefined();
    expect(groups.data!.certificateGroups.length).toBeGreaterThan(0);
  }, 90_000);
});
