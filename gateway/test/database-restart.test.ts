import { randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoUser } from '@pfdo/platform';
import {
  anonymous,
  caughtMail,
  CaughtMail,
  confirmationTokenOf,
  eventually,
  GatewayClient,
  messageIdOf,
  signIn,
} from '@pfdo/testing';
import { CONFIRM, SUBMIT } from './citizen-flow.support';
import { PrivateStack, startPrivateStack } from './private-stack.support';

/**
 * PostgreSQL restarts while citizens submit applications, sign in and look at their children. The shared
 * test stack's database must stay up for the other test files, so this one restarts the database of a
 * stack of its own. During the outage every answer is SERVICE_UNAVAILABLE (503, Retry-After), never a
 * fault; afterwards everything works again with no one's help, and every application has exactly one
 * confirmation e-mail: none lost, none sent twice. One e-mail is enqueued just before the restart while the
 * mail server is unreachable (a switch in front of it), so that its outbox event is still waiting when
 * PostgreSQL goes down: it is sent after the restart, once.
 *
 * The stack's ports are fixed, below the ephemeral range (see startPrivateStack), so that no outgoing
 * connection can take PostgreSQL's port while it is down.
 */
const BASE_PORT = 17100;
const CHILDREN = 150;
const WORKERS = 4;
const OUTAGE_MS = 6_000;

let stack: PrivateStack;
const children: Array<{ id: string; email: string }> = [];

