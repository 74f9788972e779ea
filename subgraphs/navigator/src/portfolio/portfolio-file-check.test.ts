import { portfolioContentType } from './portfolio-file-check';

const pdf = (body = '1 0 obj\n<<>>\nendobj\n') => {
  const head = `%PDF-1.4\n${body}`;
  return Buffer.from(`${head}xref\n0 1\ntrailer\n<<>>\nstartxref\n${head.length}\n%%EOF\n`, 'latin1');
};

describe('portfolioContentType', () => {
  it.each([
    ['a PDF', pdf(), 'application/pdf'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]), 'image/jpeg'],
    ['a truncated JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), null],
    ['a GIF', Buffer.from('GIF89a....', 'latin1'), null],
    ['a PDF header without a trailer', Buffer.from('%PDF-1.4\nhello', 'latin1'), null],
    ['a text file named .pdf', Buffer.from('Диплом победителя', 'utf8'), null],
  ])('%s', (_name, bytes, expected) => {
    expect(portfolioContentType(bytes)).toBe(expected);
  });
});
