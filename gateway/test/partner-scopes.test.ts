import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoOrganization } from '@pfdo/platform';
import { closeTestDatabase, eventually, GatewayClient, PartnerClient, signIn, testDatabase } from '@pfdo/testing';
import { arrangeHolder, arrangeMunicipality, arrangeProgram, CREATE as CREATE_REQUEST } from './enrollment.support';

afterAll(closeTestDatabase);

/**
 * The scopes part A issued but left closed (issue 13, part B; README, «Partners»): `applications:read`,
 * `applications:write` for a reception organization's system, `contracts:read` for a provider's accounting.
 * Each opens its fields for the key's organization only; a key without the scope is refused.
 */
const ISSUE = `mutation ($input: ApiKeyInput!) { issueApiKey(input: $input) {
  secret apiKey { id organization { id kind } } } }`;
const CREATE_APPLICATION = `mutation Create($input: CreateApplicationInput!) { createApplication(input: $input) {
  navigatorLogin navigatorPassword application { id number status } } }`;
const REGISTER = `query Register($number: String) { applicationRegister(tab: ALL, first: 100,
  search: { applicationNumber: $number }) { totalCount applications { id number child { surname }
  document { series number } } } }`;
const ONE = `query One($number: String!) { application(number: $number) { number applicantName child { surname } } }`;
const PROVIDER_CONTRACTS = `query Contracts { providerContracts(tab: PENDING, first: 100) { id number status } }`;
const ONE_CONTRACT = `query Contract($id: ID!) { contract(id: $id) { id number } }`;

const nextYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
const yearsAgo = (years: number) => new Date(Date.now() - years * 366 * 86_400_000).toISOString().slice(0, 10);

async function issue(region: GatewayClient, scopes: string[], extra: Record<string, unknown> = {}) {
  const result = await region.request<{ issueApiKey: { secret: string; apiKey: { id: string } } }>(ISSUE, {
    input: {
      name: `Ключ ${randomUUID().slice(0, 8)}`,
      partnerName: 'ООО «Электронная школа»',
      scopes,
      expiresOn: nextYear(),
      ...extra,
    },
  });
  return result;
}

async function issued(region: GatewayClient, scopes: string[], extra: Record<string, unknown> = {}) {
  const result = await issue(region, scopes, extra);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { id: result.data.issueApiKey.apiKey.id, client: new PartnerClient(result.data.issueApiKey.secret) };
}

async function groupOf(municipalityId: string): Promise<string> {
  const { rows } = await testDatabase().query(
    `SELECT id FROM certificates.certificate_groups WHERE municipality_id = $1 AND name LIKE 'Дети в возрасте%'`,
    [municipalityId],
  );
  return rows[0].id;
}

async function newCertificateInput() {
  const surname = `Партнёров${Array.from({ length: 6 }, () => 'абвгдежзиклмнопрстуфхэюя'[randomInt(24)]).join('')}`;
  return {
    kind: 'NEW_CERTIFICATE',
    municipalityId: DemoMunicipality.novokuznetsk,
    groupId: await groupOf(DemoMunicipality.novokuznetsk),
    child: { surname, name: 'Иван', patronymic: 'Сергеевич', birthDate: yearsAgo(15) },
    document: {
      type: 'PASSPORT',
      series: '32 21',
      number: String(randomInt(100000, 999999)),
      issueDate: new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10),
      issuedBy: 'ГУ МВД России по Кемеровской области',
    },
    applicantName: 'Петрова Анна Викторовна',
    consentToPersonalDataProcessing: true,
    consentToRules: true,
  };
}

type Register = {
  applicationRegister: {
    applications: Array<{ id: string; number: string; child: { surname: string }; document: { number: string } }>;
  };
};

