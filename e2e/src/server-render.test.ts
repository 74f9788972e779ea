import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';
import { sessionCookie } from './support/cabinet';
import { createNewCertificateApplication, graphqlAs } from './support/registry';
import { decodeHtml, headingsOf } from './support/server-html';

/**
 * Issue 17, items 1 and 2: a signed-in page is rendered on the server with its real heading and content (no
 * sign-in panel that the page replaces later), and before its content shows the browser makes at most one
 * GraphQL request (the server render asked for the session and the page's data in one).
 */
const shared = shareAppAndBrowser();

/** The page's HTML as the server sends it: what a browser shows before any script runs. */
async function serverHtml(path: string, cookie?: string): Promise<string> {
  const response = await fetch(`${shared.app.webUrl}${path}`, { headers: cookie ? { cookie } : {} });
  assert.equal(response.status, 200, `${path} answers 200`);
  return response.text();
}

interface SignedInPage {
  path: string;
  login: string;
  h1: string;
  /** Text of the page's own content, which the server HTML must carry too. */
  content: string;
}

let cookies: Record<string, string> = {};
let pages: SignedInPage[] = [];

/** The GraphQL requests the page makes, from its navigation on. */
function countGraphqlRequests(page: Page): { count: () => number; names: () => string } {
  const names: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    let name = '?';
    try {
      name = (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '?';
    } catch {
      // Not a JSON body: counted all the same.
    }
    names.push(name);
  });
  return { count: () => names.length, names: () => names.join(', ') };
}

/**
 * Marks the moment the page first shows `h1` in <main> and `content` anywhere (a MutationObserver from the
 * first byte on); `requestsBeforeContent` then counts the /graphql requests the page started before it.
 */
async function watchForContent(page: Page, h1: string, content: string): Promise<void> {
  await page.addInitScript(
    ([heading, text]) => {
      const w = window as unknown as { contentShownAt?: number };
      const check = () => {
        if (w.contentShownAt !== undefined || !document.body) return;
        const headings = Array.from(document.querySelectorAll('main h1'), (element) => element.textContent?.trim());
        if (headings.includes(heading) && document.body.textContent?.includes(text)) {
          w.contentShownAt = performance.now();
        }
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    },
    [h1, content],
  );
}

async function requestsBeforeContent(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { contentShownAt?: number }).contentShownAt !== undefined);
  return page.evaluate(() => {
    const shownAt = (window as unknown as { contentShownAt: number }).contentShownAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/graphql' && entry.startTime < shownAt).length;
  });
}

