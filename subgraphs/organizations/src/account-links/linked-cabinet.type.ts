import { Field, ID, ObjectType } from 'type-graphql';
import { UserEntity } from '../users/user.entity';

@ObjectType({
  description: 'Кабинет сертификата, объединённый с кабинетом вошедшего («Объединение кабинетов пользователя»)',
})
export class LinkedCabinet {
  @Field(() => ID, { description: 'Учётная запись кабинета (она же сертификат)' })
  id: string;

  @Field({ description: 'Логин кабинета: номер сертификата' })
  login: string;

  @Field({ description: 'ФИО ребёнка, чей это сертификат' })
  fullName: string;

  static from(user: UserEntity): LinkedCabinet {
    return Object.assign(new LinkedCabinet(), { id: user.id, login: user.login, fullName: user.fullName });
  }
}

@ObjectType({ description: '«Добавить быстрый доступ в другой личный кабинет»: логин проверен, теперь нужен пароль' })
export class CabinetToLink {
  @Field({ description: 'Логин, приведённый к виду, в котором он хранится' })
  login: string;
}
