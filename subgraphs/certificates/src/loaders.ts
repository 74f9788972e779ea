import { DataSource, In } from 'typeorm';
import { byKeyLoader, groupedLoader } from '@pfdo/platform';
import { ApplicationHistoryEntry, HISTORY_ACTION_NAMES } from './applications/application-history';
import { ApplicationEntity } from './applications/application.entity';
import { CertificateGroupEntity } from './certificate-groups/certificate-group.entity';
import { LIVE_CERTIFICATE_STATUSES } from './certificates/certificate-status';
import { CertificateEntity } from './certificates/certificate.entity';
import { ChildEntity, ChildGuardianEntity } from './children/child.entity';
import { ChildDocumentEntity } from './documents/child-document.entity';

export const RECENT_APPLICATIONS_LIMIT = 50;

/** Per-request loaders: every entity this subgraph resolves by key, and its lists, one query per batch. */
export function createLoaders(dataSource: DataSource) {
  const groups = dataSource.getRepository(CertificateGroupEntity);
  const certificates = dataSource.getRepository(CertificateEntity);
  const applications = dataSource.getRepository(ApplicationEntity);
  const children = dataSource.getRepository(ChildEntity);
  const documents = dataSource.getRepository(ChildDocumentEntity);
  const guardians = dataSource.getRepository(ChildGuardianEntity);
  return {
    /** What happened to each subject, oldest first; operators' reads of personal data are left out. */
    historyBySubject: groupedLoader(
      async (ids: readonly string[]) => {
        const rows: Array<{
          subject_id: string;
          occurred_at: Date;
          action: string;
          actor_name: string;
          actor_role: string | null;
          after: Record<string, unknown> | null;
        }> = await dataSource.query(
          `SELECT subject_id, occurred_at, action, actor_name, actor_role, after FROM certificates.audit_events
              WHERE subject_id = ANY($1) AND action <> 'PERSONAL_DATA_READ' ORDER BY occurred_at, id`,
          [[...ids]],
        );
        return rows.map((row) => ({
          subjectId: row.subject_id,
          entry: Object.assign(new ApplicationHistoryEntry(), {
            occurredAt: row.occurred_at,
            action: row.action,
            actionName: HISTORY_ACTION_NAMES[row.action] ?? row.action,
            actorName: row.actor_name || 'система',
            actorRole: row.actor_role,
            details: typeof row.after?.reason === 'string' ? row.after.reason : null,
          }),
        }));
      },
      (row) => row.subjectId,
    ),
    /** «История заявок»: every application that touched a certificate, oldest first. */
    applicationsByCertificate: groupedLoader(
      (ids: readonly string[]) =>
        applications.find({ where: { certificateId: In([...ids]) }, order: { createdAt: 'ASC' } }),
      (row) => row.certificateId as string,
    ),
    childById: byKeyLoader(
      (ids: readonly string[]) => children.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    guardiansByChild: groupedLoader(
      (ids: readonly string[]) => guardians.findBy({ childId: In([...ids]) }),
      (row) => row.childId,
    ),
    documentById: byKeyLoader(
      (ids: readonly string[]) => documents.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    documentsByChild: groupedLoader(
      (ids: readonly string[]) => documents.find({ where: { childId: In([...ids]) }, order: { createdAt: 'ASC' } }),
      (row) => row.childId,
    ),
    /** Each child's latest application for a new certificate. */
    latestApplicationByChild: byKeyLoader(
      (ids: readonly string[]) =>
        applications
          .createQueryBuilder('application')
          .distinctOn(['application.child_id'])
          .where('application.child_id IN (:...ids)', { ids: [...ids] })
          .andWhere(`application.kind = 'NEW_CERTIFICATE'`)
          .orderBy('application.child_id')
          .addOrderBy('application.created_at', 'DESC')
          .getMany(),
      (row) => row.childId,
    ),
    /** Each child's live certificate (not activated or activated); there is at most one. */
    liveCertificateByChild: byKeyLoader(
      (ids: readonly string[]) =>
        certificates.find({ where: { childId: In([...ids]), status: In([...LIVE_CERTIFICATE_STATUSES]) } }),
      (row) => row.childId,
    ),
    certificateGroupById: byKeyLoader(
      (ids: readonly string[]) => groups.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    /** «Группы сертификатов»: how many certificates each group holds, one grouped count per batch. */
    certificateCountByGroup: byKeyLoader(
      (ids: readonly string[]): Promise<Array<{ group_id: string; count: number }>> =>
        dataSource.query(
          `SELECT group_id, count(*)::int AS count FROM certificates.certificates
            WHERE group_id = ANY($1) GROUP BY group_id`,
          [[...ids]],
        ),
      (row) => row.group_id,
    ),
    certificateGroupsByMunicipality: groupedLoader(
      (ids: readonly string[]) => groups.find({ where: { municipalityId: In([...ids]) }, order: { name: 'ASC' } }),
      (row) => row.municipalityId,
    ),
    certificateById: byKeyLoader(
      (ids: readonly string[]) => certificates.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    applicationById: byKeyLoader(
      (ids: readonly string[]) => applications.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    recentApplicationsByMunicipality: groupedLoader(
      (ids: readonly string[]) =>
        applications
          .createQueryBuilder('application')
          .where((qb) => {
            const ranked = qb
              .subQuery()
              .select('ranked.id')
              .from(
                (sub) =>
                  sub
                    .select('a.id', 'id')
                    .addSelect(
                      'row_number() OVER (PARTITION BY a.municipality_id ORDER BY a.created_at DESC, a.id)',
                      'rank',
                    )
                    .from(ApplicationEntity, 'a')
                    .where('a.municipality_id IN (:...ids)', { ids: [...ids] }),
                'ranked',
              )
              .where('ranked.rank <= :limit', { limit: RECENT_APPLICATIONS_LIMIT })
              .getQuery();
            return `application.id IN ${ranked}`;
          })
          .orderBy('application.created_at', 'DESC')
          .addOrderBy('application.id')
          .getMany(),
      (row) => row.municipalityId,
    ),
    childrenByGuardian: groupedLoader(
      async (userIds: readonly string[]) =>
        children
          .createQueryBuilder('child')
          .innerJoin(ChildGuardianEntity, 'guardian', 'guardian.child_id = child.id')
          .addSelect('guardian.user_id', 'guardian_user_id')
          .where('guardian.user_id IN (:...userIds)', { userIds: [...userIds] })
          .orderBy('child.birth_date', 'ASC')
          .getRawAndEntities()
          .then(({ entities, raw }) =>
            entities.map((child, index) => ({ child, guardianUserId: raw[index].guardian_user_id as string })),
          ),
      (row) => row.guardianUserId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
