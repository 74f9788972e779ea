/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, its default simulated throttling) on the landing page and the
 * signed-in pages, with the demo accounts, on a stack of its own (the e2e tests' ports, shifted by
 * `PFDO_TEST_PORT_OFFSET`). Prints, per page, the median of `LIGHTHOUSE_RUNS` runs (3) of performance,
 * accessibility, LCP and CLS, and the JavaScript the page loads (its script tags, raw and gzip).
 *
 * `LIGHTHOUSE_PAGES=children,register` measures only the pages whose names contain one of the words;
 * `LIGHTHOUSE_RUNS=0` prints the JavaScript per page alone (no Lighthouse run), and `LIGHTHOUSE_REPORT_DIR`
 * keeps each run's whole report (JSON, with the audits that say what delays LCP and blocks the main thread).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startApp } from './support/app';
import { DEMO_PASSWORD } from './support/cabinet';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;

interface Target {
  name: string;
  path: string;
  /** The demo account whose session cookie the page is loaded with; none for a visitor. */
  login?: string;
}

interface Sample {
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
}

async function signIn(webUrl: string, login: string): Promise<string> {
  const response = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
      variables: { l: login, p: DEMO_PASSWORD },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`could not sign in as ${login}: ${await response.text()}`);
  return cookie;
}

async function graphql<T>(webUrl: string, cookie: string, query: string): Promise<T> {
  const response = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The scripts a page's server HTML names, fetched and gzipped as a browser with an empty cache would. */
async function javascriptOf(webUrl: string, path: string, cookie?: string): Promise<{ raw: number; gzip: number }> {
  const html = await (await fetch(`${webUrl}${path}`, { headers: cookie ? { cookie } : {} })).text();
  // `nomodule` scripts (Next.js's legacy polyfills) are loaded by no browser that runs modules.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter(
    (match) => !/\snomodule/i.test(`${match[1]} ${match[3]}`),
  );
  const sources = [...new Set(tags.map((match) => match[2]))];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replace(/&amp;/g, '&'), webUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
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
    const parent = await signIn(app.webUrl, 'parent');
    const operator = await signIn(app.webUrl, 'operator@demo.ru');
    const children = await graphql<{ me: { children: { id: string }[] } }>(
      app.webUrl,
      parent,
      '{ me { children { id } } }',
    );
    const register = await graphql<{ applicationRegister: { applications: { number: string }[] } }>(
      app.webUrl,
      operator,
      '{ applicationRegister(tab: ALL, first: 1) { applications { number } } }',
    );
    const childId = children.me.children[0].id;
    const applicationNumber = register.applicationRegister.applications.at(0)?.number;
    const cookies: Record<string, string> = { parent, 'operator@demo.ru': operator };

    const targets: Target[] = [
      { name: 'landing', path: '/' },
      { name: 'cabinet sign-in (visitor)', path: '/cabinet/children' },
      { name: 'cabinet children', path: '/cabinet/children', login: 'parent' },
      { name: 'cabinet additional-education', path: '/cabinet/services/additional-education', login: 'parent' },
      { name: 'cabinet child application', path: `/cabinet/children/${childId}/application`, login: 'parent' },
      { name: 'cabinet about', path: '/cabinet/about', login: 'parent' },
      { name: 'registry home', path: '/registry', login: 'operator@demo.ru' },
      { name: 'registry register', path: '/registry/applications', login: 'operator@demo.ru' },
      { name: 'registry new application', path: '/registry/applications/new', login: 'operator@demo.ru' },
      ...(applicationNumber
        ? [
            {
              name: 'registry application',
              path: `/registry/applications/${applicationNumber}`,
              login: 'operator@demo.ru',
            },
          ]
        : []),
    ];
    const only = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
    const chosen = only ? targets.filter((target) => only.some((word) => target.name.includes(word))) : targets;

    const rows: string[][] = [];
    for (const target of chosen) {
      const cookie = target.login ? cookies[target.login] : undefined;
      // First, as a browser with an empty cache would, which also warms the page up: the first request to a
      // route after the server starts loads its code, a cost no visitor of a running server pays.
      const js = await javascriptOf(app.webUrl, target.path, cookie);
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const result = await lighthouse(`${app.webUrl}${target.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: cookie ? { cookie } : undefined,
        });
        const lhr = result!.lhr;
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
        });
      }
      const row = [
        target.name,
        figure(median(samples.map((sample) => sample.performance)), 0),
        figure(median(samples.map((sample) => sample.accessibility)), 0),
        figure(median(samples.map((sample) => sample.lcpMs)) / 1000, 2),
        figure(median(samples.map((sample) => sample.cls)), 3),
        kib(js.raw),
        kib(js.gzip),
        samples.map((sample) => sample.performance).join('/'),
      ];
      rows.push(row);
      process.stdout.write(`${row.join(' | ')}\n`);
    }

    const header = ['page', 'perf', 'a11y', 'LCP s', 'CLS', 'JS KiB', 'JS KiB gzip', 'perf runs'];
    process.stdout.write(
      `\nLighthouse ${RUNS} runs, mobile, median\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`,
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
