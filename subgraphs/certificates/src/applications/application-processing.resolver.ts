import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CertificatesContext } from '../context';
import { allowedActionsFor } from './allowed-actions';
import { editApplication } from './application-edit.service';
import { ApplicationHistoryEntry } from './application-history';
import { confirmPersonalData, recordDocumentsReceived, refuseApplication } from './application-processing.service';
import { ApplicationAction, STATUS_NAMES } from './application-state';
import { Application } from './application.type';
import { sendToNavigator } from './navigator-handoff.service';
import { createApplication } from './organization-application.service';
import {
  ChildDataInput,
  CreateApplicationInput,
  CreatedApplication,
  DocumentDataInput,
} from './organization-application.types';
import { applicationRegister } from './register.service';
import {
  ApplicationDirection,
  ApplicationRegisterPage,
  ApplicationRegisterTab,
  ApplicationSearchInput,
} from './register.types';

@Resolver(() => Application)
export class ApplicationProcessingResolver {
  @Query(() => ApplicationRegisterPage, {
    description:
      '«Сертификаты → Заявки»: реестр заявок своего муниципалитета (региональному оператору — всего региона)',
  })
  async applicationRegister(
    @Ctx() context: CertificatesContext,
    @Arg('tab', () => ApplicationRegisterTab, { defaultValue: ApplicationRegisterTab.ALL }) tab: ApplicationRegisterTab,
    @Arg('search', () => ApplicationSearchInput, { nullable: true }) search: ApplicationSearchInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Размер страницы, не более 100' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'nextCursor предыдущей страницы' }) after: string | null,
  ): Promise<ApplicationRegisterPage> {
    const page = await applicationRegister(context, tab, search ?? {}, first, after);
    return Object.assign(new ApplicationRegisterPage(), {
      ...page,
      applications: page.applications.map((row) => Application.from(row)),
    });
  }

  @Query(() => Application, {
    nullable: true,
    description:
      'Заявка по номеру, если она в муниципалитете оператора (для регионального оператора — в регионе); иначе null',
  })
  async application(@Arg('number') number: string, @Ctx() context: CertificatesContext): Promise<Application | null> {
    const page = await applicationRegister(context, ApplicationRegisterTab.ALL, { applicationNumber: number }, 1, null);
    return page.applications[0] ? Application.from(page.applications[0]) : null;
  }

  @Mutation(() => CreatedApplication, {
    description:
      '«Создать заявку» (организация по приёму заявлений, оператор реестра): заявка сразу «не подтверждена» (SUBMITTED); ' +
      'для нового сертификата организации приходит письмо с заявлением (PDF) и логином и паролем кабинета в навигаторе',
  })
  async createApplication(
    @Arg('input', () => CreateApplicationInput) input: CreateApplicationInput,
    @Ctx() context: CertificatesContext,
  ): Promise<CreatedApplication> {
    const created = await createApplication(context, input);
    return Object.assign(new CreatedApplication(), { ...created, application: Application.from(created.application) });
  }

  @Mutation(() => Application, {
    description: '«Редактировать» до подтверждения: исправленные данные ребёнка и документа',
  })
  async editApplication(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('child', () => ChildDataInput, { nullable: true }) child: ChildDataInput | null,
    @Arg('document', () => DocumentDataInput, { nullable: true }) document: DocumentDataInput | null,
    @Ctx() context: CertificatesContext,
  ) {
    return Application.from(await editApplication(context, applicationId, { child, document }));
  }

  @Mutation(() => Application, {
    description:
      '«Отправить в ПФДО»: передать сертификат в навигатор; повтор обновляет данные, ошибка — NAVIGATOR_UNAVAILABLE',
  })
  async sendToNavigator(@Arg('applicationId', () => ID) applicationId: string, @Ctx() context: CertificatesContext) {
    return Application.from(await sendToNavigator(context, applicationId));
  }

  @Mutation(() => Application, {
    description: '«Документы получены»: организация получила подписанное заявление и документы',
  })
  async recordDocumentsReceived(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() context: CertificatesContext,
  ) {
    return Application.from(await recordDocumentsReceived(context, applicationId));
  }

  @Mutation(() => Application, {
    description:
      '«Подтвердить персональные данные»: заявка подтверждена, сертификат активирован. Если заявку уже обработал ' +
      'другой оператор — APPLICATION_ALREADY_PROCESSED',
  })
  async confirmPersonalData(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() context: CertificatesContext,
  ) {
    return Application.from(await confirmPersonalData(context, applicationId));
  }

  @Mutation(() => Application, { description: '«Отказать»: причина обязательна' })
  async refuseApplication(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reason') reason: string,
    @Ctx() context: CertificatesContext,
  ) {
    return Application.from(await refuseApplication(context, applicationId, reason));
  }

  @FieldResolver(() => String, { description: 'Статус по-русски, например «Заявка не подтверждена»' })
  statusName(@Root() application: Application): string {
    return STATUS_NAMES[application.status];
  }

  @FieldResolver(() => ApplicationDirection, {
    description:
      'Для смотрящего оператора: «Получение» (заявка его муниципалитета) или «Исходящий» (сертификат уходит в другой)',
  })
  direction(@Root() application: Application, @Ctx() context: CertificatesContext): ApplicationDirection {
    return isOutgoingFor(application, context) ? ApplicationDirection.OUTGOING : ApplicationDirection.INCOMING;
  }

  @FieldResolver(() => [ApplicationAction], {
    description:
      'Действия, которые смотрящий может совершить с заявкой сейчас: их допускают статус заявки и его права ' +
      '(те же проверки, что у мутаций); исходящую заявку обрабатывает новый муниципалитет. Показывайте эти кнопки и только их',
  })
  async allowedActions(
    @Root() application: Application,
    @Ctx() context: CertificatesContext,
  ): Promise<ApplicationAction[]> {
    const certificate = application.certificateId
      ? await context.loaders.certificateById.load(application.certificateId)
      : null;
    return allowedActionsFor(context.identity, application, certificate?.municipalityId ?? null);
  }

  @FieldResolver(() => [ApplicationHistoryEntry], { description: 'История заявки: кто, когда и что сделал' })
  async history(
    @Root() application: Application,
    @Ctx() context: CertificatesContext,
  ): Promise<ApplicationHistoryEntry[]> {
    return (await context.loaders.historyBySubject.load(application.id)).map((row) => row.entry);
  }
}

function isOutgoingFor(application: Application, context: CertificatesContext): boolean {
  const own = context.identity?.municipalityId;
  return !!own && application.sourceMunicipalityId === own && application.municipalityId !== own;
}
