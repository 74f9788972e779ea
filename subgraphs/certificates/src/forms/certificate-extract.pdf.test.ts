import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CertificateExtractData, renderCertificateExtractPdf } from './certificate-extract.pdf';

const extract = (password: string): CertificateExtractData => ({
  kind: 'certificate-extract',
  number: '4200000123',
  childFullName: 'Иванова Софья Андреевна',
  childBirthDate: '2016-04-12',
  groupName: 'Дети в возрасте от 5 до 18 лет',
  municipalityName: 'г. Новокузнецк',
  statusName: 'Активирован',
  login: '4200000123',
  password,
  issuedAt: new Date('2026-11-30T08:00:00Z'),
});

/** The PDF's text layer, as a reader copies it (pdftotext). */
function textOf(pdf: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'extract-test-'));
  try {
    const file = join(folder, 'extract.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the extract’s text layer', () => {
  it('carries a Latin password after a document with Cyrillic letters drawn from Latin ones (fontkit#154)', async () => {
    // «Кузнецк2026»: DejaVu's Cyrillic «е» is a composite of the Latin «e», which the font caches as it subsets.
    expect(textOf(await renderCertificateExtractPdf(extract('Кузнецк2026')))).toContain('Кузнецк2026');
    const text = textOf(await renderCertificateExtractPdf(extract('Kuznetsk2026')));
    expect(text).toContain('Kuznetsk2026');
    expect(text).toContain('Иванова Софья Андреевна');
  });
});
