import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DocumentType } from '../documents/document-type';
import { ApplicationKind } from './application-status';
import { Application } from './application.type';

@InputType({ description: 'Персональные данные ребёнка' })
export class ChildDataInput {
  @Field({ description: 'Фамилия' })
  surname: string;

  @Field({ description: 'Имя' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Отчество' })
  patronymic?: string | null;

  @Field({ description: 'Дата рождения, YYYY-MM-DD' })
  birthDate: string;
}

@InputType({ description: 'Документ ребёнка' })
export class DocumentDataInput {
  @Field(() => DocumentType)
  type: DocumentType;

  @Field()
  series: string;

  @Field()
  number: string;

  @Field({ description: 'Дата выдачи, YYYY-MM-DD' })
  issueDate: string;

  @Field({ description: 'Место выдачи' })
  issuedBy: string;
}

@InputType({ description: '«Создать заявку» в кабинете организации: шаги 3–5' })
export class CreateApplicationInput {
  @Field(() => ApplicationKind, { description: '«Шаг 3. Что вы хотите сделать?»' })
  kind: ApplicationKind;

  @Field(() => ID, { description: '«Шаг 4»: муниципалитет (для смены муниципалитета — новый)' })
  municipalityId: string;

  @Field(() => String, { nullable: true, description: 'Номер действующего сертификата (для изменений)' })
  certificateNumber?: string | null;

  @Field(() => ChildDataInput, { nullable: true, description: 'Ребёнок (новый сертификат; уточнение данных)' })
  child?: ChildDataInput | null;

  @Field(() => DocumentDataInput, {
    nullable: true,
    description: 'Документ ребёнка (новый сертификат; уточнение данных)',
  })
  document?: DocumentDataInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Группа сертификата (новый сертификат, смена группы, смена муниципалитета)',
  })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'ФИО заявителя: родителя (законного представителя)' })
  applicantName?: string | null;

  @Field(() => String, { nullable: true, description: 'Электронная почта заявителя' })
  applicantEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Телефон заявителя' })
  applicantPhone?: string | null;

  @Field({ defaultValue: false, description: '«Ребенок старше 14 лет подает самостоятельно»: заявитель — сам ребёнок' })
  childAppliesHimself: boolean;

  @Field({ description: 'Согласие на обработку персональных данных' })
  consentToPersonalDataProcessing: boolean;

  @Field({ description: 'Согласие с правилами персонифицированного финансирования' })
  consentToRules: boolean;
}

@ObjectType({ description: 'Созданная заявка; для нового сертификата — логин и пароль кабинета в навигаторе' })
export class CreatedApplication {
  @Field(() => Application)
  application: Application;

  @Field(() => String, { nullable: true, description: 'Логин кабинета сертификата в навигаторе (номер сертификата)' })
  navigatorLogin: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Пароль кабинета; показывается один раз и приходит организации письмом',
  })
  navigatorPassword: string | null;
}
