import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shareAppAndBrowser } from './support/app';
import { signInToRegistry } from './support/registry';

/**
 * A part of the system that stops answering (its process stopped, as a hung service would be): the pages
 * that need it say so in words and offer «Повторить», the others keep working, and «Повторить» works once
 * it is back. The gateway gives up on a subgraph after 2 s here (10 s by default), to keep the test short.
 */
const shared = shareAppAndBrowser({ env: { SUBGRAPH_TIMEOUT_MS: '2000' } });

const UNAVAILABLE = 'Сервис временно недоступен. Попробуйте позже';

describe('a service that is down', () => {
  it('is «Сервис временно недоступен» on the register, while the cabinet’s home keeps working, and «Повторить» brings the register back', async () => {
    const { page } = await shared.browser.newPage();
    await page.goto(`${shared.app.webUrl}/registry`);
    await signInToRegistry(page, 'operator@demo.ru');
    const home = page.getByRole('heading', { level: 1, name: 'Реестр сертификатов' });
    await home.waitFor();

    const certificates = shared.app.pidOf('certificates');
    process.kill(certificates, 'SIGSTOP');
    try {
      await page.goto(`${shared.app.webUrl}/registry/applications`);
      const alert = page.getByRole('alert').filter({ hasText: UNAVAILABLE });
      await alert.waitFor();
      assert.equal(await page.getByRole('button', { name: 'Повторить' }).isVisible(), true);
      assert.equal(await page.getByTestId('register-total').count(), 0);

      // The cabinet's home needs only the accounts: it is served as before.
      await page.goto(`${shared.app.webUrl}/registry`);
      await home.waitFor();
      assert.equal(await page.getByRole('alert').filter({ hasText: UNAVAILABLE }).count(), 0);
      await page.goto(`${shared.app.webUrl}/registry/applications`);
      await alert.waitFor();
    } finally {
      process.kill(certificates, 'SIGCONT');
    }

    await page.getByRole('button', { name: 'Повторить' }).click();
    await page.getByTestId('register-total').waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: UNAVAILABLE }).count(), 0);
  });
});
