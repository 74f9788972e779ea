import { REGION_TIME_ZONE } from '@pfdo/platform/services';
/**
 * The wording of the application form and the consent, after the form a parent downloads from the citizen
 * portal (docs/domain.md §7). Phrases that depend on the data are functions; the rest are constants.
 */

export const REGION_GENITIVE = 'Кемеровской области';

export const APPLICATION_TITLE =
  'ЗАЯВЛЕНИЕ О ПРЕДОСТАВЛЕНИИ СЕРТИФИКАТА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ И РЕГИСТРАЦИИ В РЕЕСТРЕ СЕРТИФИКАТОВ ' +
  'ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ';

export const CONSENT_TITLE = 'СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ';
export const SLIP_TITLE = 'Отрывной талон';
export const CUT_LINE_CAPTION = 'линия отреза';

export const DATE_BLANK = '«___» ____________ 20__ г.';
export const SIGNATURE_BLANK = '_______________';
export const SIGNATURE_CAPTION = '(подпись)';
export const SIGNATURE_NAME_CAPTION = '(расшифровка подписи)';
export const FILL_BLANK = '________________________________';

export const CHILD_SECTION = 'Сведения о ребенке, которому предоставляется сертификат:';
export const CHILD_NAME_LABEL = 'Фамилия, имя, отчество (при наличии) ребенка';
export const CHILD_BIRTH_DATE_LABEL = 'Дата рождения ребенка';
export const CHILD_DOCUMENT_LABEL = 'Документ, удостоверяющий личность ребенка';
export const CHILD_MUNICIPALITY_LABEL = 'Место проживания ребенка (муниципальное образование)';

export const GROUP_REQUEST =
  'Прошу предоставить сертификат дополнительного образования, предусмотренный для следующей категории детей:';

export const APPLICANT_SECTION = 'Сведения о заявителе:';
export const APPLICANT_NAME_LABEL = 'Фамилия, имя, отчество (при наличии) заявителя';
export const APPLICANT_CONTACTS_LABEL = 'Контактная информация';
export const APPLICANT_KIND_LABEL = 'Заявитель';
export const APPLICANT_IS_CHILD = 'ребенок, достигший 14 лет, подает заявление самостоятельно';
export const NOT_GIVEN = 'не указана';

export const RULES_ACKNOWLEDGED =
  'С Правилами персонифицированного финансирования дополнительного образования детей в Кемеровской области, ' +
  'порядком предоставления и использования сертификата дополнительного образования ознакомлен(а).';

export const CHANGES_UNDERTAKING =
  'Обязуюсь уведомлять уполномоченный орган Кемеровской области посредством личного обращения, по телефону ' +
  'или через информационные ресурсы уполномоченной организации об изменении предоставленных сведений.';

export const DOCUMENTS_VERIFIED =
  'Сведения, указанные заявителем в заявлении, подтверждены соответствующими документами.';
export const OFFICER_NAME_LABEL = 'Фамилия, имя, отчество (при наличии) специалиста';
export const ORGANIZATION_LABEL = 'Организация по приему заявлений';
export const RECEIPT_DATE_LABEL = 'Дата приема заявления';

/** Under the reception organization's check: what the QR code of the first page opens, and the link itself. */
export function qrCodeNote(link: string): string {
  return (
    'QR-код в начале заявления открывает эту заявку в личном кабинете организации по приему заявлений ' +
    `(после входа, при наличии прав на заявку), номер вводить не нужно. Ссылка QR-кода: ${link}`
  );
}

export const CONSENT_PROCESSING =
  'Предоставляю право осуществлять обработку с использованием средств автоматизации или без использования ' +
  'таких средств, включая сбор, запись, систематизацию, накопление, хранение, уточнение (обновление, ' +
  'изменение), извлечение, использование, передачу третьим лицам, обезличивание, блокирование, удаление, ' +
  'уничтожение персональных данных. Данное Согласие действует с момента подписания и до истечения сроков, ' +
  'установленных действующим законодательством Российской Федерации, а также может быть отозвано по ' +
  'письменному заявлению.';

export function applicationTitle(applicationNumber: string): string {
  return `${APPLICATION_TITLE} № ${applicationNumber}`;
}

export function registrationRequest(isChildHimself: boolean, registryCode: string): string {
  const who = isChildHimself
    ? 'Прошу зарегистрировать меня'
    : 'Прошу зарегистрировать указанного ниже ребенка, родителем (законным представителем) которого я являюсь,';
  const code = registryCode ? `, реестровый код № ${registryCode}` : '';
  return `${who} в реестре сертификатов дополнительного образования ${REGION_GENITIVE}${code}.`;
}

export function slipReceipt(applicationNumber: string): string {
  return `Заявление о предоставлении сертификата дополнительного образования № ${applicationNumber} принято.`;
}

export interface ConsentSubject {
  applicantName: string;
  contacts: string;
  municipalityName: string;
  childName: string;
  childBirthDate: string;
  applicationNumber: string;
  isChildHimself: boolean;
}

/** The consent's first paragraph: who consents, to whose data, for which application. */
export function consentStatement(s: ConsentSubject): string {
  const contacts = s.contacts ? `контактные данные: ${s.contacts}, ` : '';
  const person = s.isChildHimself
    ? `Я, ${s.applicantName}, ${s.childBirthDate} г. р., ${contacts}`
    : `Я, ${s.applicantName}, ${contacts}`;
  const whose = s.isChildHimself
    ? 'на обработку моих персональных данных,'
    : `на обработку моих персональных данных и персональных данных ребенка ${s.childName}, ` +
      `${s.childBirthDate} г. р., родителем (законным представителем) которого я являюсь,`;
  return (
    `${person}проживающий(ая) на территории муниципального образования «${s.municipalityName}» ` +
    `${REGION_GENITIVE}, в соответствии с требованиями статьи 9 Федерального закона от 27.07.2006 г. ` +
    `№ 152-ФЗ «О персональных данных» даю свое согласие ${whose} указанных в заявлении о предоставлении ` +
    `сертификата дополнительного образования № ${s.applicationNumber}, в целях обеспечения организации ` +
    `персонифицированного учета в системе дополнительного образования ${REGION_GENITIVE}.`
  );
}

export function fullName(person: { surname: string; name: string; patronymic: string }): string {
  return [person.surname, person.name, person.patronymic]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

export function contactsLine(email: string | null, phone: string | null): string {
  return [email && `эл. почта: ${email}`, phone && `телефон: ${phone}`].filter(Boolean).join(', ');
}

export function identityDocumentLine(document: {
  typeName: string;
  series: string;
  number: string;
  issueDate: string;
  issuedBy: string;
}): string {
  return [
    document.typeName,
    document.series && `серия ${document.series}`,
    document.number && `№ ${document.number}`,
    document.issueDate && `дата выдачи ${formatIsoDate(document.issueDate)}`,
    document.issuedBy && `кем выдан: ${document.issuedBy}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** «2012-02-01» → «01.02.2012»; anything else is printed as given rather than guessed at. */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDate;
}

const kemerovoDate = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** A moment as the day it was in Kemerovo oblast (UTC+7), whatever the server's time zone. */
export function formatKemerovoDate(moment: Date): string {
  return kemerovoDate.format(moment);
}
