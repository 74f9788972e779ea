import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ProgramRegistry } from './program-registry';
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

  @Field()
  description: string;

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
      organizationId: entity.organizationId,
      municipalityId: entity.municipalityId,
    });
  }
}
