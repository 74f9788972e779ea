import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { domainError, ErrorCode } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { regionToday } from '../catalogue/catalogue-search';
import { NavigatorContext } from '../context';
import { AttendanceEnrollmentLine, renderAttendanceCertificatePdf } from './attendance-certificate.pdf';
import { AttendanceCertificateIssue, AttendanceEnrollment, AttendanceVerification } from './holder-settings.type';

/** 32 random bytes, base64url: 43 characters no one can guess; only its SHA-256 is stored. */
const newCode = () => randomBytes(32).toString('base64url');
const hashOf = (code: string) => createHash('sha256').update(code, 'utf8').digest();
const CODE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const verifyPathOf = (code: string) => `/verify/${code}`;

/**
 * «Справка о посещении кружков»: the certificate's current enrollments (confirmed requests and contracts in
 * force), frozen into a new certificate of attendance with a fresh unguessable code, every earlier one revoked,
 * audited, in one transaction with the certificate's copy locked; then the PDF with the QR code of its public
 * check. A certificate with no current enrollment gets no paper.
 */
export async function issueAttendanceCertificate(context: NavigatorContext): Promise<AttendanceCertificateIssue> {
  const certificateId = context.identity!.userId;
  const code = newCode();
  const issuedAt = context.now();
  const { number, enrollments } = await context.dataSource.transaction(async (manager) => {
    const [copy]: Array<{ number: string }> = await manager.query(
      `SELECT number FROM navigator.registered_certificates WHERE certificate_id = $1 FOR UPDATE`,
      [certificateId],
    );
    if (!copy) {
      throw domainError(
        ErrorCode.CertificateNotInNavigator,
        'Данные сертификата ещё не поступили в навигатор из реестра сертификатов: справка пока недоступна',
      );
    }
    const lines: AttendanceEnrollmentLine[] = await manager.query(
      `SELECT p.title AS program, card.name AS organization, g.name AS "group",
              to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn"
         FROM navigator.contracts c
         JOIN navigator.programs p ON p.id = c.program_id
         JOIN navigator.program_groups g ON g.id = c.group_id
         JOIN navigator.provider_cards card ON card.organization_id = c.organization_id
        WHERE c.certificate_id = $1 AND c.status IN ('CONFIRMED', 'ACTIVE') AND c.ends_on >= $2::date
        ORDER BY c.starts_on, p.title, c.id`,
      [certificateId, regionToday(issuedAt)],
    );
    if (lines.length === 0) {
      throw domainError(
        ErrorCode.NoCurrentEnrollments,
        'По сертификату нет действующих зачислений: справку о посещении кружков сформировать нельзя',
      );
    }
    const [, revoked] = (await manager.query(
      `UPDATE navigator.attendance_certificates SET revoked_at = $2 WHERE certificate_id = $1 AND revoked_at IS NULL`,
      [certificateId, issuedAt],
    )) as [unknown, number];
    const id = randomUUID();
    await manager.query(
      `INSERT INTO navigator.attendance_certificates (id, certificate_id, code_hash, certificate_number, enrollments, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, certificateId, hashOf(code), copy.number, JSON.stringify(lines), issuedAt],
    );
    await writeAudit(manager, context.caller, {
      action: 'ATTENDANCE_CERTIFICATE_ISSUED',
      subjectId: certificateId,
      after: { attendanceCertificateId: id, enrollments: lines.length, revoked },
    });
    return { number: copy.number, enrollments: lines };
  });
  const verifyPath = verifyPathOf(code);
  const pdf = await renderAttendanceCertificatePdf({
    certificateNumber: number,
    enrollments,
    issuedAt,
    verifyUrl: new URL(verifyPath, context.webUrl).toString(),
  });
  return Object.assign(new AttendanceCertificateIssue(), { pdfBase64: pdf.toString('base64'), verifyPath, issuedAt });
}

const unknownCode = () =>
  Object.assign(new AttendanceVerification(), {
    genuine: false,
    revoked: false,
    certificateNumber: null,
    issuedAt: null,
    enrollments: [],
  });

/**
 * The public check of a certificate of attendance by its code: genuine (issued here and not revoked), revoked, or
 * unknown; what the paper says, nothing more.
 */
export async function verifyAttendanceCertificate(
  context: NavigatorContext,
  code: string,
): Promise<AttendanceVerification> {
  if (!CODE_PATTERN.test(code)) return unknownCode();
  const [row]: Array<{
    certificate_number: string;
    enrollments: AttendanceEnrollmentLine[];
    issued_at: Date;
    revoked_at: Date | null;
  }> = await context.dataSource.query(
    `SELECT certificate_number, enrollments, issued_at, revoked_at
       FROM navigator.attendance_certificates WHERE code_hash = $1`,
    [hashOf(code)],
  );
  if (!row) return unknownCode();
  return Object.assign(new AttendanceVerification(), {
    genuine: row.revoked_at === null,
    revoked: row.revoked_at !== null,
    certificateNumber: row.certificate_number,
    issuedAt: row.issued_at,
    enrollments: row.enrollments.map((line) => Object.assign(new AttendanceEnrollment(), line)),
  });
}
