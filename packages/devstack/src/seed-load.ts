/**
 * `npm run seed:load -- --applications N [--municipality <name or id>]`: fills a municipality's register with
 * N realistic applications (children, their documents and guardians, certificates of the confirmed ones) for
 * load tests and benchmarks, in one transaction of set-based statements (INSERT … SELECT over
 * generate_series): a million applications take a few minutes.
 *
 * Idempotent: every seeded application carries the marker e-mail `seed-load-<i>@example.ru`, and a run
 * inserts only what the municipality lacks to reach N (twice with the same N inserts nothing the second
 * time; a larger N tops up). The running index i is global over every seeded row, so application,
 * certificate and document numbers stay unique across municipalities and runs.
 *
 * The database: DATABASE_URL, or the embedded default (.data/postgres, port 5433), started for the run when
 * it is not already up. Its schemas must have been migrated (`npm start` once).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DemoMunicipality } from '@pfdo/platform';
import { embeddedPostgresUrl, startEmbeddedPostgres } from './postgres';
import {
  FEMALE_NAMES,
  FEMALE_PATRONYMICS,
  MALE_NAMES,
  MALE_PATRONYMICS,
  MOTHER_NAMES,
  MOTHER_PATRONYMICS,
  ROMAN,
  SERIES_LETTERS,
  SURNAMES,
} from './seed-load.names';
import { ROOT_DIR } from './stack';

/** The marker of a seeded application: its applicant's e-mail. */
const MARKER_LIKE = 'seed-load-%@example.ru';

/**
 * Every new row's values, i running over ($1, $2]. Unique numbers without retries: i × a multiplier coprime
 * with 10^k, modulo 10^k, is a permutation; a document's number repeats every million rows, so its series
 * names the million (the letters of a birth certificate, the region code of a passport).
 */
