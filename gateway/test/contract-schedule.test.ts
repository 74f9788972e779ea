import { randomUUID } from 'node:crypto';
import { CREDENTIAL_HEADER, DemoUser, mintCredential } from '@pfdo/platform';
import { anonymous, GatewayClient, SUBGRAPH_PORTS, testGatewaySecret } from '@pfdo/testing';
import {
  ACCEPT,
  CONFIRM,
  CONTRACT_CARD,
  CREATE,
  MONEY,
  MY,
  PROLONG,
  REFUSE_PROLONGATION,
  ScheduleStack,
} from './contract-schedule.support';
import { startPrivateStack } from './private-stack.support';

/**
 * Contracts over time (issue 12 part D1, seed 002): a confirmed contract becomes «Действующие» from its start
 * date and goes to «Архив» after its end date; the provider's prolongation waits in «Ожидающие подтверждения» and,
 * with no refusal within 7 days, is accepted by itself. Time is the navigator's test clock, moved by the test; the
 * schedule's sweep is the real pg-boss job, queued and run by the navigator's workers. The region's time is +07.
 */
jest.setTimeout(180_000);

let s: ScheduleStack;
let provider: GatewayClient;

const ENV = { NAVIGATOR_CLOCK: '2027-08-20T12:00:00+07:00', LOG_LEVEL: 'warn' };

beforeAll(async () => {
  s = new ScheduleStack(await startPrivateStack(ENV), ENV);
  provider = await s.signIn('provider@demo.ru');
});
afterAll(async () => {
  await s?.stop();
});

interface ContractData {
  id: string;
  number: string;
  status: string;
  tab: string;
  allowedActions: string[];
  reservedKopecks: number;
  costKopecks: number;
  financialYear: number;
  months: number;
  startsOn: string;
  endsOn: string;
  acceptsOn: string | null;
  prolongedFromId: string | null;
  cancellationReason: string | null;
  group: { id: string };
}

const card = async (client: GatewayClient, id: string) =>
  (await client.data<{ contract: ContractData }>(CONTRACT_CARD, { id })).contract;

const reserved = async (client: GatewayClient) =>
  (await client.data<{ myCertificateCabinet: { possibilities: { money: { reservedKopecks: number } } } }>(MONEY))
    .myCertificateCabinet.possibilities.money.reservedKopecks;

/** A holder's request in `groupId`, confirmed by the provider. */
async function confirmedContract(client: GatewayClient, groupId: string): Promise<ContractData> {
  const { createEnrollmentRequest } = await client.data<{ createEnrollmentRequest: ContractData }>(CREATE, {
    groupId,
  });
  const { confirmEnrollmentRequest } = await provider.data<{ confirmEnrollmentRequest: ContractData }>(CONFIRM, {
    id: createEnrollmentRequest.id,
  });
  expect(confirmEnrollmentRequest.status).toBe('CONFIRMED');
  return confirmEnrollmentRequest;
}