describe('signed-in pages rendered on the server', () => {
  before(async () => {
    const webUrl = shared.app.webUrl;
    cookies = {
      parent: await sessionCookie(webUrl, 'parent'),
      'operator@demo.ru': await sessionCookie(webUrl, 'operator@demo.ru'),
      'region@demo.ru': await sessionCookie(webUrl, 'region@demo.ru'),
    };
    const created = await createNewCertificateApplication(webUrl, 'operator@demo.ru');
    pages = [
      { path: '/cabinet/children', login: 'parent', h1: 'Дети', content: 'Иванова Софья' },
      {
        path: '/cabinet/services/additional-education',
        login: 'parent',
        h1: 'Дополнительное образование',
        content: 'Иванов Артём Андреевич',
      },
      { path: '/cabinet/about', login: 'parent', h1: 'Обо мне', content: 'Иванова Марина Сергеевна' },
      { path: '/registry', login: 'operator@demo.ru', h1: 'Реестр сертификатов', content: 'Петрова Ольга Викторовна' },
      { path: '/registry/applications?tab=ALL', login: 'operator@demo.ru', h1: 'Заявки', content: created.number },
      {
        path: `/registry/applications/${created.number}`,
        login: 'operator@demo.ru',
        h1: `Заявка № ${created.number}`,
        content: `Сертификат № ${created.certificateNumber}`,
      },
      { path: '/registry/applications/new', login: 'operator@demo.ru', h1: 'Создать заявку', content: 'Отправить' },
      // The demo's certificate that never reached the navigator (demo-certificates.ts).
      {
        path: '/registry/certificates/not-sent',
        login: 'region@demo.ru',
        h1: 'Не отправленные в ПФДО сертификаты',
        content: '1576630942',
      },
    ];
  });

  it("carry the page's real h1 and content in the server HTML, with no sign-in panel", async () => {
    for (const page of pages) {
      const html = await serverHtml(page.path, cookies[page.login]);
      const headings = headingsOf(html);
      assert.ok(headings.includes(page.h1), `${page.path}: h1 «${page.h1}» in the server HTML, got ${headings}`);
      assert.ok(decodeHtml(html).includes(page.content), `${page.path}: «${page.content}» in the server HTML`);
      assert.ok(!html.includes('Проверяем, выполнен ли вход'), `${page.path}: no «checking the session» panel`);
      assert.ok(!html.includes('Вход в '), `${page.path}: no sign-in form`);
    }
  });

  it('sends a visitor the sign-in form itself from the server', async () => {
    for (const [path, title] of [
      ['/cabinet/children', 'Вход в личный кабинет'],
      ['/registry/applications', 'Вход в АИС «Реестр сертификатов»'],
      ['/navigator', 'Вход в личный кабинет сертификата'],
    ]) {
      const html = await serverHtml(path);
      assert.deepEqual(headingsOf(html), [title], `${path}: the sign-in heading only`);
      assert.match(html, /<input[^>]*name="login"/, `${path}: the login form in the server HTML`);
      assert.ok(!html.includes('Проверяем, выполнен ли вход'), `${path}: no «checking the session» panel`);
    }
  });

  it('shows each page with at most one GraphQL request from the browser before its content', async () => {
    for (const target of pages) {
      const { page, context } = await shared.browser.newPage({ width: 375, height: 800 });
      const [name, value] = cookies[target.login].split('=');
      await context.addCookies([{ name, value, url: shared.app.webUrl }]);
      await watchForContent(page, target.h1, target.content);
      await page.goto(`${shared.app.webUrl}${target.path}`);
      const before = await requestsBeforeContent(page);
      assert.ok(before <= 1, `${target.path}: ${before} GraphQL requests before its content`);
      await context.close();
    }
  });

  it('keeps the page working in the browser: a search in the register asks the server once', async () => {
    const { page, context } = await shared.browser.newPage();
    const [name, value] = cookies['operator@demo.ru'].split('=');
    await context.addCookies([{ name, value, url: shared.app.webUrl }]);
    await page.goto(`${shared.app.webUrl}/registry/applications?tab=ALL`);
    await page.getByRole('heading', { level: 1, name: 'Заявки' }).waitFor();
    const requests = countGraphqlRequests(page);
    await page.getByRole('link', { name: 'Новые', exact: true }).click();
    await page.waitForURL(/tab=NEW/);
    await page.getByRole('heading', { level: 1, name: 'Заявки' }).waitFor();
    await page.getByRole('table').or(page.getByText('Заявок не найдено')).first().waitFor();
    assert.ok(
      requests.count() <= 1,
      `${requests.count()} GraphQL requests for another tab of the register: ${requests.names()}`,
    );
    await context.close();
  });

  it('renders «Создать заявку» with its municipalities and groups from the server, and asks nothing from the browser', async () => {
    const ask = await graphqlAs(shared.app.webUrl, 'operator@demo.ru');
    const known = (await ask(
      '{ municipalities { name } me { municipality { name certificateGroups { name blocked } } } }',
    )) as {
      municipalities: { name: string }[];
      me: { municipality: { name: string; certificateGroups: { name: string; blocked: boolean }[] } };
    };
    const groups = known.me.municipality.certificateGroups.filter((group) => !group.blocked).map((group) => group.name);
    assert.ok(groups.length > 0, 'the operator’s municipality has groups to choose from');

    const html = await serverHtml('/registry/applications/new', cookies['operator@demo.ru']);
    const options = (name: string) => {
      const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
      return [...select.matchAll(/<option[^>]*>([\s\S]*?)<\/option>/g)].map((match) => decodeHtml(match[1]));
    };
    assert.deepEqual(
      options('municipalityId'),
      known.municipalities.map((municipality) => municipality.name),
      'every municipality in the server HTML',
    );
    assert.deepEqual(options('groupId'), ['Выберите группу', ...groups], 'the operator’s groups in the server HTML');

    const { page, context } = await shared.browser.newPage({ width: 375, height: 800 });
    const [name, value] = cookies['operator@demo.ru'].split('=');
    await context.addCookies([{ name, value, url: shared.app.webUrl }]);
    const requests = countGraphqlRequests(page);
    await page.goto(`${shared.app.webUrl}/registry/applications/new`, { waitUntil: 'networkidle' });
    const municipality = page.locator('select[name="municipalityId"]');
    await municipality.waitFor();
    // Another municipality's groups come from the same answer, not from a request.
    const other = known.municipalities.find((candidate) => candidate.name !== known.me.municipality.name);
    if (other) await municipality.selectOption({ label: other.name });
    await page.waitForLoadState('networkidle');
    assert.equal(requests.count(), 0, `GraphQL requests from the browser: ${requests.names()}`);
    await context.close();
  });

  it('asks nothing from the browser while a page its server render filled loads; a later visit renders it afresh on the server', async () => {
    const { page, context } = await shared.browser.newPage({ width: 375, height: 800 });
    const [name, value] = cookies.parent.split('=');
    await context.addCookies([{ name, value, url: shared.app.webUrl }]);
    const requests = countGraphqlRequests(page);
    // The router's requests for a page rendered on the server (React Server Components), by their `rsc` header.
    const serverRenders: string[] = [];
    page.on('request', (request) => {
      if (request.headers().rsc === '1') serverRenders.push(new URL(request.url()).pathname);
    });
    await page.goto(`${shared.app.webUrl}/cabinet/children`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();
    assert.equal(requests.count(), 0, `GraphQL requests while /cabinet/children loads: ${requests.names()}`);
    // «Дети» wants fresh statuses on a visit within the cabinet: the server renders it again with its data.
    await page.getByRole('navigation', { name: 'Личный кабинет' }).getByRole('link', { name: 'Обо мне' }).click();
    await page.getByRole('heading', { level: 1, name: 'Обо мне' }).waitFor();
    serverRenders.length = 0;
    await page.getByRole('navigation', { name: 'Личный кабинет' }).getByRole('link', { name: 'Дети' }).click();
    await page.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();
    await page.getByText('Иванова Софья').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(serverRenders, ['/cabinet/children'], 'a visit within the cabinet renders «Дети» on the server');
    assert.equal(requests.names(), '', 'and asks no GraphQL from the browser');
    await context.close();
  });
});

describe("the landing page's JavaScript", () => {
  /** The scripts the landing page's HTML loads (not the `nomodule` polyfills, which modern browsers skip). */
  async function landingScripts(): Promise<{ src: string; body: string }[]> {
    const tags = [...(await serverHtml('/')).matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter(
      (match) => !/\snomodule/i.test(`${match[1]} ${match[3]}`),
    );
    return Promise.all(
      [...new Set(tags.map((match) => match[2].replace(/&amp;/g, '&')))].map(async (src) => ({
        src,
        body: await (await fetch(new URL(src, shared.app.webUrl))).text(),
      })),
    );
  }

  it("stays within 130 KiB gzip, without Next.js's built-in root error page, every chunk marked for eager compilation", async () => {
    const scripts = await landingScripts();
    const gzip = scripts.reduce((total, script) => total + gzipSync(Buffer.from(script.body), { level: 9 }).length, 0);
    assert.ok(gzip <= 130 * 1024, `the landing page loads ${(gzip / 1024).toFixed(1)} KiB gzip`);
    // web/next.config.ts aliases the built-in one (English, 1.9 KiB) to app/global-error.tsx.
    assert.ok(
      scripts.every((script) => !script.body.includes('next-error-title')),
      'no built-in root error page',
    );
    assert.ok(
      scripts.some((script) => script.body.includes('Страница не открылась')),
      "the app's root error page",
    );
    // web/compile-hints.mjs, after next build.
    const unmarked = scripts.filter((script) => !script.body.startsWith('//# allFunctionsCalledOnLoad\n'));
    assert.deepEqual(
      unmarked.map((script) => script.src),
      [],
      'every chunk starts with the compile hint',
    );
  });
});
