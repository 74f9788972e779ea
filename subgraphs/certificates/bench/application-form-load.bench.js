/**
 * The application form under load, in one run, with ratios:
 *
 *  1. render time of a normal form and of one whose fields are 10 000 letters without a space (cut to
 *     what each box holds), in this thread and on the renderer's worker thread; and, for scale, what
 *     PDFKit alone takes for one such field uncut;
 *     and how long this thread stops serving anything else (event-loop delay) while forms are rendered
 *     on it, against while they are rendered on the worker thread;
 *  2. the latency of another request of the certificates subgraph (`certificateGroups`, through the
 *     gateway) with no form being rendered, and with IN_FLIGHT form.pdf requests of endless forms kept in
 *     flight the whole time.
 *
 *   cd /work/main && npx tsc -b && npm run bench:pdf
 *
 * Part 2 starts its own stack (embedded PostgreSQL in a temp folder, the mail catcher, the four subgraphs,
 * the gateway) on ports of its own (36000…, shifted by PFDO_BENCH_PORT_OFFSET), so it runs beside
 * `npm start` and `npm test`. Settings: RUNS (30), IN_FLIGHT (4), SAMPLES (40), PDF_RENDER_THREADS (1).
 */
const { randomInt, randomUUID } = require('node:crypto');
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { cpus, loadavg, tmpdir } = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');
const { startStack } = require('@pfdo/devstack/stack');
const { generateGatewaySecret, DEMO_PASSWORD, DemoMunicipality, DemoUser } = require('@pfdo/platform');
const { renderApplicationFormPdf } = require('../dist/forms/application-form.pdf');
const { ApplicationFormRenderer } = require('../dist/forms/application-form.renderer');
const { createFormPdf, paragraph, pdfToBuffer } = require('../dist/forms/pdf-layout');

const RUNS = Number(process.env.RUNS || 30);
const IN_FLIGHT = Number(process.env.IN_FLIGHT || 4);
const SAMPLES = Number(process.env.SAMPLES || 40);
const OFFSET = Number(process.env.PFDO_BENCH_PORT_OFFSET || 0);
const PORTS = Object.fromEntries(
  Object.entries({
    gateway: 36000,
    certificates: 36001,
    organizations: 36002,
    navigator: 36003,
    email: 36004,
    web: 35000,
    postgres: 37433,
    smtp: 35025,
    mailWeb: 35080,
  }).map(([name, port]) => [name, port + OFFSET]),
);
const GATEWAY = `http://127.0.0.1:${PORTS.gateway}`;
const ENDLESS = 'Ж'.repeat(10_000);
const GROUPS = `{ certificateGroups(municipalityId: "${DemoMunicipality.novokuznetsk}") { id name } }`;

const normalForm = {
  applicationNumber: '48213907',
  registryCode: '4216003512',
  createdAt: new Date('2025-03-04T09:30:00Z'),
  municipalityName: 'г. Новокузнецк',
  groupName: 'Дети в возрасте от 5 до 18 лет, проживающие на территории Новокузнецкого городского округа',
  child: { surname: 'Шевцова', name: 'Дарья', patronymic: 'Игоревна', birthDate: '2014-09-17' },
  document: {
    typeName: 'Свидетельство о рождении',
    series: 'II-ЛО',
    number: '654321',
    issueDate: '2014-10-01',
    issuedBy: 'Отдел ЗАГС Центрального района г. Новокузнецка',
  },
  applicant: {
    fullName: 'Шевцова Ольга Викторовна',
    email: 'olga@example.ru',
    phone: '+7 905 123-45-67',
    isChildHimself: false,
  },
};
const endlessForm = {
  ...normalForm,
  child: { ...normalForm.child, surname: ENDLESS },
  document: { ...normalForm.document, issuedBy: ENDLESS },
  applicant: { ...normalForm.applicant, fullName: ENDLESS },
};

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (value) => `${value.toFixed(1).padStart(8)} ms`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function timesOf(runs, action) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await action(run);
    samples.push(performance.now() - start);
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
}

