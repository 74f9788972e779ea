import {
  arrangeChild,
  arrangeCitizen,
  closeTestDatabase,
  confirmationTokenOf,
  GatewayClient,
  signIn,
  testDatabase,
  uniqueEmail,
  waitForMailTo,
} from '@pfdo/testing';
import { addBirthCertificate, CONFIRM, ISSUE, SUBMIT } from './citizen-flow.support';

/**
 * One source of authorization: for every caller and every state of an application, the actions
 * `Application.allowedActions` lists are exactly those whose mutation the server accepts. Each listed action
 * is taken on a fresh application in that state and must succeed; each action not listed is tried on one
 * shared application in that state and must be refused, leaving it as it was.
 */

afterAll(closeTestDatabase);
jest.setTimeout(300_000);

const ACTIONS = [
  'CONFIRM_EMAIL',
  'ISSUE_CERTIFICATE',
  'RECEIVE_DOCUMENTS',
  'CONFIRM_PERSONAL_DATA',
  'REFUSE',
  'EDIT',
  'SEND_TO_NAVIGATOR',
] as const;
type Action = (typeof ACTIONS)[number];

/** Where an application stands; SUBMITTED comes with and without the certificate the applicant takes. */
const STATES = [
  'EMAIL_UNCONFIRMED',
  'SUBMITTED_WITHOUT_CERTIFICATE',
  'SUBMITTED',
  'DOCUMENTS_RECEIVED',
  'CONFIRMED',
  'REFUSED',
] as const;
type State = (typeof STATES)[number];

/** `applicant`: the citizen who applied; the others are demo accounts (`parent` is another family). */
const CALLERS = [
  'applicant',
  'parent',
  'org@demo.ru',
  'org-pd@demo.ru',
  'operator@demo.ru',
  'operator-kem@demo.ru',
  'region@demo.ru',
] as const;
type Caller = (typeof CALLERS)[number];

interface Arranged {
  applicant: GatewayClient;
  id: string;
  number: string;
  token: string;
  groupId: string;
  documentId: string;
  child: { surname: string; name: string; patronymic: string; birthDate: string };
}

const clients = new Map<string, Promise<GatewayClient>>();
function client(login: string): Promise<GatewayClient> {
  let existing = clients.get(login);
  if (!existing) {
    existing = signIn(login);
    clients.set(login, existing);
  }
  return existing;
}