describe('time moves contracts', () => {
  it('a confirmed contract becomes active on its start date and ends after its end date, its reservation released', async () => {
    await s.setClock('2027-08-20T12:00:00+07:00');
    const municipality = await s.arrangeMunicipality(120_000_00);
    const holder = await s.arrangeHolder(municipality);
    const program = await s.arrangeProgram('CERTIFIED', 1000_00, [{ startsOn: '2027-09-01', endsOn: '2027-10-31' }]);
    const contract = await confirmedContract(holder.client, program.groupIds[0]);
    expect(contract).toMatchObject({ months: 2, costKopecks: 2000_00, reservedKopecks: 2000_00 });

    await s.setClock('2027-08-31T23:59:00+07:00');
    await s.sweep();
    expect((await card(holder.client, contract.id)).status).toBe('CONFIRMED');

    await s.setClock('2027-09-01T00:05:00+07:00');
    await s.sweep();
    expect(await card(holder.client, contract.id)).toMatchObject({ status: 'ACTIVE', tab: 'ACTIVE' });
    const active = await holder.client.data<{ myContracts: ContractData[] }>(MY, { tab: 'ACTIVE' });
    expect(active.myContracts.map((row) => row.id)).toEqual([contract.id]);
    expect(await reserved(holder.client)).toBe(2000_00);

    await s.setClock('2027-10-31T23:00:00+07:00');
    await s.sweep();
    expect((await card(holder.client, contract.id)).status).toBe('ACTIVE');

    await s.setClock('2027-11-01T00:05:00+07:00');
    await s.sweep();
    expect(await card(holder.client, contract.id)).toMatchObject({ status: 'ENDED', tab: 'ARCHIVE' });
    expect(await reserved(holder.client)).toBe(0);

    expect(await s.audit(contract.id)).toEqual([
      { action: 'ENROLLMENT_REQUESTED', actor_role: 'CERTIFICATE_HOLDER', actor_service: null, status: 'PENDING' },
      { action: 'ENROLLMENT_CONFIRMED', actor_role: 'PROVIDER', actor_service: null, status: 'CONFIRMED' },
      { action: 'CONTRACT_STARTED', actor_role: null, actor_service: 'navigator-schedule', status: 'ACTIVE' },
      { action: 'CONTRACT_ENDED', actor_role: null, actor_service: 'navigator-schedule', status: 'ENDED' },
    ]);
    expect(await s.feed(holder.id, contract.number)).toEqual([
      'REQUEST_FILED',
      'REQUEST_CONFIRMED',
      'CONTRACT_STARTED',
      'CONTRACT_ENDED',
    ]);
  });

  it('sweeps at once, of two navigator processes, move each contract once', async () => {
    const second = await s.startSecondNavigator();
    await s.setClock('2027-08-20T12:00:00+07:00');
    const municipality = await s.arrangeMunicipality(120_000_00);
    const program = await s.arrangeProgram('PAID', 500_00, [{ startsOn: '2027-09-02', endsOn: '2027-12-20' }]);
    const contracts: Array<{ holderId: string; contract: ContractData }> = [];
    for (let index = 0; index < 6; index += 1) {
      const holder = await s.arrangeHolder(municipality);
      contracts.push({ holderId: holder.id, contract: await confirmedContract(holder.client, program.groupIds[0]) });
    }

    await s.setClock('2027-09-02T09:00:00+07:00');
    // Two jobs sent through each process; each process runs two workers, so up to four sweeps run at once.
    await Promise.all([s.sweep(), s.sweep(second), s.sweep(), s.sweep(second)]);
    for (const { holderId, contract } of contracts) {
      const steps = (await s.audit(contract.id)).filter((row) => row.action === 'CONTRACT_STARTED');
      expect(steps).toHaveLength(1);
      expect((await s.feed(holderId, contract.number)).filter((kind) => kind === 'CONTRACT_STARTED')).toHaveLength(1);
    }
    const { rows } = await s.db.query(`SELECT DISTINCT status FROM navigator.contracts WHERE group_id = $1`, [
      program.groupIds[0],
    ]);
    expect(rows).toEqual([{ status: 'ACTIVE' }]);
  });
});

