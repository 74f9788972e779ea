import { DemoChild, DemoMunicipality } from '@pfdo/platform';
import {
  anonymous,
  arrangeChild,
  closeTestDatabase,
  confirmationTokenOf,
  GatewayClient,
  signIn,
  testDatabase,
  uniqueEmail,
  waitForMailTo,
  yearsAgo,
} from '@pfdo/testing';
import { addBirthCertificate, CONFIRM, ISSUE, SUBMIT } from './citizen-flow.support';

afterAll(closeTestDatabase);

type Submitted = { submitApplication: { id: string; number: string } };
const GROUPS = `query ($id: ID!) { me { children { id eligibleCertificateGroups { id name } } } municipality(id: $id) { id } }`;

/** Submits and confirms an application for `childId`, as the e-mail's link would. */
async function confirmedApplication(client: GatewayClient, childId: string): Promise<{ id: string; number: string }> {
  const email = uniqueEmail();
  const { submitApplication } = await client.data<Submitted>(SUBMIT, { childId, email });
  const [mail] = await waitForMailTo(email);
  await anonymous().data(CONFIRM, { token: confirmationTokenOf(mail) });
  return submitApplication;
}

async function firstGroupOf(client: GatewayClient, childId: string): Promise<string> {
  const { me } = await client.data<{
    me: { children: Array<{ id: string; eligibleCertificateGroups: Array<{ id: string }> }> };
  }>(GROUPS, { id: DemoMunicipality.novokuznetsk });
  return me.children.find((child) => child.id === childId)!.eligibleCertificateGroups[0].id;
}

async function issue(client: GatewayClient, applicationId: string, childId: string, documentId: string) {
  return client.request<{ issueCertificate: { certificate: { number: string } } }>(ISSUE, {
    input: { applicationId, groupId: await firstGroupOf(client, childId), documentId },
  });
}

describe('one live certificate per child in the region', () => {
  it('refuses a second application for a child who has a certificate, naming it', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const document = await addBirthCertificate(parent, child.id);
    const application = await confirmedApplication(parent, child.id);
    const issued = await issue(parent, application.id, child.id, document.id);
    const number = issued.data!.issueCertificate.certificate.number;

    // The same child under another record, found by the same birth certificate.
    const twin = await arrangeChild({ surname: 'Другая' });
    await addBirthCertificate(parent, twin.id, { series: document.series, number: document.number });
    const result = await parent.request(SUBMIT, { childId: twin.id, email: uniqueEmail() });
    expect(result.errors?.[0]).toMatchObject({
      message: `Ребёнку уже выдан сертификат № ${number} в муниципалитете г. Новокузнецк`,
      extensions: { code: 'DUPLICATE_CERTIFICATE' },
    });

    // And by the same full name and birth date.
    const namesake = await arrangeChild({ birthDate: child.birthDate });
    await testDatabase().query(`UPDATE certificates.children SET name = $2 WHERE id = $1`, [namesake.id, child.name]);
    await addBirthCertificate(parent, namesake.id);
    const byName = await parent.request(SUBMIT, { childId: namesake.id, email: uniqueEmail() });
    expect(byName.errors?.[0].extensions?.code).toBe('DUPLICATE_CERTIFICATE');
  });

  it('makes one application and one certificate of concurrent requests for the same child', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const document = await addBirthCertificate(parent, child.id);

    const submissions = await Promise.all(
      Array.from({ length: 6 }, () => parent.request<Submitted>(SUBMIT, { childId: child.id, email: uniqueEmail() })),
    );
    const accepted = submissions.filter((result) => result.data);
    expect(accepted).toHaveLength(1);
    for (const refused of submissions.filter((result) => !result.data)) {
      expect(refused.errors?.[0].extensions?.code).toBe('APPLICATION_EXISTS');
    }
    const applications = await testDatabase().query(`SELECT id FROM certificates.applications WHERE child_id = $1`, [
      child.id,
    ]);
    expect(applications.rowCount).toBe(1);

    const application = accepted[0].data!.submitApplication;
    const email = (
      await testDatabase().query(`SELECT applicant_email FROM certificates.applications WHERE id = $1`, [
        application.id,
      ])
    ).rows[0].applicant_email as string;
    await anonymous().data(CONFIRM, { token: confirmationTokenOf((await waitForMailTo(email))[0]) });
    const groupId = await firstGroupOf(parent, child.id);
    const issues = await Promise.all(
      Array.from({ length: 6 }, () =>
        parent.request(ISSUE, { input: { applicationId: application.id, groupId, documentId: document.id } }),
      ),
    );
    expect(issues.filter((result) => result.data)).toHaveLength(1);
    for (const refused of issues.filter((result) => !result.data)) {
      expect(refused.errors?.[0].extensions?.code).toBe('CERTIFICATE_ALREADY_ISSUED');
    }
    const certificates = await testDatabase().query(`SELECT id FROM certificates.certificates WHERE child_id = $1`, [
      child.id,
    ]);
    expect(certificates.rowCount).toBe(1);
  });
});