/** A citizen's application in `state`, taken there through the graph as the portal and the registry do. */
async function arrange(state: State): Promise<Arranged> {
  const citizen = await arrangeCitizen();
  const applicant = await signIn(citizen.login);
  const child = await arrangeChild({ guardianUserId: citizen.id });
  const document = await addBirthCertificate(applicant, child.id);
  const email = uniqueEmail();
  const { submitApplication } = await applicant.data<{ submitApplication: { id: string; number: string } }>(SUBMIT, {
    childId: child.id,
    email,
  });
  const token = confirmationTokenOf((await waitForMailTo(email))[0]);
  const { me } = await applicant.data<{
    me: { children: Array<{ id: string; eligibleCertificateGroups: Array<{ id: string }> }> };
  }>(`{ me { children { id eligibleCertificateGroups { id } } } }`);
  const groupId = me.children.find((candidate) => candidate.id === child.id)!.eligibleCertificateGroups[0].id;
  const arranged = { applicant, ...submitApplication, token, groupId, documentId: document.id, child };
  if (state === 'EMAIL_UNCONFIRMED') return arranged;
  await applicant.data(CONFIRM, { token });
  if (state === 'SUBMITTED_WITHOUT_CERTIFICATE') return arranged;
  await applicant.data(ISSUE, { input: { applicationId: arranged.id, groupId, documentId: document.id } });
  const operator = await client('operator@demo.ru');
  const id = arranged.id;
  if (state === 'DOCUMENTS_RECEIVED')
    await operator.data(`mutation ($id: ID!) { recordDocumentsReceived(applicationId: $id) { id } }`, { id });
  if (state === 'CONFIRMED')
    await operator.data(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { id } }`, { id });
  if (state === 'REFUSED')
    await operator.data(
      `mutation ($id: ID!) { refuseApplication(applicationId: $id, reason: "Ошибка в данных") { id } }`,
      {
        id,
      },
    );
  return arranged;
}

/** The action's mutation, as the web calls it. */
function take(caller: GatewayClient, action: Action, application: Arranged) {
  const id = application.id;
  switch (action) {
    case 'CONFIRM_EMAIL':
      return caller.request(CONFIRM, { token: application.token });
    case 'ISSUE_CERTIFICATE':
      return caller.request(ISSUE, {
        input: { applicationId: id, groupId: application.groupId, documentId: application.documentId },
      });
    case 'RECEIVE_DOCUMENTS':
      return caller.request(`mutation ($id: ID!) { recordDocumentsReceived(applicationId: $id) { id } }`, { id });
    case 'CONFIRM_PERSONAL_DATA':
      return caller.request(`mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { id } }`, { id });
    case 'REFUSE':
      return caller.request(
        `mutation ($id: ID!) { refuseApplication(applicationId: $id, reason: "Причина отказа") { id } }`,
        {
          id,
        },
      );
    case 'EDIT':
      return caller.request(
        `mutation ($id: ID!, $child: ChildDataInput) { editApplication(applicationId: $id, child: $child) { id } }`,
        {
          id,
          child: {
            name: application.child.name,
            patronymic: application.child.patronymic,
            birthDate: application.child.birthDate,
            surname: 'Исправленная',
          },
        },
      );
    case 'SEND_TO_NAVIGATOR':
      return caller.request(`mutation ($id: ID!) { sendToNavigator(applicationId: $id) { id } }`, { id });
  }
}

/** What the caller is offered: through the register for operators, through their children for citizens. */
async function allowedActions(caller: GatewayClient, login: Caller, application: Arranged): Promise<Action[]> {
  if (login === 'applicant' || login === 'parent') {
    const { me } = await caller.data<{
      me: { children: Array<{ application: { id: string; allowedActions: Action[] } | null }> };
    }>(`{ me { children { application { id allowedActions } } } }`);
    const own = me.children.find((child) => child.application?.id === application.id);
    return own?.application?.allowedActions ?? [];
  }
  const { application: found } = await caller.data<{ application: { allowedActions: Action[] } | null }>(
    `query ($number: String!) { application(number: $number) { allowedActions } }`,
    { number: application.number },
  );
  return found?.allowedActions ?? [];
}

async function snapshot(id: string) {
  const { rows } = await testDatabase().query(
    `SELECT a.status, a.certificate_id, a.documents_received_at, a.sent_to_navigator_at, a.requested_changes,
            c.surname, (SELECT count(*) FROM certificates.audit_events e
                         WHERE e.subject_id = a.id AND e.action <> 'PERSONAL_DATA_READ')::int AS events
       FROM certificates.applications a JOIN certificates.children c ON c.id = a.child_id WHERE a.id = $1`,
    [id],
  );
  return rows[0];
}

/** The actions every caller is offered in every state, gathered for the summary test at the end. */
const offered = new Map<string, Action[]>();

describe.each(STATES)('an application in state %s', (state) => {
  let shared: Arranged;
  beforeAll(async () => {
    shared = await arrange(state);
  });

  it.each(CALLERS)('%s is offered exactly the actions the server lets them take', async (login) => {
    const caller = login === 'applicant' ? shared.applicant : await client(login);
    const listed = await allowedActions(caller, login, shared);
    offered.set(`${state} ${login}`, listed);
    expect(listed.every((action) => (ACTIONS as readonly string[]).includes(action))).toBe(true);

    const before = await snapshot(shared.id);
    for (const action of ACTIONS.filter((candidate) => !listed.includes(candidate))) {
      // The e-mail link is its own authorization (it works signed out): only its own addressee is tried.
      if (action === 'CONFIRM_EMAIL' && login !== 'applicant') continue;
      const result = await take(caller, action, shared);
      expect({ action, refused: !!result.errors?.length }).toEqual({ action, refused: true });
    }
    expect(await snapshot(shared.id)).toEqual(before);

    for (const action of listed) {
      const fresh = await arrange(state);
      const result = await take(login === 'applicant' ? fresh.applicant : caller, action, fresh);
      expect({ action, errors: result.errors ?? [] }).toEqual({ action, errors: [] });
    }
  });
});

describe('what the registry offers whatever the application', () => {
  const EXPECTED: Record<string, string[]> = {
    parent: [],
    'provider@demo.ru': [],
    'org@demo.ru': ['CREATE_APPLICATION'],
    'org-pd@demo.ru': ['CREATE_APPLICATION', 'SEARCH_BY_DOCUMENT'],
    'operator@demo.ru': [
      'CREATE_APPLICATION',
      'SEARCH_BY_DOCUMENT',
      'MANAGE_CERTIFICATE_GROUPS',
      'CHANGE_GROUPS_IN_BULK',
      'MANAGE_SETTINGS',
      'READ_REPORTS',
      'READ_CERTIFICATE_REGISTER',
    ],
    'region@demo.ru': [
      'SEARCH_BY_DOCUMENT',
      'MANAGE_CERTIFICATE_GROUPS',
      'CHANGE_GROUPS_IN_BULK',
      'MANAGE_SETTINGS',
      'READ_REPORTS',
      'READ_CERTIFICATE_REGISTER',
      'RESEND_TO_NAVIGATOR',
    ],
  };

  it.each(Object.keys(EXPECTED))('%s is offered what the server lets them do', async (login) => {
    const caller = await client(login);
    const { me } = await caller.data<{ me: { registryActions: string[] } }>(`{ me { registryActions } }`);
    expect(me.registryActions).toEqual(EXPECTED[login]);

    // An empty input: refused by the shield without the right, by the input's checks with it; never written.
    const created = await caller.request(`mutation { createApplication(input: {
      kind: NEW_CERTIFICATE, municipalityId: "", applicantName: "", consentToPersonalDataProcessing: false, consentToRules: false
    }) { application { id } } }`);
    expect(created.errors?.[0].extensions?.code === 'FORBIDDEN').toBe(
      !me.registryActions.includes('CREATE_APPLICATION'),
    );

    const search = await caller.request(
      `{ applicationRegister(search: { documentSeries: "II-ЛО", documentNumber: "000001" }) { totalCount } }`,
    );
    expect(!search.errors).toBe(me.registryActions.includes('SEARCH_BY_DOCUMENT'));

    const certificates = await caller.request(`{ certificateRegister { nextCursor } }`);
    expect(!certificates.errors).toBe(me.registryActions.includes('READ_CERTIFICATE_REGISTER'));

    const notSent = await caller.request(`{ certificatesNotSentToNavigator(first: 1) { nextCursor } }`);
    expect(!notSent.errors).toBe(me.registryActions.includes('RESEND_TO_NAVIGATOR'));
  });
});

describe('the rules the web copied until now', () => {
  it('offers the operators the buttons the registry showed, and the applicant the portal’s steps', () => {
    // A municipal operator decides and hands over; a reception organization with both rights decides but does
    // not hand over; one without them only records the documents; the regional operator only reads.
    expect(offered.get('SUBMITTED operator@demo.ru')).toEqual([
      'RECEIVE_DOCUMENTS',
      'CONFIRM_PERSONAL_DATA',
      'REFUSE',
      'EDIT',
      'SEND_TO_NAVIGATOR',
    ]);
    expect(offered.get('SUBMITTED org-pd@demo.ru')).toEqual([
      'RECEIVE_DOCUMENTS',
      'CONFIRM_PERSONAL_DATA',
      'REFUSE',
      'EDIT',
    ]);
    expect(offered.get('SUBMITTED org@demo.ru')).toEqual(['RECEIVE_DOCUMENTS']);
    expect(offered.get('SUBMITTED region@demo.ru')).toEqual([]);
    expect(offered.get('SUBMITTED operator-kem@demo.ru')).toEqual([]);
    expect(offered.get('CONFIRMED operator@demo.ru')).toEqual(['SEND_TO_NAVIGATOR']);
    expect(offered.get('EMAIL_UNCONFIRMED applicant')).toEqual(['CONFIRM_EMAIL']);
    expect(offered.get('SUBMITTED_WITHOUT_CERTIFICATE applicant')).toEqual(['ISSUE_CERTIFICATE']);
    expect(offered.get('SUBMITTED applicant')).toEqual([]);
  });
});
