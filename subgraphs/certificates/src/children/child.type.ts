import { Field, ID, ObjectType } from 'type-graphql';
import { ChildEntity } from './child.entity';

@ObjectType({ description: 'Ребёнок из данных школы (персональные данные)' })
export class Child {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Фамилия' })
  surname: string;

  @Field({ description: 'Имя' })
  name: string;

  @Field({ description: 'Отчество (может быть пустым)' })
  patronymic: string;

  @Field({ description: 'Дата рождения, YYYY-MM-DD' })
  birthDate: string;

  municipalityId: string;
  /** Who may act for the child; set by whoever reached the child (a guardian's own list knows him). */
  guardianUserIds: string[] = [];
  /** Other municipalities whose operators reach it, e.g. through a change-of-municipality application. */
  relatedMunicipalityIds: string[] = [];

  static from(entity: ChildEntity, guardianUserIds: string[] = []): Child {
    return Object.assign(new Child(), {
      id: entity.id,
      surname: entity.surname,
      name: entity.name,
      patronymic: entity.patronymic,
      birthDate: entity.birthDate,
      municipalityId: entity.municipalityId,
      guardianUserIds,
    });
  }
}
