/**
 * The September rush of `npm run bench` (issue 9): signed-in citizens, each with a new child, send
 * `submitApplication` through the gateway, first at a fixed rate (RUSH_RATE, 200/s) and then at full speed,
 * each phase RUSH_REQUESTS requests over RUSH_CONNECTIONS connections (autocannon); then every application's
 * confirmation e-mail is looked for in the stack's mail catcher, timed from the request's answer to the
 * mail's arrival (maildev's own receive time).
 *
 * The citizens are prepared before the timed part and set-based, as `seed:load` does: one transaction of
 * `INSERT … SELECT` over unnest/generate_series for the accounts, their sessions, the children, the
 * guardianships and the birth certificates. A session is written as sign-in writes it
 * (organizations/src/auth/session.service.ts: a random token in the cookie, its SHA-256 in
 * `organizations.sessions`), so every request carries a session the gateway has never seen and resolves it
 * as it would a fresh sign-in.
 */
import { randomInt } from 'node:crypto';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { cpuSecondsOf, machineBusySeconds } from './cpu';
import { prepareRushCitizens, RushCitizen } from './rush-citizens';
import { applicationsOf, MailWatcher, undeliveredEvents } from './rush-mail';

// autocannon ships no types; the little the rush uses of it.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonContext {
  citizen?: number;
}
const autocannon: (options: Record<string, unknown>) => Promise<{
  requests: { total: number; sent: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}> = require('autocannon'); // eslint-disable-line @typescript-eslint/no-require-imports -- typed by hand above

const SUBMIT = `mutation SubmitApplication($childId: ID!, $email: String!) {
  submitApplication(childId: $childId, email: $email) { id number status } }`;

/** What one phase of the rush measured. */
export interface RushPhase {
  name: string;
  sent: number;
  /** Answers that carried an application. */
  created: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  /** Failed requests by `extensions.code` (or HTTP status, timeout, connection error). */
  errors: Map<string, number>;
  /** The applications of the rush's citizens in the database, as counted after the phase. */
  inDatabase: number;
  /** E-mails found of the applications written; of the answered ones, those in within 10 s of the answer. */
  mailsFound: number;
  mailsWithin10s: number;
  /** E-mails through the whole pipeline per second: found over the time from the first to the last. */
  mailsPerSecond: number;
  /** From the answer to maildev's receive time; a missing e-mail counts as infinitely late. */
  mailP50: number;
  mailP99: number;
  /** Missing although both outboxes had delivered everything: lost. */
  lost: number;
  /** Missing when the wait ended with events still queued (`queued`): late, not known lost. */
  late: number;
  queued: number;
  /** CPU milliseconds per answered application, by service, from the first request until the e-mails were in. */
  cpuPerApplication: Map<string, number>;
  /** The stack's CPU over the phase, in cores, and the whole machine's (every process of every user). */
  stackCores: number;
  machineCores: number;
}

interface Answer {
  number: string;
  at: number;
}

const percentile = (values: number[], p: number) =>
  values.length
    ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]
    : NaN;

