import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CertificateGroupEntity } from './certificate-group.entity';

/** Kopecks as roubles with two decimals, «15000.00», never through floating point (docs/domain.md §6a). */
export function roubles(kopecks: string | number | null): string | null {
  if (kopecks === null) return null;
  const value = BigInt(kopecks);
  return `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;
}

@ObjectType({ description: 'Число бюджетных программ реестра, доступных ребёнку группы' })
export class BudgetProgramCount {
  @Field({ description: 'Реестр: SIGNIFICANT (значимые), GENERAL (общеразвивающие), PRE_PROFESSIONAL' })
  registry: string;

  @Field(() => Int)
  count: number;
}

export function budgetProgramCounts(counts: Record<string, number> | null): BudgetProgramCount[] {
  return Object.entries(counts ?? {}).map(([registry, count]) =>
    Object.assign(new BudgetProgramCount(), { registry, count }),
  );
}

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'Группа сертификата, например «Дети в возрасте от 5 до 18 лет, проживающие на территории …»',
})
export class CertificateGroup {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Возраст от (полных лет)' })
  minAge: number;

  @Field(() => Int, { description: 'Возраст до: ребёнок подходит, пока ему не исполнилось maxAge полных лет' })
  maxAge: number;

  @Field({ description: 'Заблокирована: новые сертификаты в ней не выдаются' })
  blocked: boolean;

  @Field({ description: 'Описание группы сертификатов (оператор реестра)' })
  description: string;

  @Field({ description: 'Импортирована из настроек ПФДО («Импорт из PFDO»)' })
  imported: boolean;

  @Field(() => String, { nullable: true, description: 'Номинал сертификата, руб. («15000.00»), как импортирован' })
  nominal: string | null;

  @Field(() => String, { nullable: true, description: 'Лимит средств муниципалитета, руб., как импортирован' })
  municipalityLimit: string | null;

  @Field(() => [BudgetProgramCount], { description: 'Число бюджетных программ по реестрам, как импортировано' })
  budgetPrograms: BudgetProgramCount[];

  municipalityId: string;

  static from(entity: CertificateGroupEntity): CertificateGroup {
    return Object.assign(new CertificateGroup(), {
      id: entity.id,
      name: entity.name,
      minAge: entity.minAge,
      maxAge: entity.maxAge,
      blocked: entity.blocked,
      description: entity.description ?? '',
      imported: !!entity.navigatorSettingId,
      nominal: roubles(entity.nominalKopecks),
      municipalityLimit: roubles(entity.municipalityLimitKopecks),
      budgetPrograms: budgetProgramCounts(entity.budgetPrograms),
      municipalityId: entity.municipalityId,
    });
  }
}
