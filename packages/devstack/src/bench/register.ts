/**
 * `npm run bench -- [--applications N] [--only rush]`: the operators' applications register, through the
 * gateway and straight to the certificates subgraph, at N seeded applications (100 000 unless said); then the
 * September rush (rush.ts), the PDF and the memory. `--only rush` (`npm run bench:rush`) runs the rush alone.
 *
 * It starts its own stack (embedded PostgreSQL in a fresh temp folder, the mail catcher, the four subgraphs,
 * the gateway; no web app) on ports of its own (PFDO_BENCH_PORT_OFFSET shifts them), seeds Новокузнецк with
 * the loader (seed-load.ts), signs in as its registry operator and prints one table: for each request
 * p50 and p95 of RUNS sequential calls, pages/s at CONNECTIONS connections for SECONDS seconds (autocannon),
 * and the ratio gateway/direct. Settings: RUNS (50), WARMUPS (5), CONNECTIONS (10), SECONDS (5),
 * RUSH_RATE (200), RUSH_REQUESTS (3000 per phase), RUSH_CONNECTIONS (100), RUSH_MAIL_WAIT_SECONDS (600),
 * PFDO_BENCH_CPU_PROF=<folder>: the certificates subgraph and the gateway (or the services named in
 * PFDO_BENCH_CPU_PROF_SERVICES, comma-separated) run with `node --cpu-prof` and write
 * their profiles into <folder>/certificates and <folder>/gateway when the stack stops.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import {
  CREDENTIAL_HEADER,
  DEMO_PASSWORD,
  DemoMunicipality,
  generateGatewaySecret,
  Identity,
  isRole,
  mintCredential,
} from '@pfdo/platform';
import { ManagedProcess } from '../processes';
import { seedLoad } from '../seed-load';
import { RunningStack, StackPorts, startStack } from '../stack';
import { startHiveGateway } from './hive-gateway';
import { stackMemory, watchRss } from './memory';
import { renderInProcess, renderThroughGateway } from './pdf';
import { septemberRush } from './rush';

// autocannon ships no types; the little this script uses of it.
const autocannon: (options: Record<string, unknown>) => Promise<{
  requests: { average: number };
  latency: { p50: number; p97_5: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}> = require('autocannon'); // eslint-disable-line @typescript-eslint/no-require-imports -- typed by hand above

const OFFSET = Number(process.env.PFDO_BENCH_PORT_OFFSET ?? 0);
const PORTS: StackPorts = Object.fromEntries(
  Object.entries({
    gateway: 36000,
    certificates: 36001,
    organizations: 36002,
    navigator: 36003,
    email: 36004,
    web: 36010,
    postgres: 36433,
    smtp: 36025,
    mailWeb: 36080,
  }).map(([name, port]) => [name, port + OFFSET]),
) as unknown as StackPorts;
/** Hive Gateway's port, beside the stack's (shifted by the same offset). */
const HIVE_PORT = 36020 + OFFSET;
const RUNS = Number(process.env.RUNS ?? 50);
const WARMUPS = Number(process.env.WARMUPS ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const SECONDS = Number(process.env.SECONDS ?? 5);
const OPERATOR = 'operator@demo.ru';
const RUSH_RATE = Number(process.env.RUSH_RATE ?? 200);
const RUSH_REQUESTS = Number(process.env.RUSH_REQUESTS ?? 3000);
const RUSH_CONNECTIONS = Number(process.env.RUSH_CONNECTIONS ?? 100);
const RUSH_MAIL_WAIT_SECONDS = Number(process.env.RUSH_MAIL_WAIT_SECONDS ?? 600);

// The web's register (web/app/registry/_shell/registry.operations.ts): RegisterRow and ApplicationRegister.
const REGISTER_ROW = `id number kind status statusName direction createdAt
  child { id surname name patronymic birthDate } document { id typeName series number } certificate { id number }`;
const REGISTER = `query ApplicationRegister($tab: ApplicationRegisterTab!, $search: ApplicationSearchInput, $first: Int!, $after: String) {
  applicationRegister(tab: $tab, search: $search, first: $first, after: $after) {
    totalCount nextCursor applications { ${REGISTER_ROW} } liveCertificatesInRegion { number municipalityName } } }`;
const IDS_ONLY = `query { applicationRegister(tab: ALL, first: 20) { totalCount applications { id number } } }`;
// ApplicationByNumber with ApplicationDetails; names of other subgraphs' entities only through the gateway.
const applicationPage = (direct: boolean) => `query ApplicationByNumber($number: String!) {
  applicationRegister(tab: ALL, search: { applicationNumber: $number }, first: 1) { applications {
    id number kind status statusName direction allowedActions createdAt applicantName applicantIsChild
    ${direct ? '' : 'email'} documentsReceivedAt receivedBy { id ${direct ? '' : 'name'} } refusalReason processedAt sentToNavigatorAt formUrl
    municipality { id ${direct ? '' : 'name'} } group { id name }
    child { id surname name patronymic birthDate }
    document { id type typeName series number issueDate issuedBy }
    certificate { id number status group { id name } municipality { id ${direct ? '' : 'name'} }
      applications { id number kind status statusName createdAt } }
    history { occurredAt action actionName actorName details } } } }`;

// The bench's own queries' answers, read field by field by each case's check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several queries, checked at run time
type BenchData = any;

interface Case {
  name: string;
  query: (direct: boolean) => string;
  variables: Record<string, unknown>;
  check: (data: BenchData) => string | null;
}

const twentyRows = (data: BenchData) =>
  data.applicationRegister.applications.length === 20
    ? null
    : `${data.applicationRegister.applications.length} rows, not 20`;

interface Target {
  url: string;
  headers: () => Promise<Record<string, string>>;
}

async function post(target: Target, query: string, variables: Record<string, unknown>): Promise<BenchData> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await target.headers()) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`${target.url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 800)}`);
  }
  return body.data as BenchData;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

