import { anonymous, arrangeCitizen, closeTestDatabase, GatewayClient, signIn, testDatabase } from '@pfdo/testing';
import { arrangeCabinet, codeOf } from './cabinets.support';

/**
 * «Объединение кабинетов пользователя» (issue 15 part D): a parent links his children's certificate cabinets with
 * the other cabinet's password, switches between them by the arrow next to the login without signing in again
 * (a new session, the old one ended), and unlinks from either side.
 */
afterAll(closeTestDatabase);
jest.setTimeout(180_000);

const ME = `{ me { id login role } }`;
const LINKED = `{ myLinkedCabinets { id login fullName } }`;
const CHECK = `mutation ($login: String!) { checkCabinetToLink(login: $login) { login } }`;
const LINK = `mutation ($login: String!, $password: String!) {
  linkCabinet(login: $login, password: $password) { id login fullName } }`;
const UNLINK = `mutation ($userId: ID!) { unlinkCabinet(userId: $userId) { id login } }`;
const SWITCH = `mutation ($userId: ID!) { switchCabinet(userId: $userId) { id login role } }`;

async function auditOf(subjectId: string) {
  const { rows } = await testDatabase().query(
    `SELECT action FROM organizations.audit_events WHERE subject_id = $1 AND action LIKE 'CABINET%' ORDER BY id`,
    [subjectId],
  );
  return rows.map((row: { action: string }) => row.action);
}

