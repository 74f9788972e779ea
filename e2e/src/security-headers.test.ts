import assert from 'node:assert/strict';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { shareAppAndBrowser } from './support/app';

const shared = shareAppAndBrowser();

/** The directives of a Content-Security-Policy, each with its sources. */
function directives(headers: Headers): Map<string, string[]> {
  const policy = headers.get('content-security-policy');
  assert.ok(policy, 'a Content-Security-Policy is sent');
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

function assertStaticHeaders(headers: Headers): void {
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('x-frame-options'), 'DENY');
  assert.equal(headers.get('referrer-policy'), 'same-origin');
  assert.equal(headers.get('strict-transport-security'), null, 'no HSTS over plain HTTP');
}

/** Collects what the browser refuses under the page's policy. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe('API8:2023 Security Misconfiguration: the web app sends its security headers', () => {
  for (const path of ['/', '/cabinet', '/registry']) {
    it(`${path} has a strict, per-request Content-Security-Policy and the other headers`, async () => {
      const [first, second] = await Promise.all([
        fetch(`${shared.app.webUrl}${path}`),
        fetch(`${shared.app.webUrl}${path}`),
      ]);
      assert.equal(first.status, 200);
      assertStaticHeaders(first.headers);
      const csp = directives(first.headers);
      assert.deepEqual(csp.get('default-src'), ["'self'"]);
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
      assert.deepEqual(csp.get('object-src'), ["'none'"]);
      assert.deepEqual(csp.get('base-uri'), ["'self'"]);
      assert.deepEqual(csp.get('form-action'), ["'self'"]);
      const scripts = csp.get('script-src') ?? [];
      assert.ok(
        scripts.some((source) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(source)),
        `a nonce in ${scripts.join(' ')}`,
      );
      assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), scripts.join(' '));
      assert.ok(!(csp.get('style-src') ?? []).includes("'unsafe-inline'"));
      const nonce = scripts.find((source) => source.startsWith("'nonce-"));
      assert.notEqual(
        directives(second.headers)
          .get('script-src')
          ?.find((source) => source.startsWith("'nonce-")),
        nonce,
        'a fresh nonce per request',
      );
      const html = await first.text();
      assert.match(
        html,
        new RegExp(`<script[^>]* nonce="${nonce!.slice(7, -1).replace(/[+/]/g, '\\$&')}"`),
        'the page scripts carry the nonce',
      );
    });
  }

  it('a /graphql POST through the web app carries them too, with a policy that runs nothing', async () => {
    const response = await fetch(`${shared.app.webUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    assert.equal(response.headers.get('content-type')?.startsWith('application/json'), true);
    assertStaticHeaders(response.headers);
    const csp = directives(response.headers);
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
  });

  it('sends Strict-Transport-Security only to requests that came over HTTPS', async () => {
    for (const path of ['/', '/graphql']) {
      const response = await fetch(`${shared.app.webUrl}${path}`, {
        method: path === '/' ? 'GET' : 'POST',
        headers: { 'x-forwarded-proto': 'https', 'content-type': 'application/json' },
        body: path === '/' ? undefined : JSON.stringify({ query: '{ __typename }' }),
      });
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d{8,}/, path);
    }
  });

  it('the pages work under the policy: signing in at /cabinet and /registry breaks no rule', async () => {
    const { page, context } = await shared.browser.newPage();
    const violations = cspViolations(page);
    for (const [path, login, name] of [
      ['/cabinet', 'parent', 'Иванова Марина Сергеевна'],
      ['/registry', 'operator@demo.ru', 'Петрова Ольга Викторовна'],
    ]) {
      await page.goto(`${shared.app.webUrl}${path}`);
      await page.getByLabel('Логин').fill(login);
      await page.getByLabel('Пароль').fill('demo2026');
      await page.getByRole('button', { name: 'Войти' }).click();
      await page.getByText(name).first().waitFor();
      await page.getByRole('button', { name: 'Выйти' }).click();
      await page.getByLabel('Логин').waitFor();
    }
    assert.deepEqual(violations, []);
    await context.close();
  });

  it('a page in a cross-origin frame is refused', async () => {
    const framing: Server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><title>чужой сайт</title><iframe src="${shared.app.webUrl}/cabinet" width="800" height="600"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
    const { page, context } = await shared.browser.newPage();
    try {
      const refused = page.waitForEvent('console', {
        predicate: (message) => message.text().includes('frame-ancestors'),
      });
      await page.goto(`http://127.0.0.1:${(framing.address() as AddressInfo).port}/`);
      await refused;
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      const signInShown = await frame
        ?.getByLabel('Логин')
        .count()
        .catch(() => 0);
      assert.equal(signInShown ?? 0, 0, 'the framed page shows nothing');
    } finally {
      await context.close();
      await new Promise((resolve) => framing.close(resolve));
    }
  });

  it('refuses a scan posted from a page of another origin, before the gateway sees it', async () => {
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('89504e470d0a1a0a', 'hex')], { type: 'image/png' }), 'scan.png');
      return fetch(`${shared.app.webUrl}/uploads/document-scans`, { method: 'POST', body: form, headers });
    };
    const foreign = await upload({ origin: 'http://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal(((await foreign.json()) as { error: { code: string } }).error.code, 'FORBIDDEN_ORIGIN');
    // The portal's own page gets as far as the gateway, which asks who is signed in.
    const own = await upload({ origin: new URL(shared.app.webUrl).origin });
    assert.equal(own.status, 401);
  });
});
