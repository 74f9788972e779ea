import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { invalidFields, isUuid } from '@pfdo/platform';
import { actsInMunicipality, assertActsInMunicipality } from '../authorization';
import { CertificatesContext } from '../context';
import { Municipality } from '../references/references';
import { startGroupChange } from './group-change.service';
import {
  GroupChangeJob,
  groupChangeJobFrom,
  GroupChangeJobPage,
  GroupChangeJobRow,
  GroupChangeRefusal,
  GroupChangeRefusalPage,
  REFUSAL_REASONS,
  StartGroupChangeInput,
} from './group-change.type';

const PAGE_MAX = 50;

const badCursor = () => invalidFields({ after: 'Неверный курсор страницы' });

function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX) {
    throw invalidFields({ first: `Страница — от 1 до ${PAGE_MAX} строк` });
  }
  return first;
}

async function jobById(context: CertificatesContext, id: string): Promise<GroupChangeJob | null> {
  if (!isUuid(id)) return null;
  const [row]: GroupChangeJobRow[] = await context.dataSource.query(
    `SELECT * FROM certificates.group_change_jobs WHERE id = $1`,
    [id],
  );
  return row && actsInMunicipality(context.identity!, row.municipality_id) ? groupChangeJobFrom(row) : null;
}

@Resolver(() => GroupChangeJob)
export class GroupChangeResolver {
  @Mutation(() => GroupChangeJob, { description: '«Пакетные обработки»: начать массовую смену группы' })
  async startGroupChange(
    @Arg('input', () => StartGroupChangeInput) input: StartGroupChangeInput,
    @Ctx() context: CertificatesContext,
  ): Promise<GroupChangeJob> {
    const id = await startGroupChange(context, input);
    return (await jobById(context, id))!;
  }

  @Query(() => GroupChangeJob, { nullable: true, description: 'Массовая смена группы и её ход' })
  groupChangeJob(@Arg('id', () => ID) id: string, @Ctx() context: CertificatesContext) {
    return jobById(context, id);
  }

  @FieldResolver(() => GroupChangeRefusalPage, { description: 'Сертификаты, которые не подошли, по номеру' })
  async refusals(
    @Root() job: GroupChangeJob,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: CertificatesContext,
  ): Promise<GroupChangeRefusalPage> {
    const limit = pageSize(first);
    if (after && !isUuid(after)) throw badCursor();
    const rows: Array<{ certificate_id: string; number: string; outcome: string }> = await context.dataSource.query(
      `SELECT item.certificate_id, certificate.number, item.outcome
         FROM certificates.group_change_job_items item
         JOIN certificates.certificates certificate ON certificate.id = item.certificate_id
        WHERE item.job_id = $1 AND item.outcome NOT IN ('CHANGED', 'SKIPPED')
          AND ($2::uuid IS NULL OR item.certificate_id > $2)
        ORDER BY item.certificate_id
        LIMIT $3`,
      [job.id, after, limit + 1],
    );
    const page = rows.slice(0, limit);
    return Object.assign(new GroupChangeRefusalPage(), {
      items: page.map((row) =>
        Object.assign(new GroupChangeRefusal(), {
          certificateNumber: row.number,
          reason: row.outcome,
          reasonText: REFUSAL_REASONS[row.outcome] ?? row.outcome,
        }),
      ),
      nextCursor: rows.length > limit ? page.at(-1)!.certificate_id : null,
    });
  }
}

@Resolver(() => Municipality)
export class MunicipalityGroupChangesResolver {
  @FieldResolver(() => GroupChangeJobPage, {
    description: '«Пакетные обработки»: массовые смены группы муниципалитета, новые сначала',
  })
  async groupChangeJobs(
    @Root() municipality: Municipality,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: CertificatesContext,
  ): Promise<GroupChangeJobPage> {
    assertActsInMunicipality(context.identity!, municipality.id);
    const limit = pageSize(first);
    let cursor: [string, string] | null = null;
    if (after) {
      const [micros, id] = Buffer.from(after, 'base64url').toString().split('|');
      if (!/^\d{1,20}$/.test(micros ?? '') || !isUuid(id ?? '')) throw badCursor();
      cursor = [micros, id];
    }
    const rows: Array<GroupChangeJobRow & { cursor_key: string }> = await context.dataSource.query(
      `SELECT *, (extract(epoch FROM created_at) * 1000000)::bigint::text AS cursor_key
         FROM certificates.group_change_jobs
        WHERE municipality_id = $1
          AND ($2::bigint IS NULL OR (created_at, id) < (to_timestamp($2::bigint / 1000000.0), $3::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $4`,
      [municipality.id, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return Object.assign(new GroupChangeJobPage(), {
      items: page.map(groupChangeJobFrom),
      nextCursor:
        rows.length > limit && last ? Buffer.from(`${last.cursor_key}|${last.id}`).toString('base64url') : null,
    });
  }
}
