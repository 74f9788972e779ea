import { createServer as createHttpServer, Server as HttpServer } from 'node:http';
import { connect, createServer, Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of the mail catcher's SMTP port that the tests can switch off and on: while off,
 * nothing listens, so the e-mail subgraph meets a real outage (connection refused). Nothing in it is SMTP:
 * the outbox relay's test puts one in front of PostgreSQL (`up()` and `down()` without the control port).
 */
export class SmtpSwitch {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private control: HttpServer | null = null;

  constructor(
    private readonly listenPort: number,
    private readonly targetPort: number,
    private readonly controlPort: number,
  ) {}

  async start(): Promise<void> {
    await this.up();
    this.control = createHttpServer((request, response) => {
      const action = request.url === '/down' ? this.down() : request.url === '/up' ? this.up() : null;
      if (!action) {
        response.writeHead(404).end();
        return;
      }
      action.then(
        () => response.writeHead(204).end(),
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
    await new Promise<void>((resolve) => this.control!.listen(this.controlPort, '127.0.0.1', resolve));
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.listenPort, '127.0.0.1', resolve));
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async stop(): Promise<void> {
    await this.down();
    await new Promise<void>((resolve) => (this.control ? this.control.close(() => resolve()) : resolve()));
  }
}
