import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.type';

@InputType({ description: 'Учётная запись организации: e-mail (логин) и информация для клиентов' })
export class StaffAccountInput {
  @Field({ description: 'E-mail организации: логин для входа' })
  email: string;

  @Field({ description: 'Наименование организации' })
  name: string;

  @Field({ description: 'Адрес организации' })
  address: string;

  @Field({ description: 'Режим работы', defaultValue: '' })
  workingHours: string;

  @Field({ description: 'ФИО ответственного лица', defaultValue: '' })
  responsiblePerson: string;

  @Field({ description: 'Контактный номер телефона по вопросам получения сертификатов' })
  phone: string;

  @Field({ description: 'Имеет право просмотреть персональные данные', defaultValue: false })
  canViewPersonalData: boolean;

  @Field({ description: 'Имеет право подтверждать заявки', defaultValue: false })
  canConfirmApplications: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Муниципалитет оператора реестра (только для регионального оператора)',
  })
  municipalityId?: string | null;
}

@InputType({ description: 'Новый пароль: введённый дважды или сгенерированный' })
export class NewPasswordInput {
  @Field({ description: 'Сгенерировать пароль: он будет показан один раз', defaultValue: false })
  generate: boolean;

  @Field(() => String, { nullable: true })
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'Повторите пароль' })
  passwordRepeat?: string | null;
}

@ObjectType({ description: 'Учётная запись после создания или смены пароля' })
export class StaffAccountResult {
  @Field(() => User)
  account: User;

  @Field(() => String, {
    nullable: true,
    description: 'Сгенерированный пароль: показывается один раз и больше нигде не хранится',
  })
  generatedPassword: string | null;
}

@ObjectType({ description: 'Страница списка пользователей организаций' })
export class StaffAccountPage {
  @Field(() => [User])
  accounts: User[];

  @Field(() => Int, { description: 'Сколько всего найдено' })
  totalCount: number;

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null на последней' })
  nextCursor: string | null;
}
