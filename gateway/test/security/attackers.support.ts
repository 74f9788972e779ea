import { randomUUID } from 'node:crypto';
import { DemoMunicipality, DemoOrganization, hashPassword, Role } from '@pfdo/platform';
import { GatewayClient, signIn, testDatabase } from '@pfdo/testing';

export interface Attacker {
  label: string;
  id: string;
  login: string;
  client: GatewayClient;
}

interface AccountSpec {
  role: Role;
  municipalityId: string | null;
  organizationId: string | null;
  canViewPersonalData?: boolean;
  canConfirmApplications?: boolean;
}

/**
 * The accounts an attack is made from: one fresh account per role (and per pair of rights), so that what
 * they write is theirs alone even while other test files use the demo accounts at the same time.
 */
const ACCOUNTS = {
  citizen: { role: 'CITIZEN', municipalityId: DemoMunicipality.novokuznetsk, organizationId: null },
  holder: { role: 'CERTIFICATE_HOLDER', municipalityId: DemoMunicipality.novokuznetsk, organizationId: null },
  provider: {
    role: 'PROVIDER',
    municipalityId: DemoMunicipality.novokuznetsk,
    organizationId: DemoOrganization.sportSchool,
  },
  region: { role: 'REGIONAL_OPERATOR', municipalityId: null, organizationId: DemoOrganization.regionalCenter },
  'operator of Кемерово': {
    role: 'MUNICIPAL_OPERATOR',
    municipalityId: DemoMunicipality.kemerovo,
    organizationId: DemoOrganization.kemerovoRegistry,
  },
  'organization of Кемерово with both rights': {
    role: 'ORG_OPERATOR',
    municipalityId: DemoMunicipality.kemerovo,
    organizationId: DemoOrganization.kemerovoDdt,
    canViewPersonalData: true,
    canConfirmApplications: true,
  },
  'organization without rights': {
    role: 'ORG_OPERATOR',
    municipalityId: DemoMunicipality.novokuznetsk,
    organizationId: DemoOrganization.school110,
  },
  'organization with both rights': {
    role: 'ORG_OPERATOR',
    municipalityId: DemoMunicipality.novokuznetsk,
    organizationId: DemoOrganization.orion,
    canViewPersonalData: true,
    canConfirmApplications: true,
  },
} satisfies Record<string, AccountSpec>;

export type AttackerName = keyof typeof ACCOUNTS;
export const ATTACKER_NAMES = Object.keys(ACCOUNTS) as AttackerName[];

