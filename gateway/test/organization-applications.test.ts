import { randomInt } from 'node:crypto';
import { DemoMunicipality } from '@pfdo/platform';
import { anonymous, closeTestDatabase, eventually, signIn, testDatabase, waitForMailTo, yearsAgo } from '@pfdo/testing';

afterAll(closeTestDatabase);

const CREATE = `mutation ($input: CreateApplicationInput!) {
  createApplication(input: $input) {
    navigatorLogin navigatorPassword
    application { id number kind status applicantName direction certificate { number status group { name } } }
  }
}`;
const CONFIRM_PD = `mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`;
const CERTIFICATE = `query ($n: String!) { applicationRegister(search: { certificateNumber: $n }) { applications {
  kind direction allowedActions
  certificate { number status municipality { name } group { name } applications { number kind status } }
  child { surname municipality { name } }
} } }`;

type Created = {
  createApplication: {
    navigatorLogin: string | null;
    navigatorPassword: string | null;
    application: {
      id: string;
      number: string;
      kind: string;
      status: string;
      applicantName: string;
      direction: string;
      certificate: { number: string; status: string; group: { name: string } };
    };
  };
};

async function groupOf(municipalityId: string): Promise<string> {
  const { rows } = await testDatabase().query(
    `SELECT id FROM certificates.certificate_groups WHERE municipality_id = $1 AND name LIKE 'Дети в возрасте%'`,
    [municipalityId],
  );
  return rows[0].id;
}

function newCertificateInput(municipalityId: string, groupId: string, overrides: Record<string, unknown> = {}) {
  // A made-up surname per call, so that no two tests' children look like one child.
  const surname = `Петров${Array.from({ length: 6 }, () => 'абвгдежзиклмнопрстуфхэюя'[randomInt(24)]).join('')}`;
  return {
    kind: 'NEW_CERTIFICATE',
    municipalityId,
    groupId,
    child: { surname, name: 'Иван', patronymic: 'Сергеевич', birthDate: yearsAgo(15) },
    document: {
      type: 'PASSPORT',
      series: '32 21',
      number: String(randomInt(100000, 999999)),
      issueDate: yearsAgo(0, 100),
      issuedBy: 'ГУ МВД России по Кемеровской области',
    },
    applicantName: 'Петрова Анна Викторовна',
    applicantEmail: 'anna@example.ru',
    applicantPhone: '+7 905 000-00-00',
    consentToPersonalDataProcessing: true,
    consentToRules: true,
    ...overrides,
  };
}

