import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CREDENTIAL_HEADER, ensureGatewaySecretFile, mintCredential } from '@pfdo/platform';
import { freePort, refusal, ROOT_DIR, startService } from './services.support';

/**
 * In development a service started on its own takes GATEWAY_SECRET, or else the secret `npm start` keeps in
 * PFDO_DATA_DIR; with neither it refuses to start. No secret is written in the source.
 */
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-standalone-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('API8:2023 Security Misconfiguration: a service started on its own in development', () => {
  it.each(['gateway/dist/main.js', 'subgraphs/navigator/dist/main.js'])(
    '%s refuses to start with no secret at all, naming GATEWAY_SECRET',
    async (script) => {
      const result = await refusal(script, {
        PFDO_DATA_DIR: dataDir,
        GATEWAY_PORT: String(await freePort()),
        NAVIGATOR_PORT: String(await freePort()),
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('GATEWAY_SECRET is required');
      expect(result.output).not.toMatch(/ready at/);
    },
  );

  it('serves with the secret kept in PFDO_DATA_DIR, and only with it', async () => {
    const secret = ensureGatewaySecretFile(dataDir);
    const port = await freePort();
    const navigator = startService('subgraphs/navigator/dist/main.js', {
      PFDO_DATA_DIR: dataDir,
      NAVIGATOR_PORT: String(port),
      DATABASE_URL: process.env.PFDO_TEST_DATABASE_URL!,
    });
    try {
      const deadline = Date.now() + 30_000;
      while (!/ready at/.test(navigator.output()) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(navigator.output()).toMatch(/ready at/);
      const call = async (key: string) => {
        const credential = await mintCredential(
          { identity: null, clientIp: '', requestId: 'standalone', sessionId: null },
          key,
        );
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CREDENTIAL_HEADER]: credential },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
        });
        return response.status;
      };
      expect(await call(secret)).toBe(200);
      expect(await call(`${secret.slice(1)}x`)).toBe(401);
    } finally {
      await navigator.stop();
    }
  });

  it('the development secret once published is written nowhere but in the test that proves it refused', () => {
    const needle = ['pfdo', 'development', 'secret', 'do', 'not', 'use'].join('-');
    const files = execFileSync('git', ['grep', '-l', '-F', needle, '--', '.'], { cwd: ROOT_DIR, encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(files).toEqual(['gateway/test/security/forged-credentials.test.ts']);
  });
});
