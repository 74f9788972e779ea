import { BoundedPasswordHashing, hashPassword, PasswordHashingBusyError, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo2026');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('demo2026', stored)).toBe(true);
    expect(await verifyPassword('demo2025', stored)).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('demo2026')).not.toBe(await hashPassword('demo2026'));
  });

  it('refuses a stored value of an unknown scheme', async () => {
    expect(await verifyPassword('demo2026', 'md5$abc')).toBe(false);
  });
});

describe('API4:2023 Unrestricted Resource Consumption: bounded password hashing', () => {
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword('demo2026');
  });

  it('runs what fits in the slots and the queue, and refuses the rest at once', async () => {
    const hashing = new BoundedPasswordHashing({ concurrency: 1, maxQueued: 2, maxPerClient: 100 });
    const started = Date.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => hashing.verify('demo2026', stored, `client-${i}`)),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(
      outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<boolean>).value),
    ).toEqual([true, true, true]);
    expect(refused).toHaveLength(7);
    for (const o of refused) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(PasswordHashingBusyError);
    expect(hashing.load).toEqual({ active: 0, queued: 0 });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('keeps one client to its share, while another still gets in', async () => {
    const hashing = new BoundedPasswordHashing({ concurrency: 1, maxQueued: 10, maxPerClient: 2 });
    const attempts = [1, 2, 3].map(() => hashing.verify('demo2026', stored, '203.0.113.1'));
    const other = hashing.verify('demo2025', stored, '203.0.113.2');
    const one = await Promise.allSettled(attempts);
    expect(one.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    await expect(other).resolves.toBe(false);
    // Once its checks are done, the client has its share back.
    await expect(hashing.verify('demo2026', stored, '203.0.113.1')).resolves.toBe(true);
  });

  it('lets the waiting clients take turns: a flood from one address delays another by a turn, not by its share', async () => {
    const hashing = new BoundedPasswordHashing({ concurrency: 1, maxQueued: 10, maxPerClient: 8 });
    const finished: string[] = [];
    const check = (client: string, label: string) =>
      hashing.verify('demo2026', stored, client).then(() => finished.push(label));
    const flood = [1, 2, 3, 4, 5].map((i) => check('198.51.100.7', `flood-${i}`));
    const bystander = check('198.51.100.8', 'bystander');
    await Promise.all([...flood, bystander]);
    // The flood's first check was running and its next one had the first turn; then came the bystander's,
    // not after all five (first-come order would have put it last).
    expect(finished.slice(0, 3)).toEqual(['flood-1', 'flood-2', 'bystander']);
    expect(finished).toHaveLength(6);
    expect(hashing.load).toEqual({ active: 0, queued: 0 });
  });

  it('refuses, unhashed, a check that waited for its turn longer than it may', async () => {
    const hashing = new BoundedPasswordHashing({ concurrency: 1, maxQueued: 10, maxPerClient: 10, maxWaitMs: 1 });
    const outcomes = await Promise.allSettled([1, 2].map(() => hashing.verify('demo2026', stored, '203.0.113.9')));
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: true });
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(PasswordHashingBusyError);
    expect(hashing.load).toEqual({ active: 0, queued: 0 });
  });
});
