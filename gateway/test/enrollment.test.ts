import { DemoUser } from '@pfdo/platform';
import {
  anonymous,
  callSubgraph,
  closeTestDatabase,
  countSqlStatements,
  GatewayClient,
  gatewayCredential,
  signIn,
  testDatabase,
} from '@pfdo/testing';
import { availableNominal } from '../../subgraphs/navigator/src/cabinet/available-nominal';
import { NOT_ACTIVATED_REASON } from '../../subgraphs/navigator/src/contracts/contract-actions.service';
import { contractTerm } from '../../subgraphs/navigator/src/contracts/contract-term';
import {
  arrangeHolder,
  arrangeMunicipality,
  arrangeOtherProvider,
  arrangeProgram,
  CANCEL,
  CONFIRM,
  CREATE,
  MONEY,
  MY,
  placesTaken,
  PROVIDER_LIST,
  REFUSE,
} from './enrollment.support';

/**
 * Enrollment (issue 12 part C): the holder's request reserves the group's place and the certificate's money at
 * once; the provider confirms (on an activated certificate only) or refuses; the holder cancels; every change
 * audited and told in the feed. Races for the last place and the last rouble: exactly one request wins.
 */
afterAll(closeTestDatabase);
jest.setTimeout(60_000);

interface ContractData {
  id: string;
  number: string;
  status: string;
  tab: string;
  allowedActions: string[];
  reservedKopecks: number;
  costKopecks: number;
  familyPaysKopecks: number;
  months: number;
  refusalReason: string | null;
  group: { id: string; freePlaces: number };
}

const create = async (client: GatewayClient, groupId: string) =>
  (await client.data<{ createEnrollmentRequest: ContractData }>(CREATE, { groupId })).createEnrollmentRequest;

const moneyOf = async (client: GatewayClient) =>
  (
    await client.data<{
      myCertificateCabinet: {
        possibilities: { money: { nominalKopecks: number; reservedKopecks: number; balanceKopecks: number } };
        notifications: { notifications: Array<{ kind: string; text: string }> };
      };
    }>(MONEY)
  ).myCertificateCabinet;

