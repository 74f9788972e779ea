import { DEMO_ACCOUNTS } from '@pfdo/platform';
import { anonymous, GatewayClient, signIn } from '@pfdo/testing';

const LOGIN = `mutation ($login: String!, $password: String!) {
  login(login: $login, password: $password) { fullName role }
}`;

const ME =
  '{ me { login fullName role canViewPersonalData canConfirmApplications organization { name } municipality { name } } }';

type Me = {
  me: {
    login: string;
    role: string;
    canViewPersonalData: boolean;
    canConfirmApplications: boolean;
    organization: { name: string } | null;
    municipality: { name: string } | null;
  } | null;
};

describe('signing in', () => {
  it.each(DEMO_ACCOUNTS.map((account) => [account.login, account.role]))(
    'works for the demo account %s (%s)',
    async (login, role) => {
      const client = await signIn(login);
      const { me } = await client.data<Me>(ME);
      expect(me).toMatchObject({ login, role });
    },
  );

  it('tells each account its organization, municipality and rights', async () => {
    const withRights = await (await signIn('org-pd@demo.ru')).data<Me>(ME);
    expect(withRights.me).toMatchObject({
      canViewPersonalData: true,
      canConfirmApplications: true,
      organization: { name: 'МАУ ДО «ДЮЦ «Орион»' },
      municipality: { name: 'г. Новокузнецк' },
    });
    const withoutRights = await (await signIn('org@demo.ru')).data<Me>(ME);
    expect(withoutRights.me).toMatchObject({ canViewPersonalData: false, canConfirmApplications: false });
    const kemerovo = await (await signIn('operator-kem@demo.ru')).data<Me>(ME);
    expect(kemerovo.me?.municipality?.name).toBe('г. Кемерово');
  });

  it('sets an httpOnly, SameSite session cookie', async () => {
    const client = anonymous();
    const result = await client.request(LOGIN, { login: 'parent', password: 'demo2026' });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pfdo_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(JSON.stringify(result.data)).not.toContain(client.sessionCookie!.split('=')[1]);
  });

  it('accepts the login in any letter case and with spaces around it', async () => {
    const client = anonymous();
    const result = await client.request(LOGIN, { login: '  Operator@Demo.RU ', password: 'demo2026' });
    expect(result.data).toEqual({ login: { fullName: 'Петрова Ольга Викторовна', role: 'MUNICIPAL_OPERATOR' } });
  });

  it('gives a wrong password and an unknown login the same answer', async () => {
    const wrongPassword = await anonymous().request(LOGIN, { login: 'parent', password: 'demo2025' });
    const unknownLogin = await anonymous().request(LOGIN, { login: 'nobody@demo.ru', password: 'demo2026' });
    for (const result of [wrongPassword, unknownLogin]) {
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(result.errors?.[0].message).toBe('Неверный логин или пароль');
      expect(result.headers.get('set-cookie')).toBeNull();
    }
    expect(wrongPassword.errors).toEqual(unknownLogin.errors);
  });

  it('refuses a too-long login with a clear message', async () => {
    const result = await anonymous().request(LOGIN, { login: `${'a'.repeat(300)}@demo.ru`, password: 'demo2026' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toBe('Логин не может быть длиннее 254 символов');
  });

  it('refuses an empty login or password', async () => {
    const noLogin = await anonymous().request(LOGIN, { login: '  ', password: 'demo2026' });
    expect(noLogin.errors?.[0]).toMatchObject({ message: 'Введите логин', extensions: { code: 'BAD_USER_INPUT' } });
    const noPassword = await anonymous().request(LOGIN, { login: 'parent', password: '' });
    expect(noPassword.errors?.[0]).toMatchObject({ message: 'Введите пароль', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('ends the session on logout, so that the old cookie no longer works', async () => {
    const client = await signIn('parent');
    const cookie = client.sessionCookie;
    const result = await client.request<{ logout: boolean }>('mutation { logout }');
    expect(result.data).toEqual({ logout: true });
    expect(result.headers.get('set-cookie')).toMatch(/^pfdo_session=; Max-Age=0/);

    const replay = new GatewayClient();
    replay.sessionCookie = cookie;
    expect(await replay.data('{ me { id } }')).toEqual({ me: null });
  });

  it('treats a made-up session cookie as no session', async () => {
    const client = new GatewayClient();
    client.sessionCookie = 'pfdo_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(await client.data('{ me { id } }')).toEqual({ me: null });
  });
});
