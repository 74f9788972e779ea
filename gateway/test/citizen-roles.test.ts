import { DemoChild } from '@pfdo/platform';
import { anonymous, signIn } from '@pfdo/testing';

const MUTATIONS: Record<string, [string, Record<string, unknown>]> = {
  addChildDocument: [
    `mutation ($input: AddChildDocumentInput!) { addChildDocument(input: $input) { id } }`,
    {
      input: {
        childId: DemoChild.younger,
        type: 'BIRTH_CERTIFICATE',
        series: 'I-ЛО',
        number: '123456',
        issueDate: '2020-01-01',
        issuedBy: 'ЗАГС',
        scanId: '00000000-0000-4000-8000-000000000000',
      },
    },
  ],
  submitApplication: [
    `mutation ($childId: ID!) { submitApplication(childId: $childId, email: "a@example.ru") { id } }`,
    { childId: DemoChild.younger },
  ],
  issueCertificate: [
    `mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { navigatorLogin } }`,
    { input: { applicationId: DemoChild.younger, groupId: DemoChild.younger, documentId: DemoChild.younger } },
  ],
  resendConfirmationEmail: [
    `mutation ($id: ID!) { resendConfirmationEmail(applicationId: $id) { status } }`,
    { id: DemoChild.younger },
  ],
};

const STAFF = [
  'org@demo.ru',
  'org-pd@demo.ru',
  'operator@demo.ru',
  'operator-kem@demo.ru',
  'region@demo.ru',
  'provider@demo.ru',
];

describe.each(Object.entries(MUTATIONS))('%s', (_name, [mutation, variables]) => {
  it.each(STAFF)('is refused to %s', async (login) => {
    const result = await (await signIn(login)).request(mutation, variables);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Недостаточно прав для этого действия',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(result.data ?? null).toBeNull();
  });

  it('is refused to an anonymous caller', async () => {
    const result = await anonymous().request(mutation, variables);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
