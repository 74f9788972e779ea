/**
 * `npm run backup` and `npm run restore` at 100 000 applications: seeds an embedded PostgreSQL of its own
 * set-based in SQL (children, guardians' accounts, documents, applications in every status, certificates,
 * audit events, the outboxes and e-mail confirmations those leave behind) and scan files, then times a
 * backup of it and a restore of the archive into an empty data folder, and prints the figures.
 *
 *   npx tsc -b && node packages/devstack/bench/backup-100k.bench.js
 *
 * Settings: APPLICATIONS (100000), SCANS (2000 documents with a scan file), SCAN_KB (150 KB of random
 * bytes each, incompressible like a JPEG). It runs on a free port and temp folders of its own, beside
 * `npm start` and `npm test`.
 */
const { randomBytes } = require('node:crypto');
const { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { cpus, loadavg, tmpdir } = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');
const { freePort, restoreBackup, takeBackup } = require('@pfdo/devstack/backup');
const { startEmbeddedPostgres } = require('@pfdo/devstack/postgres');
const { DemoMunicipality, migrate } = require('@pfdo/platform');
const { SUBGRAPHS } = require('../dist/subgraphs');

const APPLICATIONS = Number(process.env.APPLICATIONS || 100_000);
const SCANS = Number(process.env.SCANS || 2_000);
const SCAN_KB = Number(process.env.SCAN_KB || 150);

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
];
const NAMES = ['Александр', 'Дмитрий', 'Максим', 'Артём', 'Иван', 'Михаил', 'Кирилл', 'Никита', 'Егор', 'Матвей'];
const PATRONYMICS = ['Александрович', 'Андреевич', 'Сергеевич', 'Дмитриевич', 'Алексеевич', 'Игоревич'];

/**
 * One temp table of every row's values, then one INSERT … SELECT per table: the seeding of
 * subgraphs/certificates/bench/register-100k.bench.js, with the rows the other subgraphs keep per application.
 */
