import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { CREDENTIAL_HEADER, DemoMunicipality, Identity } from '@pfdo/platform';
import {
  anonymous,
  arrangeChild,
  arrangeCitizen,
  closeTestDatabase,
  eventually,
  GatewayClient,
  gatewayCredential,
  signIn,
  testDatabase,
  tinyPng,
  TEST_PORTS,
  yearsAgo,
} from '@pfdo/testing';
import { applicationWithCertificate } from '../citizen-flow.support';
import {
  arrangeAttackers,
  Attacker,
  AttackerName,
  ATTACKER_NAMES,
  auditEventsAfter,
  lastAuditEventId,
  writesIn,
} from './attackers.support';

afterAll(closeTestDatabase);

/** A citizen's application in Новокузнецк with its certificate, and one still waiting for «Получить сертификат». */
interface Victims {
  applicationId: string;
  certificateId: string;
  certificateNumber: string;
  childId: string;
  pendingApplicationId: string;
  pendingChildId: string;
  /** A navigator group setting of Новокузнецк («Настройка сертификатов»). */
  groupSettingId: string;
  /** The parent: her «Настройка уведомлений». */
  citizenUserId: string;
}

let attackers: Record<AttackerName, Attacker>;
let victims: Victims;
let groups: Record<'novokuznetsk' | 'kemerovo' | 'prokopyevsk', string>;

async function groupOf(municipalityId: string): Promise<string> {
  const { rows } = await testDatabase().query(
    `SELECT id FROM certificates.certificate_groups WHERE municipality_id = $1 AND NOT blocked AND min_age <= 10 AND max_age > 10 ORDER BY name LIMIT 1`,
    [municipalityId],
  );
  return rows[0].id;
}

beforeAll(async () => {
  const citizen = await arrangeCitizen('Потерпевшая Мария Ивановна');
  const client = await signIn(citizen.login);
  const child = await arrangeChild({ guardianUserId: citizen.id });
  const pendingChild = await arrangeChild({ guardianUserId: citizen.id });
  const issued = await applicationWithCertificate(client, child.id);
  const pending = await applicationWithCertificate(client, pendingChild.id, { issue: false });
  victims = {
    applicationId: issued.application.id,
    certificateId: issued.certificate!.id,
    certificateNumber: issued.certificate!.number,
    childId: child.id,
    pendingApplicationId: pending.application.id,
    pendingChildId: pendingChild.id,
    groupSettingId: randomUUID(),
    citizenUserId: citizen.id,
  };
  await testDatabase().query(
    `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age, municipality_limit_kopecks)
     VALUES ($1, $2, $3, 2400000, 5, 18, 5000000000)`,
    [victims.groupSettingId, DemoMunicipality.novokuznetsk, `Потерпевшая группа ${victims.groupSettingId}`],
  );
  // The victim's certificate counts as handed over to the navigator, as after «Отправить в ПФДО»: another test's
  // «Отправить все» sends every certificate not sent yet, and would write the victim's rows in the middle of an
  // attack, where it would look like the attack's write.
  await testDatabase().query(`UPDATE certificates.certificates SET sent_to_navigator_at = now() WHERE id = $1`, [
    victims.certificateId,
  ]);
  await testDatabase().query(
    `UPDATE certificates.applications SET sent_to_navigator_at = now() WHERE certificate_id = $1`,
    [victims.certificateId],
  );
  // What the victims' own flow does through the outboxes has arrived before any attack is measured.
  await eventually(
    () =>
      testDatabase().query(`SELECT status FROM certificates.applications WHERE id = $1`, [
        victims.pendingApplicationId,
      ]),
    (result) => result.rows[0]?.status === 'SUBMITTED',
  );
  await eventually(
    () => testDatabase().query(`SELECT 1 FROM organizations.users WHERE id = $1`, [victims.certificateId]),
    (result) => result.rowCount === 1,
  );
  attackers = await arrangeAttackers();
  groups = {
    novokuznetsk: await groupOf(DemoMunicipality.novokuznetsk),
    kemerovo: await groupOf(DemoMunicipality.kemerovo),
    prokopyevsk: await groupOf(DemoMunicipality.prokopyevsk),
  };
}, 60_000);

