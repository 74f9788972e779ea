import { randomInt, randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoOrganization, hashPassword } from '@pfdo/platform';
import { signIn, testDatabase } from '@pfdo/testing';

/**
 * Arrangements of the enrollment tests (issue 12 part C), in the navigator's own tables: a municipality of the
 * test's own (a random id) with a group setting, holders whose navigator copy is in it, and programs of the demo
 * provider (provider@demo.ru, «Кузнецкий лёд») with groups of the test's own, so that no other test's lists or
 * places change.
 */
export interface Arrangement {
  municipalityId: string;
  groupName: string;
}

export async function arrangeMunicipality(setting: {
  nominal: number;
  limit?: number;
  significant?: number;
  general?: number;
}): Promise<Arrangement> {
  const arrangement = { municipalityId: randomUUID(), groupName: `Запись-тест ${randomInt(1e9)}` };
  await testDatabase().query(
    `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
       significant_programs, general_programs, pre_professional_programs, municipality_limit_kopecks)
     VALUES ($1, $2, $3, $4, 5, 18, $5, $6, 0, $7)`,
    [
      randomUUID(),
      arrangement.municipalityId,
      arrangement.groupName,
      setting.nominal,
      setting.significant ?? 1,
      setting.general ?? 1,
      setting.limit ?? 1_000_000_000_00,
    ],
  );
  return arrangement;
}

/**
 * A certificate holder the navigator knows (its copy, as a hand-over writes it) with a cabinet account (as the
 * `certificate.issued` event makes it, password demo2026), signed in.
 */
export async function arrangeHolder(arrangement: Arrangement, status = 'ACTIVATED') {
  const id = randomUUID();
  const number = String(randomInt(1e9, 1e10 - 1));
  const db = testDatabase();
  await db.query(
    `INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
     VALUES ($1, $2, $3, 'Тестовый Ребёнок', 'CERTIFICATE_HOLDER', $4)`,
    // The account's municipality is a real one (the organizations schema knows it); the navigator's copy is in
    // the test's own.
    [id, number, await hashPassword('demo2026'), DemoMunicipality.novokuznetsk],
  );
  await db.query(
    `INSERT INTO navigator.registered_certificates (certificate_id, number, status, municipality_id, group_id, group_name)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, number, status, arrangement.municipalityId, randomUUID(), arrangement.groupName],
  );
  return { id, number, client: await signIn(number) };
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A program of the demo provider with groups of `places` places each, started a month ago and ending in ten
 * months, so that its term holds the current month whenever the test runs.
 */
export async function arrangeProgram(options: {
  registry: 'CERTIFIED' | 'SIGNIFICANT' | 'PAID' | 'GENERAL';
  priceKopecks?: number | null;
  groups?: number;
  places?: number;
  organizationId?: string;
}) {
  const db = testDatabase();
  const programId = randomUUID();
  const title = `Программа записи ${randomInt(1e9)}`;
  const price =
    options.registry === 'CERTIFIED' || options.registry === 'PAID' ? (options.priceKopecks ?? 1000_00) : null;
  await db.query(
    `INSERT INTO navigator.programs (id, organization_id, municipality_id, title, registry, age_from, age_to, price_kopecks)
     SELECT $1, $2, municipality_id, $3, $4, 5, 18, $5 FROM navigator.provider_cards WHERE organization_id = $2`,
    [programId, options.organizationId ?? DemoOrganization.sportSchool, title, options.registry, price],
  );
  const groupIds: string[] = [];
  for (let index = 0; index < (options.groups ?? 1); index += 1) {
    const groupId = randomUUID();
    await db.query(
      `INSERT INTO navigator.program_groups (id, program_id, name, starts_on, ends_on, places_total)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [groupId, programId, `Группа ${index + 1}`, day(-30), day(300), options.places ?? 10],
    );
    groupIds.push(groupId);
  }
  return { programId, title, groupIds, startsOn: day(-30), endsOn: day(300) };
}

export const placesTaken = async (groupId: string) =>
  (await testDatabase().query(`SELECT places_taken FROM navigator.program_groups WHERE id = $1`, [groupId])).rows[0]
    .places_taken as number;

/** A provider account of another organization (the Кемерово technopark), password demo2026. */
export async function arrangeOtherProvider() {
  const login = `provider-${randomUUID()}@example.ru`;
  await testDatabase().query(
    `INSERT INTO organizations.users (id, login, password_hash, full_name, role, organization_id, municipality_id)
     SELECT $1, $2, $3, 'Другой поставщик', 'PROVIDER', id, municipality_id FROM organizations.organizations WHERE id = $4`,
    [randomUUID(), login, await hashPassword('demo2026'), DemoOrganization.technopark],
  );
  return signIn(login);
}

export const CONTRACT_FIELDS = `id number status tab allowedActions certificateNumber registry refusalReason
  monthlyPriceKopecks costKopecks reservedKopecks familyPaysKopecks financialYear months startsOn endsOn
  program { id title provider { id name } } group { id name freePlaces }`;

export const CREATE = `mutation ($groupId: ID!) { createEnrollmentRequest(groupId: $groupId) { ${CONTRACT_FIELDS} } }`;
export const CONFIRM = `mutation ($id: ID!) { confirmEnrollmentRequest(id: $id) { id status allowedActions } }`;
export const REFUSE = `mutation ($id: ID!, $reason: String!) { refuseEnrollmentRequest(id: $id, reason: $reason) { id status refusalReason } }`;
export const CANCEL = `mutation ($id: ID!) { cancelEnrollmentRequest(id: $id) { id status } }`;
export const MY = `query ($tab: ContractTab!, $first: Int) { myContracts(tab: $tab, first: $first) { ${CONTRACT_FIELDS} } }`;
export const PROVIDER_LIST = `query ($tab: ContractTab!, $first: Int) { providerContracts(tab: $tab, first: $first) { ${CONTRACT_FIELDS} } }`;
export const MONEY = `{ myCertificateCabinet { possibilities { money { nominalKopecks reservedKopecks balanceKopecks } }
  notifications(first: 5) { notifications { kind text } } } }`;