describe('prolongation for the next period', () => {
  /** An active contract this year (Aug–Dec 2027) and a group of its program for the next period (2028). */
  async function activeContractWithNextGroup(priceKopecks = 1000_00) {
    await s.setClock('2027-08-20T12:00:00+07:00');
    const municipality = await s.arrangeMunicipality(120_000_00);
    const holder = await s.arrangeHolder(municipality);
    const program = await s.arrangeProgram('CERTIFIED', priceKopecks, [
      { startsOn: '2027-08-01', endsOn: '2027-12-25' },
      { startsOn: '2028-01-10', endsOn: '2028-05-31', places: 3 },
    ]);
    const contract = await confirmedContract(holder.client, program.groupIds[0]);
    await s.sweep();
    expect((await card(holder.client, contract.id)).status).toBe('ACTIVE');
    return { holder, program, contract };
  }

  it('waits in «Ожидающие подтверждения», is not accepted after 6 days, is accepted by itself after 7 and starts on its start date', async () => {
    const { holder, program, contract } = await activeContractWithNextGroup();
    const thisYear = await reserved(holder.client);
    expect((await card(provider, contract.id)).allowedActions).toEqual(['PROLONG']);

    const { prolongContract } = await provider.data<{ prolongContract: ContractData }>(PROLONG, { id: contract.id });
    expect(prolongContract).toMatchObject({
      status: 'PENDING',
      tab: 'PENDING',
      prolongedFromId: contract.id,
      group: { id: program.groupIds[1] },
      startsOn: '2028-01-10',
      endsOn: '2028-05-31',
      financialYear: 2028,
      months: 5,
      costKopecks: 5000_00,
      reservedKopecks: 5000_00,
      acceptsOn: '2027-08-27',
      allowedActions: [],
    });
    // Next year's money: this year's balance is untouched.
    expect(await reserved(holder.client)).toBe(thisYear);
    expect(await s.placesTaken(program.groupIds[1])).toBe(1);
    const pending = (await holder.client.data<{ myContracts: ContractData[] }>(MY, { tab: 'PENDING' })).myContracts;
    expect(pending.find((row) => row.id === prolongContract.id)).toMatchObject({
      acceptsOn: '2027-08-27',
      allowedActions: ['CANCEL', 'ACCEPT'],
    });
    // Once is enough: the original offers «Пролонгировать» no more, and a second prolongation is refused.
    expect((await card(provider, contract.id)).allowedActions).toEqual([]);
    const again = await provider.request(PROLONG, { id: contract.id });
    expect(again.errors?.[0].extensions?.code).toBe('CONTRACT_ALREADY_PROLONGED');

    await s.setClock('2027-08-26T12:00:00+07:00');
    await s.sweep();
    expect((await card(holder.client, prolongContract.id)).status).toBe('PENDING');

    await s.setClock('2027-08-27T12:00:00+07:00');
    await s.sweep();
    expect(await card(holder.client, prolongContract.id)).toMatchObject({ status: 'CONFIRMED', acceptsOn: null });

    await s.setClock('2028-01-10T08:00:00+07:00');
    await s.sweep();
    expect((await card(holder.client, prolongContract.id)).status).toBe('ACTIVE');
    expect((await card(holder.client, contract.id)).status).toBe('ENDED');
    // 2028's money now: the prolongation's reservation, from the year's whole nominal (chosen before the year
    // began, the nominal does not fall).
    const { myCertificateCabinet: cabinet2028 } = await holder.client.data<{
      myCertificateCabinet: { possibilities: { money: { nominalKopecks: number; reservedKopecks: number } } };
    }>(MONEY);
    expect(cabinet2028.possibilities.money).toMatchObject({ nominalKopecks: 120_000_00, reservedKopecks: 5000_00 });

    expect((await s.audit(prolongContract.id)).map((row) => [row.action, row.actor_role ?? row.actor_service])).toEqual(
      [
        ['CONTRACT_PROLONGED', 'PROVIDER'],
        ['PROLONGATION_ACCEPTED_BY_DEFAULT', 'navigator-schedule'],
        ['CONTRACT_STARTED', 'navigator-schedule'],
      ],
    );
    expect(await s.feed(holder.id, prolongContract.number)).toEqual([
      'PROLONGED',
      'PROLONGATION_ACCEPTED',
      'CONTRACT_STARTED',
    ]);
    const { myCertificateCabinet } = await holder.client.data<{
      myCertificateCabinet: { notifications: { notifications: Array<{ kind: string; text: string }> } };
    }>(MONEY);
    const texts = myCertificateCabinet.notifications.notifications.map((row) => row.text);
    expect(texts).toContainEqual(
      expect.stringMatching(/^Организация пролонгировала договор на новый период: .* принята 27\.08\.2027$/),
    );
    expect(texts).toContainEqual(
      `Пролонгация договора № ${prolongContract.number} принята: отказа не поступило в течение 7 дней. ` +
        'Договор вступит в силу с 10.01.2028',
    );
  });

  it('the holder accepts it earlier', async () => {
    const { holder, contract } = await activeContractWithNextGroup();
    const { prolongContract } = await provider.data<{ prolongContract: ContractData }>(PROLONG, { id: contract.id });
    const { acceptProlongation } = await holder.client.data<{ acceptProlongation: ContractData }>(ACCEPT, {
      id: prolongContract.id,
    });
    expect(acceptProlongation).toMatchObject({ status: 'CONFIRMED', tab: 'CONFIRMED', allowedActions: ['CANCEL'] });
    expect((await s.audit(prolongContract.id)).map((row) => row.action)).toEqual([
      'CONTRACT_PROLONGED',
      'PROLONGATION_ACCEPTED',
    ]);
  });

  it('a refused prolongation releases its money and place, and is not accepted after 7 days', async () => {
    // A prolongation into a group later this year reserves this year's balance.
    await s.setClock('2027-08-20T12:00:00+07:00');
    const municipality = await s.arrangeMunicipality(120_000_00);
    const holder = await s.arrangeHolder(municipality);
    const program = await s.arrangeProgram('CERTIFIED', 1000_00, [
      { startsOn: '2027-06-01', endsOn: '2027-08-31' },
      { startsOn: '2027-09-01', endsOn: '2027-12-31' },
    ]);
    const contract = await confirmedContract(holder.client, program.groupIds[0]);
    await s.sweep();
    expect(await reserved(holder.client)).toBe(1000_00);
    const { prolongContract } = await provider.data<{ prolongContract: ContractData }>(PROLONG, { id: contract.id });
    expect(prolongContract).toMatchObject({ financialYear: 2027, reservedKopecks: 4000_00 });
    expect(await reserved(holder.client)).toBe(5000_00);

    const { refuseProlongation } = await holder.client.data<{ refuseProlongation: ContractData }>(REFUSE_PROLONGATION, {
      id: prolongContract.id,
      reason: '  Переезжаем в другой город ',
    });
    expect(refuseProlongation).toMatchObject({
      status: 'CANCELLED',
      tab: 'ARCHIVE',
      cancellationReason: 'Переезжаем в другой город',
    });
    expect(await reserved(holder.client)).toBe(1000_00);
    expect(await s.placesTaken(program.groupIds[1])).toBe(0);

    await s.setClock('2027-08-28T12:00:00+07:00');
    await s.sweep();
    expect((await card(holder.client, prolongContract.id)).status).toBe('CANCELLED');
    expect(await s.feed(holder.id, prolongContract.number)).toEqual(['PROLONGED', 'PROLONGATION_REFUSED']);
    expect((await s.audit(prolongContract.id)).map((row) => row.action)).toEqual([
      'CONTRACT_PROLONGED',
      'PROLONGATION_REFUSED',
    ]);
  });

  it('is refused without a group for the next period', async () => {
    await s.setClock('2027-08-20T12:00:00+07:00');
    const municipality = await s.arrangeMunicipality(120_000_00);
    const holder = await s.arrangeHolder(municipality);
    const program = await s.arrangeProgram('PAID', 700_00, [{ startsOn: '2027-08-01', endsOn: '2027-12-25' }]);
    const contract = await confirmedContract(holder.client, program.groupIds[0]);
    await s.sweep();
    const answer = await provider.request(PROLONG, { id: contract.id });
    expect(answer.errors?.[0].extensions?.code).toBe('NO_NEXT_PERIOD_GROUP');
    expect(answer.errors?.[0].message).toMatch(/^У программы нет группы на следующий период/);
  });

  it('refuses every wrong role at each mutation, and changes nothing', async () => {
    const { holder, contract } = await activeContractWithNextGroup();
    const { prolongContract } = await provider.data<{ prolongContract: ContractData }>(PROLONG, { id: contract.id });
    const other = await activeContractWithNextGroup();
    const operators = await Promise.all(
      ['operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru'].map((login) => s.signIn(login)),
    );
    const stranger = other.holder.client;

    const refusals: Array<[string, GatewayClient, string, Record<string, unknown>, string]> = [];
    for (const [name, client] of [
      ['anonymous', anonymous({ gatewayUrl: s.stack.gatewayUrl })],
      ['operator', operators[0]],
      ['region', operators[1]],
      ['org-pd', operators[2]],
    ] as const) {
      const code = name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      refusals.push([`${name} prolong`, client, PROLONG, { id: other.contract.id }, code]);
      refusals.push([`${name} accept`, client, ACCEPT, { id: prolongContract.id }, code]);
      refusals.push([`${name} refuse`, client, REFUSE_PROLONGATION, { id: prolongContract.id }, code]);
    }
    refusals.push(['holder prolong', holder.client, PROLONG, { id: contract.id }, 'FORBIDDEN']);
    refusals.push(['provider accept', provider, ACCEPT, { id: prolongContract.id }, 'FORBIDDEN']);
    refusals.push(['provider refuse', provider, REFUSE_PROLONGATION, { id: prolongContract.id }, 'FORBIDDEN']);
    refusals.push([
      'provider confirms a prolongation',
      provider,
      CONFIRM,
      { id: prolongContract.id },
      'ACTION_NOT_ALLOWED_IN_STATUS',
    ]);
    refusals.push(['another holder accept', stranger, ACCEPT, { id: prolongContract.id }, 'NOT_FOUND']);
    refusals.push(['another holder refuse', stranger, REFUSE_PROLONGATION, { id: prolongContract.id }, 'NOT_FOUND']);
    const otherProvider = await s.arrangeOtherProvider();
    refusals.push(['another provider prolong', otherProvider, PROLONG, { id: other.contract.id }, 'NOT_FOUND']);

    const codes: Array<[string, string]> = [];
    const expected: Array<[string, string]> = [];
    for (const [name, client, query, variables, code] of refusals) {
      const answer = await client.request(query, variables);
      codes.push([name, String(answer.errors?.[0].extensions?.code ?? 'none')]);
      expected.push([name, code]);
    }
    expect(codes).toEqual(expected);
    expect(await card(holder.client, prolongContract.id)).toMatchObject({ status: 'PENDING' });
    expect((await card(other.holder.client, other.contract.id)).allowedActions).toEqual([]);
    expect((await s.audit(prolongContract.id)).map((row) => row.action)).toEqual(['CONTRACT_PROLONGED']);
  });
});

