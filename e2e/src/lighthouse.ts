/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, its default simulated throttling) on the landing page and the
 * signed-in pages (support/measured-pages.ts; the navigator's catalogue and a program page too), with the demo
 * accounts, on a stack of its own (the e2e tests' ports, shifted by `PFDO_TEST_PORT_OFFSET`). Prints, per page, the
 * median of `LIGHTHOUSE_RUNS` runs (3) of performance, accessibility, LCP, CLS, Total Blocking Time and Lighthouse's
 * CPU index, and the JavaScript the page loads (its script tags, raw and gzip). The CPU index and the load average
 * at the end are printed so that figures taken on different machines or at different moments can be told apart
 * (the same commit measured 69–87 on one machine of this kind and 97–100 on another).
 *
 * `LIGHTHOUSE_PAGES=children,register` measures only the pages whose names contain one of the words;
 * `LIGHTHOUSE_RUNS=0` prints the JavaScript per page alone (no Lighthouse run), and `LIGHTHOUSE_REPORT_DIR`
 * keeps each run's whole report (JSON, with the audits that say what delays LCP and blocks the main thread).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from './support/app';
import { javascriptOf, measuredPages } from './support/measured-pages';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;

interface Sample {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  /** Lighthouse's measure of the machine's CPU speed during the run (higher is faster). */
  benchmarkIndex: number;
  cls: number;
}

const median = (values: number[]) =>
  values.length === 0 ? NaN : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
/** A median with its digits; «–» when there were no runs (`LIGHTHOUSE_RUNS=0`). */
const figure = (value: number, digits: number) => (Number.isNaN(value) ? '–' : value.toFixed(digits));

async function main() {
  // ESM-only packages, loaded from this CommonJS script.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');

  const app = await startApp();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'],
  });
  // Interrupted: the stack and the browser go too, not left running without their parent.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      chrome.kill();
      void app.stop().finally(() => process.exit(130));
    });
  }
  try {
    const only = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
    const { pages: chosen, cookies } = await measuredPages(app.webUrl, only);

    const rows: string[][] = [];
    for (const target of chosen) {
      const cookie = target.login ? cookies[target.login] : undefined;
      // First, as a browser with an empty cache would, which also warms the page up: the first request to a
      // route after the server starts loads its code, a cost no visitor of a running server pays.
      const js = await javascriptOf(app.webUrl, target.path, cookie);
      const samples: Sample[] = [];
      let failedRuns = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const result = await lighthouse(`${app.webUrl}${target.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: cookie ? { cookie } : undefined,
        });
        const lhr = result!.lhr;
        // A run Lighthouse could not measure (NO_NAVSTART: its trace missed the navigation) scores 0 and says to
        // run again: it is run again, and said, rather than counted as the page's figure.
        if (lhr.runtimeError) {
          failedRuns += 1;
          process.stderr.write(`${target.name}: run ${run + 1} not measured (${lhr.runtimeError.code}), run again\n`);
          if (failedRuns > RUNS) throw new Error(`${target.name}: Lighthouse failed ${failedRuns} times`);
          run -= 1;
          continue;
        }
        if (REPORT_DIR) {
          mkdirSync(REPORT_DIR, { recursive: true });
          const file = `${target.name.replace(/[^a-z0-9]+/gi, '-')}-${run + 1}.json`;
          writeFileSync(path.join(REPORT_DIR, file), JSON.stringify(lhr));
        }
        samples.push({
          performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
          cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time'].numericValue ?? NaN,
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
      }
      const row = [
        target.name,
        figure(median(samples.map((sample) => sample.performance)), 0),
        figure(median(samples.map((sample) => sample.accessibility)), 0),
        figure(median(samples.map((sample) => sample.lcpMs)) / 1000, 2),
        figure(median(samples.map((sample) => sample.cls)), 3),
        figure(median(samples.map((sample) => sample.tbtMs)), 0),
        figure(median(samples.map((sample) => sample.benchmarkIndex)), 0),
        kib(js.raw),
        kib(js.gzip),
        samples.map((sample) => sample.performance).join('/'),
      ];
      rows.push(row);
      process.stdout.write(`${row.join(' | ')}\n`);
    }

    const header = [
      'page',
      'perf',
      'a11y',
      'LCP s',
      'CLS',
      'TBT ms',
      'CPU index',
      'JS KiB',
      'JS KiB gzip',
      'perf runs',
    ];
    // Lighthouse simulates a phone from what the page cost here: the machine's speed and load are part of a figure.
    const load = os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(', ');
    process.stdout.write(
      `\nLighthouse ${RUNS} runs, mobile, median; load average at the end ${load} (${os.cpus().length} cores)\n` +
        `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`,
    );
    for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
  } finally {
    chrome.kill();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