describe('the rules of an application', () => {
  it('asks for a document before an application', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const result = await parent.request(SUBMIT, { childId: child.id, email: uniqueEmail() });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Для получения сертификата необходимо добавить свидетельство о рождении или паспорт в документы ребенка',
      extensions: { code: 'DOCUMENT_REQUIRED' },
    });
  });

  it('refuses a child too young for any group', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild({ birthDate: yearsAgo(3) });
    await addBirthCertificate(parent, child.id, { issueDate: yearsAgo(1) });
    const result = await parent.request(SUBMIT, { childId: child.id, email: uniqueEmail() });
    expect(result.errors?.[0].extensions?.code).toBe('AGE_NOT_ELIGIBLE');
    expect(result.errors?.[0].message).toContain('сертификат выдаётся детям от 5 до 18 лет');
  });

  it('offers only the groups of the child’s municipality and refuses any other', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const document = await addBirthCertificate(parent, child.id);
    const application = await confirmedApplication(parent, child.id);
    const { certificateGroups } = await parent.data<{ certificateGroups: Array<{ id: string }> }>(
      `query ($id: ID!) { certificateGroups(municipalityId: $id) { id } }`,
      { id: DemoMunicipality.kemerovo },
    );
    const result = await parent.request(ISSUE, {
      input: { applicationId: application.id, groupId: certificateGroups[0].id, documentId: document.id },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
  });

  it('issues no certificate before the e-mail is confirmed', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const document = await addBirthCertificate(parent, child.id);
    const { submitApplication } = await parent.data<Submitted>(SUBMIT, { childId: child.id, email: uniqueEmail() });
    const result = await issue(parent, submitApplication.id, child.id, document.id);
    expect(result.errors?.[0].extensions?.code).toBe('EMAIL_NOT_CONFIRMED');
  });

  it('lets a child of 14 or more apply for himself, in his own name', async () => {
    const teen = await signIn('teen');
    const document = await addBirthCertificate(teen, DemoChild.teen);
    const email = uniqueEmail('teen');
    const { submitApplication } = await teen.data<{
      submitApplication: { applicantName: string; applicantIsChild: boolean; id: string };
    }>(SUBMIT, { childId: DemoChild.teen, email });
    expect(submitApplication).toMatchObject({ applicantName: 'Иванов Артём Андреевич', applicantIsChild: true });
    await anonymous().data(CONFIRM, { token: confirmationTokenOf((await waitForMailTo(email))[0]) });
    const issued = await issue(teen, submitApplication.id, DemoChild.teen, document.id);
    expect(issued.errors).toBeUndefined();
  });
});

describe('a citizen acts only on his own children', () => {
  it('refuses someone else’s child as not found, revealing nothing', async () => {
    const teen = await signIn('teen');
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const document = await addBirthCertificate(parent, child.id);
    const { submitApplication } = await parent.data<Submitted>(SUBMIT, { childId: child.id, email: uniqueEmail() });

    const submit = await teen.request(SUBMIT, { childId: child.id, email: uniqueEmail() });
    expect(submit.errors?.[0]).toMatchObject({ message: 'Ребёнок не найден', extensions: { code: 'NOT_FOUND' } });
    const upload = await teen.uploadScan(
      Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
      'a.gif',
    );
    const add = await teen.request(
      `mutation ($input: AddChildDocumentInput!) { addChildDocument(input: $input) { id } }`,
      {
        input: {
          childId: child.id,
          type: 'BIRTH_CERTIFICATE',
          series: 'I-ЛО',
          number: '111111',
          issueDate: yearsAgo(1),
          issuedBy: 'ЗАГС',
          scanId: upload.body.id,
        },
      },
    );
    expect(add.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const issued = await teen.request(ISSUE, {
      input: { applicationId: submitApplication.id, groupId: document.id, documentId: document.id },
    });
    expect(issued.errors?.[0]).toMatchObject({ message: 'Заявка не найдена', extensions: { code: 'NOT_FOUND' } });
    const resend = await teen.request(
      `mutation ($id: ID!) { resendConfirmationEmail(applicationId: $id) { status } }`,
      {
        id: submitApplication.id,
      },
    );
    expect(resend.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
