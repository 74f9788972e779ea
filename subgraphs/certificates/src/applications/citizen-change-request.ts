import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { domainError, ErrorCode } from '@pfdo/platform';
import { LIVE_CERTIFICATE_STATUSES } from '../certificates/certificate-status';
import { CertificateEntity } from '../certificates/certificate.entity';
import { getOwnChild } from '../children/guardianship';
import { CertificatesContext } from '../context';
import { invalidFields } from '../shared/errors';
import { ApplicationKind } from './application-status';
import { ApplicationEntity } from './application.entity';
import { Application } from './application.type';
import { insertChangeApplication, requestedChanges } from './change-application';
import { ChildDataInput, DocumentDataInput } from './organization-application.types';

@InputType({
  description:
    'Заявка родителя из личного кабинета об изменении сертификата ребёнка: смена муниципалитета, уточнение ' +
    'персональных данных, смена группы (те же правила, что у «Создать заявку» в кабинете организации)',
})
export class CertificateChangeRequestInput {
  @Field(() => ID, { description: 'Ребёнок, чей сертификат меняется' })
  childId: string;

  @Field(() => ApplicationKind, {
    description: 'CHANGE_MUNICIPALITY, CLARIFY_PERSONAL_DATA или CHANGE_GROUP (новый сертификат: submitApplication)',
  })
  kind: ApplicationKind;

  @Field(() => ID, { nullable: true, description: 'Новый муниципалитет (только для смены муниципалитета)' })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Группа сертификата (смена группы, смена муниципалитета)' })
  groupId?: string | null;

  @Field(() => ChildDataInput, { nullable: true, description: 'Уточнённые данные ребёнка (уточнение данных)' })
  child?: ChildDataInput | null;

  @Field(() => DocumentDataInput, { nullable: true, description: 'Новый документ ребёнка (уточнение данных)' })
  document?: DocumentDataInput | null;

  @Field(() => String, { nullable: true, description: 'Телефон для связи' })
  applicantPhone?: string | null;

  @Field({ description: 'Согласие на обработку персональных данных' })
  consentToPersonalDataProcessing: boolean;

  @Field({ description: 'Согласие с правилами персонифицированного финансирования' })
  consentToRules: boolean;
}

/**
 * A parent files a change of his child's certificate himself (seed 001: parents must be able to): the same checks
 * and the same SUBMITTED application as the operator's «Создать заявку», the applicant being the citizen (so the
 * application is his in «История заявок»), his e-mail the one confirmed for the certificate's own application.
 * The registry's operator then confirms or refuses it as any other.
 */
export async function requestCertificateChange(
  context: CertificatesContext,
  input: CertificateChangeRequestInput,
): Promise<ApplicationEntity> {
  const identity = context.identity!;
  const errors: Record<string, string> = {};
  if (input.kind === ApplicationKind.NEW_CERTIFICATE) {
    errors.kind = 'Новый сертификат оформляется заявкой «Получить сертификат»';
  }
  if (!input.consentToPersonalDataProcessing)
    errors.consentToPersonalDataProcessing = 'Необходимо согласие на обработку персональных данных';
  if (!input.consentToRules)
    errors.consentToRules = 'Необходимо согласие с правилами персонифицированного финансирования';
  if (input.kind === ApplicationKind.CHANGE_MUNICIPALITY && !input.municipalityId)
    errors.municipalityId = 'Выберите новый муниципалитет';
  const phone = input.applicantPhone?.trim() || null;
  if (phone && !/^[+\d][\d\s()-]{4,30}$/.test(phone)) errors.applicantPhone = 'Телефон указан неверно';

  return context.dataSource.transaction(async (manager) => {
    const { child, relation } = await getOwnChild(manager, identity, input.childId, { lock: true });
    const certificate = await manager.findOne(CertificateEntity, {
      where: { childId: child.id, status: In(LIVE_CERTIFICATE_STATUSES) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!certificate) {
      throw domainError(ErrorCode.CertificateNotIssued, 'У ребёнка нет действующего сертификата: изменять нечего');
    }
    const municipalityId =
      input.kind === ApplicationKind.CHANGE_MUNICIPALITY ? (input.municipalityId ?? '') : certificate.municipalityId;
    const changes = errors.kind
      ? {}
      : await requestedChanges(manager, { ...input, municipalityId }, certificate, child, errors);
    if (Object.keys(errors).length) throw invalidFields(errors);
    const own = certificate.applicationId
      ? await manager.findOneBy(ApplicationEntity, { id: certificate.applicationId })
      : null;
    return insertChangeApplication(manager, context.caller, input.kind, municipalityId, certificate, child, changes, {
      name: identity.fullName,
      email: own?.applicantEmail ?? null,
      phone,
      isChild: relation === 'SELF',
      userId: identity.userId,
      organizationId: null,
    });
  });
}

@Resolver()
export class CitizenChangeRequestResolver {
  @Mutation(() => Application, {
    description:
      'Заявка об изменении сертификата своего ребёнка из личного кабинета: смена муниципалитета, уточнение ' +
      'персональных данных, смена группы. Её статус виден в «История заявок» сертификата. Чужой ребёнок: NOT_FOUND; ' +
      'нет действующего сертификата: CERTIFICATE_NOT_ISSUED; такая заявка уже подана: APPLICATION_EXISTS.',
  })
  async requestCertificateChange(
    @Arg('input', () => CertificateChangeRequestInput) input: CertificateChangeRequestInput,
    @Ctx() context: CertificatesContext,
  ): Promise<Application> {
    const row = await requestCertificateChange(context, input);
    return Application.from(row, [context.identity!.userId]);
  }
}