const SEED = [
  [
    'row values (temp table)',
    `
    CREATE TEMP TABLE seed AS
    SELECT i,
           CASE WHEN i % 2 = 0 THEN $2::uuid ELSE $3::uuid END AS municipality_id,
           gen_random_uuid() AS child_id, gen_random_uuid() AS document_id, gen_random_uuid() AS application_id,
           gen_random_uuid() AS user_id, gen_random_uuid() AS confirmation_id,
           CASE WHEN i <= $7 THEN gen_random_uuid() END AS scan_id,
           CASE WHEN i % 20 < 2 THEN 'EMAIL_UNCONFIRMED' WHEN i % 20 < 6 THEN 'SUBMITTED' WHEN i % 20 < 8 THEN 'DOCUMENTS_RECEIVED'
                WHEN i % 20 < 17 THEN 'CONFIRMED' ELSE 'REFUSED' END AS status,
           ($4::text[])[1 + i % cardinality($4::text[])] AS surname,
           ($5::text[])[1 + (i / 7) % cardinality($5::text[])] AS name,
           ($6::text[])[1 + (i / 11) % cardinality($6::text[])] AS patronymic,
           current_date - (1826 + i % 4383) AS birth_date,
           now() - (i % 730) * interval '1 day' AS created_at
      FROM generate_series(1, $1::int) AS i`,
    (ids) => [APPLICATIONS, ids.novokuznetsk, ids.kemerovo, SURNAMES, NAMES, PATRONYMICS, SCANS],
  ],
  [
    'seed: certificate groups and ids',
    `
    ALTER TABLE seed ADD COLUMN group_id uuid, ADD COLUMN certificate_id uuid;
    UPDATE seed SET group_id = (SELECT id FROM certificates.certificate_groups g WHERE g.municipality_id = seed.municipality_id ORDER BY name LIMIT 1),
                    certificate_id = CASE WHEN status = 'CONFIRMED' OR (status IN ('SUBMITTED', 'DOCUMENTS_RECEIVED', 'REFUSED') AND i % 2 = 0)
                                          THEN gen_random_uuid() END`,
  ],
  [
    'organizations.users (applicants)',
    `
    INSERT INTO organizations.users (id, login, password_hash, full_name, role, municipality_id)
    SELECT user_id, 'bench-' || i, 'scrypt$32768$8$1$c2VlZA==$aGFzaA==', surname || 'а Мария Ивановна', 'CITIZEN', municipality_id FROM seed`,
  ],
  [
    'children',
    `
    INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
    SELECT child_id, surname, name, patronymic, birth_date, municipality_id FROM seed`,
  ],
  [
    'child_guardians',
    `INSERT INTO certificates.child_guardians (child_id, user_id, relation) SELECT child_id, user_id, 'PARENT' FROM seed`,
  ],
  [
    'document_scans',
    `
    INSERT INTO certificates.document_scans (id, uploaded_by_user_id, storage_key, content_type, size_bytes, original_name, created_at)
    SELECT scan_id, user_id, 'bench/' || scan_id, 'image/jpeg', $1, 'svidetelstvo.jpg', created_at FROM seed WHERE scan_id IS NOT NULL`,
    () => [SCAN_KB * 1024],
  ],
  [
    'child_documents',
    `
    INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, scan_id, created_by_user_id, created_at)
    SELECT document_id, child_id, 'BIRTH_CERTIFICATE', 'II-ЛО', lpad(((i::bigint * 102947) % 1000000)::text, 6, '0'), birth_date + 10,
           'Отдел ЗАГС Центрального района', scan_id, user_id, created_at FROM seed`,
  ],
  [
    'applications',
    `
    INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, created_at, applicant_user_id, applicant_name,
                                           applicant_email, document_id, group_id, email_confirmed_at, documents_received_at, processed_at, refusal_reason)
    SELECT application_id, lpad(((i::bigint * 73939133) % 100000000)::text, 8, '0'), 'NEW_CERTIFICATE', status, municipality_id, child_id, created_at,
           user_id, surname || 'а Мария Ивановна', 'parent' || i || '@example.ru', document_id, group_id,
           CASE WHEN status <> 'EMAIL_UNCONFIRMED' THEN created_at + interval '10 minutes' END,
           CASE WHEN status IN ('DOCUMENTS_RECEIVED', 'CONFIRMED') THEN created_at + interval '2 days' END,
           CASE WHEN status IN ('CONFIRMED', 'REFUSED') THEN created_at + interval '3 days' END,
           CASE WHEN status = 'REFUSED' THEN 'Сведения в заявлении не совпадают с документом' END
      FROM seed`,
  ],
  [
    'certificates',
    `
    INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id, created_at, application_id, document_id)
    SELECT certificate_id, lpad(((i::bigint * 7368787397) % 10000000000)::text, 10, '0'),
           CASE status WHEN 'CONFIRMED' THEN 'ACTIVATED' WHEN 'REFUSED' THEN 'ANNULLED' ELSE 'NOT_ACTIVATED' END,
           municipality_id, group_id, child_id, created_at + interval '1 hour', application_id, document_id
      FROM seed WHERE certificate_id IS NOT NULL`,
  ],
  [
    'applications.certificate_id',
    `
    UPDATE certificates.applications a SET certificate_id = seed.certificate_id FROM seed
     WHERE a.id = seed.application_id AND seed.certificate_id IS NOT NULL`,
  ],
  [
    'audit_events (3 per application)',
    `
    INSERT INTO certificates.audit_events (occurred_at, actor_user_id, actor_role, action, subject_id, before, after, actor_name)
    SELECT created_at + step * interval '1 hour', user_id, 'CITIZEN', (ARRAY['APPLICATION_SUBMITTED', 'EMAIL_CONFIRMED', 'CERTIFICATE_ISSUED'])[step],
           application_id, jsonb_build_object('status', 'EMAIL_UNCONFIRMED'), jsonb_build_object('status', status), surname || 'а М. И.'
      FROM seed, generate_series(1, 3) AS step`,
  ],
  [
    'certificates.outbox (delivered)',
    `
    INSERT INTO certificates.outbox (id, topic, payload, created_at, attempts, next_attempt_at, delivered_at)
    SELECT gen_random_uuid(), 'application.email-confirmation-requested',
           jsonb_build_object('applicationId', application_id, 'email', 'parent' || i || '@example.ru', 'municipalityId', municipality_id),
           created_at, 1, created_at, created_at + interval '1 second' FROM seed`,
  ],
  [
    'email.email_confirmations',
    `
    INSERT INTO email.email_confirmations (id, application_id, municipality_id, email, token_hash, status, expires_at, confirmed_at, created_at, application_number)
    SELECT confirmation_id, application_id, municipality_id, 'parent' || i || '@example.ru', md5(confirmation_id::text),
           CASE WHEN status = 'EMAIL_UNCONFIRMED' THEN 'PENDING' ELSE 'CONFIRMED' END, created_at + interval '72 hours',
           CASE WHEN status <> 'EMAIL_UNCONFIRMED' THEN created_at + interval '10 minutes' END, created_at,
           lpad(((i::bigint * 73939133) % 100000000)::text, 8, '0')
      FROM seed`,
  ],
  [
    'email.inbox',
    `INSERT INTO email.inbox (event_id, topic, received_at) SELECT gen_random_uuid(), 'application.email-confirmation-requested', created_at FROM seed`,
  ],
  [
    'email.outbox (delivered)',
    `
    INSERT INTO email.outbox (id, topic, payload, created_at, attempts, next_attempt_at, delivered_at)
    SELECT gen_random_uuid(), 'email.send', jsonb_build_object('to', 'parent' || i || '@example.ru', 'subject', 'Подтвердите адрес электронной почты'),
           created_at, 1, created_at, created_at + interval '2 seconds' FROM seed`,
  ],
];

