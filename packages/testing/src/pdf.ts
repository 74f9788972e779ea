import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * A small, well-formed PDF of one page (header, objects, a cross-reference table with the right offsets, the
 * trailer), for tests that upload a document PDF readers and the registry's check accept. `label` goes into
 * the page's text (latin letters and digits), so that two PDFs differ.
 */
export function tinyPdf(label = 'test'): Buffer {
  const text = label.replace(/[^A-Za-z0-9 .-]/g, '');
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * The QR codes printed on a PDF's pages, read the way a phone reads paper: poppler rasterizes each page at
 * `dpi` (150 is an office scanner's; a 2.5 cm code then has about 3 pixels a module), jsQR finds and decodes
 * the code in the bitmap. One text per page, or null for a page without a readable code.
 */
export function pdfQrCodes(pdf: Buffer, dpi = 150): Array<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'pfdo-qr-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((name) => name.startsWith('page') && name.endsWith('.png'))
      .sort();
    return pages.map((name) => {
      const image = PNG.sync.read(readFileSync(join(dir, name)));
      const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
      return jsQR(pixels, image.width, image.height)?.data ?? null;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
