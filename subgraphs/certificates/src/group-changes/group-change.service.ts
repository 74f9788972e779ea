import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { domainError, ErrorCode, Identity, invalidFields, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { assertActsInMunicipality } from '../authorization';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { LIVE_CERTIFICATE_STATUSES } from '../certificates/certificate-status';
import { tellNavigatorOfRegrouping } from '../certificates/navigator-copies';
import { CertificatesContext } from '../context';
import { ageOn, regionDate } from '../shared/age';
import type { GroupChangeQueue } from './group-change.queue';

/**
 * Certificates per batch: one transaction locks, changes and audits this many with a handful of set-based
 * statements (well inside the 5 s statement timeout, a few hundred milliseconds on a loaded machine), and a
 * restart repeats at most this many. 10 000 certificates are 20 batches.
 */
export const GROUP_CHANGE_BATCH_SIZE = 500;
/** «Выбранные сертификаты»: numbers pasted into the form, a working day's worth at most. */
export const CHOSEN_CERTIFICATES_MAX = 1000;

export type GroupChangeOutcome =
  'CHANGED' | 'SKIPPED' | 'AGE_NOT_ELIGIBLE' | 'NOT_LIVE' | 'OUT_OF_SCOPE' | 'GROUP_BLOCKED';

export interface StartGroupChangeInput {
  municipalityId: string;
  targetGroupId: string;
  /** «Все сертификаты группы»: every certificate of the municipality in this group when the job starts. */
  sourceGroupId?: string | null;
  /** «Выбранные сертификаты»: these numbers. */
  certificateNumbers?: string[] | null;
}

/** Who started the job: each certificate's history names them, as if they had changed it by hand. */
interface JobActor {
  userId: string;
  role: string;
  organizationId: string | null;
  clientIp: string;
  fullName: string;
}

async function groupInMunicipality(manager: EntityManager, groupId: string | null | undefined, municipalityId: string) {
  if (!groupId || !isUuid(groupId)) return null;
  const group = await manager.findOneBy(CertificateGroupEntity, { id: groupId });
  return group && group.municipalityId === municipalityId ? group : null;
}

function parseNumbers(raw: string[]): { numbers: string[]; wrong: string[] } {
  const numbers = raw.map((value) => value.replace(/\s+/g, '')).filter((value) => value !== '');
  return {
    numbers: [...new Set(numbers.filter((value) => /^\d{10}$/.test(value)))],
    wrong: numbers.filter((value) => !/^\d{10}$/.test(value)),
  };
}

/**
 * «Пакетные обработки» → the mass change of group: checks the form, fixes the list of certificates (the
 * group's, or the chosen ones) and queues the job, all in one transaction; the batches run in the background.
 */
export async function startGroupChange(context: CertificatesContext, input: StartGroupChangeInput): Promise<string> {
  const identity: Identity = context.identity!;
  if (!isUuid(input.municipalityId)) throw invalidFields({ municipalityId: 'Выберите муниципалитет' });
  assertActsInMunicipality(identity, input.municipalityId);
  const chosen = input.sourceGroupId ? null : parseNumbers(input.certificateNumbers ?? []);
  const jobId = randomUUID();
  await context.dataSource.transaction(async (manager) => {
    const errors: Record<string, string> = {};
    const target = await groupInMunicipality(manager, input.targetGroupId, input.municipalityId);
    if (!target) errors.targetGroupId = 'Выберите группу, в которую перевести сертификаты';
    else if (target.blocked) errors.targetGroupId = `Группа «${target.name}» заблокирована: выберите другую`;
    const source = input.sourceGroupId
      ? await groupInMunicipality(manager, input.sourceGroupId, input.municipalityId)
      : null;
    if (input.sourceGroupId && !source) errors.sourceGroupId = 'Выберите группу, из которой перевести сертификаты';
    else if (source && target && source.id === target.id)
      errors.targetGroupId = 'Выберите другую группу: сертификаты уже в этой';
    if (chosen) {
      if (chosen.wrong.length)
        errors.certificateNumbers = `Номер сертификата — 10 цифр: ${chosen.wrong.slice(0, 5).join(', ')}`;
      else if (chosen.numbers.length === 0)
        errors.certificateNumbers = 'Выберите группу сертификатов или введите номера сертификатов';
      else if (chosen.numbers.length > CHOSEN_CERTIFICATES_MAX)
        errors.certificateNumbers = `Не больше ${CHOSEN_CERTIFICATES_MAX} номеров за раз`;
    }
    if (Object.keys(errors).length) throw invalidFields(errors);

    if (chosen) {
      const found: Array<{ number: string }> = await manager.query(
        `SELECT number FROM certificates.certificates WHERE number = ANY($1) AND municipality_id = $2`,
        [chosen.numbers, input.municipalityId],
      );
      const known = new Set(found.map((row) => row.number));
      const unknown = chosen.numbers.filter((number) => !known.has(number));
      if (unknown.length) {
        throw invalidFields({
          certificateNumbers: `Сертификаты не найдены в муниципалитете: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` и ещё ${unknown.length - 5}` : ''}`,
        });
      }
    }
    const actor: JobActor = {
      userId: identity.userId,
      role: identity.role,
      organizationId: identity.organizationId,
      clientIp: context.caller.clientIp,
      fullName: identity.fullName,
    };
    try {
      await manager.query(
        `INSERT INTO certificates.group_change_jobs
           (id, municipality_id, target_group_id, target_group_name, source_group_id, source_group_name, selection, status, total, actor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'RUNNING', 0, $8)`,
        [
          jobId,
          input.municipalityId,
          target!.id,
          target!.name,
          source?.id ?? null,
          source?.name ?? null,
          source ? 'GROUP' : 'CHOSEN',
          actor,
        ],
      );
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw domainError(
          ErrorCode.GroupChangeJobRunning,
          'В муниципалитете уже идёт массовая смена группы: дождитесь её окончания',
        );
      }
      throw error;
    }
    // The list is fixed now, set-based: the job's total, and what a restart continues through.
    const inserted = source
      ? await manager.queryRunner!.query(
          `INSERT INTO certificates.group_change_job_items (job_id, certificate_id)
           SELECT $1, id FROM certificates.certificates WHERE municipality_id = $2 AND group_id = $3`,
          [jobId, input.municipalityId, source.id],
          true,
        )
      : await manager.queryRunner!.query(
          `INSERT INTO certificates.group_change_job_items (job_id, certificate_id)
           SELECT $1, id FROM certificates.certificates WHERE municipality_id = $2 AND number = ANY($3)`,
          [jobId, input.municipalityId, chosen!.numbers],
          true,
        );
    const total = inserted.affected ?? 0;
    if (total === 0) throw invalidFields({ sourceGroupId: `В группе «${source?.name}» нет сертификатов` });
    await manager.query(`UPDATE certificates.group_change_jobs SET total = $2 WHERE id = $1`, [jobId, total]);
    await writeAudit(manager, context.caller, {
      action: 'GROUP_CHANGE_STARTED',
      subjectId: jobId,
      after: { targetGroupId: target!.id, sourceGroupId: source?.id ?? null, total },
    });
    await context.runtime.groupChanges.enqueueIn(manager, jobId);
  });
  return jobId;
}