async function arrangeAccount(label: string, spec: AccountSpec): Promise<Attacker> {
  const id = randomUUID();
  // A login as the registry gives them: an e-mail address (the organization receives its forms there).
  const login = `attacker-${id}@attack.example`;
  await testDatabase().query(
    `INSERT INTO organizations.users
       (id, login, password_hash, full_name, role, organization_id, municipality_id, can_view_personal_data, can_confirm_applications)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      login,
      await hashPassword('demo2026'),
      `Атакующий ${label}`,
      spec.role,
      spec.organizationId,
      spec.municipalityId,
      spec.canViewPersonalData ?? false,
      spec.canConfirmApplications ?? false,
    ],
  );
  return { label, id, login, client: await signIn(login) };
}

export async function arrangeAttackers(): Promise<Record<AttackerName, Attacker>> {
  const entries = await Promise.all(
    ATTACKER_NAMES.map(async (name) => [name, await arrangeAccount(name, ACCOUNTS[name])] as const),
  );
  return Object.fromEntries(entries) as Record<AttackerName, Attacker>;
}

/** What an attack could have written: the rows of the attackers, of the victims, and of a marker in the input. */
export interface WriteScope {
  attackerIds: string[];
  victimIds: string[];
  /** A string only the attack's input carries (a child's surname, an applicant's name). */
  marker: string;
}

/**
 * The audit events an attack could cause: its own (the attacker is the actor), the effects that arrive
 * through the outboxes with no actor, and any naming its marker. Readings of the victims' data by other
 * actors are other test files' work: the victims live in a demo municipality whose register they page.
 */
const AUDIT_EVENTS_IN_SCOPE =
  'row.actor_user_id = ANY($1::uuid[]) OR (row.actor_user_id IS NULL AND row.subject_id = ANY($2::uuid[])) OR row.after::text LIKE $3';

/**
 * For every table a mutation writes, the number of rows in scope and a digest of their content, so that
 * an insert, an update and a delete all show. Outbox rows are digested by id and topic: the relay marks them
 * delivered and strips their secrets on its own.
 */
export async function writesIn(scope: WriteScope): Promise<Record<string, string>> {
  const like = `%${scope.marker}%`;
  const terms = [...scope.attackerIds, ...scope.victimIds, scope.marker];
  const digest = (table: string, where: string, columns = 'row.*') =>
    `(SELECT count(*) || ':' || coalesce(md5(string_agg(ROW(${columns})::text, '|' ORDER BY ROW(${columns})::text)), '') FROM ${table} row WHERE ${where})`;
  const children = `(SELECT id FROM certificates.children WHERE id = ANY($2::uuid[]) OR surname LIKE $3)`;
  const mentions = `EXISTS (SELECT 1 FROM unnest($4::text[]) term WHERE strpos(row.payload::text, term) > 0)`;
  const tables: Record<string, string> = {
    'certificates.children': digest('certificates.children', `row.id IN ${children}`),
    'certificates.child_documents': digest(
      'certificates.child_documents',
      `row.child_id IN ${children} OR row.created_by_user_id = ANY($1::uuid[])`,
    ),
    'certificates.document_scans': digest('certificates.document_scans', 'row.uploaded_by_user_id = ANY($1::uuid[])'),
    'certificates.applications': digest(
      'certificates.applications',
      `row.id = ANY($2::uuid[]) OR row.child_id IN ${children} OR row.certificate_id = ANY($2::uuid[]) OR row.applicant_name LIKE $3`,
    ),
    'certificates.certificates': digest(
      'certificates.certificates',
      `row.id = ANY($2::uuid[]) OR row.child_id IN ${children}`,
    ),
    'certificates.audit_events': digest('certificates.audit_events', AUDIT_EVENTS_IN_SCOPE),
    'certificates.outbox': digest('certificates.outbox', mentions, 'row.id, row.topic'),
    'organizations.users': digest(
      'organizations.users',
      'row.id = ANY($1::uuid[]) OR row.id = ANY($2::uuid[]) OR row.full_name LIKE $3',
    ),
    'organizations.sessions': digest('organizations.sessions', 'row.user_id = ANY($1::uuid[])'),
    'navigator.registered_certificates': digest(
      'navigator.registered_certificates',
      'row.certificate_id = ANY($2::uuid[])',
    ),
    'navigator.group_settings': digest('navigator.group_settings', 'row.id = ANY($2::uuid[]) OR row.name LIKE $3'),
    'navigator.audit_events': digest('navigator.audit_events', AUDIT_EVENTS_IN_SCOPE),
    'email.email_confirmations': digest(
      'email.email_confirmations',
      'row.application_id = ANY($2::uuid[]) OR row.requested_by_user_id = ANY($1::uuid[])',
    ),
    'email.outbox': digest('email.outbox', mentions, 'row.id, row.topic'),
    'email.notification_preferences': digest(
      'email.notification_preferences',
      'row.user_id = ANY($1::uuid[]) OR row.user_id = ANY($2::uuid[])',
    ),
  };
  const sql = `SELECT ${Object.entries(tables)
    .map(([name, select]) => `${select} AS "${name}"`)
    .join(', ')}`;
  const { rows } = await testDatabase().query(sql, [scope.attackerIds, scope.victimIds, like, terms]);
  return rows[0];
}

/** The newest audit event's id: what an attack's audit rows are told apart from. */
export async function lastAuditEventId(): Promise<string> {
  const { rows } = await testDatabase().query(`SELECT coalesce(max(id), 0)::text AS id FROM certificates.audit_events`);
  return rows[0].id;
}

/** The audit events in scope written after `afterId`: what a failed comparison shows, so it can be read. */
export async function auditEventsAfter(scope: WriteScope, afterId: string) {
  const { rows } = await testDatabase().query(
    `SELECT id, occurred_at, action, actor_role, actor_user_id, actor_service, subject_id, after
       FROM certificates.audit_events row
      WHERE row.id > $4::bigint AND (${AUDIT_EVENTS_IN_SCOPE})
      ORDER BY id`,
    [scope.attackerIds, scope.victimIds, `%${scope.marker}%`, afterId],
  );
  return rows;
}
