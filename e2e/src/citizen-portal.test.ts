import { after, before, describe, it } from 'node:test';
import { parentAppliesForSofia } from './citizen/parent-flow';
import { sofiaGetsCertificate } from './citizen/sofia-certificate';
import { teenAndRefusedParent } from './citizen/teen-flow';
import { badUploadAndExpiredSession } from './citizen/upload-and-session';
import { RunningApp, startApp } from './support/app';
import { launchBrowser, TestBrowser } from './support/browser';

/** The citizen portal's browser tests share one stack; each test builds on the one before. */
let app: RunningApp;
let browser: TestBrowser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the citizen portal: «Услуги» → «Дополнительное образование» → a certificate', () => {
  it('takes the parent from sign-in to Софья’s certificate, through the e-mail link in a browser not signed in', async () => {
    const submitted = await parentAppliesForSofia(app, browser);
    await sofiaGetsCertificate(browser, submitted);
  });

  it('lets the teen get his own certificate at 375 px, and shows the parent the refusal of a second one', async () => {
    await teenAndRefusedParent(app, browser);
  });

  it('names a bad upload next to the file field, and survives an expired session', async () => {
    await badUploadAndExpiredSession(app, browser);
  });
});
