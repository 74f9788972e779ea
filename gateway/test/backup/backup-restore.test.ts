import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DemoMunicipality, DemoUser } from '@pfdo/platform';
import {
  anonymous,
  confirmationTokenOf,
  eventually,
  GatewayClient,
  signIn,
  tinyPng,
  uniqueEmail,
  yearsAgo,
} from '@pfdo/testing';
import { ADD_DOCUMENT, addBirthCertificate, CONFIRM, ISSUE, SUBMIT } from '../citizen-flow.support';
import { ROOT_DIR } from '../security/services.support';
import { PrivateStack, startPrivateStack, withDatabase } from './private-stack.support';

/**
 * Backups of the embedded default (README «Backups»): a private stack of this file's own is backed up,
 * wiped, restored and started again; the shared test stack is never touched.
 */
jest.setTimeout(300_000);

const RECEIVE = `mutation ($id: ID!) { recordDocumentsReceived(applicationId: $id) { status } }`;
const CONFIRM_PD = `mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`;
const REFUSE = `mutation ($id: ID!, $reason: String!) { refuseApplication(applicationId: $id, reason: $reason) { status } }`;
const REGISTER = `{ applicationRegister(tab: ALL, first: 100) { applications { number status certificate { number status } } } }`;
const SCHEMAS = ['certificates', 'organizations', 'navigator', 'email'];

const root = mkdtempSync(path.join(tmpdir(), 'pfdo-backup-test-'));
// Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folders.
chmodSync(root, 0o755);
let stack: PrivateStack | null = null;

afterAll(async () => {
  await stack?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** Every table's row count and a digest of its rows, read with plain SQL (not the backup's code). */
async function tableDigests(databaseUrl: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET TimeZone = 'UTC'`);
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [SCHEMAS],
    );
    const digests: Record<string, { rows: number; md5: string }> = {};
    for (const { schema, name } of tables) {
      const {
        rows: [digest],
      } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C")), '') AS md5
           FROM "${schema}"."${name}" t`,
      );
      digests[`${schema}.${name}`] = digest;
    }
    const {
      rows: [sequence],
    } = await client.query(`SELECT last_value::text AS value FROM certificates.audit_events_id_seq`);
    digests['certificates.audit_events_id_seq'] = { rows: 1, md5: sequence.value };
    return digests;
  } finally {
    await client.end();
  }
}

function fileDigests(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (current: string) => {
    if (!existsSync(current)) return;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else result[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return result;
}

/** `npm run backup` / `npm run restore`, as a person runs them, on the given data folder. */
function runCommand(
  script: 'backup' | 'restore',
  args: string[],
  dataDir: string,
): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PFDO_DATA_DIR: dataDir };
  for (const name of ['DATABASE_URL', 'SCAN_STORAGE_DIR', 'BACKUP_DIR']) delete env[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT_DIR, `packages/devstack/dist/${script}.js`), ...args],
      { env, cwd: ROOT_DIR },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** Shows what the command printed when it fails. */
function expectSuccess(result: { code: number; output: string }): void {
  expect({ code: result.code, output: result.code === 0 ? '' : result.output }).toEqual({ code: 0, output: '' });
}

async function arrangeChildren(db: PrivateStack['db'], count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const [index, id] of ids.entries()) {
    await db.query(
      `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id) VALUES ($1, 'Резервова', $2, 'Игоревна', $3, $4)`,
      [id, `Алиса-${'абвгдежзик'[index]}`, yearsAgo(9), DemoMunicipality.novokuznetsk],
    );
    await db.query(`INSERT INTO certificates.child_guardians (child_id, user_id, relation) VALUES ($1, $2, 'PARENT')`, [
      id,
      DemoUser.parent,
    ]);
  }
  return ids;
}

/** The events and e-mails of every outbox that are not delivered yet. */
async function undeliveredEvents(db: PrivateStack['db']): Promise<Array<{ schema: string; attempts: number }>> {
  const { rows: outboxes } = await db.query<{ schema: string }>(
    `SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'outbox' AND table_schema = ANY($1)`,
    [SCHEMAS],
  );
  const union = outboxes.map(
    ({ schema }) => `SELECT '${schema}' AS schema, attempts FROM "${schema}".outbox WHERE delivered_at IS NULL`,
  );
  return (await db.query<{ schema: string; attempts: number }>(union.join(' UNION ALL '))).rows;
}

/** As the citizen portal does it: a scan of its own bytes, the birth certificate, the application. */
async function submit(citizen: GatewayClient, childId: string, email: string) {
  const document = await addBirthCertificate(citizen, childId, {}, Buffer.concat([tinyPng(), randomBytes(256)]));
  const { submitApplication } = await citizen.data<{ submitApplication: { id: string; number: string } }>(SUBMIT, {
    childId,
    email,
  });
  return { ...submitApplication, childId, documentId: document.id, email };
}

