/**
 * The applications register («Сертификаты → Заявки») at 100 000 applications: seeds a municipality's register
 * directly in SQL, shows the plans of the statements the register sends (EXPLAIN (ANALYZE, BUFFERS)) and
 * measures the register's GraphQL response times through the gateway, signed in as the registry operator
 * of Новокузнецк: the list page, the UNCONFIRMED tab, the 50th page, search by document, by surname prefix,
 * and the application page.
 *
 *   cd /work/main && npx tsc -b && node subgraphs/certificates/bench/register-100k.bench.js
 *
 * It starts its own stack (embedded PostgreSQL in a fresh temp folder, the mail catcher, the four subgraphs,
 * the gateway) on ports of its own, so it runs beside `npm start` and `npm test`. Settings: APPLICATIONS
 * (100000, Новокузнецк), OTHER_APPLICATIONS (20000, Кемерово), RUNS (30), WARMUPS (3).
 */
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { loadavg, tmpdir, cpus } = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');
const { startStack } = require('@pfdo/devstack/stack');
const {
  generateGatewaySecret,
  DEMO_PASSWORD,
  DemoMunicipality,
  DemoOrganization,
  DemoUser,
} = require('@pfdo/platform');
const { applicationRegister } = require('../dist/applications/register.service');
const { createCertificatesDataSource } = require('../dist/data-source');

const APPLICATIONS = Number(process.env.APPLICATIONS || 100_000);
const OTHER_APPLICATIONS = Number(process.env.OTHER_APPLICATIONS || 20_000);
const RUNS = Number(process.env.RUNS || 30);
const WARMUPS = Number(process.env.WARMUPS || 3);

const PORTS = {
  gateway: 34000,
  certificates: 34001,
  organizations: 34002,
  navigator: 34003,
  email: 34004,
  web: 33000,
  postgres: 35433,
  smtp: 31025,
  mailWeb: 31080,
};
const GRAPHQL_URL = `http://127.0.0.1:${PORTS.gateway}/graphql`;
const OPERATOR = 'operator@demo.ru';

// ---------------------------------------------------------------------------------------------------------
// Seeding: set-based, one temp table of every row's values, then one INSERT … SELECT per table.
// ---------------------------------------------------------------------------------------------------------

