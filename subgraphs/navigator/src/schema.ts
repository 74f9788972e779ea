import { buildFederatedSchema, FederatedSchema, InputRules } from '@pfdo/platform';
import { CertificateCabinetResolver } from './cabinet/cabinet.resolver';
import { MAX_SEARCH_TEXT } from './catalogue/catalogue-search';
import {
  CatalogueResolver,
  ProgramCatalogueResolver,
  ProgramGroupResolver,
  ProviderResolver,
} from './catalogue/catalogue.resolver';
import { CertificateAccountResolver, findCertificate } from './certificates/certificate-account.resolver';
import { Certificate } from './certificates/certificate-account.type';
import { NavigatorContext } from './context';
import { MAX_REFUSAL_REASON } from './contracts/contract-actions.service';
import { ContractResolver } from './contracts/contract.resolver';
import { ProlongationResolver } from './contracts/prolongation.resolver';
import { EducationEventResolver } from './events/event.resolver';
import { MAX_NAME_LENGTH } from './group-settings/group-setting-checks';
import { GroupSettingResolver, MunicipalityGroupSettingsResolver } from './group-settings/group-setting.resolver';
import { HelpResolver } from './help/help.resolver';
import { MAX_HELP_BODY, MAX_HELP_TITLE, MAX_VIDEO_URL } from './help/help.service';
import { HolderSettingsResolver } from './holder-settings/holder-settings.resolver';
import { MAX_ADDRESS, MAX_REPRESENTATIVE_NAME } from './holder-settings/holder-settings.service';
import { MAX_NEWS_BODY, MAX_NEWS_TITLE } from './news/news-rows';
import { NewsResolver } from './news/news.resolver';
import { NokoResolver } from './noko/noko.resolver';
import { ContractPaymentsResolver } from './payments/payment.resolver';
import { permissions } from './permissions';
import { PortfolioResolver } from './portfolio/portfolio.resolver';
import { findProgram, OrganizationProgramsResolver, ProgramResolver } from './programs/program.resolver';
import { ProtectionResolver } from './protection/protection.resolver';
import { MAX_CODE_PHRASE } from './protection/protection.service';
import { ContractRatingResolver, ProgramRatingResolver } from './ratings/rating.resolver';
import { Municipality, Organization } from './references/references';
import { ScheduleResolver } from './schedule/schedule.resolver';

export const SUBGRAPH_NAME = 'navigator';

