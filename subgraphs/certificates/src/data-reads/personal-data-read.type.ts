import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../references/references';

/** What of a child's personal data a reading showed, as the family is told it (seed: 152-ФЗ, issue 14). */
export enum PersonalDataPart {
  CHILD_NAME = 'CHILD_NAME',
  CHILD_BIRTH_DATE = 'CHILD_BIRTH_DATE',
  DOCUMENT_SERIES_NUMBER = 'DOCUMENT_SERIES_NUMBER',
  DOCUMENT_ISSUE = 'DOCUMENT_ISSUE',
  APPLICANT_NAME = 'APPLICANT_NAME',
  APPLICANT_EMAIL = 'APPLICANT_EMAIL',
  APPLICATION_FORM = 'APPLICATION_FORM',
}

registerEnumType(PersonalDataPart, {
  name: 'PersonalDataPart',
  description: 'Какие персональные данные были показаны',
  valuesConfig: {
    CHILD_NAME: { description: 'ФИО ребёнка' },
    CHILD_BIRTH_DATE: { description: 'Дата рождения ребёнка' },
    DOCUMENT_SERIES_NUMBER: { description: 'Серия и номер документа ребёнка' },
    DOCUMENT_ISSUE: { description: 'Дата выдачи и кем выдан документ' },
    APPLICANT_NAME: { description: 'ФИО заявителя' },
    APPLICANT_EMAIL: { description: 'Электронная почта заявителя' },
    APPLICATION_FORM: { description: 'Заявление целиком (PDF)' },
  },
});

@ObjectType({ description: 'Кто читал: организация и роль, без имени сотрудника' })
export class PersonalDataReader {
  @Field({ description: 'Роль читавшего: значение перечисления Role (ORG_OPERATOR, MUNICIPAL_OPERATOR, …)' })
  role: string;

  @Field(() => Organization, {
    nullable: true,
    description: 'Организация читавшего (у операторов реестра: орган, ведущий реестр); null у служебных обращений',
  })
  organization: Organization | null;
}

@ObjectType({ description: 'Одно обращение к персональным данным ребёнка: кто, что, когда и по какой заявке' })
export class PersonalDataRead {
  @Field({ description: 'Когда, ISO 8601' })
  readAt: string;

  @Field(() => PersonalDataReader)
  reader: PersonalDataReader;

  @Field(() => [PersonalDataPart])
  parts: PersonalDataPart[];

  @Field(() => [String], { description: 'Номера заявок, по которым читались данные (пусто: карточка ребёнка)' })
  applicationNumbers: string[];
}

@ObjectType({ description: '«Кто просматривал данные»: страница, новые сначала' })
export class PersonalDataReadPage {
  @Field(() => [PersonalDataRead])
  items: PersonalDataRead[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null — это последняя' })
  nextCursor: string | null;
}