const SURNAMES = [
  'Иванов',
  'Петров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Дмитриев',
  'Гусев',
  'Ильин',
  'Максимов',
  'Сорокин',
  'Белов',
  'Шевцов',
];
const MALE_NAMES = [
  'Александр',
  'Дмитрий',
  'Максим',
  'Артём',
  'Иван',
  'Михаил',
  'Кирилл',
  'Никита',
  'Егор',
  'Матвей',
  'Тимофей',
  'Роман',
  'Даниил',
  'Лев',
  'Марк',
];
const FEMALE_NAMES = [
  'Анастасия',
  'Мария',
  'Анна',
  'Виктория',
  'Софья',
  'Дарья',
  'Полина',
  'Алиса',
  'Ксения',
  'Елизавета',
  'Варвара',
  'Вероника',
  'Ева',
  'Арина',
  'Василиса',
];
// Fathers' names, as patronymics: the same index gives the son's and the daughter's form.
const MALE_PATRONYMICS = [
  'Александрович',
  'Андреевич',
  'Сергеевич',
  'Дмитриевич',
  'Алексеевич',
  'Игоревич',
  'Владимирович',
  'Евгеньевич',
  'Николаевич',
  'Олегович',
  'Викторович',
  'Павлович',
];
const FEMALE_PATRONYMICS = [
  'Александровна',
  'Андреевна',
  'Сергеевна',
  'Дмитриевна',
  'Алексеевна',
  'Игоревна',
  'Владимировна',
  'Евгеньевна',
  'Николаевна',
  'Олеговна',
  'Викторовна',
  'Павловна',
];
const MOTHER_NAMES = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Марина',
  'Юлия',
  'Екатерина',
  'Анна',
];
const MOTHER_PATRONYMICS = [
  'Ивановна',
  'Петровна',
  'Викторовна',
  'Сергеевна',
  'Николаевна',
  'Владимировна',
  'Юрьевна',
  'Геннадьевна',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const SERIES_LETTERS = ['ЛО', 'КБ', 'КЕ', 'ЖА', 'ИК', 'МЮ', 'ОБ', 'ТА'];

/**
 * Every row's values; the municipality's first APPLICATIONS rows are Новокузнецк's, the rest Кемерово's.
 * Unique numbers without retries: i × a multiplier coprime with 10^k, modulo 10^k, is a permutation.
 */
const SEED_ROWS_SQL = `
  CREATE TEMP TABLE bench_seed AS
  WITH base AS (
    SELECT i,
           CASE WHEN i <= $1 THEN $3::uuid ELSE $4::uuid END AS municipality_id,
           i % 2 = 0 AS male,
           1 + floor(random() * cardinality($5::text[]))::int AS surname_idx,
           1 + floor(random() * cardinality($6::text[]))::int AS name_idx,
           1 + floor(random() * cardinality($8::text[]))::int AS patronymic_idx,
           1 + floor(random() * cardinality($10::text[]))::int AS mother_idx,
           1 + floor(random() * cardinality($11::text[]))::int AS mother_patronymic_idx,
           current_date - (1826 + floor(random() * 4383))::int AS birth_date,
           now() - random() * interval '730 days' AS created_at,
           random() AS r_status, random() AS r_certificate, random() AS r_kind, random() AS r_document, random() AS r_group
      FROM generate_series(1, $1::int + $2::int) AS i
  ), groups AS (
    SELECT municipality_id, array_agg(id ORDER BY name) AS ids
      FROM certificates.certificate_groups GROUP BY municipality_id
  ), statused AS (
    SELECT base.*,
           CASE WHEN r_status < 0.12 THEN 'EMAIL_UNCONFIRMED'
                WHEN r_status < 0.32 THEN 'SUBMITTED'
                WHEN r_status < 0.42 THEN 'DOCUMENTS_RECEIVED'
                WHEN r_status < 0.87 THEN 'CONFIRMED'
                ELSE 'REFUSED' END AS status,
           groups.ids[CASE WHEN r_group < 0.9 THEN 1 ELSE 2 END] AS group_id,
           extract(year FROM age(current_date, birth_date))::int AS age_years
      FROM base JOIN groups USING (municipality_id)
  ), certified AS (
    SELECT statused.*,
           status = 'CONFIRMED' OR (status IN ('SUBMITTED', 'DOCUMENTS_RECEIVED') AND r_certificate < 0.5) AS has_certificate
      FROM statused
  )
  SELECT i, municipality_id, birth_date, created_at, status, group_id,
         gen_random_uuid() AS child_id,
         gen_random_uuid() AS document_id,
         gen_random_uuid() AS application_id,
         CASE WHEN has_certificate THEN gen_random_uuid() END AS certificate_id,
         gen_random_uuid() AS applicant_user_id,
         CASE WHEN male THEN ($5::text[])[surname_idx] ELSE ($5::text[])[surname_idx] || 'а' END AS surname,
         CASE WHEN male THEN ($6::text[])[name_idx] ELSE ($7::text[])[name_idx] END AS name,
         CASE WHEN male THEN ($8::text[])[patronymic_idx] ELSE ($9::text[])[patronymic_idx] END AS patronymic,
         ($5::text[])[surname_idx] || 'а ' || ($10::text[])[mother_idx] || ' ' || ($11::text[])[mother_patronymic_idx] AS applicant_name,
         'parent' || i || '@example.ru' AS applicant_email,
         CASE WHEN age_years >= 14 AND r_document < 0.8 THEN 'PASSPORT' ELSE 'BIRTH_CERTIFICATE' END AS document_type,
         CASE WHEN age_years >= 14 AND r_document < 0.8
              THEN '32' || lpad(((extract(year FROM birth_date)::int + 14) % 100)::text, 2, '0')
              ELSE ($12::text[])[1 + i % cardinality($12::text[])] || '-' || ($13::text[])[1 + (i / cardinality($12::text[])) % cardinality($13::text[])]
         END AS document_series,
         lpad(((i::bigint * 102947) % 1000000)::text, 6, '0') AS document_number,
         CASE WHEN age_years >= 14 AND r_document < 0.8
              THEN least(current_date, (birth_date + interval '14 years')::date + (5 + i % 60))
              ELSE birth_date + (7 + i % 30) END AS document_issue_date,
         CASE WHEN age_years >= 14 AND r_document < 0.8 THEN 'ГУ МВД России по Кемеровской области – Кузбассу'
              WHEN municipality_id = $3::uuid THEN 'Отдел ЗАГС Центрального района г. Новокузнецка'
              ELSE 'Отдел ЗАГС г. Кемерово' END AS document_issued_by,
         lpad(((i::bigint * 73939133) % 100000000)::text, 8, '0') AS application_number,
         CASE WHEN has_certificate AND r_kind < 0.06 THEN 'CHANGE_GROUP'
              WHEN has_certificate AND r_kind < 0.10 THEN 'CLARIFY_PERSONAL_DATA'
              ELSE 'NEW_CERTIFICATE' END AS kind,
         CASE WHEN has_certificate THEN lpad(((i::bigint * 7368787397) % 10000000000)::text, 10, '0') END AS certificate_number,
         CASE WHEN status = 'CONFIRMED' OR (has_certificate AND r_kind < 0.10) THEN 'ACTIVATED'
              WHEN has_certificate THEN 'NOT_ACTIVATED' END AS certificate_status,
         CASE WHEN status <> 'EMAIL_UNCONFIRMED' THEN least(now(), created_at + interval '12 minutes') END AS email_confirmed_at,
         CASE WHEN status IN ('DOCUMENTS_RECEIVED', 'CONFIRMED') OR (status = 'REFUSED' AND r_certificate < 0.5)
              THEN least(now(), created_at + (1 + i % 10) * interval '1 day') END AS documents_received_at,
         CASE WHEN status IN ('CONFIRMED', 'REFUSED') THEN least(now(), created_at + (2 + i % 10) * interval '1 day') END AS processed_at,
         CASE WHEN status = 'REFUSED' THEN 'Сведения в заявлении не совпадают с документом' END AS refusal_reason
    FROM certified`;

const SEED_STEPS = [
  [
    'children',
    `
    INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
    SELECT child_id, surname, name, patronymic, birth_date, municipality_id FROM bench_seed`,
  ],
  [
    'child_guardians',
    `
    INSERT INTO certificates.child_guardians (child_id, user_id, relation)
    SELECT child_id, applicant_user_id, 'PARENT' FROM bench_seed`,
  ],
  [
    'child_documents',
    `
    INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id, created_at)
    SELECT document_id, child_id, document_type, document_series, document_number, document_issue_date, document_issued_by,
           applicant_user_id, created_at - interval '5 minutes'
      FROM bench_seed`,
  ],
  [
    'applications',
    `
    INSERT INTO certificates.applications (
      id, number, kind, status, municipality_id, child_id, received_by_organization_id, documents_received_at, created_at,
      applicant_user_id, applicant_name, applicant_email, document_id, group_id, email_confirmed_at,
      refusal_reason, processed_at, processed_by_user_id)
    SELECT application_id, application_number, kind, status, municipality_id, child_id,
           CASE WHEN documents_received_at IS NOT NULL THEN CASE WHEN municipality_id = $1::uuid THEN $2::uuid ELSE $3::uuid END END,
           documents_received_at, created_at, applicant_user_id, applicant_name, applicant_email, document_id, group_id, email_confirmed_at,
           refusal_reason, processed_at,
           CASE WHEN processed_at IS NOT NULL THEN CASE WHEN municipality_id = $1::uuid THEN $4::uuid ELSE $5::uuid END END
      FROM bench_seed`,
    (ids) => [ids.novokuznetsk, ids.orion, ids.kemerovoDdt, ids.operator, ids.operatorKem],
  ],
  [
    'certificates',
    `
    INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id, created_at, application_id, document_id)
    SELECT certificate_id, certificate_number, certificate_status, municipality_id, group_id, child_id,
           least(now(), coalesce(email_confirmed_at, created_at) + interval '1 hour'), application_id, document_id
      FROM bench_seed WHERE certificate_id IS NOT NULL`,
  ],
  [
    'applications.certificate_id',
    `
    UPDATE certificates.applications application SET certificate_id = seed.certificate_id
      FROM bench_seed seed WHERE application.id = seed.application_id AND seed.certificate_id IS NOT NULL`,
  ],
];

const SEEDED_TABLES = ['children', 'child_guardians', 'child_documents', 'applications', 'certificates'];

async function seed(client) {
  const ids = {
    novokuznetsk: DemoMunicipality.novokuznetsk,
    kemerovo: DemoMunicipality.kemerovo,
    orion: DemoOrganization.orion,
    kemerovoDdt: DemoOrganization.kemerovoDdt,
    operator: DemoUser.operator,
    operatorKem: DemoUser.operatorKem,
  };
  const started = performance.now();
  const step = async (name, sql, params = []) => {
    const stepStart = performance.now();
    const result = await client.query(sql, params);
    console.log(
      `  ${name.padEnd(30)} ${String(result.rowCount ?? '').padStart(7)} rows ${((performance.now() - stepStart) / 1000).toFixed(1).padStart(6)} s`,
    );
  };
  console.log(
    `seeding ${APPLICATIONS} applications in г. Новокузнецк and ${OTHER_APPLICATIONS} in г. Кемерово (SQL, INSERT … SELECT over generate_series)`,
  );
  await client.query('BEGIN');
  try {
    await step('row values (temp table)', SEED_ROWS_SQL, [
      APPLICATIONS,
      OTHER_APPLICATIONS,
      ids.novokuznetsk,
      ids.kemerovo,
      SURNAMES,
      MALE_NAMES,
      FEMALE_NAMES,
      MALE_PATRONYMICS,
      FEMALE_PATRONYMICS,
      MOTHER_NAMES,
      MOTHER_PATRONYMICS,
      ROMAN,
      SERIES_LETTERS,
    ]);
    for (const [name, sql, params] of SEED_STEPS) await step(name, sql, params ? params(ids) : []);
    await client.query('DROP TABLE bench_seed');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  const insertSeconds = (performance.now() - started) / 1000;
  // As autovacuum would after such a load: statistics for the planner, the visibility map for index-only scans.
  const analyzeStart = performance.now();
  for (const table of SEEDED_TABLES) await client.query(`VACUUM (ANALYZE) certificates.${table}`);
  const analyzeSeconds = (performance.now() - analyzeStart) / 1000;
  console.log(`  ${'VACUUM (ANALYZE)'.padEnd(30)} ${''.padStart(7)}      ${analyzeSeconds.toFixed(1).padStart(6)} s`);
  console.log(
    `seeding took ${(insertSeconds + analyzeSeconds).toFixed(1)} s (inserts ${insertSeconds.toFixed(1)} s, VACUUM ANALYZE ${analyzeSeconds.toFixed(1)} s)`,
  );

  const { rows } = await client.query(
    `
    SELECT (SELECT count(*) FROM certificates.applications WHERE municipality_id = $1) AS novokuznetsk,
           (SELECT count(*) FROM certificates.applications) AS applications,
           (SELECT count(*) FROM certificates.children) AS children,
           (SELECT count(*) FROM certificates.child_documents) AS documents,
           (SELECT count(*) FROM certificates.certificates) AS certificates,
           (SELECT count(*) FROM certificates.applications WHERE municipality_id = $1
               AND status IN ('EMAIL_UNCONFIRMED', 'SUBMITTED', 'DOCUMENTS_RECEIVED')) AS novokuznetsk_unconfirmed,
           (SELECT pg_size_pretty(pg_total_relation_size('certificates.applications'))) AS applications_size,
           (SELECT pg_size_pretty(pg_total_relation_size('certificates.child_documents'))) AS documents_size`,
    [ids.novokuznetsk],
  );
  const counts = rows[0];
  console.log(
    `register: ${counts.novokuznetsk} applications in Новокузнецк (${counts.novokuznetsk_unconfirmed} on the UNCONFIRMED tab), ` +
      `${counts.applications} in all; ${counts.children} children, ${counts.documents} documents, ${counts.certificates} certificates; ` +
      `applications ${counts.applications_size}, child_documents ${counts.documents_size} with indexes`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// EXPLAIN: the statements register.service.ts sends, captured from the real code through TypeORM.
// ---------------------------------------------------------------------------------------------------------

/** Runs the register's own code on a data source whose logger keeps every statement it sends. */
async function capturedStatements(dataSource, search, tab = 'ALL') {
  const statements = [];
  const previous = dataSource.logger;
  dataSource.logger = {
    logQuery: (query, parameters) => statements.push({ sql: query, parameters: parameters ?? [] }),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  try {
    const identity = {
      userId: DemoUser.operator,
      role: 'MUNICIPAL_OPERATOR',
      municipalityId: DemoMunicipality.novokuznetsk,
    };
    const context = {
      identity,
      // A search by document is audited: the audit names who searched.
      caller: { identity, clientIp: '127.0.0.1' },
      dataSource,
      runtime: { register: dataSource, municipalities: { nameOf: async () => '' } },
    };
    const page = await applicationRegister(context, tab, search, 20, null);
    return { statements, page };
  } finally {
    dataSource.logger = previous;
  }
}

/** The SQL as sent, with the long select list of the page query shortened for reading. */
function readable(sql) {
  return sql
    .replace(/^SELECT ("application"\."\w+" AS "\w+", ){3,}"application"\."\w+" AS "\w+"/, (list) => {
      const count = list.split(' AS ').length - 1;
      return `SELECT "application"."id" AS "application_id", … (${count} columns of application)`;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const WATCHED_INDEXES = ['child_documents_series_number_idx', 'applications_municipality_created_idx'];

/** The sequential scans of a text plan: table, rows out and rows removed by the filter, over all loops (workers). */
function sequentialScans(plan) {
  const scans = [];
  plan.forEach((line, index) => {
    const scan = /Seq Scan on (\w+) \w+.*actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+) loops=(\d+)/.exec(line);
    if (!scan) return;
    const loops = Number(scan[3]);
    let removed = 0;
    for (const next of plan.slice(index + 1)) {
      if (/->/.test(next)) break;
      const filtered = /Rows Removed by Filter: ([\d.]+)/.exec(next);
      if (filtered) removed = Math.round(Number(filtered[1]) * loops);
    }
    scans.push({ table: scan[1], rows: Math.round(Number(scan[2]) * loops), removed, workers: loops });
  });
  return scans;
}

async function explain(client, title, statement) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.parameters);
  const plan = rows.map((row) => row['QUERY PLAN']);
  const text = plan.join('\n');
  const indexes = [
    ...new Set(
      [...text.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g)].map(
        (m) => m[1],
      ),
    ),
  ];
  const seqScans = sequentialScans(plan);
  const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1]);
  console.log(`\n--- ${title}`);
  console.log(readable(statement.sql));
  console.log(`parameters: ${JSON.stringify(statement.parameters)}`);
  console.log(text);
  const scanned = seqScans.map(
    (scan) =>
      `${scan.table} (${scan.rows} rows kept, ${scan.removed} removed by the filter${scan.workers > 1 ? `, ${scan.workers} processes` : ''})`,
  );
  console.log(
    `=> indexes: ${indexes.join(', ') || 'none'}; sequential scans: ${scanned.join(', ') || 'none'}; execution ${executionMs} ms`,
  );
  return { title, indexes, seqScans, executionMs };
}

/** What a captured statement of the register is, read from its SQL. */
function statementKind(sql) {
  if (/DISTINCT certificate\.number/.test(sql)) return 'liveCertificatesByDocument (the duplicate lookup)';
  // The select list names every column; the WHERE clause tells the two parts of the register apart.
  const part = /WHERE[\s\S]*application\.source_municipality_id =/.test(sql)
    ? 'outgoing changes of municipality'
    : 'own applications';
  return `${/COUNT\(1\)/.test(sql) ? 'count' : 'page (LIMIT first + 1)'}, ${part}`;
}

async function explainRegister(client, dataSource, sample) {
  console.log(
    '\n=== EXPLAIN (ANALYZE, BUFFERS) of the statements register.service.ts sends (captured from its code, run as the operator of Новокузнецк)',
  );
  const results = [];
  const searches = [
    [
      `search by document ${sample.series} № ${sample.number}`,
      { documentSeries: sample.series, documentNumber: sample.number },
    ],
    ['register, tab ALL, first page', {}],
    ['search by surname prefix «Ива»', { surname: 'Ива' }],
  ];
  for (const [title, search] of searches) {
    const captured = await capturedStatements(dataSource, search);
    if (search.documentNumber && captured.page.totalCount < 1)
      throw new Error(`the document ${sample.series} ${sample.number} finds no application`);
    // The register's reads; not the START TRANSACTION, SET TRANSACTION and COMMIT around them.
    const reads = captured.statements.filter((statement) => /^\s*SELECT/i.test(statement.sql));
    for (const statement of reads)
      results.push(await explain(client, `${title}: ${statementKind(statement.sql)}`, statement));
  }

  for (const index of WATCHED_INDEXES) {
    const users = results.filter((result) => result.indexes.includes(index)).map((result) => result.title);
    console.log(
      `\n${index}: ${users.length ? `used by ${users.length} of ${results.length} plans` : 'NOT used by any plan'}`,
    );
  }
  const bigScans = results.filter((result) => result.seqScans.some((scan) => scan.rows + scan.removed >= 1000));
  for (const result of bigScans) {
    console.log(
      `sequential scan in «${result.title}»: ${result.seqScans.map((scan) => `${scan.table} → ${scan.rows} rows kept, ${scan.removed} removed`).join(', ')}`,
    );
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL response times through the gateway.
// ---------------------------------------------------------------------------------------------------------

const LIST_FIELDS = `totalCount nextCursor applications { id number status statusName createdAt child { surname name patronymic birthDate documents { typeName series number } } certificate { number } }`;
const LIST_PAGE = `{ applicationRegister(tab: ALL, first: 20) { ${LIST_FIELDS} } }`;
// The same page without the per-row fields: what the two SQL statements and the gateway cost on their own.
const LIST_IDS = `{ applicationRegister(tab: ALL, first: 20) { totalCount nextCursor applications { id number } } }`;
const UNCONFIRMED_TAB = `{ applicationRegister(tab: UNCONFIRMED, first: 20) { ${LIST_FIELDS} } }`;
const PAGE_AFTER = `query ($after: String) { applicationRegister(tab: ALL, first: 20, after: $after) { ${LIST_FIELDS} } }`;
const BY_DOCUMENT = `query ($s: String!, $n: String!) { applicationRegister(search: { documentSeries: $s, documentNumber: $n }) { totalCount applications { id number } liveCertificatesInRegion { number municipalityName } } }`;
const BY_SURNAME = `{ applicationRegister(search: { surname: "Ива" }) { ${LIST_FIELDS} } }`;
const APPLICATION_PAGE = `query ($n: String!) { applicationRegister(search: { applicationNumber: $n }, first: 1) { applications { id number status statusName createdAt applicantName email documentsReceivedAt receivedBy { name } refusalReason child { surname name patronymic birthDate documents { typeName series number issueDate issuedBy } } certificate { number status group { name } } history { occurredAt actionName actorName } allowedActions } } }`;

class Gateway {
  cookie = null;

  async post(query, variables = {}) {
    const response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie && { cookie: this.cookie }) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie
        .split(/,(?=\s*\w+=)/)
        .map((one) => one.split(';')[0].trim())
        .find((one) => one.startsWith('pfdo_session='));
      if (pair) this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = await response.json();
    if (response.status !== 200 || body.errors?.length || !body.data) {
      throw new Error(
        `GraphQL answered ${response.status} with errors: ${JSON.stringify(body.errors ?? body)}\nquery: ${query}\nvariables: ${JSON.stringify(variables)}`,
      );
    }
    return body.data;
  }
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function measure(name, action, check) {
  for (let run = 0; run < WARMUPS; run += 1) check(await action(run));
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const data = await action(run);
    samples.push(performance.now() - start);
    check(data);
  }
  const row = {
    name,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
  console.log(
    `  ${name.padEnd(44)} median ${row.median.toFixed(1).padStart(7)} ms   p95 ${row.p95.toFixed(1).padStart(7)} ms`,
  );
  return row;
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function measureGateway(samples) {
  const operator = new Gateway();
  await operator.post(
    `mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`,
    {
      login: OPERATOR,
      password: DEMO_PASSWORD,
    },
  );
  expect(operator.cookie, 'login set no pfdo_session cookie');

  // The cursor of the 50th page: 49 pages walked once.
  let after = null;
  for (let page = 1; page < 50; page += 1) {
    after = (await operator.post(PAGE_AFTER, { after })).applicationRegister.nextCursor;
    expect(after, `page ${page} has no nextCursor`);
  }

  console.log(
    `\n=== GraphQL through the gateway as ${OPERATOR}: ${WARMUPS} warm-ups, then ${RUNS} runs each (load average ${load()})`,
  );
  const rows = [];
  const page = (data, label) => {
    const register = data.applicationRegister;
    expect(register.applications.length === 20, `${label}: ${register.applications.length} applications instead of 20`);
    return register;
  };
  let listTotal = 0;
  rows.push(
    await measure(
      'list page (tab ALL, first 20)',
      () => operator.post(LIST_PAGE),
      (data) => {
        listTotal = page(data, 'list page').totalCount;
        expect(listTotal >= APPLICATIONS, `totalCount ${listTotal} < ${APPLICATIONS}`);
      },
    ),
  );
  rows.push(
    await measure(
      'list page, ids only (totalCount, id, number)',
      () => operator.post(LIST_IDS),
      (data) => page(data, 'list page, ids only'),
    ),
  );
  rows.push(
    await measure(
      'UNCONFIRMED tab (first 20)',
      () => operator.post(UNCONFIRMED_TAB),
      (data) => page(data, 'UNCONFIRMED tab'),
    ),
  );
  rows.push(
    await measure(
      '50th page (tab ALL, after cursor)',
      () => operator.post(PAGE_AFTER, { after }),
      (data) => page(data, '50th page'),
    ),
  );
  rows.push(
    await measure(
      'search by document series + number',
      (run) =>
        operator.post(BY_DOCUMENT, {
          s: samples[run % samples.length].series,
          n: samples[run % samples.length].number,
        }),
      (data) => {
        expect(
          data.applicationRegister.totalCount === 1,
          `search by document found ${data.applicationRegister.totalCount} applications`,
        );
      },
    ),
  );
  rows.push(
    await measure(
      'search by surname prefix «Ива»',
      () => operator.post(BY_SURNAME),
      (data) => page(data, 'surname search'),
    ),
  );
  rows.push(
    await measure(
      'application page (search by number, first 1)',
      (run) => operator.post(APPLICATION_PAGE, { n: samples[run % samples.length].applicationNumber }),
      (data) => {
        expect(data.applicationRegister.applications.length === 1, 'the application page found no application');
      },
    ),
  );
  return { rows, listTotal };
}

// ---------------------------------------------------------------------------------------------------------

/** Applications of Новокузнецк holding a live certificate, with a birth certificate: search samples. */
async function pickSamples(client, count) {
  const { rows } = await client.query(
    `SELECT document.series, document.number, application.number AS "applicationNumber"
       FROM certificates.applications application
       JOIN certificates.child_documents document ON document.id = application.document_id
      WHERE application.municipality_id = $1 AND application.status = 'CONFIRMED' AND document.type = 'BIRTH_CERTIFICATE'
        AND application.certificate_id IS NOT NULL
      ORDER BY application.number
      LIMIT $2`,
    [DemoMunicipality.novokuznetsk, count],
  );
  expect(rows.length === count, `only ${rows.length} sample applications`);
  return rows;
}

// A closed pipe (`… | head`) must not kill the process before it stops the stack it started.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-bench-register-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const lines = [];
  let stack = null;
  let client = null;
  let dataSource = null;
  const cleanUp = async () => {
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    if (client) await client.end().catch(() => undefined);
    if (stack) await stack.stop().catch((error) => console.error(`stopping the stack: ${error}`));
    rmSync(dataDir, { recursive: true, force: true });
  };
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the stack`);
    cleanUp().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const stackStart = performance.now();
    stack = await startStack({
      ports: PORTS,
      dataDir: path.join(dataDir, 'postgres'),
      demo: true,
      web: false,
      gatewaySecret: generateGatewaySecret(),
      env: { SCAN_STORAGE_DIR: path.join(dataDir, 'scans') },
      sink: (service, line) => {
        lines.push(`[${service}] ${line}`);
        if (/error|failed|slow query/i.test(line) && service !== 'maildev')
          process.stderr.write(`[${service}] ${line}\n`);
      },
    });
    const died = stack.failed.then((name) => {
      throw new Error(`${name} exited during the benchmark:\n${lines.slice(-30).join('\n')}`);
    });
    died.catch(() => undefined);
    console.log(
      `stack ready in ${((performance.now() - stackStart) / 1000).toFixed(1)} s (gateway ${GRAPHQL_URL}, PostgreSQL on ${PORTS.postgres})`,
    );

    const run = async () => {
      client = new Client({ connectionString: stack.databaseUrl });
      await client.connect();
      const { rows: version } = await client.query('SHOW server_version');
      console.log(
        `PostgreSQL ${version[0].server_version}, node ${process.version}, ${cpus().length} CPUs, load average ${load()}\n`,
      );
      await seed(client);

      const samples = await pickSamples(client, Math.max(RUNS, WARMUPS));
      dataSource = createCertificatesDataSource(stack.databaseUrl);
      await dataSource.initialize();
      const plans = await explainRegister(client, dataSource, samples[0]);
      const { rows: timings, listTotal } = await measureGateway(samples);
      return { plans, timings, listTotal };
    };
    const { plans, timings, listTotal } = await Promise.race([run(), died]);

    console.log(
      `\n=== summary: the register at ${listTotal} applications of г. Новокузнецк (${APPLICATIONS + OTHER_APPLICATIONS} in the region); load average ${load()}`,
    );
    console.log(
      `${'GraphQL request (gateway, ms)'.padEnd(46)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`,
    );
    for (const row of timings) {
      console.log(
        `${row.name.padEnd(46)} ${row.median.toFixed(1).padStart(8)} ${row.p95.toFixed(1).padStart(8)} ${row.min.toFixed(1).padStart(8)} ${row.max.toFixed(1).padStart(8)}`,
      );
    }
    console.log(`\n${'SQL statement (EXPLAIN ANALYZE)'.padEnd(72)} ${'ms'.padStart(8)}  plan`);
    for (const plan of plans) {
      const scans = plan.seqScans
        .filter((scan) => scan.rows + scan.removed >= 1000)
        .map((scan) => `Seq Scan ${scan.table}`);
      console.log(
        `${plan.title.slice(0, 72).padEnd(72)} ${plan.executionMs.toFixed(2).padStart(8)}  ${[...plan.indexes, ...scans].join(', ') || 'no index'}`,
      );
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!interrupted) await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
