import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Program } from '../programs/program.type';

@ObjectType({ description: '«НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»: законный представитель, удобный адрес и согласие с правилами' })
export class HolderSettings {
  @Field({ description: 'ФИО законного представителя ребёнка (пустая строка, если не указано)' })
  representativeName: string;

  @Field({ description: 'Телефон законного представителя (пустая строка, если не указан)' })
  representativePhone: string;

  @Field({ description: 'Удобный адрес для посещения занятий (пустая строка, если не указан)' })
  address: string;

  @Field(() => Float, { nullable: true, description: 'Широта точки удобного адреса' })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: 'Долгота точки удобного адреса' })
  longitude: number | null;

  @Field({ description: 'Действующая редакция правил обработки персональных данных' })
  personalDataRulesVersion: string;

  @Field(() => String, { nullable: true, description: 'Редакция правил, с которой владелец согласился' })
  personalDataConsentVersion: string | null;

  @Field(() => Date, { nullable: true, description: 'Когда владелец поставил отметку о согласии' })
  personalDataConsentAt: Date | null;

  @Field({ description: 'Согласие дано с действующей редакцией правил' })
  personalDataConsentCurrent: boolean;
}

@InputType({ description: 'Законный представитель и удобный адрес' })
export class HolderSettingsInput {
  @Field({ description: 'ФИО законного представителя' })
  representativeName: string;

  @Field({ description: 'Телефон законного представителя' })
  representativePhone: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Место занятий навигатора, рядом с которым удобно заниматься: его адрес и точка становятся удобным адресом',
  })
  placeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Удобный адрес своими словами (с точкой на карте)' })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: 'Широта точки, выбранной на карте' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Долгота точки, выбранной на карте' })
  longitude?: number | null;
}

@ObjectType({ description: 'Программа рядом с удобным адресом' })
export class NearbyProgram {
  @Field(() => Program)
  program: Program;

  @Field(() => Int, { description: 'Расстояние по прямой от удобного адреса до ближайшего места занятий, метров' })
  distanceMeters: number;

  @Field({ description: 'Адрес ближайшего места занятий программы' })
  address: string;
}

@ObjectType({ description: '«Справка о посещении кружков»: выданная справка' })
export class AttendanceCertificateIssue {
  @Field({ description: 'Справка, PDF в base64' })
  pdfBase64: string;

  @Field({ description: 'Адрес страницы проверки справки (его же содержит QR-код)' })
  verifyPath: string;

  @Field(() => Date)
  issuedAt: Date;
}

@ObjectType({ description: 'Зачисление, как его показывает справка' })
export class AttendanceEnrollment {
  @Field({ description: 'Программа' })
  program: string;

  @Field({ description: 'Организация' })
  organization: string;

  @Field({ description: 'Группа' })
  group: string;

  @Field({ description: 'Начало занятий, ГГГГ-ММ-ДД' })
  startsOn: string;

  @Field({ description: 'Окончание занятий, ГГГГ-ММ-ДД' })
  endsOn: string;
}

@ObjectType({ description: 'Проверка справки о посещении кружков по коду из её QR-кода' })
export class AttendanceVerification {
  @Field({ description: 'Справка выдана навигатором и не отозвана' })
  genuine: boolean;

  @Field({ description: 'Справка отозвана: владелец сертификата выдал более новую' })
  revoked: boolean;

  @Field(() => String, { nullable: true, description: 'Номер сертификата, как на справке' })
  certificateNumber: string | null;

  @Field(() => Date, { nullable: true, description: 'Когда справка выдана' })
  issuedAt: Date | null;

  @Field(() => [AttendanceEnrollment], { description: 'Зачисления, как на справке (пусто для неизвестного кода)' })
  enrollments: AttendanceEnrollment[];
}
