import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { PermanentDeliveryError } from '@pfdo/platform';
import { smtpSender } from './smtp-sender';

/**
 * A small SMTP server that answers RCPT TO as told, so that the sender meets the refusals real servers
 * send: 550 (no such mailbox: for good) and 450 (mailbox busy: later). It keeps what it was given.
 */
function smtpServer(rcptReply: string) {
  const received: string[] = [];
  const connections = { opened: 0, open: 0 };
  const server: Server = createServer((socket) => {
    connections.opened += 1;
    connections.open += 1;
    socket.on('close', () => (connections.open -= 1));
    let buffer = '';
    let inData = false;
    socket.write('220 test.local ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            socket.write('250 2.0.0 queued\r\n');
          } else {
            received.push(line);
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250-test.local\r\n250 8BITMIME\r\n');
        else if (command === 'MAIL') socket.write('250 2.1.0 ok\r\n');
        else if (command === 'RCPT') socket.write(`${rcptReply}\r\n`);
        else if (command === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => socket.destroy());
  });
  return {
    received,
    connections,
    start: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
      ),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

const mail = (to: string, extra: { oneClickUnsubscribe?: string } = {}) => ({
  id: randomUUID(),
  topic: 'smtp.send',
  attempts: 1,
  payload: { to, subject: 'Тема', text: 'Текст', html: '<p>Текст</p>', ...extra },
});

async function sendThrough(rcptReply: string, to = 'parent@example.ru', extra: { oneClickUnsubscribe?: string } = {}) {
  const server = smtpServer(rcptReply);
  const port = await server.start();
  const event = mail(to, extra);
  const sender = smtpSender(`smtp://127.0.0.1:${port}`, 'noreply@pfdo42.ru');
  try {
    const outcome = await sender.send(event).then(
      () => null,
      (error: unknown) => error,
    );
    return { outcome, received: server.received, event };
  } finally {
    sender.close();
    await server.stop();
  }
}

describe('sending an e-mail of the outbox', () => {
  it('carries the outbox event id as its Message-ID, the same on every attempt', async () => {
    const { outcome, received, event } = await sendThrough('250 2.1.5 ok');
    expect(outcome).toBeNull();
    expect(received).toContain(`Message-ID: <${event.id}@pfdo.local>`);
  });

  it('carries RFC 8058 one-click unsubscribe headers when the e-mail may be turned off, and none otherwise', async () => {
    const url = 'http://localhost:3000/unsubscribe/one-click?token=v1.abc';
    const optional = await sendThrough('250 2.1.5 ok', 'parent@example.ru', { oneClickUnsubscribe: url });
    // Header lines as a mail program reads them: a folded line goes on after CRLF and a space.
    const headers = optional.received
      .join('\r\n')
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n');
    expect(headers).toContain(`List-Unsubscribe: <${url}>`);
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const mandatory = await sendThrough('250 2.1.5 ok');
    expect(mandatory.received.join('\n')).not.toMatch(/List-Unsubscribe/i);
  });

  it('is refused for good by a 5xx for its recipient', async () => {
    const { outcome } = await sendThrough('550 5.1.1 <parent@example.ru>: mailbox unavailable');
    expect(outcome).toBeInstanceOf(PermanentDeliveryError);
    expect((outcome as Error).message).toMatch(/550 5\.1\.1/);
  });

  it('is refused for good with no recipient at all', async () => {
    const { outcome } = await sendThrough('250 2.1.5 ok', '');
    expect(outcome).toBeInstanceOf(PermanentDeliveryError);
    expect((outcome as Error).message).toMatch(/No recipients defined/);
  });

  it('is tried again after a 4xx, or when the server cannot be reached', async () => {
    const { outcome } = await sendThrough('450 4.2.1 mailbox busy, try later');
    expect(outcome).toBeInstanceOf(Error);
    expect(outcome).not.toBeInstanceOf(PermanentDeliveryError);

    const closed = smtpServer('250 ok');
    const port = await closed.start();
    await closed.stop();
    const sender = smtpSender(`smtp://127.0.0.1:${port}`, 'noreply@pfdo42.ru');
    const refused = await sender.send(mail('parent@example.ru')).then(
      () => null,
      (error: unknown) => error,
    );
    sender.close();
    expect((refused as { code?: string }).code).toBe('ESOCKET');
    expect(refused).not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('sends many e-mails at once over at most as many connections as it was given, and closes them on stop', async () => {
    const server = smtpServer('250 2.1.5 ok');
    const port = await server.start();
    const sender = smtpSender(`smtp://127.0.0.1:${port}`, 'noreply@pfdo42.ru', 3);
    try {
      const events = Array.from({ length: 12 }, (_, index) => mail(`parent${index}@example.ru`));
      await Promise.all(events.map((event) => sender.send(event)));
      for (const event of events) expect(server.received).toContain(`Message-ID: <${event.id}@pfdo.local>`);
      expect(server.connections.opened).toBeGreaterThanOrEqual(1);
      expect(server.connections.opened).toBeLessThanOrEqual(3);
      sender.close();
      for (let waited = 0; server.connections.open > 0 && waited < 5_000; waited += 50) await sleep(50);
      expect(server.connections.open).toBe(0);
    } finally {
      sender.close();
      await server.stop();
    }
  });
});
