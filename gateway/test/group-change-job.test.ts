import { DemoMunicipality } from '@pfdo/platform';
import { eventually, GatewayClient } from '@pfdo/testing';
import { PrivateCertificates, startPrivateCertificates } from './private-certificates.support';

/**
 * «Пакетные обработки»: the mass change of group runs on pg-boss in batches, each one transaction that records
 * its progress. Killing the certificates subgraph in the middle (SIGKILL, no orderly stop) and starting it again
 * must finish the job with every certificate changed exactly once; running it again changes nothing. The job's
 * restarts would disturb the shared stack, so this test has a certificates subgraph of its own.
 */
const CERTIFICATES = 10_000;
/** Children of 3: no group of 5–18 fits them. */
const TOO_YOUNG = CERTIFICATES / 100;
/** Frozen certificates stay where they are. */
const FROZEN = CERTIFICATES / 250;
const JOB_DEADLINE_MS = 240_000;

/** The demo group of 5–18 the test's own source group copies: the demo data has certificates in it too. */
const demoGroup = `50${DemoMunicipality.novokuznetsk.slice(2)}`;
/** The test's own group of 5–18, holding exactly its certificates. */
const source = '5ac0ffee-0000-4000-8000-000000000010';
const target = `51${DemoMunicipality.novokuznetsk.slice(2)}`;

const START = `mutation ($input: StartGroupChangeInput!) {
  startGroupChange(input: $input) { id status total processed }
}`;
const JOB = `query ($id: ID!) {
  groupChangeJob(id: $id) {
    status total processed changed skipped failed
    refusals(first: 50) { items { certificateNumber reason reasonText } nextCursor }
  }
}`;

interface Job {
  status: string;
  total: number;
  processed: number;
  changed: number;
  skipped: number;
  failed: number;
  refusals: {
    items: Array<{ certificateNumber: string; reason: string; reasonText: string }>;
    nextCursor: string | null;
  };
}

let stack: PrivateCertificates;
let operator: GatewayClient;

