import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CertificateGroupEntity } from './certificate-group.entity';

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

  municipalityId: string;

  static from(entity: CertificateGroupEntity): CertificateGroup {
    return Object.assign(new CertificateGroup(), {
      id: entity.id,
      name: entity.name,
      minAge: entity.minAge,
      maxAge: entity.maxAge,
      blocked: entity.blocked,
      municipalityId: entity.municipalityId,
    });
  }
}
