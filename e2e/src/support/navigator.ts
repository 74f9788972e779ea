import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './cabinet';
import { createNewCertificateApplication, graphqlAs } from './registry';

/**
 * The navigator's arrangements for browser tests (the cabinet test's, shared): the municipality's setting for the
 * group the registry's new certificates go to (24 000 ₽ a year), and a certificate the registry enters, activates
 * (unless asked not to) and hands over, with the password of its extract.
 */
export async function arrangeGroupSetting(webUrl: string): Promise<void> {
  const operator = await graphqlAs(webUrl, 'operator@demo.ru');
  const { me } = await operator('{ me { municipality { id } } }');
  const municipalityId = me.municipality.id as string;
  const { certificateGroups } = await operator(
    'query ($m: ID!) { certificateGroups(municipalityId: $m) { name blocked } }',
    { m: municipalityId },
  );
  const group = certificateGroups.find((candidate: { blocked: boolean }) => !candidate.blocked);
  const { municipality } = await operator(
    'query ($m: ID!) { municipality(id: $m) { groupSettings(first: 50) { settings { name nominal } } } }',
    { m: municipalityId },
  );
  const existing = municipality.groupSettings.settings.find(
    (setting: { name: string }) => setting.name.toLowerCase() === group.name.toLowerCase(),
  );
  if (existing) assert.equal(existing.nominal, '24000.00', 'the demo setting of the registry group');
  else
    await operator(
      `mutation ($m: ID, $input: GroupSettingInput!) { createGroupSetting(municipalityId: $m, input: $input) { id } }`,
      {
        m: municipalityId,
        input: {
          name: group.name,
          nominal: '24000.00',
          minAge: 5,
          maxAge: 18,
          significantPrograms: 2,
          generalPrograms: 3,
          preProfessionalPrograms: 1,
          municipalityLimit: '50000000.00',
        },
      },
    );
}

export async function handedOverCertificate(webUrl: string, options: { activate: boolean }) {
  const created = await createNewCertificateApplication(webUrl, 'operator@demo.ru');
  const operator = await graphqlAs(webUrl, 'operator@demo.ru');
  if (options.activate) {
    await operator(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`, { id: created.id });
  }
  await operator(`mutation ($id: ID!) { sendToNavigator(applicationId: $id) { id } }`, { id: created.id });
  const { certificateAtHand } = await operator(
    `query ($n: String!) { certificateAtHand(number: $n) { certificate { id } } }`,
    { n: created.certificateNumber },
  );
  const { issueCertificateExtract } = await operator(
    `mutation ($id: ID!) { issueCertificateExtract(certificateId: $id) { password } }`,
    { id: certificateAtHand.certificate.id },
  );
  return { number: created.certificateNumber, password: issueCertificateExtract.password as string };
}

/** Signs in at /navigator: a holder lands in «Кабинет», a provider on the sign-in gate's «Вы вошли». */
export async function signInToNavigator(
  page: Page,
  webUrl: string,
  login: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${webUrl}/navigator`);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  if (login.includes('@')) await page.getByText('Вы вошли в систему.').waitFor();
  // The holder's left panel: the sign-in form's own headings also hold the word «кабинет».
  else await page.getByRole('navigation', { name: 'Кабинет сертификата' }).waitFor();
}
