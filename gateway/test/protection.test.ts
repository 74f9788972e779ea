import { CREDENTIAL_HEADER, mintServiceCredential } from '@pfdo/platform';
import {
  anonymous,
  closeTestDatabase,
  GatewayClient,
  signIn,
  SUBGRAPH_PORTS,
  testDatabase,
  testGatewaySecret,
} from '@pfdo/testing';
import { ATTEMPTS_PER_CERTIFICATE } from '../../subgraphs/navigator/src/protection/protection-attempts';
import {
  arrangeHolder,
  arrangeMunicipality,
  arrangeOtherProvider,
  arrangeProgram,
  MONEY,
  PROVIDER_LIST,
} from './enrollment.support';
import {
  arrangeRegistryChild,
  codeOf,
  ON_BEHALF,
  PROTECTION,
  SET_PROTECTION,
  setProtection,
} from './protection.support';

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → the protection mode, and the provider's request on the holder's behalf (issue 12
 * part D2): «Запись запрещена» refuses, «Подтверждение по ФИО» (and no mode chosen) demands the child's full name,
 * checked by the registry, «Подтверждение по кодовой фразе» the phrase; wrong ones are refused and limited.
 */
afterAll(closeTestDatabase);
jest.setTimeout(120_000);

const CHILD = { surname: 'Семёнов', name: 'Пётр', patronymic: 'Алексеевич' };

interface Filed {
  id: string;
  status: string;
  certificateNumber: string;
  reservedKopecks: number;
}

async function arrange(registry: 'PAID' | 'CERTIFIED' = 'PAID') {
  const municipality = await arrangeMunicipality({ nominal: 1_200_000_00 });
  const holder = await arrangeHolder(municipality);
  await arrangeRegistryChild(holder, CHILD);
  const program = await arrangeProgram({ registry, groups: 3 });
  const provider = await signIn('provider@demo.ru');
  return { municipality, holder, program, provider };
}

const onBehalf = (client: GatewayClient, input: Record<string, unknown>) => client.request(ON_BEHALF, { input });

const contractsOf = async (certificateId: string) =>
  (await testDatabase().query(`SELECT status FROM navigator.contracts WHERE certificate_id = $1`, [certificateId]))
    .rows;

describe('the holder’s protection mode', () => {
  it('is none until chosen; each change is audited and told in the feed; the phrase is kept hashed only', async () => {
    const { holder } = await arrange();
    const initial = await holder.client.data<{ myCertificateProtection: unknown }>(PROTECTION);
    expect(initial.myCertificateProtection).toEqual({ mode: 'NONE', codePhraseSet: false, changedAt: null });

    const noPhrase = await holder.client.request(SET_PROTECTION, { mode: 'CODE_PHRASE' });
    expect(codeOf(noPhrase)).toBe('BAD_USER_INPUT');
    expect(noPhrase.errors?.[0].message).toBe('Укажите кодовую фразу');
    const short = await holder.client.request(SET_PROTECTION, { mode: 'CODE_PHRASE', codePhrase: 'кот' });
    expect(short.errors?.[0].extensions?.fields).toEqual({ codePhrase: 'Кодовая фраза — от 6 до 100 символов' });

    expect(await setProtection(holder.client, 'CODE_PHRASE', 'Синий кит')).toMatchObject({
      mode: 'CODE_PHRASE',
      codePhraseSet: true,
    });
    const { rows } = await testDatabase().query(
      `SELECT code_phrase_hash FROM navigator.certificate_protection WHERE certificate_id = $1`,
      [holder.id],
    );
    expect(rows[0].code_phrase_hash).toMatch(/^scrypt\$/);
    expect(rows[0].code_phrase_hash).not.toMatch(/кит/i);
    // Chosen again with no new phrase: the phrase stays, nothing is written.
    await setProtection(holder.client, 'CODE_PHRASE');
    expect(await setProtection(holder.client, 'ENROLLMENT_FORBIDDEN')).toEqual({
      mode: 'ENROLLMENT_FORBIDDEN',
      codePhraseSet: false,
      changedAt: expect.any(String),
    });
    await setProtection(holder.client, 'FULL_NAME');

    const audit = await testDatabase().query(
      `SELECT action, before->>'mode' AS before, after->>'mode' AS after, after::text AS raw
         FROM navigator.audit_events WHERE subject_id = $1 ORDER BY id`,
      [holder.id],
    );
    expect(audit.rows.map((row) => [row.action, row.before, row.after])).toEqual([
      ['PROTECTION_MODE_CHANGED', 'NONE', 'CODE_PHRASE'],
      ['PROTECTION_MODE_CHANGED', 'CODE_PHRASE', 'ENROLLMENT_FORBIDDEN'],
      ['PROTECTION_MODE_CHANGED', 'ENROLLMENT_FORBIDDEN', 'FULL_NAME'],
    ]);
    expect(audit.rows.map((row) => row.raw).join()).not.toMatch(/кит|scrypt/i);
    const feed = await holder.client.data<{
      myCertificateCabinet: { notifications: { notifications: Array<{ kind: string; text: string }> } };
    }>(MONEY);
    expect(feed.myCertificateCabinet.notifications.notifications.slice(0, 3)).toEqual([
      { kind: 'PROTECTION_CHANGED', text: 'Способ защиты сертификата изменён: «Подтверждение по ФИО»' },
      { kind: 'PROTECTION_CHANGED', text: 'Способ защиты сертификата изменён: «Запись запрещена»' },
      { kind: 'PROTECTION_CHANGED', text: 'Способ защиты сертификата изменён: «Подтверждение по кодовой фразе»' },
    ]);
  });
});