const ACCOUNT = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Certificate { account { reservedKopecks balanceKopecks enrollmentRequests confirmedContracts fundedContracts
    activeContracts } } } }`;

/** The regional operator as the gateway forwards him (he may read any certificate's account). */
const REGION = {
  userId: DemoUser.region,
  role: 'REGIONAL_OPERATOR' as const,
  fullName: 'Кузнецова Анна Дмитриевна',
  login: 'region@demo.ru',
  organizationId: null,
  municipalityId: null,
  canViewPersonalData: false,
  canConfirmApplications: false,
};

const auditActions = async (contractId: string) =>
  (
    await testDatabase().query(
      `SELECT action, actor_role, after->>'status' AS status FROM navigator.audit_events WHERE subject_id = $1 ORDER BY id`,
      [contractId],
    )
  ).rows;

describe('a request on a certified program', () => {
  it('reserves its cost at once, is confirmed by the provider and lands in «Подтвержденные заявки»', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const holder = await arrangeHolder(municipality);
    const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 1500_00 });
    const expected = contractTerm({ startsOn: program.startsOn, endsOn: program.endsOn }, 1500_00, new Date());
    const nominal = availableNominal(1_200_000_00, new Date()).availableKopecks;

    const request = await create(holder.client, program.groupIds[0]);
    expect(request).toMatchObject({
      status: 'PENDING',
      tab: 'PENDING',
      allowedActions: ['CANCEL'],
      costKopecks: expected.costKopecks,
      reservedKopecks: expected.costKopecks,
      familyPaysKopecks: 0,
      months: expected.months,
      group: { id: program.groupIds[0], freePlaces: 9 },
    });
    expect(request.number).toMatch(/^\d{4}-\d{6}$/);
    expect(await placesTaken(program.groupIds[0])).toBe(1);
    const cabinet = await moneyOf(holder.client);
    expect(cabinet.possibilities.money).toEqual({
      nominalKopecks: nominal,
      reservedKopecks: expected.costKopecks,
      balanceKopecks: nominal - expected.costKopecks,
    });
    expect(cabinet.notifications.notifications[0]).toEqual({
      kind: 'REQUEST_FILED',
      text: expect.stringContaining(`Заявка № ${request.number} на программу «${program.title}»`),
    });

    const provider = await signIn('provider@demo.ru');
    const pending = await provider.data<{
      providerContracts: Array<{ id: string; allowedActions: string[]; certificateNumber: string }>;
    }>(PROVIDER_LIST, { tab: 'PENDING', first: 100 });
    expect(pending.providerContracts.find((row) => row.id === request.id)).toMatchObject({
      allowedActions: ['CONFIRM', 'REFUSE'],
      certificateNumber: holder.number,
    });
    const confirmed = await provider.data<{ confirmEnrollmentRequest: { status: string } }>(CONFIRM, {
      id: request.id,
    });
    expect(confirmed.confirmEnrollmentRequest.status).toBe('CONFIRMED');
    // Confirmed once: a second confirmation is refused by the status machine.
    const again = await provider.request(CONFIRM, { id: request.id });
    expect(again.errors?.[0].extensions?.code).toBe('ACTION_NOT_ALLOWED_IN_STATUS');

    const { myContracts } = await holder.client.data<{ myContracts: ContractData[] }>(MY, { tab: 'CONFIRMED' });
    expect(myContracts.map((row) => [row.id, row.status, row.allowedActions])).toEqual([
      [request.id, 'CONFIRMED', ['CANCEL']],
    ]);
    expect((await holder.client.data<{ myContracts: unknown[] }>(MY, { tab: 'PENDING' })).myContracts).toEqual([]);
    expect((await moneyOf(holder.client)).notifications.notifications[0]).toMatchObject({ kind: 'REQUEST_CONFIRMED' });
    expect(await auditActions(request.id)).toEqual([
      { action: 'ENROLLMENT_REQUESTED', actor_role: 'CERTIFICATE_HOLDER', status: 'PENDING' },
      { action: 'ENROLLMENT_CONFIRMED', actor_role: 'PROVIDER', status: 'CONFIRMED' },
    ]);

    // The registry's certificate page reads the same reserve and the counts through Certificate.account.
    const account = await callSubgraph('navigator', ACCOUNT, {
      credential: await gatewayCredential(REGION),
      variables: { representations: [{ __typename: 'Certificate', id: holder.id }] },
    });
    expect(account.body.data).toEqual({
      _entities: [
        {
          account: {
            reservedKopecks: expected.costKopecks,
            balanceKopecks: nominal - expected.costKopecks,
            enrollmentRequests: 0,
            confirmedContracts: 1,
            fundedContracts: 1,
            activeContracts: 0,
          },
        },
      ],
    });
  });

  it('takes the cost within the balance: the family pays the rest', async () => {
    const municipality = await arrangeMunicipality({ nominal: 12_000_00 });
    const holder = await arrangeHolder(municipality);
    const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 100_000_00 });
    const nominal = availableNominal(12_000_00, new Date()).availableKopecks;
    const request = await create(holder.client, program.groupIds[0]);
    expect(request.reservedKopecks).toBe(nominal);
    expect(request.familyPaysKopecks).toBe(request.costKopecks - nominal);
    expect((await moneyOf(holder.client)).possibilities.money).toEqual({
      nominalKopecks: nominal,
      reservedKopecks: nominal,
      balanceKopecks: 0,
    });
    // Nothing left for a second certified program.
    const second = await arrangeProgram({ registry: 'CERTIFIED' });
    const refused = await holder.client.request(CREATE, { groupId: second.groupIds[0] });
    expect(refused.errors?.[0].extensions?.code).toBe('INSUFFICIENT_BALANCE');
    expect(await placesTaken(second.groupIds[0])).toBe(0);
    // A paid program is the family's: it reserves nothing and is not refused.
    const paid = await arrangeProgram({ registry: 'PAID' });
    expect(await create(holder.client, paid.groupIds[0])).toMatchObject({ reservedKopecks: 0, status: 'PENDING' });
  });
});

describe('refusal, cancellation and an unactivated certificate', () => {
  it('lets an unactivated certificate file a request, refuses its confirmation with the seed’s reason, and a refusal releases place and money', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const holder = await arrangeHolder(municipality, 'NOT_ACTIVATED');
    const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 500_00 });
    const request = await create(holder.client, program.groupIds[0]);
    expect(request.status).toBe('PENDING');

    const provider = await signIn('provider@demo.ru');
    const refused = await provider.request(CONFIRM, { id: request.id });
    expect(refused.errors?.[0]).toMatchObject({
      message: NOT_ACTIVATED_REASON,
      extensions: { code: 'CERTIFICATE_NOT_ACTIVATED' },
    });
    expect(NOT_ACTIVATED_REASON).toContain('Организация не сможет зачислить');

    const blank = await provider.request(REFUSE, { id: request.id, reason: '   ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const { refuseEnrollmentRequest } = await provider.data<{
      refuseEnrollmentRequest: { status: string; refusalReason: string };
    }>(REFUSE, { id: request.id, reason: NOT_ACTIVATED_REASON });
    expect(refuseEnrollmentRequest).toEqual({ id: request.id, status: 'REFUSED', refusalReason: NOT_ACTIVATED_REASON });
    expect(await placesTaken(program.groupIds[0])).toBe(0);
    const cabinet = await moneyOf(holder.client);
    expect(cabinet.possibilities.money.reservedKopecks).toBe(0);
    expect(cabinet.notifications.notifications[0]).toEqual({
      kind: 'REQUEST_REFUSED',
      text: expect.stringContaining(`Причина: ${NOT_ACTIVATED_REASON}`),
    });
    const { myContracts } = await holder.client.data<{ myContracts: ContractData[] }>(MY, { tab: 'ARCHIVE' });
    expect(myContracts.map((row) => [row.id, row.refusalReason])).toEqual([[request.id, NOT_ACTIVATED_REASON]]);
  });

  it('«Отменить заявку» releases the place and the reservation; a budget program counts against the setting', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00, significant: 1 });
    const holder = await arrangeHolder(municipality);
    const certified = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 700_00 });
    const request = await create(holder.client, certified.groupIds[0]);
    const duplicate = await holder.client.request(CREATE, { groupId: certified.groupIds[0] });
    expect(duplicate.errors?.[0].extensions?.code).toBe('ENROLLMENT_EXISTS');
    const cancelled = await holder.client.data<{ cancelEnrollmentRequest: { status: string } }>(CANCEL, {
      id: request.id,
    });
    expect(cancelled.cancelEnrollmentRequest.status).toBe('CANCELLED');
    expect(await placesTaken(certified.groupIds[0])).toBe(0);
    expect((await moneyOf(holder.client)).possibilities.money.reservedKopecks).toBe(0);
    expect((await auditActions(request.id)).map((row) => row.action)).toEqual([
      'ENROLLMENT_REQUESTED',
      'ENROLLMENT_CANCELLED',
    ]);

    const significant = await arrangeProgram({ registry: 'SIGNIFICANT', groups: 2 });
    expect(await create(holder.client, significant.groupIds[0])).toMatchObject({ reservedKopecks: 0 });
    const second = await holder.client.request(CREATE, { groupId: significant.groupIds[1] });
    expect(second.errors?.[0].extensions?.code).toBe('BUDGET_PROGRAMS_EXHAUSTED');
  });
});

describe('races', () => {
  it('gives the last place to exactly one of the requests fired at once', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const holders = await Promise.all([1, 2, 3, 4].map(() => arrangeHolder(municipality)));
    const program = await arrangeProgram({ registry: 'PAID', places: 1 });
    const answers = await Promise.all(
      holders.map((holder) => holder.client.request(CREATE, { groupId: program.groupIds[0] })),
    );
    const won = answers.filter((answer) => !answer.errors);
    expect(won).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0].extensions?.code === 'NO_FREE_PLACES')).toHaveLength(3);
    expect(await placesTaken(program.groupIds[0])).toBe(1);
  });

  it('gives the last rouble to exactly one of a certificate’s requests fired at once', async () => {
    const municipality = await arrangeMunicipality({ nominal: 12_000_00 });
    const holder = await arrangeHolder(municipality);
    const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 100_000_00, groups: 8 });
    const nominal = availableNominal(12_000_00, new Date()).availableKopecks;
    const answers = await Promise.all(program.groupIds.map((groupId) => holder.client.request(CREATE, { groupId })));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0].extensions?.code === 'INSUFFICIENT_BALANCE')).toHaveLength(7);
    const { rows } = await testDatabase().query(
      `SELECT sum(reserved_kopecks)::int AS reserved, count(*)::int AS requests FROM navigator.contracts
        WHERE certificate_id = $1`,
      [holder.id],
    );
    expect(rows[0]).toEqual({ reserved: nominal, requests: 1 });
    expect((await moneyOf(holder.client)).possibilities.money.balanceKopecks).toBe(0);
  });
});

describe('who may act on a request', () => {
  it('refuses every wrong role at each mutation and query, and changes nothing', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const holder = await arrangeHolder(municipality);
    const stranger = await arrangeHolder(municipality);
    const program = await arrangeProgram({ registry: 'PAID' });
    const request = await create(holder.client, program.groupIds[0]);
    const otherProvider = await arrangeOtherProvider();
    const operators = await Promise.all(
      ['operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru'].map((login) => signIn(login)),
    );
    const provider = await signIn('provider@demo.ru');

    const refusals: Array<[string, GatewayClient, string, Record<string, unknown>]> = [];
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['operator', operators[0]],
      ['region', operators[1]],
      ['org-pd', operators[2]],
    ] as const) {
      refusals.push([`${name} create`, client, CREATE, { groupId: program.groupIds[0] }]);
      refusals.push([`${name} cancel`, client, CANCEL, { id: request.id }]);
      refusals.push([`${name} confirm`, client, CONFIRM, { id: request.id }]);
      refusals.push([`${name} refuse`, client, REFUSE, { id: request.id, reason: 'нет' }]);
      refusals.push([`${name} my`, client, MY, { tab: 'PENDING' }]);
      refusals.push([`${name} provider list`, client, PROVIDER_LIST, { tab: 'PENDING' }]);
    }
    refusals.push(['another holder cancel', stranger.client, CANCEL, { id: request.id }]);
    refusals.push(['another holder confirm', stranger.client, CONFIRM, { id: request.id }]);
    refusals.push(['another holder provider list', stranger.client, PROVIDER_LIST, { tab: 'PENDING' }]);
    refusals.push(['another provider confirm', otherProvider, CONFIRM, { id: request.id }]);
    refusals.push(['another provider refuse', otherProvider, REFUSE, { id: request.id, reason: 'нет' }]);
    refusals.push(['another provider cancel', otherProvider, CANCEL, { id: request.id }]);
    refusals.push(['another provider create', otherProvider, CREATE, { groupId: program.groupIds[0] }]);
    refusals.push(['provider create', provider, CREATE, { groupId: program.groupIds[0] }]);
    refusals.push(['provider cancel', provider, CANCEL, { id: request.id }]);
    refusals.push(['provider my', provider, MY, { tab: 'PENDING' }]);
    refusals.push(['holder confirm', holder.client, CONFIRM, { id: request.id }]);
    refusals.push(['holder refuse', holder.client, REFUSE, { id: request.id, reason: 'нет' }]);
    refusals.push(['holder provider list', holder.client, PROVIDER_LIST, { tab: 'PENDING' }]);

    const codes = [];
    for (const [name, client, query, variables] of refusals) {
      const answer = await client.request(query, variables);
      codes.push([name, answer.errors?.[0].extensions?.code ?? 'none']);
    }
    const allowed = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND']);
    expect(codes.filter(([, code]) => !allowed.has(code))).toEqual([]);
    // Anonymous is unauthenticated; another holder's or provider's attempts at this request find no request.
    expect(codes.find(([name]) => name === 'anonymous create')?.[1]).toBe('UNAUTHENTICATED');
    expect(codes.find(([name]) => name === 'another holder cancel')?.[1]).toBe('NOT_FOUND');
    expect(codes.find(([name]) => name === 'another provider confirm')?.[1]).toBe('NOT_FOUND');

    // Another provider's list does not hold it; the request is as it was, its place and feed untouched.
    const others = await otherProvider.data<{ providerContracts: Array<{ id: string }> }>(PROVIDER_LIST, {
      tab: 'PENDING',
      first: 100,
    });
    expect(others.providerContracts.map((row) => row.id)).not.toContain(request.id);
    const { rows } = await testDatabase().query(`SELECT status FROM navigator.contracts WHERE id = $1`, [request.id]);
    expect(rows).toEqual([{ status: 'PENDING' }]);
    expect(await placesTaken(program.groupIds[0])).toBe(1);
    expect((await auditActions(request.id)).map((row) => row.action)).toEqual(['ENROLLMENT_REQUESTED']);
    const card = await stranger.client.data<{ contract: unknown }>(`query ($id: ID!) { contract(id: $id) { id } }`, {
      id: request.id,
    });
    expect(card.contract).toBeNull();
  });
});

describe('the contract lists', () => {
  it('cost as many statements for 1 row as for 20', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
    const holder = await arrangeHolder(municipality);
    const program = await arrangeProgram({ registry: 'PAID', groups: 20 });
    for (const groupId of program.groupIds) await create(holder.client, groupId);
    const one = await countSqlStatements<{ myContracts: unknown[] }>(holder.client, MY, { tab: 'PENDING', first: 1 });
    const twenty = await countSqlStatements<{ myContracts: unknown[] }>(holder.client, MY, {
      tab: 'PENDING',
      first: 20,
    });
    expect(one.data.myContracts).toHaveLength(1);
    expect(twenty.data.myContracts).toHaveLength(20);
    expect(twenty.statements.navigator).toBe(one.statements.navigator);
    expect(twenty.statements.organizations).toBe(one.statements.organizations);

    const provider = await signIn('provider@demo.ru');
    const small = await countSqlStatements(provider, PROVIDER_LIST, { tab: 'PENDING', first: 1 });
    const large = await countSqlStatements(provider, PROVIDER_LIST, { tab: 'PENDING', first: 20 });
    expect(large.statements.navigator).toBe(small.statements.navigator);
  });
});
