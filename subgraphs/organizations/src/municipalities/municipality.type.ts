import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MunicipalityEntity } from './municipality.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Муниципалитет: городской округ или муниципальный район Кемеровской области' })
export class Municipality {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Название, например «г. Новокузнецк»' })
  name: string;

  @Field({ description: 'Территория в родительном падеже, как в названии группы сертификата' })
  territoryName: string;

  static from(entity: MunicipalityEntity): Municipality {
    return Object.assign(new Municipality(), {
      id: entity.id,
      name: entity.name,
      territoryName: entity.territoryName,
    });
  }
}
