import { randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoUser } from '@pfdo/platform';
import { anonymous, GatewayClient, signIn } from '@pfdo/testing';
import { SUBMIT } from './citizen-flow.support';
import { PrivateStack, startPrivateStack } from './private-stack.support';

/**
 * Processes of the stack killed while people use it, on a stack of the test's own whose supervisor restarts
 * what exits, as `npm start` and an orchestrator do (the shared test stack's services must stay up for the
 * other test files). Its ports are fixed (below the ephemeral range), so that a restarted service finds its
 * port free.
 *
 * - The e-mail subgraph killed (SIGKILL: the OOM killer, a lost machine) under traffic: a query that does
 *   not touch it answers in full; a query that does answers with the other subgraphs' data and
 *   SUBGRAPH_UNAVAILABLE for its part; no request waits past the gateway's subgraph deadline; once the
 *   subgraph is back, the same gateway process answers its part again, with no one's help.
 * - The gateway replaced (SIGTERM, as a rolling update does): the session cookie of before works on the
 *   new process, because sessions live in PostgreSQL (organizations), not in the gateway.
 */
const BASE_PORT = 17000;
/**
 * The gateway's default deadline for a subgraph call (a sign-in's memory-hard hash alone can take seconds
 * on a loaded test machine). A killed subgraph refuses connections at once; one that hangs instead is
 * `subgraph-timeouts.test.ts`'s case.
 */
const SUBGRAPH_TIMEOUT_MS = 10_000;
/** What "never hangs" means here: the subgraph deadline, with room for a loaded machine. */
const ANSWER_DEADLINE_MS = SUBGRAPH_TIMEOUT_MS + 10_000;

/** Organizations (me, municipalities), certificates (certificate groups), navigator (programs): no e-mail. */
const WITHOUT_EMAIL = `{
  me { login }
  municipalities { name certificateGroups { name } }
  programs(first: 3) { title }
}`;
/** Certificates' application with the e-mail subgraph's part (a nullable field, so the rest stays). */
const WITH_EMAIL = `query ($number: String!) {
  application(number: $number) { number status emailConfirmation { email status } }
}`;

interface Answer {
  what: 'without-email' | 'with-email';
  at: number;
  elapsedMs: number;
  status: number;
  codes: string[];
  data: Record<string, unknown> | null | undefined;
}

let stack: PrivateStack;
let applicationNumber = '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