const SEED_ROWS_SQL = `
  CREATE TEMP TABLE seed_load_rows ON COMMIT DROP AS
  WITH base AS (
    SELECT i,
           i % 2 = 0 AS male,
           1 + floor(random() * cardinality($4::text[]))::int AS surname_idx,
           1 + floor(random() * cardinality($5::text[]))::int AS name_idx,
           1 + floor(random() * cardinality($7::text[]))::int AS patronymic_idx,
           1 + floor(random() * cardinality($9::text[]))::int AS mother_idx,
           1 + floor(random() * cardinality($10::text[]))::int AS mother_patronymic_idx,
           current_date - (1826 + floor(random() * 4383))::int AS birth_date,
           now() - random() * interval '730 days' AS created_at,
           random() AS r_status, random() AS r_certificate, random() AS r_kind, random() AS r_document, random() AS r_group
      FROM generate_series($1::bigint + 1, $2::bigint) AS i
  ), statused AS (
    SELECT base.*,
           CASE WHEN r_status < 0.12 THEN 'EMAIL_UNCONFIRMED'
                WHEN r_status < 0.32 THEN 'SUBMITTED'
                WHEN r_status < 0.42 THEN 'DOCUMENTS_RECEIVED'
                WHEN r_status < 0.87 THEN 'CONFIRMED'
                ELSE 'REFUSED' END AS status,
           ($3::uuid[])[CASE WHEN r_group < 0.9 OR cardinality($3::uuid[]) = 1 THEN 1 ELSE 2 END] AS group_id,
           extract(year FROM age(current_date, birth_date))::int AS age_years
      FROM base
  ), certified AS (
    SELECT statused.*,
           status = 'CONFIRMED' OR (status IN ('SUBMITTED', 'DOCUMENTS_RECEIVED') AND r_certificate < 0.5) AS has_certificate,
           age_years >= 14 AND r_document < 0.8 AS passport
      FROM statused
  )
  SELECT i, birth_date, created_at, status, group_id,
         gen_random_uuid() AS child_id,
         gen_random_uuid() AS document_id,
         gen_random_uuid() AS application_id,
         CASE WHEN has_certificate THEN gen_random_uuid() END AS certificate_id,
         gen_random_uuid() AS applicant_user_id,
         CASE WHEN male THEN ($4::text[])[surname_idx] ELSE ($4::text[])[surname_idx] || 'а' END AS surname,
         CASE WHEN male THEN ($5::text[])[name_idx] ELSE ($6::text[])[name_idx] END AS name,
         CASE WHEN male THEN ($7::text[])[patronymic_idx] ELSE ($8::text[])[patronymic_idx] END AS patronymic,
         ($4::text[])[surname_idx] || 'а ' || ($9::text[])[mother_idx] || ' ' || ($10::text[])[mother_patronymic_idx] AS applicant_name,
         'seed-load-' || i || '@example.ru' AS applicant_email,
         CASE WHEN passport THEN 'PASSPORT' ELSE 'BIRTH_CERTIFICATE' END AS document_type,
         CASE WHEN passport
              THEN lpad(((32 + i / 1000000) % 100)::text, 2, '0') || lpad(((extract(year FROM birth_date)::int + 14) % 100)::text, 2, '0')
              ELSE ($11::text[])[1 + i % cardinality($11::text[])] || '-' || ($12::text[])[1 + (i / 1000000) % cardinality($12::text[])]
         END AS document_series,
         lpad(((i * 102947) % 1000000)::text, 6, '0') AS document_number,
         CASE WHEN passport THEN least(current_date, (birth_date + interval '14 years')::date + (5 + (i % 60)::int))
              ELSE birth_date + (7 + (i % 30)::int) END AS document_issue_date,
         CASE WHEN passport THEN 'ГУ МВД России по Кемеровской области – Кузбассу' ELSE 'Отдел ЗАГС ' || $13::text END AS document_issued_by,
         lpad(((i * 73939133) % 100000000)::text, 8, '0') AS application_number,
         CASE WHEN has_certificate AND r_kind < 0.06 THEN 'CHANGE_GROUP'
              WHEN has_certificate AND r_kind < 0.10 THEN 'CLARIFY_PERSONAL_DATA'
              ELSE 'NEW_CERTIFICATE' END AS kind,
         CASE WHEN has_certificate THEN lpad(((i * 7368787397) % 10000000000)::text, 10, '0') END AS certificate_number,
         CASE WHEN status = 'CONFIRMED' OR (has_certificate AND r_kind < 0.10) THEN 'ACTIVATED'
              WHEN has_certificate THEN 'NOT_ACTIVATED' END AS certificate_status,
         CASE WHEN status <> 'EMAIL_UNCONFIRMED' THEN least(now(), created_at + interval '12 minutes') END AS email_confirmed_at,
         CASE WHEN status IN ('DOCUMENTS_RECEIVED', 'CONFIRMED') OR (status = 'REFUSED' AND r_certificate < 0.5)
              THEN least(now(), created_at + (1 + i % 10) * interval '1 day') END AS documents_received_at,
         CASE WHEN status IN ('CONFIRMED', 'REFUSED') THEN least(now(), created_at + (2 + i % 10) * interval '1 day') END AS processed_at,
         CASE WHEN status = 'REFUSED' THEN 'Сведения в заявлении не совпадают с документом' END AS refusal_reason
    FROM certified`;