interface Row {
  p50: number;
  p95: number;
  rps: number;
  failed: number;
}

async function measure(
  target: Target,
  query: string,
  variables: Record<string, unknown>,
  check: (data: BenchData) => string | null,
): Promise<Row> {
  for (let run = 0; run < WARMUPS; run += 1) {
    const problem = check(await post(target, query, variables));
    if (problem) throw new Error(problem);
  }
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await post(target, query, variables);
    samples.push(performance.now() - start);
  }
  // The direct credential lives 60 s: minted once for the whole autocannon run, as the gateway would per request.
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', ...(await target.headers()) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    rps: result.requests.average,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function parseApplications(argv: string[]): number {
  const index = argv.findIndex((arg) => arg === '--applications' || arg.startsWith('--applications='));
  if (index < 0) return 100_000;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const value = Number(String(raw).replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 20)
    throw new Error(`--applications: a whole number of at least 20, not ${raw}`);
  return value;
}

/** `--only rush`: the rush alone (and the memory), without the register's table, Hive Gateway and the PDF. */
function parseOnly(argv: string[]): 'rush' | null {
  const index = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (index < 0) return null;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  if (raw !== 'rush') throw new Error(`--only: rush is the one part that runs alone, not ${raw}`);
  return raw;
}

async function operatorIdentity(databaseUrl: string): Promise<Identity> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT id, role, full_name, login, organization_id, municipality_id, can_view_personal_data, can_confirm_applications
         FROM organizations.users WHERE login = $1`,
      [OPERATOR],
    );
    const user = rows[0];
    if (!user || !isRole(user.role)) throw new Error(`no ${OPERATOR}`);
    return {
      userId: user.id,
      role: user.role,
      fullName: user.full_name,
      login: user.login,
      organizationId: user.organization_id,
      municipalityId: user.municipality_id,
      canViewPersonalData: user.can_view_personal_data,
      canConfirmApplications: user.can_confirm_applications,
    };
  } finally {
    await client.end();
  }
}

async function samples(
  databaseUrl: string,
): Promise<{ series: string; number: string; applicationId: string; applicationNumber: string; surname: string }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT document.series, document.number, application.id AS "applicationId",
              application.number AS "applicationNumber", child.surname
         FROM certificates.applications application
         JOIN certificates.child_documents document ON document.id = application.document_id
         JOIN certificates.children child ON child.id = application.child_id
        WHERE application.municipality_id = $1 AND application.status = 'CONFIRMED' AND application.certificate_id IS NOT NULL
          AND application.applicant_email LIKE 'seed-load-%'
        ORDER BY application.number LIMIT 1`,
      [DemoMunicipality.novokuznetsk],
    );
    if (!rows[0]) throw new Error('no seeded confirmed application to search for');
    return rows[0];
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const applications = parseApplications(process.argv.slice(2));
  const only = parseOnly(process.argv.slice(2));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-bench-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const gatewaySecret = generateGatewaySecret();
  const lines: string[] = [];
  let stack: RunningStack | null = null;
  let hive: ManagedProcess | null = null;
  const cleanUp = async () => {
    await hive?.stop().catch((error: unknown) => console.error(`stopping Hive Gateway: ${String(error)}`));
    await stack?.stop().catch((error: unknown) => console.error(`stopping the stack: ${String(error)}`));
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal: string) => {
    console.error(`\n${signal}: stopping the stack`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const started = performance.now();
    stack = await startStack({
      ports: PORTS,
      dataDir: path.join(dataDir, 'postgres'),
      demo: true,
      web: false,
      gatewaySecret,
      // The certificates subgraph and the gateway write their profiles (CPU.<date>.<pid>…cpuprofile) on exit.
      ...(process.env.PFDO_BENCH_CPU_PROF && {
        nodeFlags: Object.fromEntries(
          (process.env.PFDO_BENCH_CPU_PROF_SERVICES ?? 'certificates,gateway')
            .split(',')
            .map((name) => [
              name,
              ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.PFDO_BENCH_CPU_PROF!, name)}`],
            ]),
        ),
      }),
      env: {
        SCAN_STORAGE_DIR: path.join(dataDir, 'scans'),
      },
      sink: (service, line) => {
        lines.push(`[${service}] ${line}`);
        // Failures, not the request log's info lines (the rush's answers of SERVICE_BUSY list their `errors`).
        if (/error|failed/i.test(line) && !/"level":"info"/.test(line) && service !== 'maildev')
          process.stderr.write(`[${service}] ${line}\n`);
      },
    });
    console.log(
      `stack ready in ${((performance.now() - started) / 1000).toFixed(1)} s; node ${process.version}, ${cpus().length} CPUs, load average ${load()}`,
    );
    // The stack idle, as `npm start` leaves it: a few seconds after its start, before any data or traffic.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const idleFresh = stackMemory();
    await seedLoad(stack.databaseUrl, { applications });

    // Through the gateway: the operator's session cookie.
    const gatewayUrl = `http://127.0.0.1:${PORTS.gateway}/graphql`;
    const login = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
        variables: { l: OPERATOR, p: DEMO_PASSWORD },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '')
      .split(/,(?=\s*\w+=)/)
      .map((one) => one.split(';')[0].trim())
      .find((one) => one.startsWith('pfdo_session='));
    if (!cookie) throw new Error(`login set no session cookie: ${await login.text()}`);
    const gateway: Target = { url: gatewayUrl, headers: async () => ({ cookie }) };
    // Straight to the subgraph: the credential the gateway would mint for this operator.
    const identity = await operatorIdentity(stack.databaseUrl);
    const direct: Target = {
      url: `http://127.0.0.1:${PORTS.certificates}/graphql`,
      headers: async () => ({
        [CREDENTIAL_HEADER]: await mintCredential(
          { identity, clientIp: '127.0.0.1', requestId: 'bench', sessionId: null },
          gatewaySecret,
        ),
      }),
    };

    // Hive Gateway over the same supergraph and subgraphs, sent the credential the direct calls carry.
    // A Hive Gateway that does not start costs its columns, not the run (and its seeding).
    const hiveGateway = only
      ? null
      : await startHiveGateway(dataDir, HIVE_PORT, PORTS, (service, line) => {
          lines.push(`[${service}] ${line}`);
        }).catch((error: unknown) => {
          console.error(`Hive Gateway did not start, its columns are left empty: ${String(error)}`);
          return null;
        });
    hive = hiveGateway?.process ?? null;
    const hiveTarget: Target | null = hiveGateway && { url: hiveGateway.url, headers: direct.headers };

    const sample = await samples(stack.databaseUrl);
    const cases: Case[] = [
      {
        name: 'list page (web register, 20 rows)',
        query: () => REGISTER,
        variables: { tab: 'ALL', first: 20 },
        check: twentyRows,
      },
      { name: 'ids-only page (totalCount, id, number)', query: () => IDS_ONLY, variables: {}, check: twentyRows },
      {
        name: 'search by document',
        query: () => REGISTER,
        variables: { tab: 'ALL', first: 20, search: { documentSeries: sample.series, documentNumber: sample.number } },
        check: (data) => (data.applicationRegister.totalCount >= 1 ? null : 'the document finds nothing'),
      },
      {
        name: `search by surname «${sample.surname.slice(0, 3)}»`,
        query: () => REGISTER,
        variables: { tab: 'ALL', first: 20, search: { surname: sample.surname.slice(0, 3) } },
        check: twentyRows,
      },
      {
        name: 'application page',
        query: (isDirect) => applicationPage(isDirect),
        variables: { number: sample.applicationNumber },
        check: (data) => (data.applicationRegister.applications.length === 1 ? null : 'the application is not found'),
      },
    ];

    if (!only)
      console.log(
        `\nRUNS ${RUNS} sequential after ${WARMUPS} warm-ups; autocannon ${CONNECTIONS} connections × ${SECONDS} s; load average ${load()}`,
      );
    const table: string[] = [];
    // The gateway's resident set, sampled through all the phases (its load phases among them).
    const gatewayRss = watchRss(stack.pidOf('gateway'));
    const header =
      `${'request'.padEnd(40)} ${'gw p50'.padStart(7)} ${'gw p95'.padStart(7)} ${'gw /s'.padStart(6)} │ ` +
      `${'sg p50'.padStart(7)} ${'sg p95'.padStart(7)} ${'sg /s'.padStart(6)} │ ` +
      `${'hive p50'.padStart(8)} ${'hive p95'.padStart(8)} ${'hive/s'.padStart(6)} │ ` +
      `${'gw/sg p50'.padStart(9)} ${'gw/hive /s'.padStart(10)}`;
    const cells = (row: Row) =>
      `${row.p50.toFixed(1).padStart(7)} ${row.p95.toFixed(1).padStart(7)} ${row.rps.toFixed(0).padStart(6)}`;
    for (const one of only ? [] : cases) {
      const viaGateway = await measure(gateway, one.query(false), one.variables, one.check);
      const straight = await measure(direct, one.query(true), one.variables, one.check);
      const viaHive = hiveTarget
        ? await measure(hiveTarget, one.query(false), one.variables, one.check)
        : { p50: NaN, p95: NaN, rps: NaN, failed: 0 };
      const failed = viaGateway.failed + straight.failed + viaHive.failed;
      const line =
        `${one.name.padEnd(40)} ${cells(viaGateway)} │ ${cells(straight)} │ ` +
        `${viaHive.p50.toFixed(1).padStart(8)} ${viaHive.p95.toFixed(1).padStart(8)} ${viaHive.rps.toFixed(0).padStart(6)} │ ` +
        `${(viaGateway.p50 / straight.p50).toFixed(2).padStart(9)} ${(viaGateway.rps / viaHive.rps).toFixed(2).padStart(10)}` +
        (failed ? `  (${failed} failed under load)` : '');
      console.log(line);
      table.push(line);
    }

    console.log(
      `\nthe September rush: ${RUSH_REQUESTS} submitApplication at ${RUSH_RATE}/s, then ${RUSH_REQUESTS} at full speed, ${RUSH_CONNECTIONS} connections; load average ${load()}`,
    );
    const rushLoad = { before: load(), after: '' };
    const rush = await septemberRush(
      { rate: RUSH_RATE, requests: RUSH_REQUESTS },
      {
        gatewayUrl,
        mailWebUrl: `http://127.0.0.1:${PORTS.mailWeb}`,
        databaseUrl: stack.databaseUrl,
        pids: Object.fromEntries(
          ['gateway', 'organizations', 'certificates', 'email', 'postgres', 'maildev'].map((name) => [
            name,
            stack!.pidOf(name),
          ]),
        ),
        connections: RUSH_CONNECTIONS,
        mailWaitMs: RUSH_MAIL_WAIT_SECONDS * 1000,
        log: (line) => console.log(line),
      },
    );
    rushLoad.after = load();
    const gatewayRssMax = gatewayRss.stop();

    if (!only)
      console.log(
        `\nPDF: ${RUNS} warm renders of the application form after ${WARMUPS} warm-ups; load average ${load()}`,
      );
    const pdfInProcess = only ? null : await renderInProcess(RUNS, WARMUPS);
    const pdfGateway = only
      ? null
      : await renderThroughGateway(`http://127.0.0.1:${PORTS.gateway}`, cookie, sample.applicationId, RUNS, WARMUPS);
    // The stack idle again after the load, its caches and pools as the traffic left them.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const idleAfter = stackMemory(hive?.child.pid === undefined ? [] : [hive.child.pid]);

    if (!only) {
      console.log(
        `\n=== the register at ${applications} seeded applications of г. Новокузнецк; ms, pages/s; gw = through the gateway, sg = the certificates subgraph directly, hive = Hive Gateway 2.15 over the same supergraph; gw/sg p50: the gateway's median over the direct one (goal ≤ 1.3 on the ids-only page), gw/hive /s: the gateway's pages/s over Hive Gateway's (goal ≥ 1); load average ${load()}`,
      );
      console.log(header);
      for (const line of table) console.log(line);
    }
    console.log(
      `\n=== the September rush: submitApplication through the gateway (signed-in citizens, new children), at ${RUSH_RATE}/s and at full speed, ${RUSH_CONNECTIONS} connections, over ${applications} seeded applications; latency from autocannon (corrected for coordinated omission at the fixed rate), e-mails by maildev's receive time after each answer; load average ${rushLoad.before} before, ${rushLoad.after} after`,
    );
    for (const line of rush) console.log(line);
    if (pdfInProcess && pdfGateway)
      console.log(
        `\n=== the application form PDF, warm (goal ≤ 20 ms median); ms\n` +
          `${'render'.padEnd(58)} ${'p50'.padStart(7)} ${'p95'.padStart(7)}\n` +
          `${'in-process, the subgraph’s renderer (1 worker thread)'.padEnd(58)} ${pdfInProcess.p50.toFixed(1).padStart(7)} ${pdfInProcess.p95.toFixed(1).padStart(7)}\n` +
          `${'through the gateway’s form.pdf route (the whole request)'.padEnd(58)} ${pdfGateway.p50.toFixed(1).padStart(7)} ${pdfGateway.p95.toFixed(1).padStart(7)}`,
      );
    console.log(
      `\n=== memory (goals: gateway ≤ 250 MB RSS under load, the whole stack idle ≤ 1.5 GB); MB\n` +
        `gateway RSS, largest while the phases ran: ${gatewayRssMax.toFixed(0)}\n` +
        `the whole stack idle (Pss summed, PostgreSQL and maildev included, Hive Gateway not): ` +
        `${idleFresh.megabytes.toFixed(0)} fresh (${idleFresh.processes} processes), ` +
        `${idleAfter.megabytes.toFixed(0)} after the load (${idleAfter.processes} processes)`,
    );
  } catch (error) {
    console.error(lines.slice(-20).join('\n'));
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}

for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