describe('merged cabinets', () => {
  it('links with the other cabinet’s password, switches both ways without signing in, and unlinks', async () => {
    const older = await arrangeCabinet('Иванова Мария Петровна');
    const younger = await arrangeCabinet('Иванов Пётр Петрович', 'Другой2026пароль');
    const client = await signIn(older.login);

    expect(await client.data(CHECK, { login: ` ${younger.login} ` })).toEqual({
      checkCabinetToLink: { login: younger.login },
    });
    const own = await client.request(CHECK, { login: older.login });
    expect([codeOf(own), own.errors?.[0]?.message]).toEqual(['CABINET_NOT_LINKABLE', 'Это ваш собственный кабинет']);

    const linked = await client.data<{ linkCabinet: unknown }>(LINK, {
      login: younger.login,
      password: younger.password,
    });
    expect(linked.linkCabinet).toEqual([{ id: younger.id, login: younger.login, fullName: 'Иванов Пётр Петрович' }]);
    const again = await client.request(CHECK, { login: younger.login });
    expect([codeOf(again), again.errors?.[0]?.message]).toEqual([
      'CABINET_NOT_LINKABLE',
      'Этот кабинет уже объединён с вашим',
    ]);

    const oldCookie = client.sessionCookie;
    const switched = await client.data<{ switchCabinet: { id: string } }>(SWITCH, { userId: younger.id });
    expect(switched.switchCabinet).toEqual({ id: younger.id, login: younger.login, role: 'CERTIFICATE_HOLDER' });
    expect(client.sessionCookie).not.toBe(oldCookie);
    expect((await client.data<{ me: { id: string } }>(ME)).me.id).toBe(younger.id);
    // The link is seen from the other side too, and the old session is over.
    expect((await client.data<{ myLinkedCabinets: Array<{ id: string }> }>(LINKED)).myLinkedCabinets).toEqual([
      { id: older.id, login: older.login, fullName: 'Иванова Мария Петровна' },
    ]);
    const stale = new GatewayClient();
    stale.sessionCookie = oldCookie;
    expect((await stale.request<{ me: unknown }>(ME)).data?.me).toBeNull();

    await client.data(SWITCH, { userId: older.id });
    expect((await client.data<{ me: { id: string } }>(ME)).me.id).toBe(older.id);

    // Unlinked from the younger's side: neither lists the other, and the switch is refused.
    await client.data(SWITCH, { userId: younger.id });
    expect(await client.data(UNLINK, { userId: older.id })).toEqual({ unlinkCabinet: [] });
    const refused = await client.request(SWITCH, { userId: older.id });
    expect(codeOf(refused)).toBe('CABINET_NOT_LINKED');
    expect((await client.data<{ me: { id: string } }>(ME)).me.id).toBe(younger.id);
    expect((await (await signIn(older.login)).data(LINKED)).myLinkedCabinets).toEqual([]);
    expect(codeOf(await client.request(UNLINK, { userId: older.id }))).toBe('CABINET_NOT_LINKED');

    expect(await auditOf(older.id)).toEqual(['CABINETS_LINKED', 'CABINET_SWITCHED']);
    expect(await auditOf(younger.id)).toEqual(['CABINET_SWITCHED', 'CABINET_SWITCHED', 'CABINETS_UNLINKED']);
  });

  it('refuses a switch to a cabinet that is not linked, whatever id the client sends', async () => {
    const mine = await arrangeCabinet('Сидоров Илья Олегович');
    const stranger = await arrangeCabinet('Петрова Анна Игоревна');
    const client = await signIn(mine.login);
    for (const userId of [stranger.id, mine.id, 'not-a-uuid']) {
      const answer = await client.request(SWITCH, { userId });
      expect([userId, codeOf(answer)]).toEqual([userId, 'CABINET_NOT_LINKED']);
    }
    expect((await client.data<{ me: { id: string } }>(ME)).me.id).toBe(mine.id);
    const { rows } = await testDatabase().query(
      `SELECT count(*)::int AS n FROM organizations.sessions WHERE user_id = $1`,
      [stranger.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses a wrong password with the sign-in’s limits, audits it, and links nothing', async () => {
    const mine = await arrangeCabinet('Кузнецов Олег Ильич');
    const other = await arrangeCabinet('Кузнецова Ольга Ильинична');
    const client = await signIn(mine.login, 'demo2026', { forwardedFor: '203.0.113.151' });

    const wrong = await client.request(LINK, { login: other.login, password: 'неверный' });
    expect([codeOf(wrong), wrong.errors?.[0]?.message, wrong.errors?.[0]?.extensions?.field]).toEqual([
      'INVALID_CREDENTIALS',
      'Неверный логин или пароль',
      'password',
    ]);
    const unknownLogin = await client.request(LINK, { login: '0000000001', password: 'demo2026' });
    expect(codeOf(unknownLogin)).toBe('INVALID_CREDENTIALS');
    // A staff account's right password still links nothing.
    const notHolder = await client.request(LINK, { login: 'operator@demo.ru', password: 'demo2026' });
    expect(codeOf(notHolder)).toBe('CABINET_NOT_LINKABLE');

    const codes: unknown[] = [];
    for (let i = 1; i < 10; i += 1)
      codes.push(codeOf(await client.request(LINK, { login: other.login, password: `x${i}` })));
    expect(codes.slice(0, 8)).toEqual(Array(8).fill('INVALID_CREDENTIALS'));
    expect(codes[8]).toBe('RATE_LIMITED');
    // Locked: the right password too waits, as at sign-in.
    expect(codeOf(await client.request(LINK, { login: other.login, password: other.password }))).toBe('RATE_LIMITED');

    expect((await client.data<{ myLinkedCabinets: unknown[] }>(LINKED)).myLinkedCabinets).toEqual([]);
    const audit = await auditOf(mine.id);
    expect(audit.filter((action) => action === 'CABINET_LINK_REFUSED').length).toBeGreaterThanOrEqual(11);
    expect(audit).not.toContain('CABINETS_LINKED');
  });

  it('refuses every wrong role for each query and mutation', async () => {
    const cabinet = await arrangeCabinet('Морозов Денис Андреевич');
    const citizen = await arrangeCitizen();
    const others = await Promise.all(
      ['operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru', 'provider@demo.ru', citizen.login].map((login) =>
        signIn(login),
      ),
    );
    const names = ['anonymous', 'operator', 'region', 'org-pd', 'provider', 'citizen'];
    const clients = [anonymous(), ...others];
    const operations: Array<[string, string, Record<string, unknown>]> = [
      ['list', LINKED, {}],
      ['check', CHECK, { login: cabinet.login }],
      ['link', LINK, { login: cabinet.login, password: cabinet.password }],
      ['unlink', UNLINK, { userId: cabinet.id }],
      ['switch', SWITCH, { userId: cabinet.id }],
      ['theme', `mutation { setMyTheme(theme: DARK) }`, {}],
    ];
    const codes: Array<[string, unknown]> = [];
    for (const [index, client] of clients.entries()) {
      for (const [operation, query, variables] of operations) {
        codes.push([`${names[index]} ${operation}`, codeOf(await client.request(query, variables))]);
      }
    }
    expect(codes.filter(([, code]) => code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED')).toEqual([]);
    expect(codes.filter(([name]) => name.startsWith('anonymous')).map(([, code]) => code)).toEqual(
      Array(operations.length).fill('UNAUTHENTICATED'),
    );
    const { rows } = await testDatabase().query(
      `SELECT count(*)::int AS n FROM organizations.account_links WHERE $1 IN (user_id, linked_user_id)`,
      [cabinet.id],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('«Темная тема»', () => {
  it('is null until chosen, then remembered with the account for every session of it', async () => {
    const cabinet = await arrangeCabinet('Орлова Вера Павловна');
    const laptop = await signIn(cabinet.login);
    expect(await laptop.data(`{ myTheme }`)).toEqual({ myTheme: null });
    expect(await laptop.data(`mutation { setMyTheme(theme: DARK) }`)).toEqual({ setMyTheme: 'DARK' });
    const phone = await signIn(cabinet.login);
    expect(await phone.data(`{ myTheme }`)).toEqual({ myTheme: 'DARK' });
    await phone.data(`mutation { setMyTheme(theme: LIGHT) }`);
    expect(await laptop.data(`{ myTheme }`)).toEqual({ myTheme: 'LIGHT' });
  });
});
