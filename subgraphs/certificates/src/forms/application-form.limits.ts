import type { ApplicationFormData } from './application-form.pdf';

/**
 * The most of each field the form prints: what its box holds, in characters. PDFKit's line breaking grows
 * faster than the text (a 4 000-letter word without a space takes seconds), so whatever the stored data,
 * the layout work of one form stays bounded; input limits are the first line of defence, this the second.
 * A value of a person's name or an address never comes near these; one that does is cut with «…».
 */
export const FORM_FIELD_LIMITS = {
  applicationNumber: 20,
  registryCode: 20,
  municipalityName: 200,
  groupName: 500,
  namePart: 100,
  birthDate: 20,
  documentTypeName: 100,
  documentSeries: 20,
  documentNumber: 40,
  documentIssueDate: 20,
  documentIssuedBy: 300,
  applicantName: 300,
  applicantEmail: 254,
  applicantPhone: 40,
  organizationName: 300,
} as const;

const ELLIPSIS = '…';

/** At most `limit` characters (code points, so that no letter is split), the last of them «…» when cut. */
export function clip(value: string, limit: number): string {
  if (value.length <= limit) return value;
  const characters = Array.from(value);
  if (characters.length <= limit) return value;
  return characters.slice(0, limit - 1).join('') + ELLIPSIS;
}

function clipOrNull(value: string | null, limit: number): string | null {
  return value === null ? null : clip(value, limit);
}

/** The form's data with every field cut to what its box holds. */
export function clipFormData(data: ApplicationFormData): ApplicationFormData {
  const limits = FORM_FIELD_LIMITS;
  return {
    applicationNumber: clip(data.applicationNumber, limits.applicationNumber),
    registryCode: clip(data.registryCode, limits.registryCode),
    createdAt: data.createdAt,
    municipalityName: clip(data.municipalityName, limits.municipalityName),
    groupName: clip(data.groupName, limits.groupName),
    child: {
      surname: clip(data.child.surname, limits.namePart),
      name: clip(data.child.name, limits.namePart),
      patronymic: clip(data.child.patronymic, limits.namePart),
      birthDate: clip(data.child.birthDate, limits.birthDate),
    },
    document: data.document && {
      typeName: clip(data.document.typeName, limits.documentTypeName),
      series: clip(data.document.series, limits.documentSeries),
      number: clip(data.document.number, limits.documentNumber),
      issueDate: clip(data.document.issueDate, limits.documentIssueDate),
      issuedBy: clip(data.document.issuedBy, limits.documentIssuedBy),
    },
    applicant: {
      fullName: clip(data.applicant.fullName, limits.applicantName),
      email: clipOrNull(data.applicant.email, limits.applicantEmail),
      phone: clipOrNull(data.applicant.phone, limits.applicantPhone),
      isChildHimself: data.applicant.isChildHimself,
    },
    organizationName:
      data.organizationName == null ? data.organizationName : clip(data.organizationName, limits.organizationName),
    // Built from the service's own setting and the number, not typed by anyone: a cut link would open nothing.
    registryLink: data.registryLink,
  };
}
