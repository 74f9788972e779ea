import { hashPassword, verifyPassword } from './password';

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