function row(name, times) {
  console.log(`  ${name.padEnd(58)} median ${ms(times.median)}   p95 ${ms(times.p95)}   max ${ms(times.max)}`);
}

async function renderTimes() {
  console.log(
    `\n=== 1. render time: ${RUNS} runs each after a warm-up (node ${process.version}, ${cpus().length} CPUs, load average ${load()})`,
  );
  await renderApplicationFormPdf(normalForm);
  await renderApplicationFormPdf(endlessForm);
  const inThreadNormal = await timesOf(RUNS, () => renderApplicationFormPdf(normalForm));
  const inThreadEndless = await timesOf(RUNS, () => renderApplicationFormPdf(endlessForm));
  row('normal form, this thread', inThreadNormal);
  row('fields of 10 000 letters (cut to their boxes), this thread', inThreadEndless);

  const renderer = new ApplicationFormRenderer({ threads: 1, queue: 8, timeoutMs: 60_000 });
  try {
    await renderer.render(normalForm);
    await renderer.render(endlessForm);
    const workerNormal = await timesOf(RUNS, () => renderer.render(normalForm));
    const workerEndless = await timesOf(RUNS, () => renderer.render(endlessForm));
    row('normal form, worker thread (what a request waits)', workerNormal);
    row('fields of 10 000 letters, worker thread', workerEndless);
    const uncut = await timesOf(1, async () => {
      const doc = createFormPdf({ title: 'probe', author: 'bench', createdAt: new Date(0) });
      paragraph(doc, 'Ж'.repeat(4_000));
      await pdfToBuffer(doc);
    });
    row('for scale: PDFKit alone, ONE uncut field of 4 000 letters', uncut);
    console.log(
      `  ratio endless / normal (median, this thread):   ${(inThreadEndless.median / inThreadNormal.median).toFixed(2)}×`,
    );
    console.log(
      `  ratio worker / this thread (normal form):        ${(workerNormal.median / inThreadNormal.median).toFixed(2)}×`,
    );

    console.log(`\n  this thread's event-loop delay while ${IN_FLIGHT * 2} endless forms are rendered:`);
    const here = await loopDelayWhile(() =>
      Promise.all(Array.from({ length: IN_FLIGHT * 2 }, () => renderApplicationFormPdf(endlessForm))),
    );
    const there = await loopDelayWhile(() =>
      Promise.all(Array.from({ length: IN_FLIGHT * 2 }, () => renderer.render(endlessForm))),
    );
    console.log(`  ${'rendered on this thread'.padEnd(58)} p99 ${ms(here.p99)}   max ${ms(here.max)}`);
    console.log(`  ${'rendered on the worker thread'.padEnd(58)} p99 ${ms(there.p99)}   max ${ms(there.max)}`);
    console.log(`  ratio this thread / worker (max delay):          ${(here.max / there.max).toFixed(1)}×`);
  } finally {
    await renderer.close();
  }
}

/**
 * The event-loop delay of this thread while `work` runs: how late a 5 ms timer fires, i.e. how long
 * anything else this thread serves would wait. A tick after the work records a last blocked stretch.
 */
async function loopDelayWhile(work) {
  const TICK = 5;
  const delays = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    delays.push(Math.max(0, now - last - TICK));
    last = now;
  }, TICK);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 4 * TICK));
  await pause();
  await work();
  await pause();
  clearInterval(timer);
  return { p99: percentile(delays, 99), max: Math.max(...delays) };
}

class Operator {
  cookie = null;

  async signIn() {
    const response = await fetch(`${GATEWAY}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
        variables: { l: 'operator@demo.ru', p: DEMO_PASSWORD },
      }),
    });
    this.cookie = response.headers.get('set-cookie')?.split(';')[0] ?? null;
    if (!this.cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }

  async groups() {
    const response = await fetch(`${GATEWAY}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query: GROUPS }),
    });
    const body = await response.json();
    if (body.errors || !body.data?.certificateGroups?.length)
      throw new Error(`certificateGroups failed: ${JSON.stringify(body)}`);
  }

  async form(id) {
    const response = await fetch(`${GATEWAY}/documents/applications/${id}/form.pdf`, {
      headers: { cookie: this.cookie },
    });
    await response.arrayBuffer();
    return response.status;
  }
}

