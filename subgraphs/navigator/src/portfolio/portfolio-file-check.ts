/** 5 MB: a scanned diploma or a phone's photo of it. */
export const MAX_PORTFOLIO_FILE_BYTES = 5 * 1024 * 1024;

export type PortfolioContentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PDF as readers accept it (the certificates subgraph's regulation check): the `%PDF-` header within the first
 * kilobyte, and a trailer whose `startxref` points at a cross-reference table or stream inside the file.
 */
export function isPdf(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const header = /%PDF-(1\.[0-7]|2\.0)/.exec(head);
  if (!header) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1');
  const last = [...tail.matchAll(/startxref[\r\n\s]+(\d{1,12})[\r\n\s]+%%EOF/g)].at(-1);
  if (!last) return false;
  const offset = header.index + Number(last[1]);
  if (offset <= header.index || offset >= bytes.length) return false;
  const atOffset = bytes.subarray(offset, offset + 32).toString('latin1');
  return /^xref\b/.test(atOffset) || /^\d+\s+\d+\s+obj\b/.test(atOffset);
}

/** The file's type by its content (magic bytes), never by its name; null when it is none of the three. */
export function portfolioContentType(bytes: Buffer): PortfolioContentType | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG)) return 'image/png';
  // JPEG: SOI then a marker (FF D8 FF), and the EOI (FF D9) near the end, so a truncated upload is refused.
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const tail = bytes.subarray(Math.max(0, bytes.length - 64));
    return tail.includes(Buffer.from([0xff, 0xd9])) ? 'image/jpeg' : null;
  }
  return isPdf(bytes) ? 'application/pdf' : null;
}
