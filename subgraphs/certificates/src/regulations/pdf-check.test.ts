import PDFDocument from 'pdfkit';
import { isPdf } from './pdf-check';

function renderPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument();
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.text('Положение о персонифицированном дополнительном образовании');
    document.end();
  });
}

describe('isPdf', () => {
  it('accepts a PDF as a PDF writer makes it', async () => {
    expect(isPdf(await renderPdf())).toBe(true);
  });

  it('refuses a picture, plain text and a Word document, whatever they would be called', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const docx = Buffer.from('504b030414000600', 'hex');
    expect(isPdf(png)).toBe(false);
    expect(isPdf(docx)).toBe(false);
    expect(isPdf(Buffer.from('Положение о ПДО', 'utf8'))).toBe(false);
  });

  it('refuses a file that only starts like a PDF', () => {
    expect(isPdf(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n', 'latin1'))).toBe(false);
  });

  it('refuses a truncated upload of a real PDF', async () => {
    const pdf = await renderPdf();
    expect(isPdf(pdf.subarray(0, Math.floor(pdf.length / 2)))).toBe(false);
  });

  it('refuses a trailer that points outside the file or at nothing', () => {
    const outside = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\nstartxref\n999999\n%%EOF\n', 'latin1');
    const nowhere = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\nstartxref\n3\n%%EOF\n', 'latin1');
    expect(isPdf(outside)).toBe(false);
    expect(isPdf(nowhere)).toBe(false);
  });
});