/** One INSERT … SELECT per table; $1 the municipality, $2 the reception organization, $3 the operator. */
const SEED_STEPS: Array<[string, string, number]> = [
  [
    'children',
    `
    INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
    SELECT child_id, surname, name, patronymic, birth_date, $1::uuid FROM seed_load_rows`,
    1,
  ],
  [
    'child_guardians',
    `
    INSERT INTO certificates.child_guardians (child_id, user_id, relation)
    SELECT child_id, applicant_user_id, 'PARENT' FROM seed_load_rows`,
    0,
  ],
  [
    'child_documents',
    `
    INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id, created_at)
    SELECT document_id, child_id, document_type, document_series, document_number, document_issue_date, document_issued_by,
           applicant_user_id, created_at - interval '5 minutes'
      FROM seed_load_rows`,
    0,
  ],
  [
    'certificates',
    `
    INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id, created_at, document_id)
    SELECT certificate_id, certificate_number, certificate_status, $1::uuid, group_id, child_id,
           least(now(), coalesce(email_confirmed_at, created_at) + interval '1 hour'), document_id
      FROM seed_load_rows WHERE certificate_id IS NOT NULL`,
    1,
  ],
  [
    'applications',
    `
    INSERT INTO certificates.applications (
      id, number, kind, status, municipality_id, child_id, certificate_id, received_by_organization_id, documents_received_at,
      created_at, applicant_user_id, applicant_name, applicant_email, document_id, group_id, email_confirmed_at,
      refusal_reason, processed_at, processed_by_user_id)
    SELECT application_id, application_number, kind, status, $1::uuid, child_id, certificate_id,
           CASE WHEN documents_received_at IS NOT NULL THEN $2::uuid END,
           documents_received_at, created_at, applicant_user_id, applicant_name, applicant_email, document_id, group_id,
           email_confirmed_at, refusal_reason, processed_at, CASE WHEN processed_at IS NOT NULL THEN $3::uuid END
      FROM seed_load_rows`,
    3,
  ],
  [
    'certificates.application_id',
    `
    UPDATE certificates.certificates certificate SET application_id = seed.application_id
      FROM seed_load_rows seed WHERE certificate.id = seed.certificate_id`,
    0,
  ],
];

const SEEDED_TABLES = ['children', 'child_guardians', 'child_documents', 'applications', 'certificates'];

export interface SeedLoadOptions {
  applications: number;
  /** A municipality's id or name (or the start of it); Новокузнецк unless said. */
  municipality?: string;
  log?: (line: string) => void;
}

export interface SeedLoadResult {
  municipalityId: string;
  municipalityName: string;
  /** Seeded applications of the municipality before and after the run. */
  before: number;
  after: number;
  seconds: number;
}

