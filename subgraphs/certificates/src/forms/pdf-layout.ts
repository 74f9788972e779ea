import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, getFormFonts } from './pdf-fonts';
import { drawQrCode } from './pdf-qr';
import { DATE_BLANK, SIGNATURE_BLANK, SIGNATURE_CAPTION, SIGNATURE_NAME_CAPTION } from './pdf-text';

/** Drawing blocks shared by the printed forms: A4, 2 cm margins, DejaVu Sans. */

export type Pdf = PDFKit.PDFDocument;

const MARGIN = 57; // 2 cm
const BODY_SIZE = 9.5;
const TITLE_SIZE = 11;
const TITLE_GAP = 0.6;
const PARAGRAPH_GAP = 0.5;
const CAPTION_SIZE = 7;
const CELL_PADDING = 3;

export function createFormPdf(info: { title: string; author: string; createdAt: Date }): Pdf {
  const fonts = getFormFonts();
  // Info goes in the constructor: PDFKit derives the file ID from it, so equal data gives equal bytes.
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: info.title, Author: info.author, CreationDate: info.createdAt },
    lang: 'ru-RU',
    displayTitle: true,
  });
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  return doc.font(FONT_REGULAR).fontSize(BODY_SIZE);
}

export function pdfToBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottomLimit(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit, so a block is never split across pages. */
export function keepTogether(doc: Pdf, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

/** Heights of the fixed blocks, so a caller can measure what it is about to draw. */
export const SIGNATURE_HEIGHT = 32;
export const CUT_LINE_HEIGHT = 22;

export function titleHeight(doc: Pdf, text: string): number {
  doc.font(FONT_BOLD).fontSize(TITLE_SIZE);
  const height = doc.heightOfString(text, { width: contentWidth(doc) });
  doc.font(FONT_REGULAR).fontSize(BODY_SIZE);
  return height + TITLE_GAP * doc.currentLineHeight(true);
}

export function paragraphHeight(doc: Pdf, text: string, options: { bold?: boolean; gap?: number } = {}): number {
  doc.font(options.bold ? FONT_BOLD : FONT_REGULAR).fontSize(BODY_SIZE);
  const height = doc.heightOfString(text, { width: contentWidth(doc) });
  doc.font(FONT_REGULAR);
  return height + (options.gap ?? PARAGRAPH_GAP) * doc.currentLineHeight(true);
}

export function title(doc: Pdf, text: string): void {
  doc.font(FONT_BOLD).fontSize(TITLE_SIZE);
  doc.text(text, doc.page.margins.left, doc.y, { align: 'center', width: contentWidth(doc) });
  doc.font(FONT_REGULAR).fontSize(BODY_SIZE).moveDown(TITLE_GAP);
}

export function paragraph(doc: Pdf, text: string, options: { bold?: boolean; gap?: number } = {}): void {
  doc.font(options.bold ? FONT_BOLD : FONT_REGULAR).fontSize(BODY_SIZE);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.font(FONT_REGULAR).moveDown(options.gap ?? PARAGRAPH_GAP);
}

export interface FieldRow {
  label: string;
  value: string;
}

/** A two-column bordered table: what is asked on the left, the answer on the right. */
export function fieldTable(doc: Pdf, rows: FieldRow[]): void {
  const left = doc.page.margins.left;
  const labelWidth = Math.round(contentWidth(doc) * 0.42);
  const valueWidth = contentWidth(doc) - labelWidth;
  const textWidth = (width: number) => width - 2 * CELL_PADDING;
  doc.fontSize(BODY_SIZE).lineWidth(0.5);
  for (const row of rows) {
    doc.font(FONT_BOLD);
    const valueHeight = doc.heightOfString(row.value, { width: textWidth(valueWidth) });
    doc.font(FONT_REGULAR);
    const labelHeight = doc.heightOfString(row.label, { width: textWidth(labelWidth) });
    const height = Math.max(labelHeight, valueHeight) + 2 * CELL_PADDING;
    keepTogether(doc, height);
    const top = doc.y;
    doc
      .rect(left, top, labelWidth, height)
      .rect(left + labelWidth, top, valueWidth, height)
      .stroke();
    doc.text(row.label, left + CELL_PADDING, top + CELL_PADDING, { width: textWidth(labelWidth) });
    doc.font(FONT_BOLD).text(row.value, left + labelWidth + CELL_PADDING, top + CELL_PADDING, {
      width: textWidth(valueWidth),
    });
    doc.font(FONT_REGULAR);
    doc.y = top + height;
  }
  doc.x = left;
  doc.moveDown(0.6);
}

/** ««___» ____ 20__ г.» on the left, «____ / ____ /» on the right, captions under the blanks. */
export function dateAndSignature(doc: Pdf, lead?: string): void {
  keepTogether(doc, SIGNATURE_HEIGHT);
  const left = doc.page.margins.left;
  const right = left + contentWidth(doc);
  const top = doc.y + 6;
  doc.font(FONT_REGULAR).fontSize(BODY_SIZE);
  const signature = `${SIGNATURE_BLANK} / ${SIGNATURE_BLANK} /`;
  const signatureLeft = right - doc.widthOfString(signature);
  doc.text(lead ? `${lead}: ${DATE_BLANK}` : DATE_BLANK, left, top, { lineBreak: false });
  doc.text(signature, signatureLeft, top, { lineBreak: false });
  const blankWidth = doc.widthOfString(SIGNATURE_BLANK);
  const secondBlankLeft = signatureLeft + doc.widthOfString(`${SIGNATURE_BLANK} / `);
  const captionTop = top + doc.currentLineHeight() + 1;
  doc.fontSize(CAPTION_SIZE);
  doc.text(SIGNATURE_CAPTION, signatureLeft, captionTop, { width: blankWidth, align: 'center', lineBreak: false });
  doc.text(SIGNATURE_NAME_CAPTION, secondBlankLeft - 10, captionTop, {
    width: blankWidth + 20,
    align: 'center',
    lineBreak: false,
  });
  doc.fontSize(BODY_SIZE);
  doc.x = left;
  doc.y = captionTop + 12;
}

/** A dashed line across the page with a caption in its middle, where the slip is cut off. */
export function cutLine(doc: Pdf, caption: string): void {
  const left = doc.page.margins.left;
  const right = left + contentWidth(doc);
  const middle = doc.y + CUT_LINE_HEIGHT / 2 - 3;
  doc.fontSize(CAPTION_SIZE);
  const captionWidth = doc.widthOfString(caption) + 12;
  const captionLeft = left + (contentWidth(doc) - captionWidth) / 2;
  doc.lineWidth(0.7).dash(4, { space: 3 });
  doc.moveTo(left, middle).lineTo(captionLeft, middle).stroke();
  doc
    .moveTo(captionLeft + captionWidth, middle)
    .lineTo(right, middle)
    .stroke();
  doc.undash();
  doc.text(caption, captionLeft, middle - doc.currentLineHeight() / 2, {
    width: captionWidth,
    align: 'center',
    lineBreak: false,
  });
  doc.fontSize(BODY_SIZE);
  doc.x = left;
  doc.y = middle + CUT_LINE_HEIGHT / 2 + 3;
}

/** The side of a printed QR code: 2.5 cm, which a phone's camera reads from a desk without zooming. */
export const QR_CODE_SIZE = 71;
const QR_CODE_GAP = 10;

/**
 * A form's heading with a QR code in the top right corner: the header line and the title beside the code, in
 * the width it leaves, so that the code costs the page little height.
 */
export function titleBesideQrCode(doc: Pdf, header: string, text: string, link: string): void {
  const left = doc.page.margins.left;
  const top = doc.y;
  const width = contentWidth(doc) - QR_CODE_SIZE - QR_CODE_GAP;
  drawQrCode(doc, link, left + contentWidth(doc) - QR_CODE_SIZE, top, QR_CODE_SIZE);
  doc.fontSize(8).text(header, left, top, { width, align: 'right' });
  doc.fontSize(BODY_SIZE).moveDown(0.6);
  doc.font(FONT_BOLD).fontSize(TITLE_SIZE);
  doc.text(text, left, doc.y, { align: 'center', width });
  doc.font(FONT_REGULAR).fontSize(BODY_SIZE);
  doc.x = left;
  doc.y = Math.max(doc.y, top + QR_CODE_SIZE);
  doc.moveDown(TITLE_GAP);
}

/** A line of small print across the page. */
export function smallPrint(doc: Pdf, text: string): void {
  doc.font(FONT_REGULAR).fontSize(CAPTION_SIZE);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.fontSize(BODY_SIZE).moveDown(0.3);
}
