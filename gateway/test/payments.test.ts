import { randomInt } from 'node:crypto';
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
import { monthAmounts } from '../../subgraphs/navigator/src/payments/month-amounts';
import {
  arrangeHolder,
  arrangeMunicipality,
  arrangeOtherProvider,
  arrangeProgram,
  CANCEL,
  CONFIRM,
  CREATE,
} from './enrollment.support';
import { ADVANCE, arrangeRegistryChild, codeOf, PAYMENT_FIELDS, regionMonth, SETTLE } from './protection.support';

/**
 * Payments per contract (issue 12 part D2): each month of a concluded contract the certificate pays has its amount
 * (the reservation spread over the months); the provider records the month's «Аванс», then its «Расчет», which
 * turns the month's reserved money into spent money; the holder's cabinet and the registry's certificate page show
 * the same rows and balance (nominal − reserved − spent). The municipality's money limit counts the committed money.
 */
afterAll(closeTestDatabase);
jest.setTimeout(120_000);

interface Payment {
  contractNumber: string;
  month: string;
  amountKopecks: number;
  advanceKopecks: number;
  settlementKopecks: number;
  advanceRecorded: boolean;
  settled: boolean;
}

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

const ACCOUNT = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Certificate { account { nominalKopecks reservedKopecks spentKopecks balanceKopecks payments { ${PAYMENT_FIELDS} } } } } }`;

const CABINET_MONEY = `{ myCertificateCabinet { possibilities { moneyLimitReached
  money { nominalKopecks reservedKopecks spentKopecks balanceKopecks } } } }`;

const CARD = `query ($id: ID!) { contract(id: $id) { id number reservedKopecks months startsOn payments { ${PAYMENT_FIELDS} } } }`;

interface Money {
  nominalKopecks: number;
  reservedKopecks: number;
  spentKopecks: number;
  balanceKopecks: number;
}

const cabinetMoney = async (client: GatewayClient) =>
  (
    await client.data<{
      myCertificateCabinet: { possibilities: { moneyLimitReached: boolean; money: Money | null } };
    }>(CABINET_MONEY)
  ).myCertificateCabinet.possibilities;

const accountOf = async (...certificateIds: string[]) =>
  (
    (
      await callSubgraph('navigator', ACCOUNT, {
        credential: await gatewayCredential(REGION),
        variables: { representations: certificateIds.map((id) => ({ __typename: 'Certificate', id })) },
      })
    ).body.data as { _entities: Array<{ account: Money & { payments: Payment[] } }> }
  )._entities;

/** A confirmed certified contract of an activated holder: its id, number and reservation. */
async function confirmedContract(options: { nominal?: number; limit?: number; priceKopecks?: number } = {}) {
  const municipality = await arrangeMunicipality({ nominal: options.nominal ?? 1_200_000_00, limit: options.limit });
  const holder = await arrangeHolder(municipality);
  const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: options.priceKopecks ?? 1500_00 });
  const { createEnrollmentRequest: request } = await holder.client.data<{
    createEnrollmentRequest: { id: string; number: string; reservedKopecks: number; months: number; startsOn: string };
  }>(CREATE, { groupId: program.groupIds[0] });
  const provider = await signIn('provider@demo.ru');
  return { municipality, holder, program, provider, request };
}

describe('payments per contract', () => {
  it('advance, then settlement: reserved becomes spent, and the cabinet and the registry show the same', async () => {
    const { holder, provider, request } = await confirmedContract();
    const month = regionMonth();
    // A request is not a contract: nothing to pay yet.
    const early = await provider.request(ADVANCE, { contractId: request.id, month, kopecks: 100_00 });
    expect(codeOf(early)).toBe('ACTION_NOT_ALLOWED_IN_STATUS');
    await provider.data(CONFIRM, { id: request.id });

    const expected = monthAmounts(request.reservedKopecks, request.months, request.startsOn);
    const card = await holder.client.data<{ contract: { payments: Payment[] } }>(CARD, { id: request.id });
    expect(card.contract.payments).toEqual(
      expected.map((row) => ({
        contractNumber: request.number,
        month: row.month,
        amountKopecks: row.amountKopecks,
        advanceKopecks: 0,
        settlementKopecks: 0,
        advanceRecorded: false,
        settled: false,
      })),
    );
    expect(expected[0].month).toBe(month);
    const amount = expected[0].amountKopecks;
    const before = (await cabinetMoney(holder.client)).money!;

    expect(codeOf(await provider.request(SETTLE, { contractId: request.id, month, kopecks: 10_00 }))).toBe(
      'ADVANCE_REQUIRED',
    );
    const tooMuch = await provider.request(ADVANCE, { contractId: request.id, month, kopecks: amount + 1 });
    expect(codeOf(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0].extensions?.fields).toHaveProperty('advanceKopecks');
    expect(codeOf(await provider.request(ADVANCE, { contractId: request.id, month: regionMonth(1), kopecks: 1 }))).toBe(
      'PAYMENT_MONTH_NOT_DUE',
    );

    const advanced = await provider.data<{ recordPaymentAdvance: { payments: Payment[] } }>(ADVANCE, {
      contractId: request.id,
      month,
      kopecks: 800_00,
    });
    expect(advanced.recordPaymentAdvance.payments[0]).toMatchObject({ advanceKopecks: 800_00, advanceRecorded: true });
    // An advance moves no money between reserved and spent.
    expect((await cabinetMoney(holder.client)).money).toEqual(before);

    // Settled below the month's amount: the amount leaves the reserve, the settlement is spent, the rest is free.
    const settlement = amount - 100_00;
    const settled = await provider.data<{ recordPaymentSettlement: { payments: Payment[] } }>(SETTLE, {
      contractId: request.id,
      month,
      kopecks: settlement,
    });
    expect(settled.recordPaymentSettlement.payments[0]).toMatchObject({
      month,
      amountKopecks: amount,
      advanceKopecks: 800_00,
      settlementKopecks: settlement,
      settled: true,
    });
    const after = (await cabinetMoney(holder.client)).money!;
    expect(after).toEqual({
      nominalKopecks: before.nominalKopecks,
      reservedKopecks: before.reservedKopecks - amount,
      spentKopecks: settlement,
      balanceKopecks: before.balanceKopecks + 100_00,
    });
    expect(after.balanceKopecks).toBe(after.nominalKopecks - after.reservedKopecks - after.spentKopecks);
    expect(codeOf(await provider.request(SETTLE, { contractId: request.id, month, kopecks: 1 }))).toBe(
      'MONTH_ALREADY_SETTLED',
    );
    expect(codeOf(await provider.request(ADVANCE, { contractId: request.id, month, kopecks: 1 }))).toBe(
      'MONTH_ALREADY_SETTLED',
    );

    // The registry's certificate page reads the same through Certificate.account.
    const [registry] = await accountOf(holder.id);
    expect(registry.account).toEqual({ ...after, payments: settled.recordPaymentSettlement.payments });

    const audit = await testDatabase().query(
      `SELECT action, actor_role, after->>'advanceKopecks' AS advance, after->>'settlementKopecks' AS settlement
         FROM navigator.audit_events WHERE subject_id = $1 AND action LIKE 'PAYMENT_%' ORDER BY id`,
      [request.id],
    );
    expect(audit.rows).toEqual([
      { action: 'PAYMENT_ADVANCE_RECORDED', actor_role: 'PROVIDER', advance: '80000', settlement: null },
      { action: 'PAYMENT_SETTLED', actor_role: 'PROVIDER', advance: '80000', settlement: String(settlement) },
    ]);

    // Cancelled afterwards: the reserve goes back, what was spent stays spent.
    await holder.client.data(CANCEL, { id: request.id });
    expect((await cabinetMoney(holder.client)).money).toMatchObject({ reservedKopecks: 0, spentKopecks: settlement });
  });

  it('are recorded by the contract’s provider only', async () => {
    const { holder, provider, request } = await confirmedContract();
    await provider.data(CONFIRM, { id: request.id });
    const month = regionMonth();
    const others = await Promise.all(
      ['operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru'].map((login) => signIn(login)),
    );
    const otherProvider = await arrangeOtherProvider();
    const codes: Array<[string, unknown]> = [];
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['holder', holder.client],
      ['operator', others[0]],
      ['region', others[1]],
      ['org-pd', others[2]],
      ['another provider', otherProvider],
    ] as const) {
      codes.push([
        `${name} advance`,
        codeOf(await client.request(ADVANCE, { contractId: request.id, month, kopecks: 1 })),
      ]);
      codes.push([
        `${name} settle`,
        codeOf(await client.request(SETTLE, { contractId: request.id, month, kopecks: 1 })),
      ]);
    }
    expect(codes.filter(([, code]) => !['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'].includes(code as string))).toEqual(
      [],
    );
    expect(codes.find(([name]) => name === 'another provider advance')?.[1]).toBe('NOT_FOUND');
    expect(codes.find(([name]) => name === 'holder advance')?.[1]).toBe('FORBIDDEN');
    const { rows } = await testDatabase().query(`SELECT 1 FROM navigator.contract_payments WHERE contract_id = $1`, [
      request.id,
    ]);
    expect(rows).toEqual([]);
  });

  it('rows cost as many statements for 1 contract as for 20, and for 1 certificate of the register as for 5', async () => {
    const municipality = await arrangeMunicipality({ nominal: 100_000_000_00 });
    const holder = await arrangeHolder(municipality);
    const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 100_00, groups: 20 });
    const provider = await signIn('provider@demo.ru');
    for (const groupId of program.groupIds) {
      const { createEnrollmentRequest } = await holder.client.data<{ createEnrollmentRequest: { id: string } }>(
        CREATE,
        { groupId },
      );
      await provider.data(CONFIRM, { id: createEnrollmentRequest.id });
    }
    const LIST = `query ($first: Int) { myContracts(tab: CONFIRMED, first: $first) { id payments { ${PAYMENT_FIELDS} } } }`;
    const one = await countSqlStatements<{ myContracts: Array<{ payments: Payment[] }> }>(holder.client, LIST, {
      first: 1,
    });
    const twenty = await countSqlStatements<{ myContracts: Array<{ payments: Payment[] }> }>(holder.client, LIST, {
      first: 20,
    });
    expect(twenty.data.myContracts).toHaveLength(20);
    expect(twenty.data.myContracts.every((row) => row.payments.length > 0)).toBe(true);
    expect(twenty.statements.navigator).toBe(one.statements.navigator);

    // The registry's register reads many certificates' accounts at once: their payments come in one batch.
    const surname = `Платежов${randomInt(1e9)}`;
    for (let index = 0; index < 5; index += 1) {
      const other = index === 0 ? holder : await arrangeHolder(municipality);
      if (index > 0) {
        const { createEnrollmentRequest } = await other.client.data<{ createEnrollmentRequest: { id: string } }>(
          CREATE,
          { groupId: program.groupIds[index] },
        );
        await provider.data(CONFIRM, { id: createEnrollmentRequest.id });
      }
      await arrangeRegistryChild(other, { surname, name: 'Иван', patronymic: `Номер${index}` });
    }
    const region = await signIn('region@demo.ru');
    const REGISTER = `query ($first: Int!, $surname: String!) {
      certificateRegister(tab: ACCOUNTING, first: $first, search: { surname: $surname }) {
        certificates { id account { payments { ${PAYMENT_FIELDS} } } } } }`;
    type Register = { certificateRegister: { certificates: Array<{ account: { payments: Payment[] } }> } };
    const single = await countSqlStatements<Register>(region, REGISTER, { first: 1, surname });
    const five = await countSqlStatements<Register>(region, REGISTER, { first: 5, surname });
    expect(single.data.certificateRegister.certificates).toHaveLength(1);
    expect(five.data.certificateRegister.certificates).toHaveLength(5);
    expect(five.data.certificateRegister.certificates.every((row) => row.account.payments.length > 0)).toBe(true);
    expect(five.statements.navigator).toBe(single.statements.navigator);
  });
});

describe('the municipality’s money limit', () => {
  it('counts reserved and spent money: reached when committed, released with the reservation', async () => {
    const first = await confirmedContract({ nominal: 1_200_000_00, priceKopecks: 1500_00 });
    const committed = first.request.reservedKopecks;
    // The limit is what the first holder's request committed, and 100 roubles more.
    await testDatabase().query(
      `UPDATE navigator.group_settings SET municipality_limit_kopecks = $2 WHERE municipality_id = $1`,
      [first.municipality.municipalityId, committed + 100_00],
    );
    const second = await arrangeHolder(first.municipality);
    expect((await cabinetMoney(second.client)).moneyLimitReached).toBe(false);
    const program = await arrangeProgram({ registry: 'CERTIFIED', priceKopecks: 1500_00 });
    // What the limit still covers is all the second request may reserve; the family pays the rest.
    const { createEnrollmentRequest: capped } = await second.client.data<{
      createEnrollmentRequest: { id: string; reservedKopecks: number; familyPaysKopecks: number };
    }>(CREATE, { groupId: program.groupIds[0] });
    expect(capped.reservedKopecks).toBe(100_00);

    // Now reached: every holder of the group sees the message instead of nominal and balance.
    for (const client of [first.holder.client, second.client]) {
      expect(await cabinetMoney(client)).toEqual({ moneyLimitReached: true, money: null });
    }
    const third = await arrangeHolder(first.municipality);
    const refused = await third.client.request(CREATE, { groupId: program.groupIds[0] });
    expect(codeOf(refused)).toBe('MONEY_LIMIT_REACHED');
    expect(refused.errors?.[0].message).toMatch(/^Лимит денежного обеспечения сертификатов муниципалитета достигнут/);

    // Released by a cancellation: below the limit again.
    await second.client.data(CANCEL, { id: capped.id });
    const money = await cabinetMoney(third.client);
    expect(money.moneyLimitReached).toBe(false);
    expect(money.money?.nominalKopecks).toBe(availableNominal(1_200_000_00, new Date()).availableKopecks);
  });
});
