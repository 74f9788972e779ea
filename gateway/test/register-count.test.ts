import { seedLoad } from '@pfdo/devstack/seed-load';
import { signIn } from '@pfdo/testing';
import { PrivateStack, startPrivateStack } from './private-stack.support';

/**
 * A register tab is counted exactly up to REGISTER_EXACT_COUNT_LIMIT and is «more than» that beyond. A stack of
 * the test's own, with a limit of 5, so that a few seeded applications cross it.
 */
const LIMIT = 5;
const REGISTER = `query ($tab: ApplicationRegisterTab!, $search: ApplicationSearchInput) {
  applicationRegister(tab: $tab, search: $search, first: 2) { totalCount totalCountExact applications { id number } } }`;
type Register = {
  applicationRegister: { totalCount: number; totalCountExact: boolean; applications: { id: string; number: string }[] };
};

let stack: PrivateStack;

beforeAll(async () => {
  stack = await startPrivateStack({ REGISTER_EXACT_COUNT_LIMIT: String(LIMIT) });
  await seedLoad(stack.postgres.url, {
    applications: 3 * LIMIT,
    log: () => undefined,
  });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the count of a register tab', () => {
  it('says «more than the limit» past it, and the page is still served', async () => {
    const operator = await signIn('operator@demo.ru', undefined, { gatewayUrl: stack.gatewayUrl });
    const { applicationRegister } = await operator.data<Register>(REGISTER, { tab: 'ALL' });
    expect(applicationRegister).toMatchObject({ totalCount: LIMIT, totalCountExact: false });
    expect(applicationRegister.applications).toHaveLength(2);
  });

  it('is exact up to the limit', async () => {
    const operator = await signIn('operator@demo.ru', undefined, { gatewayUrl: stack.gatewayUrl });
    const all = await operator.data<Register>(REGISTER, { tab: 'ALL' });
    const { number } = all.applicationRegister.applications[0];
    const { applicationRegister } = await operator.data<Register>(REGISTER, {
      tab: 'ALL',
      search: { applicationNumber: number },
    });
    expect(applicationRegister).toMatchObject({ totalCount: 1, totalCountExact: true });
  });
});
