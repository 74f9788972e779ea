/**
 * `npm run bench:main-thread`: the main thread's blocking time of each measured page (support/measured-pages.ts),
 * from a Chromium trace rather than Lighthouse's wall clock, so that the figure barely moves with the machine's
 * load. Each load starts with an empty cache at a phone's width; the renderer's main-thread tasks are read
 * from the trace by their CPU time (`tdur`), ×4 as Lighthouse's simulated mobile CPU, and the part of each
 * task above 50 ms is summed as Lighthouse sums Total Blocking Time. Prints the median of `BENCH_RUNS` loads
 * (5) per page and their mean (a page's loads fall in two or three groups, so the mean moves less), with the whole main thread's CPU time ×4 and the page's JavaScript (gzip).
 *
 * `LIGHTHOUSE_PAGES=children,register` picks pages by name, as for `npm run lighthouse`.
 */
import { chromium } from 'playwright-core';
import { startApp } from './support/app';
import { javascriptOf, measuredPages } from './support/measured-pages';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CPU_SLOWDOWN = 4;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

interface Load {
  blockingMs: number;
  mainThreadMs: number;
  longTasksMs: number[];
}

/** The renderer's main thread: the thread named `CrRendererMain` of the process that ran the most tasks. */
function mainThreadLoad(events: TraceEvent[]): Load {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const busy = new Map<string, number>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.name === 'RunTask' && mainThreads.has(thread))
      busy.set(thread, (busy.get(thread) ?? 0) + (event.tdur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && `${event.pid}:${event.tid}` === main)
    .map((event) => ((event.tdur ?? 0) / 1000) * CPU_SLOWDOWN);
  return {
    blockingMs: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
    mainThreadMs: tasks.reduce((sum, ms) => sum + ms, 0),
    longTasksMs: tasks.filter((ms) => ms > 50).map(Math.round),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function main() {
  const app = await startApp();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.stop().finally(() => process.exit(130));
    });
  }
  try {
    const only = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
    const { pages, cookies } = await measuredPages(app.webUrl, only);
    const rows: string[] = [];
    for (const target of pages) {
      const cookie = target.login ? cookies[target.login] : undefined;
      // Also the route's first request after the start, which loads its server code.
      const js = await javascriptOf(app.webUrl, target.path, cookie);
      const loads: Load[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        // A browser of its own per load: no renderer, cache or compiled code left from the load before.
        const browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
        });
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'ru-RU' });
        if (cookie) {
          await context.addCookies(
            cookie.split('; ').map((pair) => {
              const [name, ...value] = pair.split('=');
              return { name, value: value.join('='), url: app.webUrl };
            }),
          );
        }
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.start', {
          transferMode: 'ReportEvents',
          traceConfig: {
            includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'],
          },
        });
        await page.goto(`${app.webUrl}${target.path}`, { waitUntil: 'load' });
        // What the page runs after `load` (hydration's effects, a deferred chunk) counts too.
        await page.waitForTimeout(1500);
        await cdp.send('Tracing.end');
        await complete;
        loads.push(mainThreadLoad(events));
        await browser.close();
      }
      const blocking = loads.map((load) => load.blockingMs);
      const row = `| ${target.name} | ${median(blocking).toFixed(0)} | ${mean(blocking).toFixed(0)} | ${blocking.map((ms) => ms.toFixed(0)).join('/')} | ${median(loads.map((load) => load.mainThreadMs)).toFixed(0)} | ${(js.gzip / 1024).toFixed(1)} | ${loads.at(-1)!.longTasksMs.join(', ')} |`;
      rows.push(row);
      process.stdout.write(`${row}\n`);
    }
    process.stdout.write(
      `\nMain thread, CPU time ×${CPU_SLOWDOWN}, median of ${RUNS} loads\n| page | blocking ms, median | mean | runs | main thread ms | JS KiB gzip | long tasks of the last load, ms |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
    );
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
