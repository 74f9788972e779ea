import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FormOfStudy, ProgramRegistry } from './program-registry';
import { ProgramEntity } from './program.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Образовательная программа в навигаторе' })
export class Program {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Название программы' })
  title: string;

  @Field(() => ProgramRegistry, { description: 'Реестр программ' })
  registry: ProgramRegistry;

  @Field(() => Int, { description: 'Возраст детей от' })
  ageFrom: number;

  @Field(() => Int, { description: 'Возраст детей до' })
  ageTo: number;

  @Field({ description: 'Краткое описание' })
  description: string;

  @Field({ description: 'Содержание программы: абзацы через пустую строку' })
  content: string;

  @Field(() => FormOfStudy, { description: 'Форма обучения' })
  formOfStudy: FormOfStudy;

  @Field(() => Int, { description: 'Продолжительность обучения, месяцев' })
  durationMonths: number;

  @Field(() => Int, { description: 'Объём программы, академических часов (0, если не указан)' })
  hoursTotal: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Стоимость обучения в месяц, в копейках: для сертифицированных и платных программ; ' +
      'для программ бюджетных реестров (значимые, общеразвивающие) — null, для семьи бесплатно',
  })
  priceKopecks: number | null;

  organizationId: string;
  municipalityId: string;

  static from(entity: ProgramEntity): Program {
    return Object.assign(new Program(), {
      id: entity.id,
      title: entity.title,
      registry: entity.registry,
      ageFrom: entity.ageFrom,
      ageTo: entity.ageTo,
      description: entity.description,
      content: entity.content,
      formOfStudy: entity.formOfStudy,
      durationMonths: entity.durationMonths,
      hoursTotal: entity.hoursTotal,
      priceKopecks: entity.priceKopecks,
      organizationId: entity.organizationId,
      municipalityId: entity.municipalityId,
    });
  }
}
