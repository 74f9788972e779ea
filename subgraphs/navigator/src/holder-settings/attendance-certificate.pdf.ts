import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

export interface AttendanceEnrollmentLine {
  program: string;
  organization: string;
  group: string;
  startsOn: string;
  endsOn: string;
}

export interface AttendanceCertificatePdf {
  certificateNumber: string;
  enrollments: AttendanceEnrollmentLine[];
  issuedAt: Date;
  verifyUrl: string;
}

const fontsDir = () => join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** «2026-09-01» → «01.09.2026». */
const russianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

const issuedDate = (moment: Date) =>
  new Intl.DateTimeFormat('ru-RU', { timeZone: REGION_TIME_ZONE, dateStyle: 'short' }).format(moment);

/** The QR code as a PNG: qrcode's own renderer, 4 modules of quiet zone, level M (survives a fold on paper). */
const qrPng = (text: string) => QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });

/**
 * «Справка о посещении кружков» (seed 002 §8): A4, DejaVu Sans (Cyrillic), the certificate's number, its current
 * enrollments (program, organization, group, term) and a QR code with the address of the public page that
 * verifies it. No child's name: the navigator does not keep it, and the paper is shown with the certificate.
 */
export async function renderAttendanceCertificatePdf(data: AttendanceCertificatePdf): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 57,
    info: { Title: 'Справка о посещении кружков', Author: 'АИС «ПФДО»', CreationDate: data.issuedAt },
    lang: 'ru-RU',
  });
  doc.registerFont('regular', join(fontsDir(), 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fontsDir(), 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(14).text('Справка о посещении кружков', { align: 'center' });
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10.5);
  doc.text(`Сертификат дополнительного образования № ${data.certificateNumber}`);
  doc.text(`Дата выдачи справки: ${issuedDate(data.issuedAt)}`);
  doc.moveDown(0.6);
  doc.text('По сертификату действуют следующие зачисления на программы дополнительного образования:');
  doc.moveDown(0.4);
  data.enrollments.forEach((line, index) => {
    doc.font('bold').text(`${index + 1}. ${line.program}`);
    doc.font('regular');
    doc.text(`Организация: ${line.organization}`, { indent: 14 });
    doc.text(`Группа: ${line.group}`, { indent: 14 });
    doc.text(`Срок обучения: с ${russianDate(line.startsOn)} по ${russianDate(line.endsOn)}`, { indent: 14 });
    doc.moveDown(0.4);
  });
  doc.moveDown(0.6);
  doc.text('Справка сформирована в АИС «Персонифицированное финансирование дополнительного образования».');
  doc.text('Подлинность справки можно проверить по QR-коду или по адресу:');
  doc.text(data.verifyUrl);
  doc.moveDown(0.5);
  doc.image(await qrPng(data.verifyUrl), { fit: [140, 140] });
  doc.end();
  return done;
}
