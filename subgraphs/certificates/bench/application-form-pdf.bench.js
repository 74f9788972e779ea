/**
 * How long the application form takes to render: one cold render (fonts read from disk, PDFKit warming up),
 * then WARM_RUNS renders one after another, as a single subgraph process would serve them.
 *
 *   cd /work/main && npx tsc -b subgraphs/certificates && node subgraphs/certificates/bench/application-form-pdf.bench.js
 */
const { performance } = require('node:perf_hooks');

const WARM_RUNS = Number(process.env.WARM_RUNS || 50);

const requireStart = performance.now();
const { renderApplicationFormPdf } = require('../dist/forms/application-form.pdf.js');
const requireMs = performance.now() - requireStart;

const form = (index) => ({
  applicationNumber: String(48213907 + index).padStart(8, '0'),
  registryCode: index % 2 ? '' : String(4216003512 + index),
  createdAt: new Date(Date.UTC(2025, 2, 4, 9, 30) + index * 60_000),
  municipalityName: 'г. Новокузнецк',
  groupName: 'Дети в возрасте от 5 до 18 лет, проживающие на территории Новокузнецкого городского округа',
  child: { surname: 'Шевцова', name: 'Дарья', patronymic: 'Игоревна', birthDate: '2014-09-17' },
  document: {
    typeName: 'Свидетельство о рождении',
    series: 'II-ЛО',
    number: String(654321 + index),
    issueDate: '2014-10-01',
    issuedBy: 'Отдел ЗАГС Центрального района г. Новокузнецка',
  },
  applicant: {
    fullName: 'Шевцова Ольга Викторовна',
    email: 'olga@example.ru',
    phone: '+7 905 123-45-67',
    isChildHimself: false,
  },
  organizationName: 'МАУ ДО «ДЮЦ «Орион»», ул. Кутузова 5А, каб. 100',
});

async function timed(data) {
  const start = performance.now();
  const pdf = await renderApplicationFormPdf(data);
  return { ms: performance.now() - start, bytes: pdf.length };
}

function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

async function main() {
  const cold = await timed(form(0));

  const warm = [];
  const warmStart = performance.now();
  for (let i = 1; i <= WARM_RUNS; i += 1) warm.push(await timed(form(i)));
  const warmSeconds = (performance.now() - warmStart) / 1000;

  const times = warm.map((run) => run.ms).sort((a, b) => a - b);
  const bytes = warm.map((run) => run.bytes);
  const round = (value) => value.toFixed(1);
  console.log(`node ${process.version}, ${WARM_RUNS} warm runs`);
  console.log(`require:          ${round(requireMs)} ms`);
  console.log(`cold:             ${round(cold.ms)} ms (${cold.bytes} bytes)`);
  console.log(`warm median:      ${round(percentile(times, 50))} ms`);
  console.log(`warm p95:         ${round(percentile(times, 95))} ms`);
  console.log(`warm min / max:   ${round(times[0])} / ${round(times[times.length - 1])} ms`);
  console.log(
    `bytes per PDF:    ${Math.min(...bytes)}–${Math.max(...bytes)} (mean ${Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length)})`,
  );
  console.log(`forms per second: ${round(WARM_RUNS / warmSeconds)} (sequential, one process)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
