import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { anonymous, signIn, TEST_PORTS } from '@pfdo/testing';

/** A server an attacker would like the gateway to call: it records every request that reaches it. */
let trap: Server;
let trapPort = 0;
const reached: Array<{ url: string; headers: IncomingMessage['headers'] }> = [];

beforeAll(async () => {
  trap = createServer((request, response) => {
    reached.push({ url: request.url ?? '', headers: request.headers });
    response.end('trapped');
  });
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
  trapPort = (trap.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => trap.close(() => resolve()));
});

/** A raw HTTP request to the gateway with any request target, as curl's `--request-target` sends it. */
function rawRequest(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: Buffer,
): Promise<{ status: number; body: string; contentType: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port: TEST_PORTS.gateway, method, path: target, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            contentType: String(response.headers['content-type']),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function multipart(): { body: Buffer; contentType: string } {
  const boundary = `----pfdo${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    Buffer.from('89504e470d0a1a0a', 'hex'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('API7:2023 Server Side Request Forgery — the gateway calls only its configured subgraphs on fixed routes', () => {
  const id = randomUUID();
  const elsewhere = () => `127.0.0.1:${trapPort}`;
  const targets = () => [
    `http://${elsewhere()}/documents/applications/${id}/form.pdf`,
    `http://${elsewhere()}/documents/applications/x/form.pdf`,
    `//${elsewhere()}/documents/applications/${id}/form.pdf`,
    `http://user@${elsewhere()}/documents/applications/${id}/form.pdf?x=1`,
  ];

  it.each([0, 1, 2, 3])(
    'GET of the form with an absolute-form or //host target %i never leaves for another host',
    async (index) => {
      const citizen = await signIn('parent');
      const answer = await rawRequest('GET', targets()[index], { cookie: citizen.sessionCookie ?? '' });
      expect(reached).toEqual([]);
      expect(answer.contentType).toMatch(/json/);
      expect([401, 403, 404]).toContain(answer.status);
    },
  );

  it.each([0, 2, 3])(
    'POST of a scan with an absolute-form or //host target %i never leaves for another host',
    async (index) => {
      const citizen = await signIn('parent');
      const { body, contentType } = multipart();
      const target = targets()[index].replace(/\/documents\/applications\/[^/]+\/form\.pdf/, '/uploads/document-scans');
      await rawRequest(
        'POST',
        target,
        { cookie: citizen.sessionCookie ?? '', 'content-type': contentType, 'content-length': String(body.length) },
        body,
      );
      expect(reached).toEqual([]);
    },
  );

  it('refuses a form id that is not a UUID before calling anyone, with a JSON 404', async () => {
    for (const target of [
      '/documents/applications/x/form.pdf',
      '/documents/applications/..%2F..%2Fgraphql/form.pdf',
      `/documents/applications/${id}%00/form.pdf`,
    ]) {
      const answer = await rawRequest('GET', target);
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body).error.code).toBe('NOT_FOUND');
    }
    expect(reached).toEqual([]);
  });

  it('still passes a well-formed request on to the certificates subgraph', async () => {
    // An unknown application is answered by the subgraph itself («Заявление не найдено»), not by the gateway.
    const response = await (await signIn('parent')).http(`/documents/applications/${randomUUID()}/form.pdf`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Заявление не найдено');
    const upload = await anonymous().uploadScan(Buffer.from('89504e470d0a1a0a', 'hex'), 'scan.png');
    expect(upload.status).toBe(401);
    expect(reached).toEqual([]);
  });
});