interface Answer {
  at: number;
  what: string;
  status: number;
  codes: string[];
  hasData: boolean;
  retryAfter: string | null;
}
const answers: Answer[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(client: GatewayClient, what: string, query: string, variables: Record<string, unknown> = {}) {
  const result = await client.request(query, variables);
  answers.push({
    at: Date.now(),
    what,
    status: result.status,
    codes: (result.errors ?? []).map((error) => String(error.extensions?.code)),
    hasData: Boolean(result.data && Object.values(result.data).some((value) => value !== null)),
    retryAfter: result.headers.get('retry-after'),
  });
  return result;
}

beforeAll(async () => {
  // Warnings and errors only: the outage must say itself in a few lines; the access log (info, a line per
  // request) counts the probe's traffic, not the failures.
  stack = await startPrivateStack(
    { OUTBOX_MAX_BACKOFF_MS: '2000', LOG_LEVEL: 'warn' },
    { smtpSwitch: true, basePort: BASE_PORT },
  );
  // The demo parent's children, each with a birth certificate, each to be applied for once.
  for (let i = 0; i < CHILDREN; i++) {
    const child = { id: randomUUID(), email: `restart.${randomUUID().slice(0, 12)}@example.ru` };
    await stack.db.query(
      `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       VALUES ($1, 'Перезапускова', $2, 'Игоревна', current_date - interval '9 years', $3)`,
      [child.id, `Вера-${i}`, DemoMunicipality.novokuznetsk],
    );
    await stack.db.query(
      `INSERT INTO certificates.child_guardians (child_id, user_id, relation) VALUES ($1, $2, 'PARENT')`,
      [child.id, DemoUser.parent],
    );
    await stack.db.query(
      `INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
       VALUES ($1, $2, 'BIRTH_CERTIFICATE', 'II-ЛО', $3, current_date - interval '8 years', 'Отдел ЗАГС', $4)`,
      [randomUUID(), child.id, String(500000 + i), DemoUser.parent],
    );
    children.push(child);
  }
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a PostgreSQL restart under load', () => {
  it('answers SERVICE_UNAVAILABLE while it lasts, recovers alone, and loses or doubles no application and no e-mail', async () => {
    const gatewayUrl = stack.gatewayUrl;
    const parent = await signIn('parent', undefined, { gatewayUrl });
    let running = true;
    // The first child is the one applied for just before the restart.
    const [lastBefore, ...queue] = children;
    const submitted = new Set<string>();
    // While set, the submitters wait before their next application (see «the mail server goes away» below).
    let held: Promise<void> | null = null;
    let submitting = 0;

    // Citizens submitting: each child until its application is there, as a person would retry.
    const submitter = async () => {
      for (let child = queue.shift(); child && running; child = queue.shift()) {
        for (;;) {
          await held;
          submitting += 1;
          const result = await ask(parent, 'submitApplication', SUBMIT, {
            childId: child.id,
            email: child.email,
          }).finally(() => (submitting -= 1));
          const code = result.errors?.[0]?.extensions?.code;
          // Submitted, or submitted by an attempt whose answer the outage swallowed.
          if (!result.errors || code === 'APPLICATION_EXISTS') {
            submitted.add(child.id);
            break;
          }
          await sleep(200);
        }
      }
    };
    const reader = async () => {
      while (running) {
        await ask(parent, 'me', '{ me { id children { id } } }');
        await sleep(100);
      }
    };
    const signingIn = async () => {
      while (running) {
        await ask(anonymous({ gatewayUrl }), 'login', 'mutation { login(login: "teen", password: "demo2026") { id } }');
        await sleep(300);
      }
    };
    const load = Promise.all([...Array.from({ length: WORKERS }, submitter), reader(), signingIn()]);

    await sleep(1_500);
    // An e-mail enqueued just before the restart, which cannot leave before it: the mail server is unreachable.
    // The mail server goes away only once no e-mail is on its way: cutting an SMTP session after the server
    // took the message but before its answer reached the relay would make a duplicate of the harness's own
    // making (the relay cannot know the message arrived; it sends it again, with the same Message-ID).
    let release = () => {};
    held = new Promise((resolve) => (release = resolve));
    await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT (SELECT count(*) FROM certificates.outbox WHERE delivered_at IS NULL AND failed_at IS NULL)::int
                  + (SELECT count(*) FROM email.outbox WHERE delivered_at IS NULL AND failed_at IS NULL)::int AS due`,
          )
        ).rows[0].due + submitting,
      (due) => due === 0,
      30_000,
    );
    await stack.smtp!.down();
    await parent.data(SUBMIT, { childId: lastBefore.id, email: lastBefore.email });
    submitted.add(lastBefore.id);
    const waiting = await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT id, created_at, delivered_at FROM email.outbox WHERE topic = 'smtp.send' AND payload->>'to' = $1`,
            [lastBefore.email],
          )
        ).rows,
      (rows) => rows.length > 0,
      30_000,
    );
    expect(waiting).toEqual([expect.objectContaining({ delivered_at: null })]);
    held = null;
    release();
    const down = Date.now();
    await stack.postgres.stop();
    await sleep(OUTAGE_MS);
    await stack.postgres.start();
    const up = Date.now();
    await stack.smtp!.up();
    await sleep(8_000);
    running = false;
    await load;

    // During the outage: an outage, never a fault.
    const failed = answers.filter((answer) => answer.codes.length > 0);
    const during = answers.filter((answer) => answer.at >= down && answer.at <= up);
    expect(during.filter((answer) => answer.codes.includes('SERVICE_UNAVAILABLE')).length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    expect(
      [...new Set(failed.flatMap((answer) => answer.codes))].filter((code) => code !== 'APPLICATION_EXISTS'),
    ).toEqual(['SERVICE_UNAVAILABLE']);
    const nothingAnswered = failed.filter((answer) => !answer.hasData && answer.codes.includes('SERVICE_UNAVAILABLE'));
    expect(nothingAnswered.filter((answer) => answer.status !== 503 || answer.retryAfter !== '5')).toEqual([]);

    // Afterwards: every kind of request works again, with no one restarting anything.
    const lastFailure = Math.max(...failed.map((answer) => answer.at));
    for (const what of ['submitApplication', 'me', 'login']) {
      expect(
        answers.some((answer) => answer.what === what && answer.at > lastFailure && answer.codes.length === 0),
      ).toBe(true);
    }

    // Every submitted child has one application, and every application one e-mail: none lost, none doubled.
    const { rows: applications } = await stack.db.query(
      `SELECT id, child_id, applicant_email FROM certificates.applications WHERE child_id = ANY($1::uuid[])`,
      [children.map((child) => child.id)],
    );
    expect(applications.map((row: { child_id: string }) => row.child_id).sort()).toEqual([...submitted].sort());
    const addresses = new Set(applications.map((row: { applicant_email: string }) => row.applicant_email));
    const ours = async () =>
      (await caughtMail(stack.mailWebUrl)).filter((mail) => mail.to.some((to) => addresses.has(to.address)));
    const deadline = Date.now() + 60_000;
    let mails: CaughtMail[] = await ours();
    while (mails.length < applications.length && Date.now() < deadline) {
      await sleep(500);
      mails = await ours();
    }
    await sleep(3_000); // a duplicate would be on its way
    mails = await ours();
    const perAddress = new Map<string, number>();
    for (const mail of mails)
      for (const to of mail.to) perAddress.set(to.address, (perAddress.get(to.address) ?? 0) + 1);
    expect([...addresses].filter((address) => perAddress.get(address) !== 1)).toEqual([]);
    expect(mails).toHaveLength(applications.length);

    // Each e-mail is its outbox event: a duplicate would carry the same Message-ID, and there is none.
    const { rows: sent } = await stack.db.query(
      `SELECT id, delivered_at, failed_at FROM email.outbox WHERE topic = 'smtp.send' AND payload->>'to' = ANY($1::text[])`,
      [[...addresses]],
    );
    expect(
      sent.filter((row: { delivered_at: Date | null; failed_at: Date | null }) => !row.delivered_at || row.failed_at),
    ).toEqual([]);
    expect(mails.map(messageIdOf).sort()).toEqual(sent.map((row: { id: string }) => `<${row.id}@pfdo.local>`).sort());
    // The event enqueued before the restart was delivered after it.
    const { rows: lastEvent } = await stack.db.query(
      `SELECT created_at, delivered_at FROM email.outbox WHERE id = $1`,
      [waiting[0].id],
    );
    expect(lastEvent[0].created_at.getTime()).toBeLessThan(down);
    expect(lastEvent[0].delivered_at.getTime()).toBeGreaterThan(up);
    expect(perAddress.get(lastBefore.email)).toBe(1);
    const { rows: undelivered } = await stack.db.query(
      `SELECT topic FROM certificates.outbox WHERE delivered_at IS NULL`,
    );
    expect(undelivered).toEqual([]);

    // The e-mail's link works too: the email subgraph and its event back to certificates have recovered.
    const confirmed = await anonymous({ gatewayUrl }).data<{ confirmEmail: { applicationNumber: string } }>(CONFIRM, {
      token: confirmationTokenOf(mails[0]),
    });
    expect(confirmed.confirmEmail.applicationNumber).toMatch(/\S/);

    // The services' log says what happened in a few lines (the probe's outage wrote 3 500 in 110 s): no
    // stack traces, nothing of a possible duplicate.
    const outageLog = stack.log.filter((entry) => entry.at >= down && entry.service !== 'maildev');
    expect(outageLog.filter((entry) => /^\s+at /.test(entry.line))).toEqual([]);
    expect(outageLog.filter((entry) => /possible duplicate/.test(entry.line))).toEqual([]);
    expect(outageLog.length).toBeLessThan(100);
    process.stdout.write(
      `database restart: ${answers.length} requests, ${failed.length} answered SERVICE_UNAVAILABLE, ` +
        `${applications.length} applications, ${mails.length} e-mails, ` +
        `${outageLog.length} log lines of the services in the ${((Date.now() - down) / 1000).toFixed(0)} s from the outage on\n`,
    );
  }, 150_000);
});
