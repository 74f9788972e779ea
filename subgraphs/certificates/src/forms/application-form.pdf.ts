import { clipFormData } from './application-form.limits';
import {
  CUT_LINE_HEIGHT,
  Pdf,
  SIGNATURE_HEIGHT,
  createFormPdf,
  cutLine,
  dateAndSignature,
  fieldTable,
  keepTogether,
  paragraph,
  paragraphHeight,
  pdfToBuffer,
  smallPrint,
  title,
  titleBesideQrCode,
  titleHeight,
} from './pdf-layout';
import * as text from './pdf-text';

export interface ApplicationFormData {
  /** 8 digits. */
  applicationNumber: string;
  /** The certificate number (10 digits), or '' while none is issued. */
  registryCode: string;
  createdAt: Date;
  /** «г. Новокузнецк». */
  municipalityName: string;
  /** «Дети в возрасте от 5 до 18 лет, проживающие на территории …». */
  groupName: string;
  child: { surname: string; name: string; patronymic: string; birthDate: string /* YYYY-MM-DD */ };
  document: { typeName: string; series: string; number: string; issueDate: string; issuedBy: string } | null;
  applicant: { fullName: string; email: string | null; phone: string | null; isChildHimself: boolean };
  /** Where the signed form is taken, if known. */
  organizationName?: string | null;
  /**
   * The application's page in the registry cabinet, printed as a QR code for the reception organization's
   * operator (who still signs in and needs the rights), with the link written out beside it.
   */
  registryLink?: string | null;
}

export const APPLICATION_FORM_AUTHOR = 'ПФДО Кемеровской области';

/**
 * The application form a parent (or a child of 14 or more) prints, signs and takes to a reception
 * organization: the application with the tear-off slip on the first page, the consent to personal-data
 * processing on the next, in the order of the portal's own form. Every field is cut to what its box holds.
 * This is CPU work of tens of milliseconds: a service renders on its worker threads (ApplicationFormRenderer).
 */
export function renderApplicationFormPdf(form: ApplicationFormData): Promise<Buffer> {
  const data = clipFormData(form);
  const doc = createFormPdf({
    title: `Заявление № ${data.applicationNumber}`,
    author: APPLICATION_FORM_AUTHOR,
    createdAt: data.createdAt,
  });
  drawApplication(doc, data);
  drawReceptionCheck(doc, data);
  drawSlip(doc, data);
  doc.addPage();
  drawConsent(doc, data);
  return pdfToBuffer(doc);
}

function childName(data: ApplicationFormData): string {
  return text.fullName(data.child);
}

/** The stored applicant name may be empty; a child applying for himself is then named as the child. */
function applicantName(data: ApplicationFormData): string {
  const name = data.applicant.fullName.trim();
  if (name) return name;
  return data.applicant.isChildHimself ? childName(data) : text.FILL_BLANK;
}

function drawHeader(doc: Pdf, data: ApplicationFormData): void {
  const registryCode = data.registryCode || 'не присвоен';
  const header =
    `Заявка № ${data.applicationNumber} от ${text.formatKemerovoDate(data.createdAt)}    ` +
    `Реестровый код (номер сертификата): ${registryCode}`;
  if (data.registryLink) {
    titleBesideQrCode(doc, header, text.applicationTitle(data.applicationNumber), data.registryLink);
    return;
  }
  doc.fontSize(8).text(header, { align: 'right' });
  doc.fontSize(10).moveDown(0.6);
  title(doc, text.applicationTitle(data.applicationNumber));
}

function drawApplication(doc: Pdf, data: ApplicationFormData): void {
  drawHeader(doc, data);
  paragraph(doc, text.registrationRequest(data.applicant.isChildHimself, data.registryCode));
  paragraph(doc, text.CHILD_SECTION, { bold: true, gap: 0.3 });
  fieldTable(doc, [
    { label: text.CHILD_NAME_LABEL, value: childName(data) },
    { label: text.CHILD_BIRTH_DATE_LABEL, value: text.formatIsoDate(data.child.birthDate) },
    {
      label: text.CHILD_DOCUMENT_LABEL,
      value: data.document ? text.identityDocumentLine(data.document) : text.FILL_BLANK,
    },
    { label: text.CHILD_MUNICIPALITY_LABEL, value: data.municipalityName },
  ]);
  paragraph(doc, text.GROUP_REQUEST, { gap: 0.2 });
  paragraph(doc, data.groupName || text.FILL_BLANK, { bold: true, gap: 0.6 });
  drawApplicant(doc, data);
  paragraph(doc, text.RULES_ACKNOWLEDGED);
  paragraph(doc, text.CHANGES_UNDERTAKING);
  dateAndSignature(doc);
}

function drawApplicant(doc: Pdf, data: ApplicationFormData): void {
  const contacts = text.contactsLine(data.applicant.email, data.applicant.phone);
  paragraph(doc, text.APPLICANT_SECTION, { bold: true, gap: 0.3 });
  fieldTable(doc, [
    { label: text.APPLICANT_NAME_LABEL, value: applicantName(data) },
    ...(data.applicant.isChildHimself ? [{ label: text.APPLICANT_KIND_LABEL, value: text.APPLICANT_IS_CHILD }] : []),
    { label: text.APPLICANT_CONTACTS_LABEL, value: contacts || text.NOT_GIVEN },
  ]);
}

/** Filled in by the reception organization's specialist once the documents are seen. */
function drawReceptionCheck(doc: Pdf, data: ApplicationFormData): void {
  keepTogether(doc, 75 + (data.registryLink ? 20 : 0));
  doc.moveDown(0.3);
  if (data.registryLink) smallPrint(doc, text.qrCodeNote(data.registryLink));
  paragraph(doc, text.DOCUMENTS_VERIFIED, { gap: 0.3 });
  paragraph(doc, `${text.OFFICER_NAME_LABEL} ${text.FILL_BLANK}`, { gap: 0.2 });
  dateAndSignature(doc);
}

/** Cut off and handed back to the applicant as proof that the form was received. */
function drawSlip(doc: Pdf, data: ApplicationFormData): void {
  const lines = [
    text.slipReceipt(data.applicationNumber),
    `Ребенок: ${childName(data)}, ${text.formatIsoDate(data.child.birthDate)} г. р.`,
    ...(data.organizationName ? [`${text.ORGANIZATION_LABEL}: ${data.organizationName}`] : []),
  ];
  const gap = 0.3;
  const height = lines.reduce((sum, line) => sum + paragraphHeight(doc, line, { gap }), 0);
  keepTogether(doc, CUT_LINE_HEIGHT + titleHeight(doc, text.SLIP_TITLE) + height + SIGNATURE_HEIGHT);
  cutLine(doc, text.CUT_LINE_CAPTION);
  title(doc, text.SLIP_TITLE);
  for (const line of lines) paragraph(doc, line, { gap });
  dateAndSignature(doc, text.RECEIPT_DATE_LABEL);
}

function drawConsent(doc: Pdf, data: ApplicationFormData): void {
  title(doc, text.CONSENT_TITLE);
  paragraph(
    doc,
    text.consentStatement({
      applicantName: applicantName(data),
      contacts: text.contactsLine(data.applicant.email, data.applicant.phone),
      municipalityName: data.municipalityName,
      childName: childName(data),
      childBirthDate: text.formatIsoDate(data.child.birthDate),
      applicationNumber: data.applicationNumber,
      isChildHimself: data.applicant.isChildHimself,
    }),
  );
  paragraph(doc, text.CONSENT_PROCESSING, { gap: 1.5 });
  dateAndSignature(doc);
}
