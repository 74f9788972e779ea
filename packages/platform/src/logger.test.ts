import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { requestScope } from './request-scope';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(destination), lines };
}

describe('the logger', () => {
  it('writes one JSON line per event, with the level as a word and the request id of the work', () => {
    const { logger, lines } = capture();
    requestScope.run({ requestId: 'req-12345678' }, () => logger.info({ topic: 'smtp.send' }, 'event delivered'));
    logger.warn('outside of a request');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'event delivered',
        topic: 'smtp.send',
        requestId: 'req-12345678',
      }),
      expect.not.objectContaining({ requestId: expect.anything() }),
    ]);
    expect(typeof lines[0].time).toBe('string');
  });

  it('redacts personal data and secrets by key, at the top and one level down', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        email: 'ivanova@example.ru',
        password: 'секрет-123',
        variables: { input: { fullName: 'Иванова Мария' } },
        document: { series: 'II-ЛО', number: '123456' },
        headers: { cookie: 'pfdo_session=abc', 'x-pfdo-credential': 'eyJ...' },
        applicant: { fullName: 'Иванова Мария', login: 'ivanova' },
        token: 'one-time',
      },
      'submitted',
    );
    const written = JSON.stringify(lines[0]);
    for (const secret of ['ivanova', 'секрет', 'Иванова', '123456', 'II-ЛО', 'abc', 'eyJ', 'one-time'])
      expect(written).not.toContain(secret);
    expect(lines[0]).toMatchObject({ email: '[redacted]', document: { number: '[redacted]' } });
  });

  it('masks e-mail addresses in messages and in errors, where no key names them', () => {
    const { logger, lines } = capture();
    logger.warn('Recipient command failed: 550 <ivanova@example.ru> unknown');
    logger.error({ err: new Error('cannot send to petrov@mail.ru') }, 'failed');
    const written = JSON.stringify(lines);
    expect(written).not.toMatch(/ivanova@|petrov@/);
    expect(lines[0].msg).toBe('Recipient command failed: 550 <[e-mail]> unknown');
  });

  it('writes a database error without the statement’s parameters or the values of a violated key', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error('duplicate key value violates unique constraint "children_document"'), {
      query: 'INSERT INTO certificates.children (surname, name) VALUES ($1, $2)',
      parameters: ['Иванова', 'Мария'],
      detail: 'Key (series, number)=(II-ЛО, 123456) already exists.',
      driverError: { detail: 'Key (email)=(ivanova@example.ru) already exists.', parameters: ['Иванова'] },
    });
    logger.error({ err: error }, 'internal error');
    const line = JSON.stringify(lines[0]);
    for (const value of ['Иванова', 'Мария', 'II-ЛО', '123456', 'ivanova@example.ru'])
      expect(line).not.toContain(value);
    expect(line).toContain('Key (series, number)=([redacted]) already exists.');
    expect(line).toContain('INSERT INTO certificates.children');
  });
});
