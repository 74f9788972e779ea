import { anonymous, arrangeCitizen, closeTestDatabase, signIn, testDatabase } from '@pfdo/testing';

afterAll(closeTestDatabase);

const CHANGE_PASSWORD = `mutation ($current: String!, $password: String!, $repeat: String!) {
  changeMyPassword(currentPassword: $current, newPassword: $password, newPasswordRepeat: $repeat)
}`;
const CHANGE_LOGIN = `mutation ($login: String!, $current: String!) {
  changeMyLogin(newLogin: $login, currentPassword: $current) { id login }
}`;
const ME = `{ me { id login } }`;

const NEW_PASSWORD = 'Nov1yParol2026';

describe('«Изменить пароль»', () => {
  it('asks for the current password, checks the new one, and ends the account’s other sessions at once', async () => {
    const citizen = await arrangeCitizen();
    const here = await signIn(citizen.login);
    const elsewhere = await signIn(citizen.login);

    const refusals = [];
    for (const [current, password, repeat] of [
      ['wrong-password', NEW_PASSWORD, NEW_PASSWORD],
      ['demo2026', 'короткий', 'короткий'],
      ['demo2026', NEW_PASSWORD, `${NEW_PASSWORD}!`],
    ]) {
      const answer = await here.request(CHANGE_PASSWORD, { current, password, repeat });
      refusals.push({ code: answer.errors?.[0]?.extensions?.code, field: answer.errors?.[0]?.extensions?.field });
    }
    expect(refusals).toEqual([
      { code: 'INVALID_CREDENTIALS', field: 'currentPassword' },
      { code: 'WEAK_PASSWORD', field: 'newPassword' },
      { code: 'PASSWORDS_DO_NOT_MATCH', field: 'newPasswordRepeat' },
    ]);
    // Nothing was changed by the refusals: both browsers are still in.
    expect((await elsewhere.data<{ me: { id: string } }>(ME)).me.id).toBe(citizen.id);

    expect(
      await here.data(CHANGE_PASSWORD, { current: 'demo2026', password: NEW_PASSWORD, repeat: NEW_PASSWORD }),
    ).toEqual({ changeMyPassword: true });
    expect((await elsewhere.request<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect((await here.data<{ me: { id: string } }>(ME)).me.id).toBe(citizen.id);

    const old = await anonymous().request(`mutation { login(login: "${citizen.login}", password: "demo2026") { id } }`);
    expect(old.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await (await signIn(citizen.login, NEW_PASSWORD)).data<{ me: { id: string } }>(ME)).me.id).toBe(citizen.id);

    const { rows } = await testDatabase().query(
      `SELECT action, after FROM organizations.audit_events WHERE subject_id = $1 AND action LIKE 'OWN_%'`,
      [citizen.id],
    );
    expect(rows).toEqual([{ action: 'OWN_PASSWORD_CHANGED', after: { sessionsEnded: 1 } }]);
  });
});

describe('«Изменить логин»', () => {
  it('refuses a login that is taken or looks like a certificate number, and signs in by the new one at once', async () => {
    const citizen = await arrangeCitizen();
    const client = await signIn(citizen.login);
    const refusals = [];
    for (const [login, current] of [
      ['parent', 'demo2026'],
      ['4216003512', 'demo2026'],
      ['иванова', 'demo2026'],
      [`new-${citizen.id.slice(0, 8)}`, 'wrong-password'],
    ]) {
      const answer = await client.request(CHANGE_LOGIN, { login, current });
      refusals.push({ code: answer.errors?.[0]?.extensions?.code, field: answer.errors?.[0]?.extensions?.field });
    }
    expect(refusals).toEqual([
      { code: 'LOGIN_TAKEN', field: 'newLogin' },
      { code: 'INVALID_LOGIN', field: 'newLogin' },
      { code: 'INVALID_LOGIN', field: 'newLogin' },
      { code: 'INVALID_CREDENTIALS', field: 'currentPassword' },
    ]);

    const login = `Ivanova.${citizen.id.slice(0, 8)}`;
    const { changeMyLogin } = await client.data<{ changeMyLogin: { login: string } }>(CHANGE_LOGIN, {
      login,
      current: 'demo2026',
    });
    expect(changeMyLogin.login).toBe(login.toLowerCase());
    // The session goes on, and says the new login at once (the gateway's cache forgets the changed user).
    expect((await client.data<{ me: { login: string } }>(ME)).me.login).toBe(login.toLowerCase());
    expect((await (await signIn(login.toLowerCase())).data<{ me: { id: string } }>(ME)).me.id).toBe(citizen.id);
    const old = await anonymous().request(`mutation { login(login: "${citizen.login}", password: "demo2026") { id } }`);
    expect(old.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });
});