describe('the test clock', () => {
  const clockCall = async (port: number, credential: string | null, body: unknown = { now: '2030-01-01T00:00:00Z' }) =>
    (
      await fetch(`http://127.0.0.1:${port}/internal/test-clock`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...(credential && { [CREDENTIAL_HEADER]: credential }) },
        body: JSON.stringify(body),
      })
    ).status;
  const service = (secret: string) =>
    mintCredential(
      { identity: null, clientIp: '127.0.0.1', requestId: randomUUID(), sessionId: null, service: 'test' },
      secret,
    );

  it('is refused without the gateway’s signature, to a person, and on a navigator without NAVIGATOR_CLOCK', async () => {
    const port = s.stack.ports.navigator;
    expect(await clockCall(port, null)).toBe(401);
    const person = await mintCredential(
      {
        identity: {
          userId: DemoUser.region,
          role: 'REGIONAL_OPERATOR',
          fullName: 'Кузнецова Анна Дмитриевна',
          login: 'region@demo.ru',
          organizationId: null,
          municipalityId: null,
          canViewPersonalData: false,
          canConfirmApplications: false,
        },
        clientIp: '127.0.0.1',
        requestId: randomUUID(),
        sessionId: null,
      },
      s.stack.gatewaySecret,
    );
    expect(await clockCall(port, person)).toBe(403);
    expect(await clockCall(port, await service(s.stack.gatewaySecret), { now: 'завтра' })).toBe(400);
    // The shared stack's navigator runs on the real clock: no such route.
    expect(await clockCall(SUBGRAPH_PORTS.navigator, await service(testGatewaySecret()))).toBe(404);
  });
});