function errorCodeOf(status: number, body: string): string | null {
  try {
    const parsed = JSON.parse(body) as {
      data?: { submitApplication?: { number?: string } | null } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    if (parsed.errors?.length) return parsed.errors[0].extensions?.code ?? 'NO_CODE';
    if (status !== 200) return `HTTP ${status}`;
    return parsed.data?.submitApplication?.number ? null : 'NO_APPLICATION';
  } catch {
    return `HTTP ${status} (not JSON)`;
  }
}

export interface RushOptions {
  gatewayUrl: string;
  mailWebUrl: string;
  databaseUrl: string;
  /** The stack's processes by service (PostgreSQL's postmaster: its backends are counted below it). */
  pids: Record<string, number | undefined>;
  connections: number;
  /** How long after the last answer the e-mails are waited for before the missing ones count as lost. */
  mailWaitMs: number;
  log: (line: string) => void;
}

/** Sends each citizen's application once (at `rate` per second, or as fast as it goes), then finds the e-mails. */
export async function runRushPhase(
  name: string,
  citizens: RushCitizen[],
  rate: number | null,
  options: RushOptions,
  mail: MailWatcher,
): Promise<RushPhase> {
  const answers = new Map<number, Answer>();
  const errors = new Map<string, number>();
  let next = 0;
  const cpuBefore = Object.fromEntries(
    Object.entries(options.pids).map(([service, pid]) => [service, cpuSecondsOf(pid)]),
  );
  const machineBefore = machineBusySeconds();
  const started = performance.now();
  const result = await autocannon({
    url: options.gatewayUrl,
    method: 'POST',
    connections: Math.min(options.connections, citizens.length),
    amount: citizens.length,
    ...(rate && { overallRate: rate }),
    timeout: 30,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: AutocannonRequest, context: AutocannonContext) => {
          // `amount` stops autocannon at one request per citizen; the modulo only guards an extra one.
          const index = next % citizens.length;
          next += 1;
          context.citizen = index;
          const citizen = citizens[index];
          return {
            ...request,
            headers: { 'content-type': 'application/json', cookie: `pfdo_session=${citizen.token}` },
            body: JSON.stringify({ query: SUBMIT, variables: { childId: citizen.childId, email: citizen.email } }),
          };
        },
        onResponse: (status: number, body: string, context: AutocannonContext) => {
          const at = Date.now();
          const code = errorCodeOf(status, body);
          if (code) {
            errors.set(code, (errors.get(code) ?? 0) + 1);
            return;
          }
          const number = (JSON.parse(body) as { data: { submitApplication: { number: string } } }).data
            .submitApplication.number;
          answers.set(context.citizen!, { number, at });
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.timeouts) errors.set('TIMEOUT (30 s)', result.timeouts);
  const connectionErrors = result.errors - result.timeouts;
  if (connectionErrors > 0) errors.set('CONNECTION_ERROR', connectionErrors);
  options.log(
    `  ${name}: ${result.requests.total} answered of ${citizens.length} in ${seconds.toFixed(1)} s; waiting for the e-mails`,
  );

  // Every application written owes its e-mail, also one whose answer was an error (written, then too late).
  const written = await applicationsOf(options.databaseUrl, citizens);
  const answeredAt = new Map(
    [...answers.entries()].map(([index, answer]) => [citizens[index].email, answer.at] as const),
  );

  // The e-mails, to each citizen's address, until all are in, or both outboxes have nothing left to deliver
  // (and the catcher took nothing new for 5 s), or RUSH_MAIL_WAIT_SECONDS have passed.
  const deadline = Date.now() + options.mailWaitMs;
  let queued: number;
  let quietSince = Date.now();
  for (;;) {
    const before = mail.received.size;
    await mail.poll();
    if (mail.received.size > before) quietSince = Date.now();
    if (written.every((one) => mail.received.has(one.email))) break;
    queued = await undeliveredEvents(options.databaseUrl);
    if (Date.now() > deadline || (queued === 0 && Date.now() - quietSince > 5_000)) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  queued = await undeliveredEvents(options.databaseUrl);
  const delays: number[] = [];
  const arrivals: number[] = [];
  let wrongNumber = 0;
  let missing = 0;
  for (const one of written) {
    const found = mail.received.get(one.email);
    if (!found) {
      missing += 1;
      if (answeredAt.has(one.email)) delays.push(Infinity);
      continue;
    }
    arrivals.push(found.time);
    if (!found.text.includes(`№ ${one.number}`)) wrongNumber += 1;
    const at = answeredAt.get(one.email);
    if (at !== undefined) delays.push(found.time - at);
  }
  if (wrongNumber) errors.set('MAIL_WITH_ANOTHER_NUMBER', wrongNumber);
  const mailSpan = arrivals.length > 1 ? (Math.max(...arrivals) - Math.min(...arrivals)) / 1000 : NaN;
  const elapsed = (performance.now() - started) / 1000;
  const cpuPerApplication = new Map(
    Object.entries(options.pids).map(([service, pid]) => [
      service,
      ((cpuSecondsOf(pid) - cpuBefore[service]) * 1000) / Math.max(1, answers.size),
    ]),
  );
  const stackSeconds = (answers.size * [...cpuPerApplication.values()].reduce((a, b) => a + b, 0)) / 1000;
  return {
    name,
    sent: citizens.length,
    created: answers.size,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors,
    inDatabase: written.length,
    mailsFound: arrivals.length,
    mailsWithin10s: delays.filter((delay) => delay <= 10_000).length,
    mailsPerSecond: arrivals.length / mailSpan,
    mailP50: percentile(delays, 50),
    mailP99: percentile(delays, 99),
    lost: queued === 0 ? missing : 0,
    late: queued === 0 ? 0 : missing,
    queued,
    cpuPerApplication,
    stackCores: stackSeconds / elapsed,
    machineCores: (machineBusySeconds() - machineBefore) / elapsed,
  };
}

export interface RushSettings {
  rate: number;
  requests: number;
}

/** Prepares the citizens of both phases, runs them, and returns the table's lines. */
export async function septemberRush(settings: RushSettings, options: RushOptions): Promise<string[]> {
  const prepareStart = performance.now();
  // Digits: the children's names spell the label and their index in letters.
  const label = String(randomInt(1_000_000)).padStart(6, '0');
  const fixed = await prepareRushCitizens(options.databaseUrl, settings.requests, `${label}1`);
  const full = await prepareRushCitizens(options.databaseUrl, settings.requests, `${label}2`);
  options.log(
    `  prepared ${fixed.length + full.length} signed-in citizens with a child each in ${((performance.now() - prepareStart) / 1000).toFixed(1)} s`,
  );
  const mail = new MailWatcher(options.mailWebUrl);
  const phases = [
    await runRushPhase(`at ${settings.rate}/s`, fixed, settings.rate, options, mail),
    await runRushPhase('full speed', full, null, options, mail),
  ];
  return rushTable(phases, settings);
}

/** The rush's table: one column per phase, the goal beside each figure. */
export function rushTable(phases: RushPhase[], settings: RushSettings): string[] {
  const ms = (value: number) => (Number.isNaN(value) ? '–' : value === Infinity ? 'not in' : value.toFixed(0));
  const codes = [...new Set(phases.flatMap((phase) => [...phase.errors.keys()]))].sort();
  const rows: Array<[string, (phase: RushPhase) => string, string]> = [
    ['requests sent / applications answered', (phase) => `${phase.sent} / ${phase.created}`, 'all'],
    ['applications in the database', (phase) => String(phase.inDatabase), 'the answered ones'],
    ['submitApplication per second', (phase) => phase.perSecond.toFixed(0), `≥ 200`],
    ['latency p50, ms', (phase) => ms(phase.p50), ''],
    ['latency p90, ms', (phase) => ms(phase.p90), ''],
    ['latency p99, ms', (phase) => ms(phase.p99), '≤ 300'],
    ['failed requests, by extensions.code', (phase) => String(phase.sent - phase.created), '0'],
    ...codes.map((code): [string, (phase: RushPhase) => string, string] => [
      `  ${code}`,
      (phase) => String(phase.errors.get(code) ?? 0),
      '',
    ]),
    ['e-mails found / applications written', (phase) => `${phase.mailsFound} / ${phase.inDatabase}`, 'all'],
    ['e-mails within 10 s of the answer', (phase) => `${phase.mailsWithin10s} / ${phase.created}`, 'all'],
    ['e-mail after the answer p50, ms', (phase) => ms(phase.mailP50), ''],
    ['e-mail after the answer p99, ms', (phase) => ms(phase.mailP99), '≤ 10 000'],
    ['e-mails through the pipeline per second', (phase) => phase.mailsPerSecond.toFixed(1), '≥ 200'],
    ['e-mails lost (outboxes empty, not in maildev)', (phase) => String(phase.lost), '0'],
    ['e-mails not in when the wait ended (events queued)', (phase) => `${phase.late} (${phase.queued})`, '0'],
    [
      'CPU ms per answered application, whole stack',
      (phase) => [...phase.cpuPerApplication.values()].reduce((a, b) => a + b, 0).toFixed(1),
      `≤ ${((cpus().length * 1000) / settings.rate).toFixed(0)} (${cpus().length} cores at ${settings.rate}/s)`,
    ],
    ...[...(phases[0]?.cpuPerApplication.keys() ?? [])].map(
      (service): [string, (phase: RushPhase) => string, string] => [
        `  ${service}`,
        (phase) => (phase.cpuPerApplication.get(service) ?? NaN).toFixed(1),
        '',
      ],
    ),
    [
      'cores busy: the stack / the machine',
      (phase) => `${phase.stackCores.toFixed(2)} / ${phase.machineCores.toFixed(2)}`,
      `of ${cpus().length}`,
    ],
  ];
  const width = Math.max(14, ...phases.map((phase) => phase.name.length));
  const lines = [
    `${'figure'.padEnd(52)} ${phases.map((phase) => phase.name.padStart(width)).join(' ')}  goal`,
    ...rows.map(
      ([label, cell, goal]) =>
        `${label.padEnd(52)} ${phases.map((phase) => cell(phase).padStart(width)).join(' ')}  ${goal}`,
    ),
  ];
  lines.push(`(${settings.requests} requests per phase, a new citizen and child each)`);
  return lines;
}
