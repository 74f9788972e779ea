import QRCode from 'qrcode';
import type { Pdf } from './pdf-layout';

/** The light margin a reader needs around a QR code, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * Draws `text` as a QR code `size` points square, its quiet zone included, with the top left corner at (x, y).
 * Vector squares, one rectangle per run of dark modules in a row: sharp at any printer's resolution and a few
 * hundred bytes in the file. Level M (15 % of the code may be lost) survives a fold or a smudge on paper.
 */
export function drawQrCode(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 2 * QUIET_ZONE);
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      doc.rect(x + (QUIET_ZONE + start) * cell, y + (QUIET_ZONE + row) * cell, (column - start) * cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