const inputRules: InputRules = {
  'GroupSettingInput.name': { maxLength: MAX_NAME_LENGTH, label: 'Наименование группы сертификатов' },
  'GroupSettingInput.nominal': { maxLength: 30, label: 'Номинал сертификата' },
  'GroupSettingInput.municipalityLimit': { maxLength: 30, label: 'Лимит средств муниципалитета' },
  'CertificateCabinet.notifications(after:)': {
    maxLength: 20,
    message: 'Неверная позиция списка оповещений. Откройте кабинет заново',
  },
  'Municipality.groupSettings(after:)': { maxLength: 500, message: 'Неверная позиция списка. Откройте список заново' },
  'Mutation.refuseEnrollmentRequest(reason:)': { maxLength: MAX_REFUSAL_REASON, label: 'Причина отказа' },
  'Mutation.refuseProlongation(reason:)': { maxLength: MAX_REFUSAL_REASON, label: 'Причина отказа' },
  'CatalogueFilter.text': { maxLength: MAX_SEARCH_TEXT, label: 'Поиск' },
  'CatalogueFilter.startMonth': { maxLength: 7, label: 'Месяц начала занятий' },
  'Query.catalogueProviders(text:)': { maxLength: MAX_SEARCH_TEXT, label: 'Поиск' },
  'Query.catalogue(after:)': { maxLength: 1000, message: 'Неверная позиция списка. Откройте список заново' },
  'Mutation.setCertificateProtection(codePhrase:)': { maxLength: MAX_CODE_PHRASE * 2, label: 'Кодовая фраза' },
  'EnrollmentOnBehalfInput.certificateNumber': { maxLength: 20, label: 'Номер сертификата' },
  'EnrollmentOnBehalfInput.childFullName': { maxLength: 400, label: 'ФИО ребёнка' },
  'EnrollmentOnBehalfInput.codePhrase': { maxLength: MAX_CODE_PHRASE * 2, label: 'Кодовая фраза' },
  'Mutation.recordPaymentAdvance(month:)': { maxLength: 7, label: 'Месяц' },
  'Mutation.recordPaymentSettlement(month:)': { maxLength: 7, label: 'Месяц' },
  'Query.mySchedule(date:)': { maxLength: 10, label: 'Дата' },
  'HelpArticleInput.title': { maxLength: MAX_HELP_TITLE, label: 'Заголовок' },
  'HelpArticleInput.body': { maxLength: MAX_HELP_BODY, label: 'Текст' },
  'HelpArticleInput.videoUrl': { maxLength: MAX_VIDEO_URL, label: 'Адрес видео' },
  'Query.catalogueProviders(after:)': { maxLength: 1000, message: 'Неверная позиция списка. Откройте список заново' },
  'NewsInput.title': { maxLength: MAX_NEWS_TITLE * 2, label: 'Заголовок' },
  'NewsInput.body': { maxLength: MAX_NEWS_BODY * 2, label: 'Текст новости' },
  'Query.myNews(after:)': { maxLength: 60, message: 'Неверная позиция списка новостей. Откройте список заново' },
  'Query.authoredNews(after:)': { maxLength: 60, message: 'Неверная позиция списка новостей. Откройте список заново' },
  'Query.upcomingEvents(after:)': {
    maxLength: 60,
    message: 'Неверная позиция списка мероприятий. Откройте список заново',
  },
  'EducationEventInput.title': { maxLength: 400, label: 'Название мероприятия' },
  'EducationEventInput.description': { maxLength: 10000, label: 'Описание' },
  'EducationEventInput.startsAt': { maxLength: 40, label: 'Дата и время начала' },
  'EducationEventInput.place': { maxLength: 1000, label: 'Место проведения' },
  'PortfolioItemInput.title': { maxLength: 600, label: 'Название достижения' },
  'PortfolioItemInput.achievedOn': { maxLength: 10, label: 'Дата' },
  'PortfolioItemInput.eventOrProgram': { maxLength: 600, label: 'Мероприятие или программа' },
  'PortfolioItemInput.fileName': { maxLength: 1000, label: 'Имя файла' },
  'Query.providerPortfolio(certificateNumber:)': { maxLength: 20, label: 'Номер сертификата' },
  'Mutation.addPortfolioItemForCertificate(certificateNumber:)': { maxLength: 20, label: 'Номер сертификата' },
  'HolderSettingsInput.representativeName': {
    maxLength: MAX_REPRESENTATIVE_NAME * 2,
    label: 'ФИО законного представителя',
  },
  'HolderSettingsInput.representativePhone': { maxLength: 30, label: 'Телефон' },
  'HolderSettingsInput.address': { maxLength: MAX_ADDRESS * 2, label: 'Удобный адрес' },
  'HolderSettingsInput.placeId': { maxLength: 36, label: 'Место занятий' },
  'Mutation.consentToPersonalDataRules(version:)': { maxLength: 50, label: 'Редакция правил' },
  'Query.verifyAttendanceCertificate(code:)': { maxLength: 100, label: 'Код справки' },
};

export function buildNavigatorSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      ProgramResolver,
      OrganizationProgramsResolver,
      CertificateAccountResolver,
      CertificateCabinetResolver,
      GroupSettingResolver,
      MunicipalityGroupSettingsResolver,
      CatalogueResolver,
      ProgramCatalogueResolver,
      ProgramGroupResolver,
      ProviderResolver,
      ContractResolver,
      ContractPaymentsResolver,
      ProtectionResolver,
      ProlongationResolver,
      ContractRatingResolver,
      ProgramRatingResolver,
      ScheduleResolver,
      HelpResolver,
      NokoResolver,
      NewsResolver,
      EducationEventResolver,
      PortfolioResolver,
      HolderSettingsResolver,
    ],
    orphanedTypes: [Organization, Municipality, Certificate],
    referenceResolvers: {
      Program: (reference, context: NavigatorContext) => findProgram(context, reference.id),
      Organization: (reference) => Organization.ref(reference.id),
      Municipality: (reference) => Municipality.ref(reference.id),
      Certificate: (reference) => findCertificate(reference),
    },
    permissions,
    inputRules,
  });
}
