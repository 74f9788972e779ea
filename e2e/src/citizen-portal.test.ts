import { describe, it } from 'node:test';
import { parentAppliesForSofia } from './citizen/parent-flow';
import { sofiaGetsCertificate } from './citizen/sofia-certificate';
import { teenAndRefusedParent } from './citizen/teen-flow';
import { badUploadAndExpiredSession } from './citizen/upload-and-session';
import { shareAppAndBrowser } from './support/app';

/** The citizen portal's browser tests share one stack; each test builds on the one before. */
const shared = shareAppAndBrowser();

describe('the citizen portal: «Услуги» → «Дополнительное образование» → a certificate', () => {
  it('takes the parent from sign-in to Софья’s certificate, through the e-mail link in a browser not signed in', async () => {
    const submitted = await parentAppliesForSofia(shared.app, shared.browser);
    await sofiaGetsCertificate(shared.browser, submitted);
  });

  it('lets the teen get his own certificate at 375 px, and shows the parent the refusal of a second one', async () => {
    await teenAndRefusedParent(shared.app, shared.browser);
  });

  it('names a bad upload next to the file field, and survives an expired session', async () => {
    await badUploadAndExpiredSession(shared.app, shared.browser);
  });
});