describe('«Создать заявку» in an organization’s cabinet', () => {
  it('creates a submitted application with its certificate, and mails the organization the form and the cabinet’s password', async () => {
    const organization = await signIn('org@demo.ru');
    const input = newCertificateInput(DemoMunicipality.novokuznetsk, await groupOf(DemoMunicipality.novokuznetsk));
    const { createApplication } = await organization.data<Created>(CREATE, { input });
    expect(createApplication.application).toMatchObject({
      kind: 'NEW_CERTIFICATE',
      status: 'SUBMITTED',
      applicantName: 'Петрова Анна Викторовна',
      certificate: { status: 'NOT_ACTIVATED' },
    });
    expect(createApplication.navigatorLogin).toBe(createApplication.application.certificate.number);

    const mails = await waitForMailTo('org@demo.ru');
    const mail = mails.find(
      (candidate) => candidate.subject === `Заявка на сертификат ПДО № ${createApplication.application.number}`,
    )!;
    expect(mail.text).toContain(`Логин: ${createApplication.navigatorLogin}`);
    expect(mail.text).toContain(`Пароль: ${createApplication.navigatorPassword}`);
    expect(mail.attachments).toEqual([
      expect.objectContaining({
        filename: `zayavlenie-${createApplication.application.number}.pdf`,
        contentType: 'application/pdf',
      }),
    ]);
    const login = await eventually(
      () =>
        anonymous().request(`mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { role } }`, {
          l: createApplication.navigatorLogin,
          p: createApplication.navigatorPassword,
        }),
      (result) => !!result.data,
    );
    expect(login.data).toEqual({ login: { role: 'CERTIFICATE_HOLDER' } });
  });

  it('makes the child’s own name the applicant’s when a child over 14 applies himself', async () => {
    const organization = await signIn('org@demo.ru');
    const input = newCertificateInput(DemoMunicipality.novokuznetsk, await groupOf(DemoMunicipality.novokuznetsk), {
      childAppliesHimself: true,
      applicantName: null,
    });
    const { createApplication } = await organization.data<Created>(CREATE, { input });
    expect(createApplication.application.applicantName).toBe(`${input.child.surname} Иван Сергеевич`);
  });

  it('asks for the consents and every required field, by name', async () => {
    const organization = await signIn('org@demo.ru');
    const result = await organization.request(CREATE, {
      input: {
        ...newCertificateInput(DemoMunicipality.novokuznetsk, await groupOf(DemoMunicipality.novokuznetsk)),
        consentToPersonalDataProcessing: false,
        consentToRules: false,
        applicantName: '',
        child: { surname: '', name: 'Иван', birthDate: '2099-01-01' },
      },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        consentToPersonalDataProcessing: 'Необходимо согласие на обработку персональных данных',
        consentToRules: 'Необходимо согласие с правилами персонифицированного финансирования',
        applicantName: 'Укажите ФИО заявителя',
        'child.surname': 'Укажите фамилию ребёнка',
        'child.birthDate': 'Дата рождения не может быть в будущем',
      },
    });
  });

  it('refuses a second certificate for the same document anywhere in the region', async () => {
    const organization = await signIn('org@demo.ru');
    const input = newCertificateInput(DemoMunicipality.novokuznetsk, await groupOf(DemoMunicipality.novokuznetsk));
    const { createApplication } = await organization.data<Created>(CREATE, { input });
    const kemerovo = await signIn('operator-kem@demo.ru');
    const again = await kemerovo.request(CREATE, {
      input: {
        ...newCertificateInput(DemoMunicipality.kemerovo, await groupOf(DemoMunicipality.kemerovo)),
        document: input.document,
      },
    });
    expect(again.errors?.[0]).toMatchObject({
      message: `Ребёнку уже выдан сертификат № ${createApplication.application.certificate.number} в муниципалитете г. Новокузнецк`,
      extensions: { code: 'DUPLICATE_CERTIFICATE' },
    });
  });

  it('is refused to those who do not receive applications', async () => {
    for (const login of ['parent', 'provider@demo.ru', 'region@demo.ru']) {
      const result = await (
        await signIn(login)
      ).request(CREATE, { input: newCertificateInput(DemoMunicipality.novokuznetsk, DemoMunicipality.novokuznetsk) });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('changes to an existing certificate', () => {
  it('moves a certificate to a new municipality only when the new municipality’s operator confirms', async () => {
    const kemerovo = await signIn('operator-kem@demo.ru');
    const created = await kemerovo.data<Created>(CREATE, {
      input: newCertificateInput(DemoMunicipality.kemerovo, await groupOf(DemoMunicipality.kemerovo)),
    });
    const certificateNumber = created.createApplication.application.certificate.number;
    const organization = await signIn('org-pd@demo.ru');
    const { createApplication: change } = await organization.data<Created>(CREATE, {
      input: {
        kind: 'CHANGE_MUNICIPALITY',
        municipalityId: DemoMunicipality.novokuznetsk,
        certificateNumber,
        groupId: await groupOf(DemoMunicipality.novokuznetsk),
        applicantName: 'Петрова Анна Викторовна',
        consentToPersonalDataProcessing: true,
        consentToRules: true,
      },
    });
    expect(change).toMatchObject({
      navigatorLogin: null,
      application: { kind: 'CHANGE_MUNICIPALITY', status: 'SUBMITTED' },
    });

    // Кемерово sees it as outgoing and cannot act on it.
    const outgoing = await kemerovo.data<{
      applicationRegister: { applications: Array<{ kind: string; direction: string; allowedActions: string[] }> };
    }>(CERTIFICATE, { n: certificateNumber });
    expect(outgoing.applicationRegister.applications.find((row) => row.kind === 'CHANGE_MUNICIPALITY')).toMatchObject({
      direction: 'OUTGOING',
      allowedActions: [],
    });
    const refused = await kemerovo.request(CONFIRM_PD, { id: change.application.id });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Before confirming, the new municipality's operator reads the whole application, its certificate's history
    // and document included, though the certificate is still Кемерово's.
    const incoming = await (
      await signIn('operator@demo.ru')
    ).request(
      `query ($n: String!) { applicationRegister(search: { applicationNumber: $n }) { applications {
        direction allowedActions child { surname birthDate documents { series number } }
        certificate { number application { number } document { series number } applications { number kind } }
      } } }`,
      { n: change.application.number },
    );
    expect(incoming.errors).toBeUndefined();
    expect(incoming.data).toMatchObject({
      applicationRegister: {
        applications: [{ direction: 'INCOMING', allowedActions: expect.arrayContaining(['CONFIRM_PERSONAL_DATA']) }],
      },
    });

    await (await signIn('operator@demo.ru')).data(CONFIRM_PD, { id: change.application.id });
    const after = await (
      await signIn('operator@demo.ru')
    ).data<{
      applicationRegister: {
        applications: Array<{
          certificate: {
            municipality: { name: string };
            group: { name: string };
            applications: Array<{ kind: string }>;
          };
          child: { municipality: { name: string } };
        }>;
      };
    }>(CERTIFICATE, { n: certificateNumber });
    const row = after.applicationRegister.applications[0];
    expect(row.certificate.municipality.name).toBe('г. Новокузнецк');
    expect(row.certificate.group.name).toContain('Новокузнецкого городского округа');
    expect(row.child.municipality.name).toBe('г. Новокузнецк');
    expect(row.certificate.applications.map((application) => application.kind)).toEqual([
      'NEW_CERTIFICATE',
      'CHANGE_MUNICIPALITY',
    ]);
  });

  it('clarifies the child’s personal data once confirmed, and shows it in the certificate’s history', async () => {
    const operator = await signIn('operator@demo.ru');
    const created = await operator.data<Created>(CREATE, {
      input: newCertificateInput(DemoMunicipality.novokuznetsk, await groupOf(DemoMunicipality.novokuznetsk)),
    });
    const certificateNumber = created.createApplication.application.certificate.number;
    const { createApplication: clarification } = await operator.data<Created>(CREATE, {
      input: {
        kind: 'CLARIFY_PERSONAL_DATA',
        municipalityId: DemoMunicipality.novokuznetsk,
        certificateNumber,
        child: { surname: 'Петровский', name: 'Иван', patronymic: 'Сергеевич', birthDate: yearsAgo(15) },
        applicantName: 'Петрова Анна Викторовна',
        consentToPersonalDataProcessing: true,
        consentToRules: true,
      },
    });
    await operator.data(CONFIRM_PD, { id: clarification.application.id });
    const { applicationRegister } = await operator.data<{
      applicationRegister: {
        applications: Array<{
          child: { surname: string };
          certificate: { applications: Array<{ kind: string; status: string }> };
        }>;
      };
    }>(CERTIFICATE, { n: certificateNumber });
    expect(applicationRegister.applications[0].child.surname).toBe('Петровский');
    expect(applicationRegister.applications[0].certificate.applications).toEqual([
      expect.objectContaining({ kind: 'NEW_CERTIFICATE' }),
      expect.objectContaining({ kind: 'CLARIFY_PERSONAL_DATA', status: 'CONFIRMED' }),
    ]);
  });
});

describe('a change of group', () => {
  it('moves the certificate to the new group once confirmed', async () => {
    const operator = await signIn('operator@demo.ru');
    const created = await operator.data<Created>(CREATE, {
      input: newCertificateInput(DemoMunicipality.novokuznetsk, await groupOf(DemoMunicipality.novokuznetsk)),
    });
    const certificateNumber = created.createApplication.application.certificate.number;
    const { rows } = await testDatabase().query(
      `SELECT id, name FROM certificates.certificate_groups WHERE municipality_id = $1 AND name LIKE 'Дети с ограниченными%'`,
      [DemoMunicipality.novokuznetsk],
    );
    const { createApplication: change } = await operator.data<Created>(CREATE, {
      input: {
        kind: 'CHANGE_GROUP',
        municipalityId: DemoMunicipality.novokuznetsk,
        certificateNumber,
        groupId: rows[0].id,
        applicantName: 'Петрова Анна Викторовна',
        consentToPersonalDataProcessing: true,
        consentToRules: true,
      },
    });
    const before = await operator.data<{
      applicationRegister: { applications: Array<{ certificate: { group: { name: string } } }> };
    }>(CERTIFICATE, { n: certificateNumber });
    expect(before.applicationRegister.applications[0].certificate.group.name).toMatch(/^Дети в возрасте/);
    // The navigator has a copy of the certificate (as after «Отправить в ПФДО»), which must move with it.
    await testDatabase().query(
      `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
       SELECT id, number, status, municipality_id, group_id, 'прежняя группа' FROM certificates.certificates
        WHERE number = $1`,
      [certificateNumber],
    );
    await operator.data(CONFIRM_PD, { id: change.application.id });
    const after = await operator.data<{
      applicationRegister: {
        applications: Array<{ certificate: { group: { name: string }; applications: Array<{ kind: string }> } }>;
      };
    }>(CERTIFICATE, { n: certificateNumber });
    expect(after.applicationRegister.applications[0].certificate.group.name).toBe(rows[0].name);
    expect(
      after.applicationRegister.applications[0].certificate.applications.map((application) => application.kind),
    ).toEqual(['NEW_CERTIFICATE', 'CHANGE_GROUP']);
    const copy = await eventually(
      async () =>
        (
          await testDatabase().query(
            `SELECT group_id AS "groupId", group_name AS "groupName" FROM navigator.registered_certificates WHERE number = $1`,
            [certificateNumber],
          )
        ).rows[0],
      (row) => row.groupId === rows[0].id,
    );
    expect(copy).toEqual({ groupId: rows[0].id, groupName: rows[0].name });
  });
});
