import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '«Электронная почта» личного кабинета сертификата: адрес для восстановления доступа' })
export class HolderEmail {
  @Field(() => String, { nullable: true, description: 'Подтверждённый адрес (null — не указан)' })
  email: string | null;

  @Field(() => Date, { nullable: true, description: 'Когда адрес подтверждён' })
  confirmedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Новый адрес, которому отправлена ссылка для подтверждения и который ещё не подтверждён',
  })
  pendingEmail: string | null;
}
