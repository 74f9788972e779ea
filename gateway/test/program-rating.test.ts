import { randomUUID } from 'node:crypto';
import { CREDENTIAL_HEADER, mintCredential } from '@pfdo/platform';
import { anonymous, GatewayClient } from '@pfdo/testing';
import { CONFIRM, CREATE, ScheduleStack } from './contract-schedule.support';
import { startPrivateStack } from './private-stack.support';

/**
 * «Оценить программу» (issue 15 part A, seed 002, «ДОГОВОРЫ»): within a month after a contract ends, the day it ends
 * included, the holder rates the program on four parameters (0–100 %) and may change the rating; then it is
 * read-only. The program page shows the averages from five ratings on. Time is the navigator's test clock, on a stack
 * of this file's own (the region's time is +07).
 */
jest.setTimeout(240_000);

let s: ScheduleStack;
let provider: GatewayClient;

// PFDO_EXPOSE_SQL_STATS: the navigator counts each request's SQL statements, for the averages' one statement.
const ENV = { NAVIGATOR_CLOCK: '2027-08-20T12:00:00+07:00', LOG_LEVEL: 'warn', PFDO_EXPOSE_SQL_STATS: 'true' };

beforeAll(async () => {
  s = new ScheduleStack(await startPrivateStack(ENV), ENV);
  provider = await s.signIn('provider@demo.ru');
});
afterAll(async () => {
  await s?.stop();
});

const RATING = 'content teacher conditions result';
const CARD = `query ($id: ID!) { contract(id: $id) { id status rating { ${RATING} } ratingWindow { opensOn closesOn open } } }`;
const RATE = `mutation ($contractId: ID!, $rating: ProgramRatingInput!) {
  rateProgram(contractId: $contractId, rating: $rating) { id rating { ${RATING} } ratingWindow { open } }
}`;
const SUMMARY = `query ($id: ID!) { catalogueProgram(id: $id) { id ratingSummary { count minimumCount ${RATING} } } }`;
const NO_SUMMARY = `query ($id: ID!) { catalogueProgram(id: $id) { id } }`;

interface Card {
  contract: {
    id: string;
    status: string;
    rating: Record<string, number> | null;
    ratingWindow: { opensOn: string; closesOn: string; open: boolean } | null;
  } | null;
}

const score = (content: number, teacher: number, conditions: number, result: number) => ({
  content,
  teacher,
  conditions,
  result,
});

/** A contract of a new holder in the program's group (1 September – 31 October 2027), confirmed by the provider. */
async function contractIn(groupId: string) {
  const municipality = await s.arrangeMunicipality(120_000_00);
  const holder = await s.arrangeHolder(municipality);
  const { createEnrollmentRequest } = await holder.client.data<{ createEnrollmentRequest: { id: string } }>(CREATE, {
    groupId,
  });
  await provider.data(CONFIRM, { id: createEnrollmentRequest.id });
  return { holder, contractId: createEnrollmentRequest.id };
}

async function at(moment: string) {
  await s.setClock(moment);
  await s.sweep();
}

/** The navigator's SQL statements for one request (the private stack's `/internal/sql-stats`). */
async function navigatorStatements(client: GatewayClient, query: string, variables: Record<string, unknown>) {
  await client.data(query, variables);
  const requestId = randomUUID();
  await client.data(query, variables, { requestId });
  const credential = await mintCredential(
    { identity: null, clientIp: '127.0.0.1', requestId: randomUUID(), sessionId: null, service: 'test' },
    s.stack.gatewaySecret,
  );
  const response = await fetch(
    `http://127.0.0.1:${s.stack.ports.navigator}/internal/sql-stats?requestId=${requestId}`,
    { headers: { [CREDENTIAL_HEADER]: credential } },
  );
  return ((await response.json()) as { statements: number }).statements;
}

