/**
 * The bench's PDF phase: the application form's warm render time, median and p95 of sequential renders,
 * measured twice: in this process on the subgraph's own renderer (a worker pool of one thread, as the
 * subgraph runs it by default: what a request waits for the layout alone), and through the gateway's PDF
 * route (the whole request: session, credential, the application's rows, the audit record, the render).
 * Goal: ≤ 20 ms median warm.
 */
import { performance } from 'node:perf_hooks';
import { ApplicationFormRenderer } from '@pfdo/subgraph-certificates/form-renderer';

const form = (index: number) => ({
  applicationNumber: String(48213907 + index).padStart(8, '0'),
  registryCode: String(4216003512 + index),
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
});

export interface Timing {
  p50: number;
  p95: number;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function timed(runs: number, warmups: number, action: (run: number) => Promise<void>): Promise<Timing> {
  for (let run = 0; run < warmups; run += 1) await action(run);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await action(warmups + run);
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Warm renders on the subgraph's renderer, in this process (one worker thread). */
export async function renderInProcess(runs: number, warmups: number): Promise<Timing> {
  const renderer = new ApplicationFormRenderer({ threads: 1, queue: 8, timeoutMs: 60_000 });
  try {
    return await timed(runs, warmups, async (run) => {
      const pdf = await renderer.render(form(run));
      if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('the renderer made no PDF');
    });
  } finally {
    await renderer.close();
  }
}

/** The form of one application through the gateway's route, as «Скачать заявление» asks for it. */
export async function renderThroughGateway(
  gatewayOrigin: string,
  cookie: string,
  applicationId: string,
  runs: number,
  warmups: number,
): Promise<Timing> {
  return timed(runs, warmups, async () => {
    const response = await fetch(`${gatewayOrigin}/documents/applications/${applicationId}/form.pdf`, {
      headers: { cookie },
    });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || body.subarray(0, 5).toString() !== '%PDF-')
      throw new Error(`the form route answered ${response.status}: ${body.subarray(0, 300).toString()}`);
  });
}