const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } navigatorLogin } }`;
const BY_APPLICATION = (field: string, extra = '') =>
  `mutation ($id: ID!) { ${field}(applicationId: $id${extra}) { id } }`;

function applicationInput(kind: string, municipalityId: string, marker: string, extra: Record<string, unknown> = {}) {
  return {
    kind,
    municipalityId,
    child: { surname: marker, name: 'Иван', patronymic: 'Петрович', birthDate: yearsAgo(10) },
    document: {
      type: 'BIRTH_CERTIFICATE',
      series: 'II-ЛО',
      number: String(randomInt(100000, 999999)),
      issueDate: yearsAgo(9),
      issuedBy: 'ЗАГС',
    },
    applicantName: `${marker} Анна`,
    consentToPersonalDataProcessing: true,
    consentToRules: true,
    ...extra,
  };
}

const groupSettingInput = (marker: string) => ({
  name: `${marker} группа`,
  nominal: '24000',
  minAge: 5,
  maxAge: 18,
  municipalityLimit: '50000000',
});

/** One attack: the operation and its variables (given the victims and a marker), and who must be refused with what. */
interface Attack {
  name: string;
  query: string;
  variables: (marker: string) => Record<string, unknown>;
  refused: Partial<Record<AttackerName | 'anonymous', string>>;
}

const everyoneBut = (allowed: Array<AttackerName>, code = 'FORBIDDEN') =>
  Object.fromEntries(ATTACKER_NAMES.filter((name) => !allowed.includes(name)).map((name) => [name, code]));

const NOT_FOUND_ACROSS_MUNICIPALITIES = {
  'operator of Кемерово': 'NOT_FOUND',
  'organization of Кемерово with both rights': 'NOT_FOUND',
};

const ATTACKS: Attack[] = [
  {
    name: 'addChildDocument on someone else’s child',
    query: `mutation ($input: AddChildDocumentInput!) { addChildDocument(input: $input) { id } }`,
    variables: () => ({
      input: {
        childId: victims.childId,
        type: 'BIRTH_CERTIFICATE',
        series: 'II-ЛО',
        number: '123456',
        issueDate: yearsAgo(1),
        issuedBy: 'ЗАГС',
        scanId: randomUUID(),
      },
    }),
    refused: { ...everyoneBut([]), citizen: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'submitApplication for someone else’s child',
    query: `mutation ($childId: ID!) { submitApplication(childId: $childId, email: "x@example.ru") { id } }`,
    variables: () => ({ childId: victims.childId }),
    refused: { ...everyoneBut([]), citizen: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'requestCertificateChange for someone else’s child',
    query: `mutation ($input: CertificateChangeRequestInput!) { requestCertificateChange(input: $input) { id } }`,
    variables: () => ({
      input: {
        childId: victims.childId,
        kind: 'CHANGE_GROUP',
        groupId: groups.novokuznetsk,
        consentToPersonalDataProcessing: true,
        consentToRules: true,
      },
    }),
    refused: { ...everyoneBut([]), citizen: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'issueCertificate on someone else’s application',
    query: `mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { navigatorLogin } }`,
    variables: () => ({
      input: { applicationId: victims.pendingApplicationId, groupId: groups.novokuznetsk, documentId: randomUUID() },
    }),
    refused: { ...everyoneBut([]), citizen: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'createApplication NEW_CERTIFICATE in another municipality',
    query: CREATE,
    variables: (marker) => ({
      input: {
        ...applicationInput('NEW_CERTIFICATE', DemoMunicipality.novokuznetsk, marker),
        groupId: groups.novokuznetsk,
      },
    }),
    refused: {
      ...everyoneBut(['organization without rights', 'organization with both rights']),
      anonymous: 'UNAUTHENTICATED',
    },
  },
  ...['CHANGE_GROUP', 'CLARIFY_PERSONAL_DATA'].map((kind) => ({
    name: `createApplication ${kind} of another municipality’s certificate, naming that municipality`,
    query: CREATE,
    variables: (marker: string) => ({
      input: applicationInput(kind, DemoMunicipality.novokuznetsk, marker, {
        certificateNumber: victims.certificateNumber,
        groupId: groups.novokuznetsk,
      }),
    }),
    refused: {
      ...everyoneBut(['organization without rights', 'organization with both rights']),
      anonymous: 'UNAUTHENTICATED',
    },
  })),
  ...['CHANGE_GROUP', 'CLARIFY_PERSONAL_DATA'].map((kind) => ({
    name: `createApplication ${kind} of another municipality’s certificate, naming its own`,
    query: CREATE,
    variables: (marker: string) => ({
      input: applicationInput(kind, DemoMunicipality.kemerovo, marker, {
        certificateNumber: victims.certificateNumber,
        groupId: groups.kemerovo,
      }),
    }),
    // As if the number did not exist: another municipality's certificate numbers are not to be probed.
    refused: {
      'operator of Кемерово': 'BAD_USER_INPUT',
      'organization of Кемерово with both rights': 'BAD_USER_INPUT',
    },
  })),
  {
    name: 'createApplication CHANGE_MUNICIPALITY into a municipality not the caller’s',
    query: CREATE,
    variables: (marker) => ({
      input: applicationInput('CHANGE_MUNICIPALITY', DemoMunicipality.prokopyevsk, marker, {
        certificateNumber: victims.certificateNumber,
        groupId: groups.prokopyevsk,
      }),
    }),
    refused: { ...everyoneBut([]), anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'editApplication',
    query: `mutation ($id: ID!, $marker: String!) { editApplication(applicationId: $id, child: { surname: $marker, name: "Анна", birthDate: "2016-01-01" }) { id } }`,
    variables: (marker) => ({ id: victims.applicationId, marker }),
    refused: {
      ...everyoneBut(['organization with both rights']),
      ...NOT_FOUND_ACROSS_MUNICIPALITIES,
      anonymous: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'sendToNavigator',
    query: BY_APPLICATION('sendToNavigator'),
    variables: () => ({ id: victims.applicationId }),
    refused: { ...everyoneBut([]), 'operator of Кемерово': 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'recordDocumentsReceived',
    query: BY_APPLICATION('recordDocumentsReceived'),
    variables: () => ({ id: victims.applicationId }),
    refused: {
      ...everyoneBut(['organization without rights', 'organization with both rights']),
      ...NOT_FOUND_ACROSS_MUNICIPALITIES,
      anonymous: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'confirmPersonalData',
    query: BY_APPLICATION('confirmPersonalData'),
    variables: () => ({ id: victims.applicationId }),
    refused: {
      ...everyoneBut(['organization with both rights']),
      ...NOT_FOUND_ACROSS_MUNICIPALITIES,
      anonymous: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'refuseApplication',
    query: BY_APPLICATION('refuseApplication', ', reason: "Причина отказа"'),
    variables: () => ({ id: victims.applicationId }),
    refused: {
      ...everyoneBut(['organization with both rights']),
      ...NOT_FOUND_ACROSS_MUNICIPALITIES,
      anonymous: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'freezeCertificate',
    query: `mutation ($id: ID!) { freezeCertificate(certificateId: $id, reason: "Причина", confirmed: true) { allowedActions } }`,
    variables: () => ({ id: victims.certificateId }),
    refused: { ...everyoneBut(['region']), 'operator of Кемерово': 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'withdrawCertificateConsent',
    query: `mutation ($id: ID!) { withdrawCertificateConsent(certificateId: $id) { allowedActions } }`,
    variables: () => ({ id: victims.certificateId }),
    refused: { ...everyoneBut(['region']), 'operator of Кемерово': 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'issueCertificateExtract',
    query: `mutation ($id: ID!) { issueCertificateExtract(certificateId: $id) { login } }`,
    variables: () => ({ id: victims.certificateId }),
    refused: {
      ...everyoneBut(['region', 'organization with both rights']),
      ...NOT_FOUND_ACROSS_MUNICIPALITIES,
      anonymous: 'UNAUTHENTICATED',
    },
  },
  {
    name: 'resendCertificateToNavigator',
    query: `mutation ($id: ID!) { resendCertificateToNavigator(certificateId: $id) { allowedActions } }`,
    variables: () => ({ id: victims.certificateId }),
    refused: { ...everyoneBut(['region']), anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'resendCertificatesToNavigator',
    query: `mutation { resendCertificatesToNavigator { sent } }`,
    variables: () => ({}),
    refused: { ...everyoneBut(['region']), anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'createGroupSetting in another municipality',
    query: `mutation ($m: ID, $input: GroupSettingInput!) { createGroupSetting(municipalityId: $m, input: $input) { id } }`,
    variables: (marker) => ({ m: DemoMunicipality.novokuznetsk, input: groupSettingInput(marker) }),
    refused: { ...everyoneBut(['region']), anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'updateGroupSetting of another municipality',
    query: `mutation ($id: ID!, $input: GroupSettingInput!) { updateGroupSetting(id: $id, input: $input) { id } }`,
    variables: (marker) => ({ id: victims.groupSettingId, input: groupSettingInput(marker) }),
    refused: { ...everyoneBut(['region']), 'operator of Кемерово': 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'resendConfirmationEmail of someone else’s application',
    query: `mutation ($id: ID!) { resendConfirmationEmail(applicationId: $id) { id } }`,
    variables: () => ({ id: victims.pendingApplicationId }),
    refused: { ...everyoneBut([]), citizen: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'confirmEmail with a guessed token',
    query: `mutation ($token: String!) { confirmEmail(token: $token) { applicationNumber } }`,
    variables: () => ({ token: randomUUID() }),
    refused: { ...everyoneBut([], 'CONFIRMATION_NOT_FOUND'), anonymous: 'CONFIRMATION_NOT_FOUND' },
  },
  {
    name: 'updateNotificationSettings (a citizen’s own)',
    query: `mutation { updateNotificationSettings(enabledKinds: []) { kind } }`,
    variables: () => ({}),
    refused: { ...everyoneBut(['citizen']), anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'unsubscribe someone else with a token not signed by the service',
    query: `mutation ($token: String!) { unsubscribe(token: $token) { kind } }`,
    variables: () => ({
      token: `v1.${victims.citizenUserId}.DOCUMENTS_RECEIVED.${randomBytes(32).toString('base64url')}`,
    }),
    refused: { ...everyoneBut([], 'UNSUBSCRIBE_LINK_INVALID'), anonymous: 'UNSUBSCRIBE_LINK_INVALID' },
  },
  {
    name: 'login with someone else’s login and a guessed password',
    query: `mutation ($login: String!) { login(login: $login, password: "guessed-password") { id } }`,
    variables: () => ({ login: 'operator@demo.ru' }),
    refused: { ...everyoneBut([], 'INVALID_CREDENTIALS'), anonymous: 'INVALID_CREDENTIALS' },
  },
  {
    name: 'changeMyPassword of an account that is not a citizen’s',
    query: `mutation { changeMyPassword(currentPassword: "demo2026", newPassword: "Nov1yParol2026", newPasswordRepeat: "Nov1yParol2026") }`,
    variables: () => ({}),
    refused: { ...everyoneBut(['citizen']), anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'changeMyLogin of an account that is not a citizen’s',
    query: `mutation ($login: String!) { changeMyLogin(newLogin: $login, currentPassword: "demo2026") { id } }`,
    variables: () => ({ login: `attack-${randomUUID().slice(0, 8)}` }),
    refused: { ...everyoneBut(['citizen']), anonymous: 'UNAUTHENTICATED' },
  },
  {
    name: 'logout without a session',
    query: `mutation { logout }`,
    variables: () => ({}),
    refused: { anonymous: 'UNAUTHENTICATED' },
  },
];

const CASES = ATTACKS.flatMap((attack) =>
  Object.entries(attack.refused).map(
    ([who, code]) => [attack.name, who, code, attack] as [string, string, string, Attack],
  ),
);

/**
 * The rows in scope once nothing is still arriving: what earlier steps set going (events between the
 * subgraphs, their audit) lands before the attack, not during it, where it would look like the attack's.
 */
async function settledWritesIn(scope: Parameters<typeof writesIn>[0]): Promise<Record<string, string>> {
  let previous = await writesIn(scope);
  for (let look = 0; look < 20; look++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const current = await writesIn(scope);
    if (JSON.stringify(current) === JSON.stringify(previous)) return current;
    previous = current;
  }
  throw new Error(`the rows in scope kept changing before the attack: ${JSON.stringify(previous)}`);
}

async function attack(who: string, operation: Attack, marker: string) {
  const client: GatewayClient = who === 'anonymous' ? anonymous() : attackers[who as AttackerName].client;
  const scope = {
    attackerIds: Object.values(attackers).map((attacker) => attacker.id),
    victimIds: Object.values(victims).filter((value) => value.includes('-')),
    marker,
  };
  const before = await settledWritesIn(scope);
  const lastAuditId = await lastAuditEventId();
  const result = await client.request(operation.query, operation.variables(marker));
  // Effects that would travel through the outboxes have time to arrive before the second look.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await writesIn(scope);
  // When something was written, the audit says what and by whom: the failure shows it.
  const audited = JSON.stringify(after) === JSON.stringify(before) ? [] : await auditEventsAfter(scope, lastAuditId);
  return { result, before, after, audited };
}

describe('API1:2023 Broken Object Level Authorization, API5:2023 Broken Function Level Authorization — every mutation of every subgraph', () => {
  it.each(CASES)('%s is refused to %s with %s, and nothing is written', async (_name, who, code, operation) => {
    const marker = `Атака${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 8)}`;
    const { result, before, after, audited } = await attack(who, operation, marker);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    if (code === 'BAD_USER_INPUT') {
      expect(result.errors?.[0]?.extensions?.fields).toEqual({
        certificateNumber: 'Действующий сертификат с таким номером не найден',
      });
    }
    expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
    expect({ writes: after, audited }).toEqual({ writes: before, audited: [] });
  });
});

describe('API1:2023 Broken Object Level Authorization — createApplication across municipalities (the finding)', () => {
  it('refuses operator-kem@demo.ru a new certificate in Новокузнецк before anything is saved or mailed', async () => {
    const marker = `Атака${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 8)}`;
    const kemerovo = await signIn('operator-kem@demo.ru');
    const scope = { attackerIds: [], victimIds: [], marker };
    const before = await settledWritesIn(scope);
    const result = await kemerovo.request(CREATE, {
      input: {
        ...applicationInput('NEW_CERTIFICATE', DemoMunicipality.novokuznetsk, marker),
        groupId: groups.novokuznetsk,
      },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Организация и оператор реестра действуют только в своём муниципалитете',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(result.errors?.[0].path).toEqual(['createApplication']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await writesIn(scope)).toEqual(before);
  });
});

describe('API5:2023 Broken Function Level Authorization — HTTP routes that write', () => {
  it.each(ATTACKER_NAMES.filter((name) => name !== 'citizen'))(
    'refuses a document scan upload to %s and stores nothing',
    async (who) => {
      const attacker = attackers[who];
      const scope = { attackerIds: [attacker.id], victimIds: [], marker: randomUUID() };
      const before = await settledWritesIn(scope);
      const upload = await attacker.client.uploadScan(tinyPng(), 'scan.png');
      expect(upload).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
      expect(await writesIn(scope)).toEqual(before);
    },
  );

  it('refuses a user’s credential on the subgraphs’ internal routes: events, the navigator hand-off, a cabinet’s password', async () => {
    const attacker = attackers['operator of Кемерово'];
    const identity: Identity = {
      userId: attacker.id,
      role: 'MUNICIPAL_OPERATOR',
      fullName: attacker.label,
      login: attacker.login,
      organizationId: null,
      municipalityId: DemoMunicipality.kemerovo,
      canViewPersonalData: true,
      canConfirmApplications: true,
    };
    const credential = await gatewayCredential(identity);
    const forged = randomUUID();
    const calls: Array<[number, string, string, unknown]> = [
      [
        TEST_PORTS.organizations,
        'POST',
        '/internal/events',
        {
          id: randomUUID(),
          topic: 'certificate.issued',
          payload: {
            certificateId: forged,
            number: '9999999999',
            passwordHash: 'x',
            childFullName: 'Подделка',
            municipalityId: DemoMunicipality.kemerovo,
          },
        },
      ],
      [
        TEST_PORTS.organizations,
        'PUT',
        `/internal/certificate-holders/${forged}/password`,
        {
          number: '9999999999',
          passwordHash: 'x',
          childFullName: 'Подделка',
          municipalityId: DemoMunicipality.kemerovo,
        },
      ],
      [
        TEST_PORTS.navigator,
        'PUT',
        `/internal/certificates/${forged}`,
        {
          number: '9999999999',
          status: 'ACTIVATED',
          municipalityId: DemoMunicipality.kemerovo,
          groupId: groups.kemerovo,
          groupName: 'Подделка',
        },
      ],
    ];
    for (const [port, method, path, body] of calls) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: { 'content-type': 'application/json', [CREDENTIAL_HEADER]: credential },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(403);
    }
    const { rows } = await testDatabase().query(
      `SELECT (SELECT count(*) FROM organizations.users WHERE id = $1)::int AS users,
              (SELECT count(*) FROM navigator.registered_certificates WHERE certificate_id = $1)::int AS registered`,
      [forged],
    );
    expect(rows[0]).toEqual({ users: 0, registered: 0 });
  });
});

describe('API1:2023 Broken Object Level Authorization — confirming a change of a certificate that has moved away', () => {
  it('refuses to apply a clarification to a certificate now in another municipality, and changes nothing', async () => {
    const organization = attackers['organization with both rights'];
    const marker = `Переезд${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 8)}`;
    const created = await organization.client.data<{
      createApplication: { application: { id: string }; navigatorLogin: string };
    }>(CREATE, {
      input: {
        ...applicationInput('NEW_CERTIFICATE', DemoMunicipality.novokuznetsk, marker),
        groupId: groups.novokuznetsk,
      },
    });
    const clarification = await organization.client.data<{ createApplication: { application: { id: string } } }>(
      CREATE,
      {
        input: applicationInput('CLARIFY_PERSONAL_DATA', DemoMunicipality.novokuznetsk, `${marker}а`, {
          certificateNumber: created.createApplication.navigatorLogin,
        }),
      },
    );
    // Meanwhile the certificate has moved to Кемерово (as a confirmed change of municipality would move it).
    await testDatabase().query(`UPDATE certificates.certificates SET municipality_id = $1 WHERE number = $2`, [
      DemoMunicipality.kemerovo,
      created.createApplication.navigatorLogin,
    ]);
    const scope = {
      attackerIds: [organization.id],
      victimIds: [clarification.createApplication.application.id],
      marker,
    };
    // The new certificate's mail and navigator cabinet have arrived through the outboxes before the attack.
    const before = await eventually(
      () => writesIn(scope),
      (writes) => writes['email.outbox'].startsWith('1:') && writes['organizations.users'].startsWith('2:'),
    );
    const result = await organization.client.request(BY_APPLICATION('confirmPersonalData'), {
      id: clarification.createApplication.application.id,
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(result.errors?.[0].message).toMatch(/^Сертификат по заявке уже передан в другой муниципалитет/);
    expect(await writesIn(scope)).toEqual(before);
  });
});