describe('the rating window', () => {
  it('opens on the day the contract ends and closes a month later, both days included', async () => {
    await s.setClock('2027-08-20T12:00:00+07:00');
    const program = await s.arrangeProgram('PAID', 500_00, [{ startsOn: '2027-09-01', endsOn: '2027-10-31' }]);
    const { holder, contractId } = await contractIn(program.groupIds[0]);

    await at('2027-10-30T18:00:00+07:00');
    const early = await holder.client.request(RATE, { contractId, rating: score(80, 90, 70, 60) });
    expect(early.errors?.[0]).toMatchObject({
      message: 'Оценить программу можно после окончания обучения по договору',
      extensions: { code: 'RATING_NOT_OPEN' },
    });
    expect((await holder.client.data<Card>(CARD, { id: contractId })).contract).toMatchObject({
      status: 'ACTIVE',
      rating: null,
      ratingWindow: { opensOn: '2027-10-31', closesOn: '2027-11-30', open: false },
    });

    // The last day of studies: the contract is still active, and may be rated.
    await at('2027-10-31T19:00:00+07:00');
    const rated = await holder.client.data<{ rateProgram: unknown }>(RATE, {
      contractId,
      rating: score(80, 90, 70, 60),
    });
    expect(rated.rateProgram).toEqual({ id: contractId, rating: score(80, 90, 70, 60), ratingWindow: { open: true } });

    await at('2027-11-01T00:05:00+07:00');
    expect((await holder.client.data<Card>(CARD, { id: contractId })).contract?.status).toBe('ENDED');

    // «Изменить оценку» on the window's last day, late in the evening.
    await at('2027-11-30T23:50:00+07:00');
    await holder.client.data(RATE, { contractId, rating: score(85, 95, 75, 65) });
    expect((await holder.client.data<Card>(CARD, { id: contractId })).contract).toMatchObject({
      rating: score(85, 95, 75, 65),
      ratingWindow: { open: true },
    });

    // A day more: read-only, the rating kept as it was.
    await at('2027-12-01T00:10:00+07:00');
    const late = await holder.client.request(RATE, { contractId, rating: score(0, 0, 0, 0) });
    expect(late.errors?.[0]).toMatchObject({
      message: 'Оценить программу можно было не позднее месяца после окончания договора, по 30.11.2027 включительно',
      extensions: { code: 'RATING_PERIOD_OVER' },
    });
    expect((await holder.client.data<Card>(CARD, { id: contractId })).contract).toMatchObject({
      rating: score(85, 95, 75, 65),
      ratingWindow: { opensOn: '2027-10-31', closesOn: '2027-11-30', open: false },
    });

    const { rows } = await s.db.query(
      `SELECT action, actor_role, before, after FROM navigator.audit_events
        WHERE subject_id = $1 AND action IN ('PROGRAM_RATED', 'PROGRAM_RATING_CHANGED')
        ORDER BY id`,
      [contractId],
    );
    expect(rows).toEqual([
      { action: 'PROGRAM_RATED', actor_role: 'CERTIFICATE_HOLDER', before: null, after: score(80, 90, 70, 60) },
      {
        action: 'PROGRAM_RATING_CHANGED',
        actor_role: 'CERTIFICATE_HOLDER',
        before: score(80, 90, 70, 60),
        after: score(85, 95, 75, 65),
      },
    ]);
  });

  it('refuses a value outside 0–100 with the parameter’s name', async () => {
    await s.setClock('2027-08-20T12:00:00+07:00');
    const program = await s.arrangeProgram('PAID', 500_00, [{ startsOn: '2027-09-01', endsOn: '2027-10-31' }]);
    const { holder, contractId } = await contractIn(program.groupIds[0]);
    await at('2027-11-02T12:00:00+07:00');
    const answer = await holder.client.request(RATE, { contractId, rating: score(101, 50, -1, 50) });
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        content: 'Содержание программы: оценка от 0 до 100 %',
        conditions: 'Условия обучения: оценка от 0 до 100 %',
      },
    });
  });
});

