import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  anonymous,
  arrangeChild,
  closeTestDatabase,
  confirmationTokenOf,
  eventually,
  signIn,
  uniqueEmail,
  waitForMailTo,
} from '@pfdo/testing';
import { addBirthCertificate, CONFIRM, SUBMIT } from '../citizen-flow.support';

afterAll(closeTestDatabase);

interface ServiceLine {
  service: string;
  raw: string;
  json: Record<string, unknown> | null;
}

function parsed(raw: string): Record<string, unknown> | null {
  if (!raw.startsWith('{')) return null;
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Every line the test stack's services have written so far (the global setup keeps them in a file). */
function serviceLines(): ServiceLine[] {
  const file = process.env.PFDO_TEST_LOG_FILE;
  if (!file) throw new Error('PFDO_TEST_LOG_FILE is not set: run the tests through jest');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^\[([^\]]+)\] (.*)$/.exec(line);
      const [service, raw] = match ? [match[1], match[2]] : ['', line];
      return { service, raw, json: parsed(raw) };
    });
}

describe('the services’ logs', () => {
  it('follow one request across the services by its id, and hold none of the personal data it carried', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const document = await addBirthCertificate(parent, child.id);
    const email = uniqueEmail('logs');
    const requestId = `logs-${randomUUID()}`;
    const wrongPassword = `Неверный-${randomUUID()}`;

    // A failed sign-in: what was typed as a password must not reach any log.
    const refused = await anonymous().request(
      `mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`,
      { login: 'parent', password: wrongPassword },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');

    // «Отправить заявку», named by the caller's request id; its e-mail is sent later, through two outboxes.
    const submitted = await parent.request<{ submitApplication: { id: string } }>(
      SUBMIT,
      { childId: child.id, email },
      { requestId },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.headers.get('x-request-id')).toBe(requestId);
    const [mail] = await waitForMailTo(email);
    const token = confirmationTokenOf(mail);
    await anonymous().data(CONFIRM, { token });

    // The e-mail sent by the email subgraph names the request that caused it.
    const ofRequest = await eventually(
      async () => serviceLines().filter((line) => line.json?.requestId === requestId),
      (lines) => lines.some((line) => line.service === 'email' && line.json?.topic === 'smtp.send'),
    );
    const services = new Set(ofRequest.map((line) => line.service));
    expect([...services].sort()).toEqual(expect.arrayContaining(['certificates', 'email', 'gateway']));
    expect(ofRequest.find((line) => line.service === 'gateway')?.json).toMatchObject({
      msg: 'graphql operation',
      level: 'info',
    });
    expect(ofRequest.find((line) => line.service === 'email' && line.json?.topic === 'smtp.send')?.json).toMatchObject({
      msg: 'event delivered',
    });

    // The services write JSON, one event a line, and nothing personal: no address, no document, no name,
    // no password, no one-time token, no session.
    const lines = serviceLines().filter((line) =>
      ['gateway', 'certificates', 'organizations', 'navigator', 'email'].includes(line.service),
    );
    expect(lines.filter((line) => !line.json).map((line) => line.raw)).toEqual([]);
    const personal = [
      email,
      email.split('@')[0],
      document.number,
      child.name,
      'Иванова Марина',
      wrongPassword,
      token,
      parent.sessionCookie!.split('=')[1],
    ];
    for (const value of personal) {
      expect({ value, lines: lines.filter((line) => line.raw.includes(value)).map((line) => line.raw) }).toEqual({
        value,
        lines: [],
      });
    }
    process.stdout.write(
      `logs: request ${requestId} in ${ofRequest.length} lines of ${[...services].sort().join(', ')}; ` +
        `${lines.length} lines searched for ${personal.length} personal values, none found\n`,
    );
  }, 60_000);
});