/** Fills the register of one municipality up to `applications` seeded applications (see the file's comment). */
export async function seedLoad(databaseUrl: string, options: SeedLoadOptions): Promise<SeedLoadResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const wanted = options.applications;
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 10_000_000) {
    throw new Error(`--applications: a whole number from 0 to 10 000 000, not ${options.applications}`);
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    const key = options.municipality ?? DemoMunicipality.novokuznetsk;
    const { rows: municipalities } = await client.query<{ id: string; name: string }>(
      `SELECT id, name FROM organizations.municipalities
        WHERE id::text = $1 OR name = $1 OR name ILIKE $1 || '%' OR name ILIKE '%' || $1 || '%'
        ORDER BY (id::text = $1 OR name = $1) DESC, name LIMIT 2`,
      [key],
    );
    if (
      municipalities.length !== 1 &&
      !(municipalities.length === 2 && (municipalities[0].id === key || municipalities[0].name === key))
    ) {
      throw new Error(
        `--municipality «${key}»: ${municipalities.length ? `ambiguous (${municipalities.map((m) => m.name).join(', ')}…)` : 'no such municipality'}`,
      );
    }
    const municipality = municipalities[0];
    const { rows: groups } = await client.query<{ id: string }>(
      `SELECT id FROM certificates.certificate_groups WHERE municipality_id = $1 ORDER BY name`,
      [municipality.id],
    );
    if (!groups.length) throw new Error(`${municipality.name} has no certificate groups to seed into`);
    const { rows: staff } = await client.query<{ reception: string | null; operator: string | null }>(
      `SELECT (SELECT id FROM organizations.organizations WHERE municipality_id = $1 AND kind = 'RECEPTION' ORDER BY name LIMIT 1) AS reception,
              (SELECT id FROM organizations.users WHERE municipality_id = $1 AND role = 'MUNICIPAL_OPERATOR' ORDER BY login LIMIT 1) AS operator`,
      [municipality.id],
    );

    await client.query('BEGIN');
    // One loader at a time: the running index is read, then written.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('pfdo seed-load'))`);
    const { rows: counts } = await client.query<{ own: string; all: string }>(
      `SELECT count(*) FILTER (WHERE municipality_id = $1) AS own, count(*) AS all
         FROM certificates.applications WHERE applicant_email LIKE $2`,
      [municipality.id, MARKER_LIKE],
    );
    const before = Number(counts[0].own);
    const last = Number(counts[0].all);
    const adding = Math.max(0, wanted - before);
    if (!adding) {
      await client.query('COMMIT');
      log(`${municipality.name}: ${before} seeded applications already, ${wanted} wanted: nothing to add`);
      return {
        municipalityId: municipality.id,
        municipalityName: municipality.name,
        before,
        after: before,
        seconds: (performance.now() - started) / 1000,
      };
    }
    log(`${municipality.name}: ${before} seeded applications, adding ${adding} (INSERT … SELECT over generate_series)`);
    const step = async (name: string, sql: string, params: unknown[]) => {
      const stepStart = performance.now();
      const result = await client.query(sql, params);
      log(
        `  ${name.padEnd(30)} ${String(result.rowCount ?? '').padStart(8)} rows ${((performance.now() - stepStart) / 1000).toFixed(1).padStart(6)} s`,
      );
    };
    await step('row values (temp table)', SEED_ROWS_SQL, [
      last,
      last + adding,
      groups.map((group) => group.id),
      SURNAMES,
      MALE_NAMES,
      FEMALE_NAMES,
      MALE_PATRONYMICS,
      FEMALE_PATRONYMICS,
      MOTHER_NAMES,
      MOTHER_PATRONYMICS,
      ROMAN,
      SERIES_LETTERS,
      municipality.name,
    ]);
    for (const [name, sql, parameters] of SEED_STEPS) {
      await step(name, sql, [municipality.id, staff[0].reception, staff[0].operator].slice(0, parameters));
    }
    await client.query('COMMIT');
    // As autovacuum would after such a load: statistics for the planner, the visibility map for index-only scans.
    const vacuumStart = performance.now();
    for (const table of SEEDED_TABLES) await client.query(`VACUUM (ANALYZE) certificates.${table}`);
    log(
      `  ${'VACUUM (ANALYZE)'.padEnd(30)} ${''.padStart(8)}      ${((performance.now() - vacuumStart) / 1000).toFixed(1).padStart(6)} s`,
    );
    const seconds = (performance.now() - started) / 1000;
    log(`${municipality.name}: ${before + adding} seeded applications; took ${seconds.toFixed(1)} s`);
    return {
      municipalityId: municipality.id,
      municipalityName: municipality.name,
      before,
      after: before + adding,
      seconds,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function parseArgs(argv: string[]): SeedLoadOptions {
  let applications: number | undefined;
  let municipality: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[(index += 1)];
    if (flag === '--applications') {
      const raw = String(value());
      applications = Number(raw.replace(/_/g, ''));
      if (!Number.isInteger(applications))
        throw new Error(`--applications: a whole number from 0 to 10 000 000, not «${raw}»`);
    } else if (flag === '--municipality') municipality = value();
    else
      throw new Error(
        `unknown argument ${argv[index]}; usage: npm run seed:load -- --applications N [--municipality <name or id>]`,
      );
  }
  if (applications === undefined)
    throw new Error('usage: npm run seed:load -- --applications N [--municipality <name or id>]');
  return { applications, municipality };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let url = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | null = null;
  if (!url) {
    url = embeddedPostgresUrl(5433);
    if (!(await canConnect(url))) {
      const dataDir = path.join(path.resolve(process.env.PFDO_DATA_DIR ?? path.join(ROOT_DIR, '.data')), 'postgres');
      console.log(`starting the embedded PostgreSQL on ${dataDir}, port 5433, for the load`);
      const postgres = await startEmbeddedPostgres(dataDir, 5433);
      stop = () => postgres.stop();
    }
  }
  try {
    await seedLoad(url, options);
  } finally {
    await stop?.();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