describe('backups of the embedded default', () => {
  const dataDir = path.join(root, 'data');
  const archive = path.join(root, 'archives', 'registry.tar');
  let pendingEmail = '';
  let staleSession: string | null = null;
  const expected = new Map<string, string>();

  it('restores every row and scan of a backup into a wiped data folder, without sessions, and sends a pending e-mail once', async () => {
    stack = await startPrivateStack(dataDir);
    const own = { gatewayUrl: stack.gatewayUrl };
    const citizen = await signIn('parent', undefined, own);
    const [unconfirmed, submitted, received, confirmed, toRefuse, pending] = await arrangeChildren(stack.db, 6);

    const mailTo = async (email: string) =>
      (
        await eventually(
          () => stack!.mail(),
          (mails) => mails.some((mail) => mail.to.some((to) => to.address === email)),
          20_000,
        )
      ).find((mail) => mail.to.some((to) => to.address === email))!;
    const status = (id: string) =>
      stack!.db.query(`SELECT status FROM certificates.applications WHERE id = $1`, [id]).then((r) => r.rows[0].status);
    const throughEmail = async (childId: string) => {
      const application = await submit(citizen, childId, uniqueEmail());
      await anonymous(own).data(CONFIRM, { token: confirmationTokenOf((await mailTo(application.email)) as never) });
      await eventually(
        () => status(application.id),
        (value) => value === 'SUBMITTED',
      );
      const { me } = await citizen.data<{
        me: { children: Array<{ id: string; eligibleCertificateGroups: Array<{ id: string }> }> };
      }>(`{ me { children { id eligibleCertificateGroups { id } } } }`);
      const groupId = me.children.find((child) => child.id === childId)!.eligibleCertificateGroups[0].id;
      await citizen.data(ISSUE, {
        input: { applicationId: application.id, groupId, documentId: application.documentId },
      });
      return application;
    };

    const applications = {
      EMAIL_UNCONFIRMED: await submit(citizen, unconfirmed, uniqueEmail()),
      SUBMITTED: await throughEmail(submitted),
      DOCUMENTS_RECEIVED: await throughEmail(received),
      CONFIRMED: await throughEmail(confirmed),
      REFUSED: await throughEmail(toRefuse),
    };
    await mailTo(applications.EMAIL_UNCONFIRMED.email);
    await (await signIn('org@demo.ru', undefined, own)).data(RECEIVE, { id: applications.DOCUMENTS_RECEIVED.id });
    await (await signIn('org-pd@demo.ru', undefined, own)).data(CONFIRM_PD, { id: applications.CONFIRMED.id });
    await (
      await signIn('operator@demo.ru', undefined, own)
    ).data(REFUSE, { id: applications.REFUSED.id, reason: 'Документы не совпадают' });
    for (const [name, application] of Object.entries(applications)) expected.set(application.number, name);

    const undelivered = () => undeliveredEvents(stack!.db);
    // Those steps' status e-mails to the applicants (issue 14) are sent before the SMTP server goes away.
    await eventually(undelivered, (rows) => rows.length === 0, 20_000);

    // The SMTP server goes away: the next e-mail waits in the email subgraph's outbox.
    await stack.smtp('down');
    pendingEmail = uniqueEmail();
    const waiting = await submit(citizen, pending, pendingEmail);
    expected.set(waiting.number, 'EMAIL_UNCONFIRMED');
    // Everything else delivered; the one e-mail tried at least once and waiting.
    await eventually(
      undelivered,
      (rows) => rows.length === 1 && rows[0].schema === 'email' && rows[0].attempts >= 1,
      20_000,
    );
    staleSession = citizen.sessionCookie;
    await stack.stop();
    stack = null;

    const before = await withDatabase(dataDir, tableDigests);
    const scansBefore = fileDigests(path.join(dataDir, 'scans'));
    const secretBefore = readFileSync(path.join(dataDir, 'gateway-secret'), 'utf8');
    expect(Object.keys(scansBefore)).toHaveLength(6);
    expect(before['organizations.sessions'].rows).toBeGreaterThan(0);

    expectSuccess(await runCommand('backup', ['--to', archive], dataDir));
    expect(statSync(archive).mode & 0o077).toBe(0);

    const notEmpty = await runCommand('restore', [archive], dataDir);
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.output).toContain(`не пуста папка ${dataDir}`);

    rmSync(dataDir, { recursive: true, force: true });
    expectSuccess(await runCommand('restore', [archive], dataDir));

    const after = await withDatabase(dataDir, tableDigests);
    expect(after['organizations.sessions']).toEqual({ rows: 0, md5: '' });
    delete before['organizations.sessions'];
    delete after['organizations.sessions'];
    expect(after).toEqual(before);
    expect(fileDigests(path.join(dataDir, 'scans'))).toEqual(scansBefore);
    expect(readFileSync(path.join(dataDir, 'gateway-secret'), 'utf8')).toBe(secretBefore);

    // `npm start` on the restored folder: the same registry, everyone signed out, the waiting e-mail sent once.
    stack = await startPrivateStack(dataDir);
    const restored = { gatewayUrl: stack.gatewayUrl };
    const mails = await eventually(
      () => stack!.mail(),
      (list) => list.length > 0,
      20_000,
    );
    await eventually(undelivered, (rows) => rows.length === 0, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await stack.mail()).map((mail) => mail.to.map((to) => to.address))).toEqual([[pendingEmail]]);
    expect(mails).toHaveLength(1);

    const stale = new GatewayClient(restored);
    stale.sessionCookie = staleSession;
    expect(await stale.data('{ me { id } }')).toEqual({ me: null });

    const { applicationRegister } = await (
      await signIn('operator@demo.ru', undefined, restored)
    ).data<{
      applicationRegister: {
        applications: Array<{ number: string; status: string; certificate: { status: string } | null }>;
      };
    }>(REGISTER);
    const statuses = new Map(
      applicationRegister.applications.map((application) => [application.number, application.status]),
    );
    for (const [number, status] of expected) expect([number, statuses.get(number)]).toEqual([number, status]);

    // The restored link of the waiting e-mail works.
    await anonymous(restored).data(CONFIRM, { token: confirmationTokenOf((await stack.mail())[0] as never) });
    await eventually(
      () => status(waiting.id),
      (value) => value === 'SUBMITTED',
    );
  });

  it('takes a consistent backup while the stack keeps writing: no application without its child, no certificate without its application', async () => {
    stack ??= await startPrivateStack(path.join(root, 'load-source'));
    const { db } = stack;
    // Some volume, so that the backup takes a while: 30 000 refused applications of children with documents.
    await db.query(
      `WITH seed AS (SELECT gen_random_uuid() AS child, gen_random_uuid() AS document, i FROM generate_series(1, 30000) AS i),
       children AS (INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
                    SELECT child, 'Объёмов', 'Иван', 'Петрович', current_date - 3000, $1 FROM seed),
       documents AS (INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
                     SELECT document, child, 'BIRTH_CERTIFICATE', 'I-ЛО', lpad(i::text, 6, '0'), current_date - 2900, 'ЗАГС', $2 FROM seed)
       INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, document_id)
       SELECT gen_random_uuid(), (60000000 + i)::text, 'NEW_CERTIFICATE', 'REFUSED', $1, child, document FROM seed`,
      [DemoMunicipality.novokuznetsk, DemoUser.parent],
    );
    const {
      rows: [group],
    } = await db.query(`SELECT id FROM certificates.certificate_groups WHERE municipality_id = $1 LIMIT 1`, [
      DemoMunicipality.novokuznetsk,
    ]);

    // Writers: each transaction a child, its document, its application, its certificate and an audit event.
    let committed = 0;
    let running = true;
    const writeOne = async (n: number) => {
      const client = await db.connect();
      const [child, document, application, certificate] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id) VALUES ($1, 'Нагрузкин', 'Пётр', '', current_date - 3000, $2)`,
          [child, DemoMunicipality.novokuznetsk],
        );
        await client.query(
          `INSERT INTO certificates.child_documents (id, child_id, type, series, number, issue_date, issued_by, created_by_user_id)
           VALUES ($1, $2, 'BIRTH_CERTIFICATE', 'II-ЛО', $3, current_date - 2900, 'ЗАГС', $4)`,
          [document, child, String(n).padStart(6, '0'), DemoUser.parent],
        );
        await client.query(
          `INSERT INTO certificates.applications (id, number, kind, status, municipality_id, child_id, document_id) VALUES ($1, $2, 'NEW_CERTIFICATE', 'CONFIRMED', $3, $4, $5)`,
          [application, String(70000000 + n), DemoMunicipality.novokuznetsk, child, document],
        );
        await client.query(
          `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id, application_id, document_id)
           VALUES ($1, $2, 'ACTIVATED', $3, $4, $5, $6, $7)`,
          [certificate, String(7000000000 + n), DemoMunicipality.novokuznetsk, group.id, child, application, document],
        );
        await client.query(`UPDATE certificates.applications SET certificate_id = $1 WHERE id = $2`, [
          certificate,
          application,
        ]);
        await client.query(`INSERT INTO certificates.audit_events (action, subject_id) VALUES ('LOAD_TEST', $1)`, [
          application,
        ]);
        await client.query('COMMIT');
        committed += 1;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    };
    let next = 0;
    const sqlWriter = async () => {
      while (running) await writeOne((next += 1));
    };
    // And a citizen uploading scans and adding documents through the graph, as the portal does.
    const citizen = await signIn('parent', undefined, { gatewayUrl: stack.gatewayUrl });
    const [child] = await arrangeChildren(db, 1);
    let uploads = 0;
    const graphWriter = async () => {
      while (running && uploads < 40) {
        uploads += 1;
        const upload = await citizen.uploadScan(Buffer.concat([tinyPng(), randomBytes(2048)]), 'scan.png');
        await citizen.data(ADD_DOCUMENT, {
          input: {
            childId: child,
            type: 'OTHER',
            series: 'А',
            number: String(uploads),
            issueDate: yearsAgo(1),
            issuedBy: 'ЗАГС',
            comment: '',
            scanId: upload.body.id,
          },
        });
      }
    };
    const writers = [sqlWriter(), sqlWriter(), graphWriter()];
    await eventually(
      async () => committed,
      (count) => count >= 20,
    );

    const file = path.join(root, 'archives', 'under-load.tar');
    const committedBefore = committed;
    // `npm run backup` beside the running stack: it finds the server through the cluster's postmaster.pid.
    expectSuccess(await runCommand('backup', ['--to', file], stack.dataDir));
    const committedAfter = committed;
    running = false;
    await Promise.all(writers);
    expect(committedAfter - committedBefore).toBeGreaterThan(0);

    const target = path.join(root, 'restored-under-load');
    expectSuccess(await runCommand('restore', [file], target));
    await withDatabase(target, async (databaseUrl) => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const {
          rows: [orphans],
        } = await client.query(`SELECT
          (SELECT count(*)::int FROM certificates.applications a WHERE NOT EXISTS (SELECT 1 FROM certificates.children c WHERE c.id = a.child_id)) AS applications_without_child,
          (SELECT count(*)::int FROM certificates.certificates c WHERE NOT EXISTS (SELECT 1 FROM certificates.applications a WHERE a.id = c.application_id)) AS certificates_without_application,
          (SELECT count(*)::int FROM certificates.applications a WHERE a.certificate_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM certificates.certificates c WHERE c.id = a.certificate_id)) AS applications_without_certificate,
          (SELECT count(*)::int FROM certificates.child_documents d WHERE d.scan_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM certificates.document_scans s WHERE s.id = d.scan_id)) AS documents_without_scan`);
        expect(orphans).toEqual({
          applications_without_child: 0,
          certificates_without_application: 0,
          applications_without_certificate: 0,
          documents_without_scan: 0,
        });

        // Each writer's transaction is in the archive whole or not at all, and those before the backup are.
        const {
          rows: [load],
        } = await client.query(`SELECT
          (SELECT count(*)::int FROM certificates.children WHERE surname = 'Нагрузкин') AS children,
          (SELECT count(*)::int FROM certificates.applications a JOIN certificates.children c ON c.id = a.child_id WHERE c.surname = 'Нагрузкин') AS applications,
          (SELECT count(*)::int FROM certificates.certificates c JOIN certificates.children ch ON ch.id = c.child_id WHERE ch.surname = 'Нагрузкин') AS certificates,
          (SELECT count(*)::int FROM certificates.audit_events WHERE action = 'LOAD_TEST') AS audit_events`);
        expect(load.children).toBeGreaterThanOrEqual(committedBefore);
        expect(load.children).toBeLessThanOrEqual(committedAfter);
        expect(load).toEqual({
          children: load.children,
          applications: load.children,
          certificates: load.children,
          audit_events: load.children,
        });

        // Every scan the restored documents refer to is there, whole.
        const { rows: scans } = await client.query<{ storage_key: string; size_bytes: number }>(
          `SELECT storage_key, size_bytes FROM certificates.document_scans`,
        );
        expect(scans.length).toBeGreaterThan(6);
        const sizes = scans.map((scan) => [
          scan.storage_key,
          statSync(path.join(target, 'scans', scan.storage_key), { throwIfNoEntry: false })?.size,
        ]);
        expect(sizes).toEqual(scans.map((scan) => [scan.storage_key, scan.size_bytes]));
      } finally {
        await client.end();
      }
    });
  });
});
