import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationEntity } from './organization.entity';

export enum OrganizationKind {
  RECEPTION = 'RECEPTION',
  PROVIDER = 'PROVIDER',
  REGISTRY = 'REGISTRY',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'Вид организации',
  valuesConfig: {
    RECEPTION: { description: 'Организация по приёму заявлений (школа, детский сад, ДЮЦ)' },
    PROVIDER: { description: 'Поставщик образовательных услуг' },
    REGISTRY: { description: 'Уполномоченная организация, ведущая реестр сертификатов' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Организация: приём заявлений, ведение реестра или образовательные услуги' })
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field({ description: 'Адрес, например «ул. Кутузова 5А»' })
  address: string;

  @Field({ description: 'Кабинет' })
  room: string;

  @Field({ description: 'Телефоны' })
  phones: string;

  @Field({ description: 'Часы работы' })
  workingHours: string;

  @Field({ description: 'ФИО ответственного лица (для родителей и детей)' })
  responsiblePerson: string;

  municipalityId: string | null;

  static from(entity: OrganizationEntity): Organization {
    return Object.assign(new Organization(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind as OrganizationKind,
      address: entity.address,
      room: entity.room,
      phones: entity.phones,
      workingHours: entity.workingHours,
      responsiblePerson: entity.responsiblePerson,
      municipalityId: entity.municipalityId,
    });
  }
}
