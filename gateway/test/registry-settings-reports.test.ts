import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoOrganization } from '@pfdo/platform';
import {
  anonymous,
  arrangeChild,
  closeTestDatabase,
  GatewayClient,
  signIn,
  testDatabase,
  tinyPdf,
  tinyPng,
} from '@pfdo/testing';

afterAll(closeTestDatabase);

async function uploadRegulation(client: GatewayClient, bytes: Buffer, name: string, municipalityId?: string) {
  const form = new FormData();
  if (municipalityId) form.append('municipalityId', municipalityId);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
  const response = await client.http('/uploads/municipal-regulations', { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const REGULATION = `query ($id: ID!) { municipality(id: $id) {
  regulation { url sizeBytes current } regulationExcerpt
} }`;

describe('«Мои параметры»: the municipality’s «Положение о ПДО»', () => {
  it('keeps every version an operator uploads and gives parents the newest', async () => {
    const operator = await signIn('operator@demo.ru');
    const first = tinyPdf('Polozhenie 1');
    const second = tinyPdf('Polozhenie 2 dopolnennoe');
    expect(await uploadRegulation(operator, first, 'polozhenie.pdf')).toMatchObject({ status: 201 });
    const uploaded = await uploadRegulation(operator, second, 'polozhenie-2.pdf');
    expect(uploaded).toMatchObject({ status: 201, body: { size: second.length, name: 'polozhenie-2.pdf' } });

    const download = await anonymous().http(
      `/documents/municipalities/${DemoMunicipality.novokuznetsk}/regulation.pdf`,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(second)).toBe(true);

    const parent = await signIn('parent');
    const { municipality } = await parent.data<{
      municipality: { regulation: { url: string; sizeBytes: number; current: boolean } };
    }>(REGULATION, { id: DemoMunicipality.novokuznetsk });
    expect(municipality.regulation).toEqual({
      url: `/documents/municipalities/${DemoMunicipality.novokuznetsk}/regulation.pdf`,
      sizeBytes: second.length,
      current: true,
    });

    const { municipality: versions } = await operator.data<{
      municipality: {
        regulationVersions: { versions: Array<{ id: string; current: boolean; uploadedByName: string }> };
      };
    }>(
      `query ($id: ID!) { municipality(id: $id) { regulationVersions(first: 2) {
        versions { id current uploadedByName } nextCursor } } }`,
      { id: DemoMunicipality.novokuznetsk },
    );
    const [newest, older] = versions.regulationVersions.versions;
    expect(newest).toEqual({ id: uploaded.body.id, current: true, uploadedByName: 'Петрова Ольга Викторовна' });
    expect(older.current).toBe(false);

    const { rows } = await testDatabase().query(
      `SELECT actor_role, after FROM certificates.audit_events WHERE action = 'REGULATION_UPLOADED' AND after->>'versionId' = $1`,
      [uploaded.body.id],
    );
    expect(rows).toEqual([
      { actor_role: 'MUNICIPAL_OPERATOR', after: expect.objectContaining({ sizeBytes: second.length }) },
    ]);
  });

  it('refuses a file that is not a PDF, whatever its name, and stores nothing', async () => {
    const operator = await signIn('operator@demo.ru');
    const before = await testDatabase().query(`SELECT count(*)::int AS n FROM certificates.municipal_regulations`);
    const picture = await uploadRegulation(operator, tinyPng(), 'polozhenie.pdf');
    const text = await uploadRegulation(operator, Buffer.from('%PDF-1.7 and nothing else'), 'polozhenie.pdf');
    for (const refused of [picture, text]) {
      expect(refused).toEqual({
        status: 415,
        body: {
          error: {
            code: 'REGULATION_NOT_PDF',
            message: 'Загрузите Положение в формате PDF: выбранный файл не является документом PDF',
          },
        },
      });
    }
    const after = await testDatabase().query(`SELECT count(*)::int AS n FROM certificates.municipal_regulations`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses whoever is not the registry operator of that municipality', async () => {
    const pdf = tinyPdf('Chuzhoe');
    expect(await uploadRegulation(anonymous(), pdf, 'p.pdf')).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
    });
    for (const login of ['parent', 'org-pd@demo.ru', 'provider@demo.ru']) {
      const result = await uploadRegulation(await signIn(login), pdf, 'p.pdf');
      expect({ login, ...result }).toMatchObject({ login, status: 403, body: { error: { code: 'FORBIDDEN' } } });
    }
    const kemerovo = await signIn('operator-kem@demo.ru');
    expect(await uploadRegulation(kemerovo, pdf, 'p.pdf', DemoMunicipality.novokuznetsk)).toMatchObject({
      status: 403,
    });
    // The regional operator names the municipality; without one there is nothing to act on.
    const region = await signIn('region@demo.ru');
    expect(await uploadRegulation(region, pdf, 'p.pdf')).toMatchObject({ status: 403 });
    expect(await uploadRegulation(region, pdf, 'p.pdf', DemoMunicipality.belovo)).toMatchObject({ status: 201 });
  });

  it('keeps the excerpt the operator types, for every signed-in reader, and refuses other roles', async () => {
    const SET = `mutation ($id: ID!, $text: String!) { setMunicipalRegulationExcerpt(municipalityId: $id, excerpt: $text) { id } }`;
    const excerpt = `Сертификат замораживается по основаниям п. 4.2 Положения (${randomUUID().slice(0, 8)})`;
    const operator = await signIn('operator@demo.ru');
    await operator.data(SET, { id: DemoMunicipality.novokuznetsk, text: excerpt });
    const { municipality } = await (
      await signIn('parent')
    ).data<{ municipality: { regulationExcerpt: string } }>(REGULATION, { id: DemoMunicipality.novokuznetsk });
    expect(municipality.regulationExcerpt).toBe(excerpt);

    for (const login of ['parent', 'org-pd@demo.ru', 'provider@demo.ru']) {
      const refused = await (await signIn(login)).request(SET, { id: DemoMunicipality.novokuznetsk, text: 'x' });
      expect({ login, code: refused.errors?.[0]?.extensions?.code }).toEqual({ login, code: 'FORBIDDEN' });
    }
    const other = await (
      await signIn('operator-kem@demo.ru')
    ).request(SET, { id: DemoMunicipality.novokuznetsk, text: 'x' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A municipal operator who names none (an empty id) sets his own, and the answer names it.
    const own = await operator.data<{ setMunicipalRegulationExcerpt: { id: string } }>(SET, {
      id: '',
      text: excerpt,
    });
    expect(own.setMunicipalRegulationExcerpt.id).toBe(DemoMunicipality.novokuznetsk);
    const tooLong = await operator.request(SET, { id: DemoMunicipality.novokuznetsk, text: 'я'.repeat(4001) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const { rows } = await testDatabase().query(
      `SELECT before, after FROM certificates.audit_events WHERE action = 'REGULATION_EXCERPT_CHANGED' AND after->>'excerpt' = $1`,
      [excerpt],
    );
    expect(rows).toHaveLength(1);
  });
});

describe('«Мои параметры»: what a parent is told after the certificate is issued', () => {
  const SET = `mutation ($id: ID!, $notice: String!, $phones: String!) {
    setMunicipalCitizenNotice(municipalityId: $id, activationNotice: $notice, supportPhones: $phones) { id }
  }`;
  const READ = `query ($id: ID!) { municipality(id: $id) { activationNotice supportPhones } }`;

  it('keeps the activation notice and the support phones of the operator’s municipality, for every signed-in reader', async () => {
    const notice = `После 12.08 для активации обратитесь с заявлением в МАУ ДО «ДДТ» (${randomUUID().slice(0, 8)})`;
    const phones = 'Телефон тех. поддержки: 8 (3842) 45-25-48';
    const operator = await signIn('operator-kem@demo.ru');
    await operator.data(SET, { id: DemoMunicipality.kemerovo, notice, phones });
    const { municipality } = await (
      await signIn('parent')
    ).data<{ municipality: Record<string, string | null> }>(READ, { id: DemoMunicipality.kemerovo });
    expect(municipality).toEqual({ activationNotice: notice, supportPhones: phones });

    for (const login of ['parent', 'org-pd@demo.ru', 'provider@demo.ru', 'operator@demo.ru']) {
      const refused = await (
        await signIn(login)
      ).request(SET, { id: DemoMunicipality.kemerovo, notice: 'x', phones: 'x' });
      expect({ login, code: refused.errors?.[0]?.extensions?.code }).toEqual({ login, code: 'FORBIDDEN' });
    }
    const tooLong = await operator.request(SET, { id: DemoMunicipality.kemerovo, notice: 'я'.repeat(2001), phones });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unchanged = await (
      await signIn('region@demo.ru')
    ).data<{ municipality: Record<string, string | null> }>(READ, { id: DemoMunicipality.kemerovo });
    expect(unchanged.municipality).toEqual({ activationNotice: notice, supportPhones: phones });

    const { rows } = await testDatabase().query(
      `SELECT actor_role, after FROM certificates.audit_events WHERE action = 'CITIZEN_NOTICE_CHANGED' AND after->>'activationNotice' = $1`,
      [notice],
    );
    expect(rows).toEqual([
      { actor_role: 'MUNICIPAL_OPERATOR', after: { activationNotice: notice, supportPhones: phones } },
    ]);
  });
});

describe('«Мои параметры»: the operator’s organization', () => {
  const UPDATE = `mutation ($input: OrganizationDetailsInput!) { updateMyOrganization(input: $input) { id name address room phones workingHours } }`;

  it('is edited by its registry operator and audited; other roles are refused', async () => {
    const operator = await signIn('operator@demo.ru');
    const { me } = await operator.data<{ me: { organization: Record<string, string> } }>(
      `{ me { organization { name address room phones workingHours } } }`,
    );
    const original = me.organization;
    const input = { ...original, room: `каб. ${randomInt(100, 999)}`, phones: '8 (3843) 32-15-41' };
    try {
      const { updateMyOrganization } = await operator.data<{ updateMyOrganization: Record<string, string> }>(UPDATE, {
        input,
      });
      expect(updateMyOrganization).toEqual({ id: DemoOrganization.novokuznetskRegistry, ...input });
      const { rows } = await testDatabase().query(
        `SELECT actor_role, before, after FROM organizations.audit_events
          WHERE action = 'ORGANIZATION_DETAILS_CHANGED' AND subject_id = $1 AND after->>'room' = $2`,
        [DemoOrganization.novokuznetskRegistry, input.room],
      );
      expect(rows).toEqual([{ actor_role: 'MUNICIPAL_OPERATOR', before: original, after: input }]);

      const empty = await operator.request(UPDATE, { input: { ...input, name: '  ' } });
      expect(empty.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: 'Укажите наименование организации' },
      });
    } finally {
      await operator.data(UPDATE, { input: original });
    }
    for (const login of ['parent', 'org-pd@demo.ru', 'provider@demo.ru']) {
      const refused = await (await signIn(login)).request(UPDATE, { input });
      expect({ login, code: refused.errors?.[0]?.extensions?.code }).toEqual({ login, code: 'FORBIDDEN' });
    }
  });
});

/** Applications and certificates of a day of its own (in 2000–2019, which no other test uses) in one municipality. */
async function arrangeReportDay(municipalityId: string) {
  const day = `${randomInt(2000, 2020)}-0${randomInt(1, 10)}-1${randomInt(0, 10)}`;
  const db = testDatabase();
  const { rows: groups } = await db.query(
    `SELECT id, name FROM certificates.certificate_groups WHERE municipality_id = $1 ORDER BY name LIMIT 1`,
    [municipalityId],
  );
  const group = groups[0] as { id: string; name: string };
  const at = `${day}T12:00:00+07:00`;
  const applications: Array<[string, string, string | null]> = [
    ['SUBMITTED', 'NEW_CERTIFICATE', DemoOrganization.orion],
    ['SUBMITTED', 'NEW_CERTIFICATE', DemoOrganization.orion],
    ['REFUSED', 'NEW_CERTIFICATE', null],
    ['CONFIRMED', 'CHANGE_GROUP', DemoOrganization.school110],
  ];
  for (const [status, kind, organizationId] of applications) {
    const child = await arrangeChild({ municipalityId });
    await db.query(
      `INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, received_by_organization_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        randomUUID(),
        String(randomInt(10_000_000, 99_999_999)),
        kind,
        status,
        municipalityId,
        child.id,
        organizationId,
        at,
      ],
    );
  }
  for (const status of ['ACTIVATED', 'ACTIVATED', 'FROZEN']) {
    const child = await arrangeChild({ municipalityId });
    await db.query(
      `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), String(randomInt(1_000_000_000, 9_999_999_999)), status, municipalityId, group.id, child.id, at],
    );
  }
  return { day, group };
}

describe('«Отчеты»', () => {
  const REPORT = `query ($from: String!, $to: String!, $m: ID) { registryReport(from: $from, to: $to, municipalityId: $m) {
    csvUrl
    applicationsByStatusAndKind { status kind count }
    certificatesByStatusAndGroup { status count group { id name } }
    applicationsByOrganization { count organization { id name } }
  } }`;

  it('counts the period’s applications and certificates of the operator’s municipality, on the page and as CSV', async () => {
    const { day, group } = await arrangeReportDay(DemoMunicipality.novokuznetsk);
    const operator = await signIn('operator@demo.ru');
    const { registryReport } = await operator.data<{
      registryReport: {
        csvUrl: string;
        applicationsByStatusAndKind: unknown[];
        certificatesByStatusAndGroup: unknown[];
        applicationsByOrganization: unknown[];
      };
    }>(REPORT, { from: day, to: day });
    expect(registryReport.applicationsByStatusAndKind).toEqual([
      { status: 'CONFIRMED', kind: 'CHANGE_GROUP', count: 1 },
      { status: 'REFUSED', kind: 'NEW_CERTIFICATE', count: 1 },
      { status: 'SUBMITTED', kind: 'NEW_CERTIFICATE', count: 2 },
    ]);
    expect(registryReport.certificatesByStatusAndGroup).toEqual([
      { status: 'ACTIVATED', count: 2, group },
      { status: 'FROZEN', count: 1, group },
    ]);
    expect(registryReport.applicationsByOrganization).toEqual([
      { count: 2, organization: { id: DemoOrganization.orion, name: 'МАУ ДО «ДЮЦ «Орион»' } },
      {
        count: 1,
        organization: { id: DemoOrganization.school110, name: 'МБОУ «Средняя общеобразовательная школа № 110»' },
      },
      { count: 1, organization: null },
    ]);

    const csv = await operator.http(registryReport.csvUrl);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Отчёт реестра сертификатов;г. Новокузнецк');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Заявка не подтверждена;Получить сертификат;2',
        'Отказано;Получить сертификат;1',
        'Персональные данные подтверждены;Изменить группу сертификата;1',
        'Итого;;4',
        `Активирован;${group.name};2`,
        `Заморожен;${group.name};1`,
        'МАУ ДО «ДЮЦ «Орион»;2',
        'МБОУ «Средняя общеобразовательная школа № 110»;1',
        'Документы ещё не получены (заявка через портал);1',
      ]),
    );
  });

  it('gives the regional operator the region or a chosen municipality, a municipal operator only his own', async () => {
    const { day } = await arrangeReportDay(DemoMunicipality.kemerovo);
    const region = await signIn('region@demo.ru');
    const count = async (client: GatewayClient, m?: string) => {
      const result = await client.request<{
        registryReport: { applicationsByStatusAndKind: Array<{ count: number }> };
      }>(REPORT, { from: day, to: day, m });
      return (
        result.errors?.[0]?.extensions?.code ??
        result.data?.registryReport.applicationsByStatusAndKind.reduce((sum, e) => sum + e.count, 0)
      );
    };
    expect(await count(region, DemoMunicipality.kemerovo)).toBe(4);
    expect(await count(region, DemoMunicipality.novokuznetsk)).toBe(0);
    expect(await count(region)).toBeGreaterThanOrEqual(4);
    const novokuznetsk = await signIn('operator@demo.ru');
    expect(await count(novokuznetsk, DemoMunicipality.kemerovo)).toBe('FORBIDDEN');
    expect(
      (
        await novokuznetsk.http(
          `/reports/registry.csv?from=${day}&to=${day}&municipalityId=${DemoMunicipality.kemerovo}`,
        )
      ).status,
    ).toBe(403);
  });

  it('refuses other roles, on the page and the CSV, and a period that ends before it starts', async () => {
    for (const login of ['parent', 'org-pd@demo.ru', 'provider@demo.ru']) {
      const client = await signIn(login);
      const refused = await client.request(REPORT, { from: '2026-01-01', to: '2026-01-31' });
      expect({ login, code: refused.errors?.[0]?.extensions?.code }).toEqual({ login, code: 'FORBIDDEN' });
      const csv = await client.http('/reports/registry.csv?from=2026-01-01&to=2026-01-31');
      expect({ login, status: csv.status }).toEqual({ login, status: 403 });
    }
    expect((await anonymous().http('/reports/registry.csv?from=2026-01-01&to=2026-01-31')).status).toBe(401);
    const operator = await signIn('operator@demo.ru');
    const backwards = await operator.request(REPORT, { from: '2026-02-01', to: '2026-01-31' });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { to: 'Конец периода раньше его начала' },
    });
    const csv = await operator.http('/reports/registry.csv?from=2026-02-01&to=2026-01-31');
    expect(csv.status).toBe(400);
  });
});
