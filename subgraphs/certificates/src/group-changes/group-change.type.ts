import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum GroupChangeJobStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
}

registerEnumType(GroupChangeJobStatus, {
  name: 'GroupChangeJobStatus',
  valuesConfig: { RUNNING: { description: 'Выполняется' }, DONE: { description: 'Завершена' } },
});

/** Why a certificate was not moved, in the operator's words. */
export const REFUSAL_REASONS: Record<string, string> = {
  AGE_NOT_ELIGIBLE: 'Возраст ребёнка не подходит группе',
  NOT_LIVE: 'Сертификат заморожен, отозван или аннулирован',
  OUT_OF_SCOPE: 'Сертификат передан в другой муниципалитет',
  GROUP_BLOCKED: 'Группа заблокирована',
};

@InputType({ description: 'Массовая смена группы: все сертификаты группы или выбранные по номерам' })
export class StartGroupChangeInput {
  @Field(() => ID)
  municipalityId: string;

  @Field(() => ID, { description: 'Группа, в которую перевести сертификаты' })
  targetGroupId: string;

  @Field(() => ID, { nullable: true, description: 'Все сертификаты муниципалитета в этой группе' })
  sourceGroupId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Или номера выбранных сертификатов (до 1000)' })
  certificateNumbers?: string[] | null;
}

@ObjectType({ description: 'Сертификат, который массовая смена группы не перевела, и почему' })
export class GroupChangeRefusal {
  @Field()
  certificateNumber: string;

  @Field({ description: 'AGE_NOT_ELIGIBLE, NOT_LIVE, OUT_OF_SCOPE, GROUP_BLOCKED' })
  reason: string;

  @Field()
  reasonText: string;
}

@ObjectType()
export class GroupChangeRefusalPage {
  @Field(() => [GroupChangeRefusal])
  items: GroupChangeRefusal[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null — это последняя' })
  nextCursor: string | null;
}

@ObjectType({ description: 'Массовая смена группы («Пакетные обработки»): задание и его ход' })
export class GroupChangeJob {
  @Field(() => ID)
  id: string;

  @Field(() => GroupChangeJobStatus)
  status: GroupChangeJobStatus;

  @Field()
  targetGroupName: string;

  @Field(() => String, { nullable: true, description: 'Группа, все сертификаты которой переводятся; null — выбранные' })
  sourceGroupName: string | null;

  @Field(() => Int, { description: 'Сертификатов в задании' })
  total: number;

  @Field(() => Int, { description: 'Обработано: переведено, пропущено и не подошло' })
  processed: number;

  @Field(() => Int, { description: 'Переведено в группу' })
  changed: number;

  @Field(() => Int, { description: 'Уже были в этой группе' })
  skipped: number;

  @Field(() => Int, { description: 'Не подошли (см. refusals)' })
  failed: number;

  @Field()
  startedBy: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  municipalityId: string;
}

@ObjectType()
export class GroupChangeJobPage {
  @Field(() => [GroupChangeJob])
  items: GroupChangeJob[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}

export interface GroupChangeJobRow {
  id: string;
  municipality_id: string;
  status: GroupChangeJobStatus;
  target_group_name: string;
  source_group_name: string | null;
  total: number;
  changed: number;
  skipped: number;
  failed: number;
  actor: { fullName?: string };
  created_at: Date;
  finished_at: Date | null;
}

export function groupChangeJobFrom(row: GroupChangeJobRow): GroupChangeJob {
  return Object.assign(new GroupChangeJob(), {
    id: row.id,
    status: row.status,
    targetGroupName: row.target_group_name,
    sourceGroupName: row.source_group_name,
    total: row.total,
    processed: row.changed + row.skipped + row.failed,
    changed: row.changed,
    skipped: row.skipped,
    failed: row.failed,
    startedBy: row.actor.fullName ?? '',
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    municipalityId: row.municipality_id,
  });
}
