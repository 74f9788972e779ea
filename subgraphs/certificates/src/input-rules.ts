import type { InputRule, InputRules } from '@pfdo/platform';

/**
 * How much of each text field this subgraph accepts: what the paper application form (docs/domain.md §7) and the
 * document it copies hold, with room for the unusual but real. An ID or a String not named here gets the
 * platform's default (an id: 100 characters; other text: one line of 255). Dates are checked as dates.
 * The services keep their own, finer rules (letters only in names, 6 digits in a passport number …).
 */

/** A part of a person's name: the longest Russian double-barrelled surnames run to 30–40 letters. */
const namePart = (label: string): InputRule => ({ maxLength: 100, label });
/** A date on a form, written YYYY-MM-DD (the web's date inputs send that). */
const date = (label: string): InputRule => ({ maxLength: 20, label, date: true });

/** A document's series: «I-ЛО» or «VIII-МЮ» on a birth certificate, 4 digits on a passport, at most 20 on others. */
const series = (label: string): InputRule => ({ maxLength: 20, label });
/** A document's number: 6 digits on a birth certificate or passport, at most 30 on others. */
const number = (label: string): InputRule => ({ maxLength: 30, label });
/**
 * «Место выдачи»: a registry office's or police department's full name, e.g. «Отдел ЗАГС Новокузнецкого
 * городского округа Кемеровской области – Кузбасса», rarely over 150 characters; three lines of the form.
 */
const issuedBy: InputRule = { maxLength: 300, label: 'Место выдачи' };
/** An e-mail address: at most 254 characters (RFC 5321, the longest path a mail server accepts). */
const email: InputRule = { maxLength: 254, message: 'Адрес электронной почты указан неверно' };
/** Application numbers are 8 digits, certificate numbers 10; room for spaces someone typed between groups. */
const registryNumber = (label: string): InputRule => ({ maxLength: 20, label });

export const certificatesInputRules: InputRules = {
  'Query.applicationRegister(after:)': { maxLength: 100, message: 'Неверный курсор страницы' },
  'Query.application(number:)': registryNumber('Номер заявки'),
  'Query.certificateRegister(after:)': { maxLength: 100, message: 'Неверный курсор страницы' },
  'Query.certificate(number:)': registryNumber('Номер сертификата'),
  'CertificateSearchInput.number': registryNumber('Номер сертификата'),
  'CertificateSearchInput.surname': namePart('Фамилия'),
  'CertificateSearchInput.name': namePart('Имя'),
  'CertificateSearchInput.patronymic': namePart('Отчество'),
  'ApplicationSearchInput.applicationNumber': registryNumber('Номер заявки'),
  'ApplicationSearchInput.certificateNumber': registryNumber('Номер сертификата'),
  'ApplicationSearchInput.surname': namePart('Фамилия'),
  'ApplicationSearchInput.name': namePart('Имя'),
  'ApplicationSearchInput.patronymic': namePart('Отчество'),
  'ApplicationSearchInput.birthDate': date('Дата рождения'),
  'ApplicationSearchInput.documentSeries': series('Серия документа'),
  'ApplicationSearchInput.documentNumber': number('Номер документа'),

  'CreateApplicationInput.certificateNumber': registryNumber('Номер сертификата'),
  // One person's full name on one line of the form: three name parts of usual length fit many times over.
  'CreateApplicationInput.applicantName': { maxLength: 200, label: 'ФИО заявителя' },
  'CreateApplicationInput.applicantEmail': email,
  // One or two numbers in any usual notation, with an extension: «8 (3843) 45-25-48 доб. 123».
  'CreateApplicationInput.applicantPhone': { maxLength: 40, label: 'Телефон' },
  'CertificateChangeRequestInput.applicantPhone': { maxLength: 40, label: 'Телефон' },
  'Mutation.setMunicipalCitizenNotice(activationNotice:)': { maxLength: 2000, label: 'Порядок активации' },
  'Mutation.setMunicipalCitizenNotice(supportPhones:)': { maxLength: 500, label: 'Телефоны поддержки' },
  'ChildDataInput.surname': namePart('Фамилия'),
  'ChildDataInput.name': namePart('Имя'),
  'ChildDataInput.patronymic': namePart('Отчество'),
  'ChildDataInput.birthDate': date('Дата рождения'),
  'DocumentDataInput.series': series('Серия'),
  'DocumentDataInput.number': number('Номер'),
  'DocumentDataInput.issueDate': date('Дата выдачи'),
  'DocumentDataInput.issuedBy': issuedBy,

  'AddChildDocumentInput.series': series('Серия'),
  'AddChildDocumentInput.number': number('Номер'),
  'AddChildDocumentInput.issueDate': date('Дата выдачи документа'),
  'AddChildDocumentInput.issuedBy': issuedBy,
  // «Комментарий» to a document, and a refusal's reason: a paragraph, what an operator writes by hand.
  'AddChildDocumentInput.comment': { maxLength: 1000, label: 'Комментарий' },
  'Mutation.refuseApplication(reason:)': { maxLength: 1000, label: 'Причина отказа' },
  'Mutation.submitApplication(email:)': email,
  'Query.certificateAtHand(number:)': registryNumber('Номер сертификата'),
  'Query.certificatesNotSentToNavigator(after:)': { maxLength: 100, message: 'Неверный курсор страницы' },
  'Mutation.resendCertificatesToNavigator(after:)': { maxLength: 100, message: 'Неверный курсор страницы' },
  // A freeze's reason cites the municipal regulation: a paragraph, as a refusal's.
  'Mutation.freezeCertificate(reason:)': { maxLength: 1000, label: 'Причина' },
  // The service says what a password must be (8 to 64 characters); this only bounds what reaches it.
  'Mutation.issueMyCertificateExtract(currentPassword:)': { maxLength: 256, label: 'Текущий пароль' },
  'Mutation.issueCertificateExtract(password:)': { maxLength: 64, label: 'Новый пароль' },
  'Mutation.issueCertificateExtract(passwordRepeat:)': { maxLength: 64, label: 'Повторите пароль' },
  // «Описание группы сертификатов»: a few paragraphs (the service keeps the same limit after trimming).
  'Mutation.editCertificateGroup(description:)': { maxLength: 2000, label: 'Описание' },
  // «Пакетные обработки»: a certificate number per line of the form; the service allows 1 000 of them.
  'StartGroupChangeInput.certificateNumbers': registryNumber('Номер сертификата'),
  'Municipality.groupChangeJobs(after:)': { maxLength: 100, message: 'Неверный курсор страницы' },
  'GroupChangeJob.refusals(after:)': { maxLength: 100, message: 'Неверный курсор страницы' },
};