describe('who may rate', () => {
  it('refuses every other role and another holder, and writes nothing; the provider never sees the rating', async () => {
    await s.setClock('2027-08-20T12:00:00+07:00');
    const program = await s.arrangeProgram('PAID', 500_00, [{ startsOn: '2027-09-01', endsOn: '2027-10-31' }]);
    const { holder, contractId } = await contractIn(program.groupIds[0]);
    const stranger = (await contractIn(program.groupIds[0])).holder;
    await at('2027-11-02T12:00:00+07:00');

    const clients: Array<[string, GatewayClient]> = [
      ['anonymous', anonymous({ gatewayUrl: s.stack.gatewayUrl })],
      ['provider', provider],
      ['operator', await s.signIn('operator@demo.ru')],
      ['region', await s.signIn('region@demo.ru')],
      ['org-pd', await s.signIn('org-pd@demo.ru')],
      ['another holder', stranger.client],
    ];
    const codes = [];
    for (const [name, client] of clients) {
      const answer = await client.request(RATE, { contractId, rating: score(10, 10, 10, 10) });
      codes.push([name, answer.errors?.[0].extensions?.code ?? 'none']);
    }
    expect(codes).toEqual([
      ['anonymous', 'UNAUTHENTICATED'],
      ['provider', 'FORBIDDEN'],
      ['operator', 'FORBIDDEN'],
      ['region', 'FORBIDDEN'],
      ['org-pd', 'FORBIDDEN'],
      ['another holder', 'NOT_FOUND'],
    ]);
    const { rows } = await s.db.query(
      `SELECT count(*)::int AS n FROM navigator.program_ratings WHERE contract_id = $1`,
      [contractId],
    );
    expect(rows).toEqual([{ n: 0 }]);

    await holder.client.data(RATE, { contractId, rating: score(10, 20, 30, 40) });
    const seen = await provider.data<Card>(CARD, { id: contractId });
    expect(seen.contract).toMatchObject({ id: contractId, rating: null });
  });
});

describe('the program page’s averages', () => {
  it('appear only from five ratings on, in one SQL statement', async () => {
    await s.setClock('2027-08-20T12:00:00+07:00');
    const program = await s.arrangeProgram('PAID', 500_00, [
      { startsOn: '2027-09-01', endsOn: '2027-10-31', places: 20 },
    ]);
    const contracts = [];
    for (let index = 0; index < 5; index += 1) contracts.push(await contractIn(program.groupIds[0]));
    await at('2027-11-05T12:00:00+07:00');
    const visitor = anonymous({ gatewayUrl: s.stack.gatewayUrl });
    const summary = async () =>
      (await visitor.data<{ catalogueProgram: { ratingSummary: unknown } }>(SUMMARY, { id: program.programId }))
        .catalogueProgram.ratingSummary;

    const scores = [score(100, 80, 60, 40), score(90, 70, 50, 30), score(80, 60, 40, 20), score(70, 50, 30, 10)];
    for (const [index, value] of scores.entries()) {
      await contracts[index].holder.client.data(RATE, { contractId: contracts[index].contractId, rating: value });
    }
    expect(await summary()).toEqual({
      count: 4,
      minimumCount: 5,
      content: null,
      teacher: null,
      conditions: null,
      result: null,
    });

    await contracts[4].holder.client.data(RATE, { contractId: contracts[4].contractId, rating: score(61, 41, 21, 1) });
    expect(await summary()).toEqual({
      count: 5,
      minimumCount: 5,
      content: 80.2,
      teacher: 60.2,
      conditions: 40.2,
      result: 20.2,
    });

    const without = await navigatorStatements(visitor, NO_SUMMARY, { id: program.programId });
    const withAverages = await navigatorStatements(visitor, SUMMARY, { id: program.programId });
    expect(withAverages - without).toBe(1);
  });
});
