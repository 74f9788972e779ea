import { APPLICATION_FORM_AUTHOR } from './application-form.pdf';
import { createFormPdf, fieldTable, paragraph, pdfToBuffer, title } from './pdf-layout';
import { formatIsoDate, formatKemerovoDate } from './pdf-text';

/** What the extract from the registry («выписка», the certificate as the parent holds it) shows. */
export interface CertificateExtractData {
  kind: 'certificate-extract';
  number: string;
  childFullName: string;
  /** YYYY-MM-DD. */
  childBirthDate: string;
  groupName: string;
  municipalityName: string;
  statusName: string;
  /** The navigator cabinet's login (the certificate number) and its new password, in the clear: never stored. */
  login: string;
  password: string;
  issuedAt: Date;
}

/** Each field of the extract at most this long: the group's name is the longest, about two lines. */
const MAX_FIELD = 300;
const clip = (value: string) => (value.length > MAX_FIELD ? `${value.slice(0, MAX_FIELD - 1)}…` : value);

/**
 * «Выписка из реестра сертификатов» (docs/domain.md §7): the certificate's number, the child, the group, the
 * municipality, and the navigator cabinet's login and new password. Rendered for the operator who set the
 * password, in that request, on the renderer's worker threads; never kept.
 */
export function renderCertificateExtractPdf(data: CertificateExtractData): Promise<Buffer> {
  const doc = createFormPdf({
    title: `Выписка из реестра сертификатов № ${data.number}`,
    author: APPLICATION_FORM_AUTHOR,
    createdAt: data.issuedAt,
  });
  title(doc, 'Выписка из реестра сертификатов дополнительного образования');
  paragraph(doc, `Сертификат дополнительного образования № ${data.number}`, { bold: true });
  fieldTable(doc, [
    { label: 'Номер сертификата', value: data.number },
    { label: 'ФИО ребёнка', value: clip(data.childFullName) },
    { label: 'Дата рождения ребёнка', value: formatIsoDate(data.childBirthDate) },
    { label: 'Муниципалитет', value: clip(data.municipalityName) },
    { label: 'Группа сертификата', value: clip(data.groupName) },
    { label: 'Статус сертификата', value: data.statusName },
  ]);
  paragraph(doc, 'Личный кабинет сертификата в навигаторе', { bold: true });
  fieldTable(doc, [
    { label: 'Логин', value: data.login },
    { label: 'Пароль', value: data.password },
  ]);
  paragraph(
    doc,
    'Сохраните пароль: он напечатан только в этой выписке. Прежний пароль больше не действует. Войти в личный ' +
      'кабинет сертификата можно на портале-навигаторе, в разделе «Навигатор».',
  );
  paragraph(doc, `Выписка сформирована ${formatKemerovoDate(data.issuedAt)}`);
  return pdfToBuffer(doc);
}
