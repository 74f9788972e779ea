import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../references/references';

@ObjectType({ description: 'Номинал, резерв и остаток сертификата в этом месяце (копейки) и как номинал посчитан' })
export class CertificateCabinetMoney {
  @Field(() => Int, { description: 'Финансовый год (календарный)' })
  year: number;

  @Field(() => Int, { description: 'Номинал на год, установленный муниципалитетом, копейки' })
  yearNominalKopecks: number;

  @Field(() => Int, { description: 'Осталось месяцев в финансовом году, включая текущий' })
  monthsLeft: number;

  @Field(() => Int, { description: 'Месяцев в финансовом году' })
  monthsInYear: number;

  @Field(() => Int, { description: 'Номинал сейчас: номинал на год × осталось месяцев / 12, вниз до копейки' })
  nominalKopecks: number;

  @Field(() => Int, { description: 'Зарезервировано на оплату программ, копейки' })
  reservedKopecks: number;

  @Field(() => Int, { description: 'Израсходовано: расчёты за закрытые месяцы договоров, копейки' })
  spentKopecks: number;

  @Field(() => Int, { description: 'Остаток: номинал сейчас − резерв − израсходовано, копейки' })
  balanceKopecks: number;
}

@ObjectType({ description: 'Возможности сертификата на год, установленные муниципалитетом для его группы' })
export class CertificatePossibilities {
  @Field(() => Int, { description: 'Число бюджетных программ реестра значимых программ' })
  significantPrograms: number;

  @Field(() => Int, { description: 'Число бюджетных программ реестра общеразвивающих программ' })
  generalPrograms: number;

  @Field(() => Int, { description: 'Число бюджетных программ реестра предпрофессиональных программ' })
  preProfessionalPrograms: number;

  @Field({ description: 'Лимит денежного обеспечения сертификатов муниципалитета достигнут: денег сертификата нет' })
  moneyLimitReached: boolean;

  @Field(() => CertificateCabinetMoney, { nullable: true, description: 'null, когда лимит достигнут' })
  money: CertificateCabinetMoney | null;
}

@ObjectType({ description: 'Оповещение портала ПФДО о действии с сертификатом' })
export class CertificateNotification {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field({
    description:
      'HANDED_OVER, STATUS_CHANGED, REGROUPED; заявки: REQUEST_FILED, REQUEST_CONFIRMED, REQUEST_REFUSED, REQUEST_CANCELLED',
  })
  kind: string;

  @Field({ description: 'Текст оповещения' })
  text: string;
}

@ObjectType({ description: 'Страница оповещений, новые сначала' })
export class CertificateNotificationPage {
  @Field(() => [CertificateNotification])
  notifications: CertificateNotification[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null — это последняя' })
  nextCursor: string | null;
}

@ObjectType({ description: '«КАБИНЕТ» сертификата: статус, возможности, деньги и оповещения (по данным навигатора)' })
export class CertificateCabinet {
  @Field(() => ID)
  certificateId: string;

  @Field({ description: 'Номер сертификата (логин кабинета)' })
  number: string;

  @Field({ description: 'Реестр передал сертификат в навигатор («Отправить в ПФДО»)' })
  registered: boolean;

  @Field(() => String, { nullable: true, description: 'Статус копии навигатора; null, пока сертификат не передан' })
  status: string | null;

  @Field({ description: '«Сертификат активирован»' })
  activated: boolean;

  @Field(() => String, { nullable: true, description: 'Группа сертификата' })
  groupName: string | null;

  @Field(() => Municipality, { nullable: true, description: 'Муниципалитет сертификата (и выдержка из Положения)' })
  municipality: Municipality | null;

  @Field(() => CertificatePossibilities, {
    nullable: true,
    description: 'null, пока сертификат не передан или муниципалитет не настроил его группу',
  })
  possibilities: CertificatePossibilities | null;
}
