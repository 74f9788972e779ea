import { DemoMunicipality } from '@pfdo/platform';
import { anonymous, signIn } from '@pfdo/testing';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** Each operator mutation, and the demo accounts that must be refused it by the shield. */
const MUTATIONS: Array<[string, string, Record<string, unknown>, string[]]> = [
  [
    'createApplication',
    `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }`,
    {
      input: {
        kind: 'NEW_CERTIFICATE',
        municipalityId: DemoMunicipality.novokuznetsk,
        applicantName: 'Иванова Анна',
        consentToPersonalDataProcessing: true,
        consentToRules: true,
      },
    },
    ['parent', 'teen', 'provider@demo.ru', 'region@demo.ru'],
  ],
  [
    'recordDocumentsReceived',
    `mutation ($id: ID!) { recordDocumentsReceived(applicationId: $id) { id } }`,
    { id: SOME_ID },
    ['parent', 'teen', 'provider@demo.ru', 'region@demo.ru'],
  ],
  [
    'confirmPersonalData',
    `mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { id } }`,
    { id: SOME_ID },
    ['parent', 'teen', 'provider@demo.ru', 'region@demo.ru', 'org@demo.ru'],
  ],
  [
    'refuseApplication',
    `mutation ($id: ID!) { refuseApplication(applicationId: $id, reason: "Причина") { id } }`,
    { id: SOME_ID },
    ['parent', 'teen', 'provider@demo.ru', 'region@demo.ru', 'org@demo.ru'],
  ],
  [
    'editApplication',
    `mutation ($id: ID!) { editApplication(applicationId: $id, child: { surname: "А", name: "Б", birthDate: "2015-01-01" }) { id } }`,
    { id: SOME_ID },
    ['parent', 'teen', 'provider@demo.ru', 'region@demo.ru', 'org@demo.ru'],
  ],
  [
    'sendToNavigator',
    `mutation ($id: ID!) { sendToNavigator(applicationId: $id) { id } }`,
    { id: SOME_ID },
    ['parent', 'teen', 'provider@demo.ru', 'region@demo.ru', 'org@demo.ru', 'org-pd@demo.ru'],
  ],
];

describe.each(MUTATIONS)('%s', (_name, mutation, variables, refused) => {
  it.each(refused)('is refused to %s', async (login) => {
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

describe('the register', () => {
  it.each(['parent', 'teen', 'provider@demo.ru'])('is refused to %s', async (login) => {
    const result = await (await signIn(login)).request(`{ applicationRegister { totalCount } }`);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