/** A child, a document and an application whose free-text fields are endless, past any input limit. */
async function arrangeEndlessApplication(client) {
  const childId = randomUUID();
  const documentId = randomUUID();
  const applicationId = randomUUID();
  await client.query(
    `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id) VALUES ($1, $2, 'Алиса', 'Игоревна', '2016-03-01', $3)`,
    [childId, ENDLESS, DemoMunicipality.novokuznetsk],
  );
  await client.query(
    `INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
     VALUES ($1, $2, 'BIRTH_CERTIFICATE', 'IIЛО', $3, '2016-04-01', $4, $5)`,
    [documentId, childId, String(randomInt(100_000, 999_999)), ENDLESS, DemoUser.operator],
  );
  await client.query(
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

async function latencyUnderRenders(stack) {
  const client = new Client({ connectionString: stack.databaseUrl });
  await client.connect();
  const ids = [];
  try {
    for (let index = 0; index < IN_FLIGHT; index += 1) ids.push(await arrangeEndlessApplication(client));
  } finally {
    await client.end();
  }
  const operator = new Operator();
  await operator.signIn();
  for (let run = 0; run < 5; run += 1) await operator.groups();
  await operator.form(ids[0]);

  console.log(
    `\n=== 2. certificateGroups through the gateway, ${SAMPLES} requests one after another (load average ${load()})`,
  );
  const idle = await timesOf(SAMPLES, () => operator.groups());
  row('no form being rendered', idle);

  let stop = false;
  const statuses = new Map();
  const started = performance.now();
  const renderers = ids.map(async (id) => {
    while (!stop) {
      const status = await operator.form(id);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const busy = await timesOf(SAMPLES, () => operator.groups());
  stop = true;
  await Promise.all(renderers);
  const seconds = (performance.now() - started) / 1000;
  row(`${IN_FLIGHT} endless forms in flight all the while`, busy);
  const forms = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  const byStatus = [...statuses.entries()].map(([status, count]) => `${count} × ${status}`).join(', ');
  console.log(`  forms answered meanwhile: ${forms} in ${seconds.toFixed(1)} s (${byStatus})`);
  console.log(
    `  ratio in flight / idle: median ${(busy.median / idle.median).toFixed(2)}×, p95 ${(busy.p95 / idle.p95).toFixed(2)}×`,
  );
}

// A closed pipe (`… | head`) must not kill the process before it stops the stack it started.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

async function main() {
  await renderTimes();

  const dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-bench-forms-'));
  chmodSync(dataDir, 0o755);
  const lines = [];
  let stack = null;
  const cleanUp = async () => {
    if (stack) await stack.stop().catch((error) => console.error(`stopping the stack: ${error}`));
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const stackStart = performance.now();
    stack = await startStack({
      ports: PORTS,
      dataDir: path.join(dataDir, 'postgres'),
      demo: true,
      web: false,
      gatewaySecret: generateGatewaySecret(),
      env: { SCAN_STORAGE_DIR: path.join(dataDir, 'scans') },
      sink: (service, line) => {
        lines.push(`[${service}] ${line}`);
        if (/error|failed/i.test(line) && service !== 'maildev') process.stderr.write(`[${service}] ${line}\n`);
      },
    });
    console.log(
      `\nstack ready in ${((performance.now() - stackStart) / 1000).toFixed(1)} s (gateway ${GATEWAY}, PDF_RENDER_THREADS ${process.env.PDF_RENDER_THREADS ?? '1 (default)'})`,
    );
    const died = stack.failed.then((name) => {
      throw new Error(`${name} exited during the benchmark:\n${lines.slice(-30).join('\n')}`);
    });
    died.catch(() => undefined);
    await Promise.race([latencyUnderRenders(stack), died]);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