interface BatchRow {
  certificate_id: string;
  group_id: string;
  municipality_id: string;
  status: string;
  birth_date: string;
}

/** Which outcome each certificate of a batch gets: the rules of docs/domain.md §6.2 against the target. */
export function outcomeOf(
  row: BatchRow,
  job: { municipality_id: string; target_group_id: string },
  target: { blocked: boolean; min_age: number; max_age: number } | null,
  day: string,
): GroupChangeOutcome {
  if (row.group_id === job.target_group_id) return 'SKIPPED';
  if (row.municipality_id !== job.municipality_id) return 'OUT_OF_SCOPE';
  if (!(LIVE_CERTIFICATE_STATUSES as readonly string[]).includes(row.status)) return 'NOT_LIVE';
  if (!target || target.blocked) return 'GROUP_BLOCKED';
  const age = ageOn(row.birth_date, day);
  if (age < target.min_age || age >= target.max_age) return 'AGE_NOT_ELIGIBLE';
  return 'CHANGED';
}

/**
 * One batch of a job, in one transaction: the job's row is locked (two deliveries of a message take turns),
 * the next certificates after its cursor are locked, changed and audited, their outcomes and the counters
 * recorded, and the next batch queued — or the job marked done. Run again, a batch finds its work recorded.
 */
