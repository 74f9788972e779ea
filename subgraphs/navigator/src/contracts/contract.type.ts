import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ProgramRegistry } from '../programs/program-registry';
import { ContractAction, ContractStatus, ContractTab } from './contract-state';

/** A row of navigator.contracts with its certificate's number. */
export interface ContractRow {
  id: string;
  number: string;
  certificate_id: string;
  certificate_number: string;
  group_id: string;
  program_id: string;
  organization_id: string;
  registry: ProgramRegistry;
  status: ContractStatus;
  refusal_reason: string | null;
  monthly_price_kopecks: string;
  cost_kopecks: string;
  reserved_kopecks: string;
  financial_year: number;
  months: number;
  starts_on: string;
  ends_on: string;
  requested_at: Date;
  confirmed_at: Date | null;
  closed_at: Date | null;
  prolonged_from: string | null;
  accepts_at: Date | null;
  cancellation_reason: string | null;
  activated_at: Date | null;
  /** A live prolongation of this contract exists. */
  prolonged: boolean;
}

@ObjectType({ description: 'Заявка на обучение и договор, который из неё получается (раздел «ДОГОВОРЫ»)' })
export class Contract {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Номер заявки (договора)' })
  number: string;

  @Field(() => ContractStatus)
  status: ContractStatus;

  @Field(() => ContractTab, { description: 'Вкладка раздела «ДОГОВОРЫ»' })
  tab: ContractTab;

  @Field(() => [ContractAction], { description: 'Что вошедший может сделать с заявкой сейчас' })
  allowedActions: ContractAction[];

  @Field({ description: 'Номер сертификата' })
  certificateNumber: string;

  @Field(() => ProgramRegistry, { description: 'Реестр программы' })
  registry: ProgramRegistry;

  @Field(() => String, { nullable: true, description: 'Причина отказа организации' })
  refusalReason: string | null;

  @Field(() => Int, { description: 'Стоимость месяца обучения, копейки (0 для бюджетных реестров)' })
  monthlyPriceKopecks: number;

  @Field(() => Int, { description: 'Стоимость обучения в финансовом году: цена месяца × месяцы, копейки' })
  costKopecks: number;

  @Field(() => Int, {
    description: 'Зарезервировано из сертификата, копейки (в пределах остатка; 0 для платных и бюджетных программ)',
  })
  reservedKopecks: number;

  @Field(() => Int, { description: 'Оплачивает семья: стоимость − резерв сертификата, копейки' })
  familyPaysKopecks: number;

  @Field(() => Int, { description: 'Финансовый год, за который зарезервированы деньги' })
  financialYear: number;

  @Field(() => Int, { description: 'Месяцев обучения по договору в этом финансовом году' })
  months: number;

  @Field({ description: 'Начало обучения по договору, ГГГГ-ММ-ДД' })
  startsOn: string;

  @Field({ description: 'Окончание обучения по договору, ГГГГ-ММ-ДД' })
  endsOn: string;

  @Field({ description: 'Когда подана заявка' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Когда организация подтвердила заявку' })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Когда заявку отклонили или отменили' })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Пролонгация: договор, который она продолжает на следующий период' })
  prolongedFromId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Пролонгация, ожидающая подтверждения: день (ГГГГ-ММ-ДД), когда она будет принята сама, если владелец сертификата не откажется',
  })
  acceptsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Причина отказа владельца сертификата от пролонгации' })
  cancellationReason: string | null;

  @Field(() => Date, { nullable: true, description: 'Когда договор вступил в силу' })
  activatedAt: Date | null;

  certificateId: string;
  organizationId: string;
  programId: string;
  groupId: string;
}