describe('partner scopes for applications and contracts', () => {
  let region: GatewayClient;

  beforeAll(async () => {
    region = await signIn('region@demo.ru');
  });

  it('binds applications:* to a reception organization of the key’s municipality and contracts:read to a provider', async () => {
    const codeOf = async (scopes: string[], extra: Record<string, unknown>) =>
      (await issue(region, scopes, extra)).errors?.[0].extensions?.code;
    const novokuznetsk = { municipalityId: DemoMunicipality.novokuznetsk };
    expect(await codeOf(['APPLICATIONS_READ'], novokuznetsk)).toBe('API_KEY_ORGANIZATION_REQUIRED');
    expect(await codeOf(['APPLICATIONS_READ'], { ...novokuznetsk, organizationId: DemoOrganization.sportSchool })).toBe(
      'API_KEY_ORGANIZATION_REQUIRED',
    );
    // A reception organization of another municipality.
    expect(await codeOf(['APPLICATIONS_READ'], { ...novokuznetsk, organizationId: DemoOrganization.kemerovoDdt })).toBe(
      'API_KEY_ORGANIZATION_REQUIRED',
    );
    expect(await codeOf(['CONTRACTS_READ'], { organizationId: DemoOrganization.orion })).toBe(
      'API_KEY_ORGANIZATION_REQUIRED',
    );
    expect(
      await codeOf(['APPLICATIONS_READ', 'CONTRACTS_READ'], {
        ...novokuznetsk,
        organizationId: DemoOrganization.orion,
      }),
    ).toBe('API_KEY_ORGANIZATION_REQUIRED');
    const ok = await issue(region, ['APPLICATIONS_READ'], { ...novokuznetsk, organizationId: DemoOrganization.orion });
    expect(ok.data?.issueApiKey.apiKey).toMatchObject({
      organization: { id: DemoOrganization.orion, kind: 'RECEPTION' },
    });
  });

  it('files an application with applications:write, and reads only its organization’s with applications:read, masked and audited', async () => {
    const organization = { municipalityId: DemoMunicipality.novokuznetsk, organizationId: DemoOrganization.orion };
    const writer = await issued(region, ['APPLICATIONS_WRITE'], organization);
    const reader = await issued(region, ['APPLICATIONS_READ'], organization);
    const otherWriter = await issued(region, ['APPLICATIONS_WRITE'], {
      municipalityId: DemoMunicipality.novokuznetsk,
      organizationId: DemoOrganization.school110,
    });

    const created = await writer.client.request<{
      createApplication: { navigatorLogin: string; navigatorPassword: string; application: { number: string } };
    }>(CREATE_APPLICATION, { input: await newCertificateInput() });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createApplication.application).toMatchObject({ status: 'SUBMITTED' });
    expect(created.data?.createApplication.navigatorPassword).toBeTruthy();
    const own = created.data!.createApplication.application.number;
    const { rows } = await testDatabase().query(
      `SELECT created_by_organization_id FROM certificates.applications WHERE number = $1`,
      [own],
    );
    expect(rows[0].created_by_organization_id).toBe(DemoOrganization.orion);
    // Another municipality: refused before anything is written.
    const elsewhere = await writer.client.request(CREATE_APPLICATION, {
      input: { ...(await newCertificateInput()), municipalityId: DemoMunicipality.kemerovo },
    });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const other = await otherWriter.client.request<{ createApplication: { application: { number: string } } }>(
      CREATE_APPLICATION,
      { input: await newCertificateInput() },
    );
    const othersNumber = other.data!.createApplication.application.number;

    const register = await reader.client.request<Register>(REGISTER);
    expect(register.errors).toBeUndefined();
    const numbers = register.data!.applicationRegister.applications.map((application) => application.number);
    expect(numbers).toContain(own);
    expect(numbers).not.toContain(othersNumber);
    expect((await reader.client.request(ONE, { number: othersNumber })).data).toEqual({ application: null });
    const one = await reader.client.request<{ application: { number: string; child: { surname: string } } }>(ONE, {
      number: own,
    });
    expect(one.data?.application.number).toBe(own);

    // Documents it received but did not enter are masked, as for a reception organization without the right.
    await testDatabase().query(
      `UPDATE certificates.applications SET received_by_organization_id = $2 WHERE number = $1`,
      [othersNumber, DemoOrganization.orion],
    );
    const received = await reader.client.request<Register>(REGISTER, { number: othersNumber });
    const document = received.data!.applicationRegister.applications[0].document;
    expect(document.number).not.toMatch(/^\d{6}$/);
    const entered = await reader.client.request<Register>(REGISTER, { number: own });
    expect(entered.data!.applicationRegister.applications[0].document.number).toMatch(/^\d{6}$/);

    const reads = await eventually(
      () =>
        testDatabase()
          .query(
            `SELECT actor_role, after FROM certificates.audit_events
              WHERE actor_user_id = $1 AND action = 'PERSONAL_DATA_READ'`,
            [reader.id],
          )
          .then((result) => result.rows),
      (found) => found.length > 0,
    );
    expect(reads[0]).toMatchObject({ actor_role: 'PARTNER' });
    expect(JSON.stringify(reads.map((read) => read.after))).toContain('surname');
  });

  it('refuses applications to a key without the scope, and filing to a read-only key', async () => {
    const organization = { municipalityId: DemoMunicipality.novokuznetsk, organizationId: DemoOrganization.orion };
    const catalogue = await issued(region, ['CATALOGUE_READ']);
    const certificates = await issued(region, ['CERTIFICATES_READ'], { municipalityId: DemoMunicipality.novokuznetsk });
    const reader = await issued(region, ['APPLICATIONS_READ'], organization);
    for (const key of [catalogue, certificates]) {
      const refused = await key.client.request(REGISTER);
      expect(refused.status).toBe(403);
      expect(refused.errors?.[0].extensions?.code).toBe('SCOPE_MISSING');
    }
    const filing = await reader.client.request(CREATE_APPLICATION, { input: await newCertificateInput() });
    expect(filing.status).toBe(403);
    expect(filing.errors?.[0].extensions?.code).toBe('SCOPE_MISSING');
    // A key that predates the organization (part A issued applications:* without one) reads nothing.
    const orphan = await issued(region, ['APPLICATIONS_READ'], organization);
    await testDatabase().query(`UPDATE organizations.api_keys SET organization_id = NULL WHERE id = $1`, [orphan.id]);
    const refused = await orphan.client.request(REGISTER);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reads its provider’s contracts with contracts:read, and no other provider’s', async () => {
    const arrangement = await arrangeMunicipality({ nominal: 10_000_00 });
    const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 500_00 });
    const holder = await arrangeHolder(arrangement);
    const request = await holder.client.data<{ createEnrollmentRequest: { id: string; number: string } }>(
      CREATE_REQUEST,
      { groupId: program.groupIds[0] },
    );
    const contractId = request.createEnrollmentRequest.id;

    const own = await issued(region, ['CONTRACTS_READ'], { organizationId: DemoOrganization.sportSchool });
    const other = await issued(region, ['CONTRACTS_READ'], { organizationId: DemoOrganization.technopark });
    const listed = await own.client.request<{ providerContracts: Array<{ id: string }> }>(PROVIDER_CONTRACTS);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.providerContracts.map((contract) => contract.id)).toContain(contractId);
    expect((await own.client.request(ONE_CONTRACT, { id: contractId })).data).toEqual({
      contract: { id: contractId, number: request.createEnrollmentRequest.number },
    });
    const othersList = await other.client.request<{ providerContracts: Array<{ id: string }> }>(PROVIDER_CONTRACTS);
    expect(othersList.data!.providerContracts.map((contract) => contract.id)).not.toContain(contractId);
    expect((await other.client.request(ONE_CONTRACT, { id: contractId })).data).toEqual({ contract: null });

    const catalogue = await issued(region, ['CATALOGUE_READ']);
    const refused = await catalogue.client.request(PROVIDER_CONTRACTS);
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0].extensions?.code).toBe('SCOPE_MISSING');
  });
});