export async function runGroupChangeBatch(
  dataSource: DataSource,
  queue: Pick<GroupChangeQueue, 'enqueueIn'>,
  jobId: string,
  batchSize = GROUP_CHANGE_BATCH_SIZE,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [job]: Array<{
      id: string;
      municipality_id: string;
      target_group_id: string;
      target_group_name: string;
      status: string;
      last_certificate_id: string | null;
      actor: JobActor;
    }> = await manager.query(`SELECT * FROM certificates.group_change_jobs WHERE id = $1 FOR UPDATE`, [jobId]);
    if (!job || job.status !== 'RUNNING') return;
    const [target]: Array<{ blocked: boolean; min_age: number; max_age: number }> = await manager.query(
      `SELECT blocked, min_age, max_age FROM certificates.certificate_groups WHERE id = $1 FOR SHARE`,
      [job.target_group_id],
    );
    const rows: BatchRow[] = await manager.query(
      `SELECT item.certificate_id, certificate.group_id, certificate.municipality_id, certificate.status,
              to_char(child.birth_date, 'YYYY-MM-DD') AS birth_date
         FROM certificates.group_change_job_items item
         JOIN certificates.certificates certificate ON certificate.id = item.certificate_id
         JOIN certificates.children child ON child.id = certificate.child_id
        WHERE item.job_id = $1 AND ($2::uuid IS NULL OR item.certificate_id > $2)
        ORDER BY item.certificate_id
        LIMIT $3
        FOR UPDATE OF certificate`,
      [jobId, job.last_certificate_id, batchSize],
    );
    const day = regionDate();
    const outcomes = rows.map((row) => ({ row, outcome: outcomeOf(row, job, target ?? null, day) }));
    const changed = outcomes.filter((entry) => entry.outcome === 'CHANGED');
    if (changed.length) {
      const changes = JSON.stringify(changed.map(({ row }) => ({ id: row.certificate_id, from: row.group_id })));
      await manager.query(
        `UPDATE certificates.certificates SET group_id = $2
          WHERE id IN (SELECT id FROM jsonb_to_recordset($1::jsonb) AS change(id uuid, "from" uuid))`,
        [changes, job.target_group_id],
      );
      // The navigator's copies move with them, in the same transaction (the outbox delivers after it).
      await tellNavigatorOfRegrouping(
        manager,
        changed.map(({ row }) => row.certificate_id),
        { id: job.target_group_id, municipalityId: changed[0].row.municipality_id, name: job.target_group_name },
      );
      // Each certificate's history: who started the job, from where, the group before and after.
      await manager.query(
        `INSERT INTO certificates.audit_events
           (actor_user_id, actor_role, actor_organization_id, client_ip, action, subject_id, before, after, actor_name)
         SELECT $2, $3, $4, $5, 'CERTIFICATE_GROUP_CHANGED', change.id,
                jsonb_build_object('groupId', change."from", 'groupName', source.name),
                jsonb_build_object('groupId', $6::uuid, 'groupName', $7::text, 'jobId', $8::uuid),
                $9
           FROM jsonb_to_recordset($1::jsonb) AS change(id uuid, "from" uuid)
           LEFT JOIN certificates.certificate_groups source ON source.id = change."from"`,
        [
          changes,
          job.actor.userId,
          job.actor.role,
          job.actor.organizationId,
          job.actor.clientIp,
          job.target_group_id,
          job.target_group_name,
          job.id,
          job.actor.fullName,
        ],
      );
    }
    if (outcomes.length) {
      await manager.query(
        `UPDATE certificates.group_change_job_items item SET outcome = result.outcome
           FROM jsonb_to_recordset($2::jsonb) AS result(id uuid, outcome text)
          WHERE item.job_id = $1 AND item.certificate_id = result.id`,
        [jobId, JSON.stringify(outcomes.map(({ row, outcome }) => ({ id: row.certificate_id, outcome })))],
      );
    }
    const count = (kind: (outcome: GroupChangeOutcome) => boolean) =>
      outcomes.filter(({ outcome }) => kind(outcome)).length;
    const finished = rows.length < batchSize;
    await manager.query(
      `UPDATE certificates.group_change_jobs
          SET last_certificate_id = COALESCE($2, last_certificate_id), changed = changed + $3, skipped = skipped + $4, failed = failed + $5,
              status = CASE WHEN $6 THEN 'DONE' ELSE status END,
              finished_at = CASE WHEN $6 THEN now() ELSE finished_at END
        WHERE id = $1`,
      [
        jobId,
        rows.at(-1)?.certificate_id ?? null,
        changed.length,
        count((outcome) => outcome === 'SKIPPED'),
        count((outcome) => outcome !== 'CHANGED' && outcome !== 'SKIPPED'),
        finished,
      ],
    );
    if (!finished) await queue.enqueueIn(manager, jobId);
  });
}

/** After a start: every job still running gets its next batch queued (a crash may have lost its message). */
export async function resumeGroupChanges(dataSource: DataSource, queue: Pick<GroupChangeQueue, 'enqueue'>) {
  const running: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM certificates.group_change_jobs WHERE status = 'RUNNING'`,
  );
  for (const job of running) await queue.enqueue(job.id);
}
