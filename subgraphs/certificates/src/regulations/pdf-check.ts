/**
 * Whether the bytes are a PDF document, by its content and never by a file's name: the header
 * (`%PDF-1.x` or `%PDF-2.0` within the first kilobyte, as readers accept it) and the trailer parsed as a
 * reader starts: the last `startxref` before `%%EOF` gives an offset inside the file where a cross-reference
 * table (`xref`) or a cross-reference stream (`N G obj`) begins. A renamed picture, a Word file or a
 * truncated upload fails one of the three.
 */
export function isPdf(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const header = /%PDF-(1\.[0-7]|2\.0)/.exec(head);
  if (!header) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1');
  const trailers = [...tail.matchAll(/startxref[\r\n\s]+(\d{1,12})[\r\n\s]+%%EOF/g)];
  const last = trailers.at(-1);
  if (!last) return false;
  // The offsets count from the header, which may follow a few bytes of junk.
  const offset = header.index + Number(last[1]);
  if (offset <= header.index || offset >= bytes.length) return false;
  const atOffset = bytes.subarray(offset, offset + 32).toString('latin1');
  return /^xref\b/.test(atOffset) || /^\d+\s+\d+\s+obj\b/.test(atOffset);
}
