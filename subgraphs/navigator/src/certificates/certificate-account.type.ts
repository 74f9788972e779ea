import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ProgramRegistry } from '../programs/program-registry';
import { Municipality } from '../references/references';

/** The certificates subgraph's entity, referred to by key; this subgraph adds what it owns of it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Certificate {
  @Field(() => ID)
  id: string;

  /**
   * The registry's municipality of the certificate: the certificates subgraph's field, which the gateway sends in
   * the reference wherever a field here `@requires` it. The navigator's copy may lag behind a move between
   * municipalities (it follows by event), so who may read the certificate is decided by this one; null when the
   * reference came without it.
   */
  @Directive('@external')
  @Field(() => Municipality)
  municipality: Municipality | null = null;

  static ref(id: string): Certificate {
    return Object.assign(new Certificate(), { id });
  }
}

@ObjectType({ description: 'Сколько программ реестра ребёнок может взять за счёт бюджета (настройки группы)' })
export class ProgramAllowance {
  @Field(() => ProgramRegistry)
  registry: ProgramRegistry;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Строка таблицы платежей по договору за месяц' })
export class CertificatePayment {
  @Field({ description: '«Договор»: номер договора' })
  contractNumber: string;

  @Field({ description: '«Месяц», YYYY-MM' })
  month: string;

  @Field(() => Int, { description: '«Сумма по договору», копейки' })
  amountKopecks: number;

  @Field(() => Int, { description: '«Аванс», копейки' })
  advanceKopecks: number;

  @Field(() => Int, { description: '«Расчет», копейки' })
  settlementKopecks: number;

  @Field({ description: 'Аванс за месяц внесён поставщиком' })
  advanceRecorded: boolean;

  @Field({ description: 'Расчет за месяц внесён: месяц закрыт, его сумма израсходована' })
  settled: boolean;

  @Field(() => String, { nullable: true, description: '«Счет на аванс»: номер счёта' })
  advanceInvoice: string | null;

  @Field(() => String, { nullable: true, description: '«Окончательный счет»: номер счёта' })
  finalInvoice: string | null;
}

/**
 * What the navigator knows of a certificate's money and use (docs/domain.md §6a): the figures of the
 * register's columns and of the certificate page. Money in kopecks.
 */
@ObjectType({ description: 'Деньги и договоры сертификата по данным навигатора (ПФДО)' })
export class CertificateAccount {
  @Field({ description: '«Данные отправлены в ПФДО»: навигатор знает этот сертификат' })
  registered: boolean;

  @Field(() => Int, { description: '«Номинал сертификата», копейки' })
  nominalKopecks: number;

  @Field(() => Int, { description: '«Резерв» / «Зарезервированно на оплату программ», копейки' })
  reservedKopecks: number;

  @Field(() => Int, { description: 'Израсходовано: расчёты за закрытые месяцы договоров, копейки' })
  spentKopecks: number;

  @Field(() => Int, { description: '«Остаток сертификата», копейки' })
  balanceKopecks: number;

  @Field(() => Int, { description: '«Договоров по ПФ»: договоры, оплачиваемые сертификатом' })
  fundedContracts: number;

  @Field(() => Int, { description: '«Число активных договоров»' })
  activeContracts: number;

  @Field(() => Int, { description: '«Число заявок»: заявки на обучение' })
  enrollmentRequests: number;

  @Field(() => Int, { description: '«Число подтвержденных договоров»' })
  confirmedContracts: number;

  @Field(() => Int, { description: '«Число отклоненных договоров»' })
  refusedContracts: number;

  @Field(() => Int, { description: '«Число завершивших действие договоров»' })
  endedContracts: number;

  @Field(() => Int, { description: '«Число бюджетных зачислений»' })
  budgetEnrollments: number;

  @Field(() => Int, { description: '«Число бюджетных заявок»' })
  budgetRequests: number;

  @Field(() => [ProgramAllowance], {
    description: '«Число доступных для зачисления … программ» по реестрам; пусто, пока группа не настроена',
  })
  availablePrograms: ProgramAllowance[];

  @Field(() => [CertificatePayment], { description: 'Платежи по договорам, по месяцам' })
  payments: CertificatePayment[];
}