beforeAll(async () => {
  // Small batches, so that the kill lands with many of them still to run.
  stack = await startPrivateCertificates({ GROUP_CHANGE_BATCH_SIZE: '200' });
  await stack.db.query(
    `INSERT INTO certificates.certificate_groups (id, municipality_id, name, min_age, max_age)
     SELECT $1, municipality_id, 'Группа пакетной обработки', min_age, max_age
       FROM certificates.certificate_groups WHERE id = $2`,
    [source, demoGroup],
  );
  await stack.db.query(
    `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
     SELECT md5('group-change-child-' || i)::uuid, 'Пакетов', 'Ребёнок ' || i, '',
            current_date - CASE WHEN i % 100 = 0 THEN interval '3 years' ELSE interval '10 years' END, $1
       FROM generate_series(1, $2::int) AS i`,
    [DemoMunicipality.novokuznetsk, CERTIFICATES],
  );
  await stack.db.query(
    `INSERT INTO certificates.certificates (id, number, status, municipality_id, group_id, child_id)
     SELECT md5('group-change-certificate-' || i)::uuid, (7000000000 + i)::text,
            CASE WHEN i % 250 = 1 THEN 'FROZEN' ELSE 'ACTIVATED' END, $1, $2, md5('group-change-child-' || i)::uuid
       FROM generate_series(1, $3::int) AS i`,
    [DemoMunicipality.novokuznetsk, source, CERTIFICATES],
  );
  operator = await stack.signIn('operator@demo.ru');
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

const progressOf = async (id: string) =>
  (
    await stack.db.query(
      `SELECT status, changed + skipped + failed AS processed FROM certificates.group_change_jobs WHERE id = $1`,
      [id],
    )
  ).rows[0] as {
    status: string;
    processed: number;
  };

async function readJob(id: string): Promise<Job> {
  return (await operator.data<{ groupChangeJob: Job }>(JOB, { id })).groupChangeJob;
}

it('moves 10 000 certificates, resumes after the subgraph is killed mid-way, and changes each exactly once', async () => {
  const started = Date.now();
  const { startGroupChange } = await operator.data<{ startGroupChange: { id: string; total: number } }>(START, {
    input: { municipalityId: DemoMunicipality.novokuznetsk, targetGroupId: target, sourceGroupId: source },
  });
  expect(startGroupChange.total).toBe(CERTIFICATES);
  const { id } = startGroupChange;

  const atKill = await eventually(
    () => progressOf(id),
    (job) => job.processed >= 2_000,
    JOB_DEADLINE_MS,
  );
  expect(atKill.status).toBe('RUNNING');
  const killedAt = Date.now();
  await stack.restartCertificates('SIGKILL');

  console.log(`certificates subgraph killed and up again in ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
  const afterRestart = await progressOf(id);
  expect(afterRestart.processed).toBeLessThan(CERTIFICATES);

  await eventually(
    () => progressOf(id),
    (job) => job.status === 'DONE',
    JOB_DEADLINE_MS,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  console.log(`group change of ${CERTIFICATES} certificates with a SIGKILL at ${atKill.processed}: ${seconds} s`);

  const job = await readJob(id);
  expect(job).toMatchObject({
    status: 'DONE',
    total: CERTIFICATES,
    processed: CERTIFICATES,
    changed: CERTIFICATES - TOO_YOUNG - FROZEN,
    skipped: 0,
    failed: TOO_YOUNG + FROZEN,
  });
  expect(job.refusals.items).toHaveLength(50);
  expect(job.refusals.nextCursor).not.toBeNull();
  expect(new Set(job.refusals.items.map((item) => item.reason))).toEqual(new Set(['AGE_NOT_ELIGIBLE', 'NOT_LIVE']));

  const { rows } = await stack.db.query(
    `SELECT (SELECT count(*) FROM certificates.certificates WHERE group_id = $1::uuid)::int AS in_target,
            (SELECT count(*) FROM certificates.certificates WHERE group_id = $2::uuid)::int AS in_source,
            (SELECT count(*) FROM certificates.audit_events WHERE action = 'CERTIFICATE_GROUP_CHANGED')::int AS audited,
            (SELECT count(DISTINCT subject_id) FROM certificates.audit_events WHERE action = 'CERTIFICATE_GROUP_CHANGED')::int AS certificates_audited,
            (SELECT count(*) FROM certificates.audit_events
              WHERE action = 'CERTIFICATE_GROUP_CHANGED' AND before ->> 'groupId' = $2::text
                AND after ->> 'groupId' = $1::text AND after ->> 'jobId' = $3::text AND actor_name <> '')::int AS audited_fully,
            (SELECT count(*) FROM certificates.group_change_job_items WHERE job_id = $3::uuid AND outcome IS NULL)::int AS undecided`,
    [target, source, id],
  );
  expect(rows[0]).toEqual({
    in_target: CERTIFICATES - TOO_YOUNG - FROZEN,
    in_source: TOO_YOUNG + FROZEN,
    audited: CERTIFICATES - TOO_YOUNG - FROZEN,
    certificates_audited: CERTIFICATES - TOO_YOUNG - FROZEN,
    audited_fully: CERTIFICATES - TOO_YOUNG - FROZEN,
    undecided: 0,
  });
}, 600_000);

it('skips, when run again on chosen certificates, those already in the group, and audits nothing new', async () => {
  const numbers = Array.from({ length: 100 }, (_, index) => String(7000000000 + index + 2));
  const before = await stack.db.query(
    `SELECT count(*)::int AS count FROM certificates.audit_events WHERE action = 'CERTIFICATE_GROUP_CHANGED'`,
  );
  const { startGroupChange } = await operator.data<{ startGroupChange: { id: string; total: number } }>(START, {
    input: { municipalityId: DemoMunicipality.novokuznetsk, targetGroupId: target, certificateNumbers: numbers },
  });
  expect(startGroupChange.total).toBe(100);
  await eventually(
    () => progressOf(startGroupChange.id),
    (job) => job.status === 'DONE',
    60_000,
  );
  // 7000000100 is a child of 3: refused again, not skipped.
  expect(await readJob(startGroupChange.id)).toMatchObject({ total: 100, changed: 0, skipped: 99, failed: 1 });
  const after = await stack.db.query(
    `SELECT count(*)::int AS count FROM certificates.audit_events WHERE action = 'CERTIFICATE_GROUP_CHANGED'`,
  );
  expect(after.rows[0].count).toBe(before.rows[0].count);
}, 300_000);

it('refuses a blocked target group and a second job while one runs, with a Russian message and a stable code', async () => {
  await stack.db.query(`UPDATE certificates.certificate_groups SET blocked = true WHERE id = $1`, [source]);
  try {
    const blocked = await operator.request(START, {
      input: { municipalityId: DemoMunicipality.novokuznetsk, targetGroupId: source, sourceGroupId: target },
    });
    expect(blocked.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: { targetGroupId: expect.stringMatching(/заблокирована/) } },
    });
  } finally {
    await stack.db.query(`UPDATE certificates.certificate_groups SET blocked = false WHERE id = $1`, [source]);
  }
  await stack.db.query(
    `INSERT INTO certificates.group_change_jobs (id, municipality_id, target_group_id, target_group_name, selection, status, total, actor)
     VALUES (gen_random_uuid(), $1, $2, 'x', 'CHOSEN', 'RUNNING', 0, '{}')`,
    [DemoMunicipality.novokuznetsk, target],
  );
  const second = await operator.request(START, {
    input: { municipalityId: DemoMunicipality.novokuznetsk, targetGroupId: source, sourceGroupId: target },
  });
  expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'GROUP_CHANGE_JOB_RUNNING' } });
  expect(second.errors?.[0].message).toMatch(/уже идёт массовая смена группы/);
});