beforeAll(async () => {
  stack = await startPrivateStack(
    { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) },
    { restarts: true, basePort: BASE_PORT },
  );
  // One application of the demo parent in Новокузнецк, with its e-mail confirmation in the e-mail subgraph.
  const childId = randomUUID();
  await stack.db.query(
    `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
     VALUES ($1, 'Отказова', 'Нина', 'Павловна', current_date - interval '10 years', $2)`,
    [childId, DemoMunicipality.novokuznetsk],
  );
  await stack.db.query(
    `INSERT INTO certificates.child_guardians (child_id, user_id, relation) VALUES ($1, $2, 'PARENT')`,
    [childId, DemoUser.parent],
  );
  await stack.db.query(
    `INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
     VALUES ($1, $2, 'BIRTH_CERTIFICATE', 'II-ЛО', '700001', current_date - interval '9 years', 'Отдел ЗАГС', $3)`,
    [randomUUID(), childId, DemoUser.parent],
  );
  const parent = await signIn('parent', undefined, { gatewayUrl: stack.gatewayUrl });
  const { submitApplication } = await parent.data<{ submitApplication: { number: string } }>(SUBMIT, {
    childId,
    email: `faults.${randomUUID().slice(0, 8)}@example.ru`,
  });
  applicationNumber = submitApplication.number;
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a subgraph killed during traffic', () => {
  it('costs only its part, never past the deadline, and is answered again once it is back', async () => {
    const operator = await signIn('operator@demo.ru', undefined, { gatewayUrl: stack.gatewayUrl });
    const answers: Answer[] = [];
    const ask = async (client: GatewayClient, what: Answer['what']) => {
      const started = Date.now();
      const result =
        what === 'with-email'
          ? await client.request(WITH_EMAIL, { number: applicationNumber })
          : await client.request(WITHOUT_EMAIL);
      const answer: Answer = {
        what,
        at: started,
        elapsedMs: Date.now() - started,
        status: result.status,
        codes: (result.errors ?? []).map((error) => String(error.extensions?.code)),
        data: result.data,
      };
      answers.push(answer);
      return answer;
    };
    const confirmationOf = (answer: Answer) =>
      (answer.data?.application as { emailConfirmation: { status: string } | null } | null)?.emailConfirmation;

    // Before: the whole answer.
    const before = await ask(operator, 'with-email');
    expect(before.codes).toEqual([]);
    expect(confirmationOf(before)).toMatchObject({ status: 'PENDING' });

    const gatewayPid = stack.pidOf('gateway');
    const emailPid = stack.pidOf('email')!;
    let running = true;
    const worker = async (what: Answer['what']) => {
      while (running) {
        await ask(operator, what);
        await sleep(50);
      }
    };
    const load = Promise.all([worker('without-email'), worker('with-email'), worker('with-email')]);

    await sleep(1_000);
    const killedAt = Date.now();
    process.kill(emailPid, 'SIGKILL');
    // While it is down, its part is missing and the rest is there.
    const partial = await until(
      'an answer without the e-mail part',
      async () =>
        answers.find((answer) => answer.at > killedAt && answer.what === 'with-email' && answer.codes.length > 0) ??
        null,
    );
    // Back (restarted by the supervisor under another pid), and the same gateway answers its part again.
    await until('the e-mail subgraph restarted', async () => {
      const pid = stack.pidOf('email');
      return pid && pid !== emailPid ? pid : null;
    });
    const restartedAt = Date.now();
    const recovered = await until('a whole answer again', async () => {
      const answer = await ask(operator, 'with-email');
      return answer.codes.length === 0 ? answer : null;
    });
    await sleep(1_000);
    running = false;
    await load;

    expect(partial.codes).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(partial.status).toBe(200);
    expect(partial.data?.application).toMatchObject({ number: applicationNumber, emailConfirmation: null });
    expect(confirmationOf(recovered)).toMatchObject({ status: 'PENDING' });
    expect(stack.pidOf('gateway')).toBe(gatewayPid);

    // Every answer of the run: the queries without the e-mail subgraph whole, the others whole or missing
    // exactly its part, each within the deadline.
    const during = answers.filter((answer) => answer.at >= killedAt);
    expect(during.filter((answer) => answer.what === 'without-email' && answer.codes.length > 0)).toEqual([]);
    expect(
      during.filter(
        (answer) =>
          answer.what === 'with-email' &&
          answer.codes.length > 0 &&
          (answer.codes.some((code) => code !== 'SUBGRAPH_UNAVAILABLE') ||
            (answer.data?.application as { number?: string } | null)?.number !== applicationNumber),
      ),
    ).toEqual([]);
    expect(answers.filter((answer) => answer.elapsedMs > ANSWER_DEADLINE_MS)).toEqual([]);
    const withoutEmail = during.filter((answer) => answer.what === 'without-email');
    expect(withoutEmail.length).toBeGreaterThan(0);
    expect(withoutEmail.every((answer) => (answer.data?.me as { login: string }).login === 'operator@demo.ru')).toBe(
      true,
    );
    const missing = during.filter((answer) => answer.codes.length > 0);
    process.stdout.write(
      `subgraph killed: ${answers.length} requests, ${missing.length} without the e-mail part over ` +
        `${((recovered.at - killedAt) / 1000).toFixed(1)} s (the restart included), ` +
        `a whole answer ${recovered.at - restartedAt} ms after the restarted subgraph passed its health check, ` +
        `the slowest answer ${Math.max(...answers.map((a) => a.elapsedMs))} ms\n`,
    );
  }, 120_000);
});

describe('the gateway replaced', () => {
  it('keeps the sessions: the same cookie works on the new process', async () => {
    const parent = await signIn('parent', undefined, { gatewayUrl: stack.gatewayUrl });
    const cookie = parent.sessionCookie;
    expect(cookie).toMatch(/^pfdo_session=/);
    const oldPid = stack.pidOf('gateway')!;

    process.kill(oldPid, 'SIGTERM');
    await until('the gateway restarted', async () => {
      const pid = stack.pidOf('gateway');
      return pid && pid !== oldPid ? pid : null;
    });

    const again = anonymous({ gatewayUrl: stack.gatewayUrl });
    again.sessionCookie = cookie;
    const { me } = await again.data<{ me: { login: string } | null }>('{ me { login } }');
    expect(me).toEqual({ login: 'parent' });
  }, 120_000);
});