describe('the provider’s request on the holder’s behalf', () => {
  it('is refused under «Запись запрещена», whatever it carries', async () => {
    const { holder, program, provider } = await arrange();
    await setProtection(holder.client, 'ENROLLMENT_FORBIDDEN');
    const answer = await onBehalf(provider, {
      certificateNumber: holder.number,
      groupId: program.groupIds[0],
      childFullName: 'Семёнов Пётр Алексеевич',
    });
    expect(codeOf(answer)).toBe('ENROLLMENT_FORBIDDEN');
    expect(answer.errors?.[0].message).toMatch(/«Запись запрещена»: заявку можно подать только из личного кабинета/);
    expect(await contractsOf(holder.id)).toEqual([]);
  });

  it('demands the child’s full name under «Подтверждение по ФИО» and with no mode chosen, checked by the registry', async () => {
    const { holder, program, provider } = await arrange();
    // No mode chosen: the name is demanded, as «по ФИО».
    const missing = await onBehalf(provider, { certificateNumber: holder.number, groupId: program.groupIds[0] });
    expect(missing.errors?.[0].extensions?.fields).toEqual({ childFullName: 'Укажите ФИО ребёнка' });
    const wrong = await onBehalf(provider, {
      certificateNumber: holder.number,
      groupId: program.groupIds[0],
      childFullName: 'Семёнов Павел Алексеевич',
    });
    expect(codeOf(wrong)).toBe('CHILD_NAME_MISMATCH');
    expect(wrong.errors?.[0].message).toBe('ФИО ребёнка не совпадает с данными сертификата: заявка не подана');
    expect(await contractsOf(holder.id)).toEqual([]);

    // Case, ё/е and extra spaces do not count.
    const filed = await provider.data<{ createEnrollmentRequestOnBehalf: Filed }>(ON_BEHALF, {
      input: {
        certificateNumber: holder.number,
        groupId: program.groupIds[0],
        childFullName: '  семенов  ПЁТР алексеевич',
      },
    });
    expect(filed.createEnrollmentRequestOnBehalf).toMatchObject({
      status: 'PENDING',
      certificateNumber: holder.number,
    });

    await setProtection(holder.client, 'FULL_NAME');
    const again = await onBehalf(provider, {
      certificateNumber: holder.number,
      groupId: program.groupIds[1],
      childFullName: 'Семёнов Пётр',
    });
    expect(codeOf(again)).toBe('CHILD_NAME_MISMATCH');
    const second = await provider.data<{ createEnrollmentRequestOnBehalf: Filed }>(ON_BEHALF, {
      input: {
        certificateNumber: holder.number,
        groupId: program.groupIds[1],
        childFullName: 'Семёнов Пётр Алексеевич',
      },
    });
    // The normal path follows: the provider's list holds it, to confirm.
    const { providerContracts } = await provider.data<{
      providerContracts: Array<{ id: string; allowedActions: string[] }>;
    }>(PROVIDER_LIST, { tab: 'PENDING', first: 100 });
    expect(
      providerContracts.find((row) => row.id === second.createEnrollmentRequestOnBehalf.id)?.allowedActions,
    ).toEqual(['CONFIRM', 'REFUSE']);
    const audit = await testDatabase().query(
      `SELECT action, actor_role, after->'onBehalf'->>'confirmedBy' AS by FROM navigator.audit_events WHERE subject_id = $1`,
      [second.createEnrollmentRequestOnBehalf.id],
    );
    expect(audit.rows).toEqual([{ action: 'ENROLLMENT_REQUESTED', actor_role: 'PROVIDER', by: 'FULL_NAME' }]);
  });

  it('demands the code phrase under «Подтверждение по кодовой фразе», and files with the right one', async () => {
    const { holder, program, provider } = await arrange('CERTIFIED');
    await setProtection(holder.client, 'CODE_PHRASE', 'Синий кит');
    const byName = await onBehalf(provider, {
      certificateNumber: holder.number,
      groupId: program.groupIds[0],
      childFullName: 'Семёнов Пётр Алексеевич',
    });
    expect(byName.errors?.[0].extensions?.fields).toEqual({
      codePhrase: 'Укажите кодовую фразу: владелец сертификата выбрал «Подтверждение по кодовой фразе»',
    });
    const wrong = await onBehalf(provider, {
      certificateNumber: holder.number,
      groupId: program.groupIds[0],
      codePhrase: 'Красный кит',
    });
    expect(codeOf(wrong)).toBe('CODE_PHRASE_MISMATCH');
    expect(wrong.errors?.[0].message).toBe('Кодовая фраза неверна: заявка не подана');
    expect(await contractsOf(holder.id)).toEqual([]);

    // Said aloud: case and spaces do not count.
    const filed = await provider.data<{ createEnrollmentRequestOnBehalf: Filed }>(ON_BEHALF, {
      input: { certificateNumber: holder.number, groupId: program.groupIds[0], codePhrase: 'синий  КИТ' },
    });
    expect(filed.createEnrollmentRequestOnBehalf.reservedKopecks).toBeGreaterThan(0);
    const cabinet = await holder.client.data<{
      myCertificateCabinet: {
        possibilities: { money: { reservedKopecks: number } };
        notifications: { notifications: Array<{ kind: string; text: string }> };
      };
    }>(MONEY);
    expect(cabinet.myCertificateCabinet.possibilities.money.reservedKopecks).toBe(
      filed.createEnrollmentRequestOnBehalf.reservedKopecks,
    );
    expect(cabinet.myCertificateCabinet.notifications.notifications[0].text).toMatch(
      /подана организацией от вашего имени\. Зарезервировано/,
    );
  });

  it(`limits wrong phrases per certificate: after ${ATTEMPTS_PER_CERTIFICATE}, even the right one waits`, async () => {
    const { holder, program, provider } = await arrange();
    await setProtection(holder.client, 'CODE_PHRASE', 'Синий кит');
    const codes = [];
    for (let attempt = 0; attempt < ATTEMPTS_PER_CERTIFICATE; attempt += 1) {
      codes.push(
        codeOf(
          await onBehalf(provider, {
            certificateNumber: holder.number,
            groupId: program.groupIds[0],
            codePhrase: `догадка ${attempt}`,
          }),
        ),
      );
    }
    expect(codes).toEqual(Array(ATTEMPTS_PER_CERTIFICATE).fill('CODE_PHRASE_MISMATCH'));
    const right = await onBehalf(provider, {
      certificateNumber: holder.number,
      groupId: program.groupIds[0],
      codePhrase: 'Синий кит',
    });
    expect(codeOf(right)).toBe('RATE_LIMITED');
    expect(right.errors?.[0].message).toMatch(/^Слишком много неверных попыток подать заявку по этому сертификату/);
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await contractsOf(holder.id)).toEqual([]);
    // The holder's own «Записаться» is not limited.
    const own = await holder.client.request(
      `mutation ($groupId: ID!) { createEnrollmentRequest(groupId: $groupId) { status } }`,
      { groupId: program.groupIds[0] },
    );
    expect(own.data).toEqual({ createEnrollmentRequest: { status: 'PENDING' } });
  });

  it('takes only a group of the provider’s own programs, and a known certificate number', async () => {
    const { holder, provider } = await arrange();
    const other = await arrangeProgram({ registry: 'PAID', organizationId: undefined });
    const otherProvider = await arrangeOtherProvider();
    const foreign = await onBehalf(otherProvider, {
      certificateNumber: holder.number,
      groupId: other.groupIds[0],
      childFullName: 'Семёнов Пётр Алексеевич',
    });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const unknown = await onBehalf(provider, {
      certificateNumber: '0000000001',
      groupId: other.groupIds[0],
      childFullName: 'Семёнов Пётр Алексеевич',
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const malformed = await onBehalf(provider, { certificateNumber: '12-34', groupId: other.groupIds[0] });
    expect(malformed.errors?.[0].extensions?.fields).toEqual({ certificateNumber: 'Номер сертификата — 10 цифр' });
    expect(await contractsOf(holder.id)).toEqual([]);
  });
});

describe('who may set the mode and file on behalf', () => {
  it('refuses every wrong role, and changes nothing', async () => {
    const { holder, program } = await arrange();
    const operators = await Promise.all(
      ['operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru', 'provider@demo.ru'].map((login) => signIn(login)),
    );
    const input = {
      certificateNumber: holder.number,
      groupId: program.groupIds[0],
      childFullName: 'Семёнов Пётр Алексеевич',
    };
    const attempts: Array<[string, GatewayClient, string, Record<string, unknown>]> = [];
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['operator', operators[0]],
      ['region', operators[1]],
      ['org-pd', operators[2]],
      ['provider', operators[3]],
    ] as const) {
      attempts.push([`${name} set`, client, SET_PROTECTION, { mode: 'ENROLLMENT_FORBIDDEN' }]);
      attempts.push([`${name} read`, client, PROTECTION, {}]);
    }
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['operator', operators[0]],
      ['region', operators[1]],
      ['org-pd', operators[2]],
      ['holder', holder.client],
    ] as const) {
      attempts.push([`${name} on behalf`, client, ON_BEHALF, { input }]);
    }
    const codes: Array<[string, unknown]> = [];
    for (const [name, client, query, variables] of attempts)
      codes.push([name, codeOf(await client.request(query, variables))]);
    expect(codes.filter(([, code]) => code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED')).toEqual([]);
    expect(codes.find(([name]) => name === 'anonymous set')?.[1]).toBe('UNAUTHENTICATED');
    expect(await contractsOf(holder.id)).toEqual([]);
    const { rows } = await testDatabase().query(
      `SELECT 1 FROM navigator.certificate_protection WHERE certificate_id = $1`,
      [holder.id],
    );
    expect(rows).toEqual([]);
  });

  it('answers the name check to the navigator only, yes or no', async () => {
    const { holder } = await arrange();
    const ask = async (service: string | null) =>
      fetch(`http://127.0.0.1:${SUBGRAPH_PORTS.certificates}/internal/certificates/${holder.id}/child-name-check`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(service && { [CREDENTIAL_HEADER]: await mintServiceCredential(service, testGatewaySecret()) }),
        },
        body: JSON.stringify({ fullName: 'Семёнов Пётр Алексеевич' }),
      });
    expect((await ask('email')).status).toBe(403);
    expect((await ask(null)).status).toBe(401);
    const answer = await ask('navigator');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ matches: true });
  });
});