async function seed(client, scansDir) {
  const ids = { novokuznetsk: DemoMunicipality.novokuznetsk, kemerovo: DemoMunicipality.kemerovo };
  console.log(
    `seeding ${APPLICATIONS} applications (SQL, INSERT … SELECT over generate_series) and ${SCANS} scan files of ${SCAN_KB} KB`,
  );
  const started = performance.now();
  await client.query('BEGIN');
  for (const [name, sql, params] of SEED) {
    const stepStart = performance.now();
    const result = await client.query(sql, params ? params(ids) : []);
    const rows = Array.isArray(result) ? result.at(-1).rowCount : result.rowCount;
    console.log(
      `  ${name.padEnd(36)} ${String(rows ?? '').padStart(8)} rows ${((performance.now() - stepStart) / 1000).toFixed(1).padStart(6)} s`,
    );
  }
  const { rows: scans } = await client.query(
    `SELECT storage_key FROM certificates.document_scans WHERE storage_key LIKE 'bench/%'`,
  );
  await client.query('DROP TABLE seed');
  await client.query('COMMIT');
  const filesStart = performance.now();
  mkdirSync(path.join(scansDir, 'bench'), { recursive: true });
  for (const { storage_key: key } of scans) writeFileSync(path.join(scansDir, key), randomBytes(SCAN_KB * 1024));
  console.log(
    `  ${'scan files'.padEnd(36)} ${String(scans.length).padStart(8)}      ${((performance.now() - filesStart) / 1000).toFixed(1).padStart(6)} s`,
  );
  await client.query('VACUUM ANALYZE');
  console.log(`seeding took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'pfdo-bench-backup-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folders.
  chmodSync(root, 0o755);
  const source = path.join(root, 'source');
  mkdirSync(source, { mode: 0o755 });
  let server = null;
  try {
    server = await startEmbeddedPostgres(path.join(source, 'postgres'), await freePort());
    for (const module of SUBGRAPHS) {
      const dataSource = module.createDataSource(server.url);
      await migrate(dataSource, module.schema);
      await module.seedDemo?.(dataSource);
      await dataSource.destroy();
    }
    const client = new Client({ connectionString: server.url });
    await client.connect();
    const {
      rows: [version],
    } = await client.query('SHOW server_version');
    console.log(
      `PostgreSQL ${version.server_version}, node ${process.version}, ${cpus().length} CPUs, load average ${load()}\n`,
    );
    await seed(client, path.join(source, 'scans'));
    const {
      rows: [size],
    } = await client.query(`SELECT pg_database_size(current_database()) AS bytes`);
    await client.end();

    console.log(`\n=== npm run backup (database ${mb(Number(size.bytes))} with indexes; load average ${load()})`);
    const archive = path.join(root, 'backups', 'bench.tar');
    const backupStart = performance.now();
    const backup = await takeBackup({
      databaseUrl: server.url,
      dataDir: source,
      scansDir: path.join(source, 'scans'),
      file: archive,
      source: 'bench',
      progress: { line: (line) => console.log(line), tick: () => undefined },
    });
    const backupSeconds = (performance.now() - backupStart) / 1000;
    await server.stop();
    server = null;

    console.log(`\n=== npm run restore into an empty data folder (load average ${load()})`);
    const target = path.join(root, 'restored');
    const restoreStart = performance.now();
    const restored = await restoreBackup({
      file: archive,
      dataDir: target,
      scansDir: path.join(target, 'scans'),
      progress: { line: (line) => console.log(line), tick: () => undefined },
    });
    const restoreSeconds = (performance.now() - restoreStart) / 1000;

    const scanBytes = SCANS * SCAN_KB * 1024;
    console.log(
      `\n=== summary: ${APPLICATIONS} applications, ${backup.rows} rows in all, ${backup.scans} scans (${mb(scanBytes)}); load average ${load()}`,
    );
    console.log(`database           ${mb(Number(size.bytes)).padStart(10)}`);
    console.log(
      `archive            ${mb(statSync(archive).size).padStart(10)}  (tables gzipped, scans stored as they are: random bytes, incompressible like JPEG)`,
    );
    console.log(`backup             ${backupSeconds.toFixed(1).padStart(8)} s`);
    console.log(
      `restore            ${restoreSeconds.toFixed(1).padStart(8)} s  (${restored.rows} rows, ${restored.scans} scans, verified)`,
    );
  } finally {
    if (server) await server.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  }
}

for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
