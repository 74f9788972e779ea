/**
 * How long the citizen flow takes server-side: each step as the gateway answers it (document scan upload,
 * «Предоставить документ», «Отправить заявку», the e-mail's link, «Получить сертификат», the PDF form),
 * over RUNS flows on a real stack (embedded PostgreSQL, the four subgraphs, the gateway). Waiting for the
 * e-mail to arrive is measured apart: it is the outbox's delivery, not a request.
 *
 *   cd /work/main && npx tsc -b && node gateway/bench/citizen-flow.bench.js
 *
 * It starts its own stack on the test ports, so it cannot run at the same time as `npm test`.
 */
const { performance } = require('node:perf_hooks');
const testing = require('@pfdo/testing');
const { setup, teardown } = require('@pfdo/testing/dist/global-setup');

const RUNS = Number(process.env.RUNS || 20);

const ADD_DOCUMENT = `mutation ($input: AddChildDocumentInput!) { addChildDocument(input: $input) { id } }`;
const SUBMIT = `mutation ($childId: ID!, $email: String!) { submitApplication(childId: $childId, email: $email) { id formUrl } }`;
const CONFIRM = `mutation ($token: String!) { confirmEmail(token: $token) { applicationNumber } }`;
const GROUPS = `{ me { children { id eligibleCertificateGroups { id } } } }`;
const ISSUE = `mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { certificate { number } } }`;

async function timed(samples, name, action) {
  const start = performance.now();
  const result = await action();
  (samples[name] ??= []).push(performance.now() - start);
  return result;
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function flow(samples) {
  const parent = await testing.signIn('parent');
  const child = await testing.arrangeChild();
  const email = testing.uniqueEmail('bench');
  const upload = await timed(samples, 'upload scan', () => parent.uploadScan(testing.tinyPng(), 'scan.png'));
  const document = await timed(samples, 'addChildDocument', () =>
    parent.data(ADD_DOCUMENT, {
      input: {
        childId: child.id,
        type: 'BIRTH_CERTIFICATE',
        series: 'I-ЛО',
        number: String(100000 + Math.floor(Math.random() * 899999)),
        issueDate: testing.yearsAgo(1),
        issuedBy: 'ЗАГС',
        scanId: upload.body.id,
      },
    }),
  );
  const { submitApplication } = await timed(samples, 'submitApplication', () =>
    parent.data(SUBMIT, { childId: child.id, email }),
  );
  const [mail] = await timed(samples, '(e-mail delivered)', () => testing.waitForMailTo(email));
  await timed(samples, 'confirmEmail', () =>
    testing.anonymous().data(CONFIRM, { token: testing.confirmationTokenOf(mail) }),
  );
  const { me } = await timed(samples, 'children with groups', () => parent.data(GROUPS));
  const groupId = me.children.find((candidate) => candidate.id === child.id).eligibleCertificateGroups[0].id;
  await timed(samples, 'issueCertificate', () =>
    parent.data(ISSUE, {
      input: { applicationId: submitApplication.id, groupId, documentId: document.addChildDocument.id },
    }),
  );
  await timed(samples, 'download PDF form', async () => {
    const response = await parent.http(submitApplication.formUrl);
    if (response.status !== 200) throw new Error(`PDF answered ${response.status}`);
    return response.arrayBuffer();
  });
}

async function main() {
  await setup();
  try {
    const samples = {};
    await flow({}); // warm-up: first requests compile query plans and open connections
    for (let run = 0; run < RUNS; run += 1) await flow(samples);
    console.log(`citizen flow, ${RUNS} runs after one warm-up (ms)`);
    console.log(`${'step'.padEnd(24)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`);
    let total = 0;
    for (const [name, values] of Object.entries(samples)) {
      const median = percentile(values, 50);
      if (!name.startsWith('(')) total += median;
      console.log(
        `${name.padEnd(24)} ${median.toFixed(1).padStart(8)} ${percentile(values, 95).toFixed(1).padStart(8)}`,
      );
    }
    console.log(
      `${'server-side total'.padEnd(24)} ${total.toFixed(1).padStart(8)}   (sum of step medians, without the e-mail's delivery)`,
    );
  } finally {
    await testing.closeTestDatabase();
    await teardown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
