import { execFileSync } from 'node:child_process';

/** A PDF's text as poppler reads it, runs of whitespace collapsed so that wrapped lines read as one. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
