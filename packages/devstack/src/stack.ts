import path from 'node:path';
import { EnvReader, migrate, readMigrationDeadlines } from '@pfdo/platform';
import { DEFAULT_PORTS, serviceUrl, SERVICES, ServicePorts, SUBGRAPH_NAMES } from '@pfdo/platform/services';
import { embeddedPostgresService, embeddedPostgresUrl } from './postgres';
import { assertPortsFree, LineSink, nodeService, printLine } from './processes';
import { SUBGRAPHS } from './subgraphs';
import { SupervisedService, Supervisor } from './supervisor';

export const ROOT_DIR = path.resolve(__dirname, '../../..');

/** Every port of the stack, by service (`@pfdo/platform/services` names them and their defaults). */
export type StackPorts = ServicePorts;

export { DEFAULT_PORTS };

export interface StackOptions {
  ports: StackPorts;
  /** Where the embedded PostgreSQL keeps its cluster. */
  dataDir: string;
  /** A real PostgreSQL instead of the embedded one. */
  databaseUrl?: string;
  /** A real SMTP server instead of the mail catcher. */
  smtpUrl?: string;
  /** How the services reach the mail catcher, when not directly (the tests put a switchable proxy between). */
  serviceSmtpUrl?: string;
  /** Signs the gateway's credentials; generated, never a constant (see @pfdo/platform's gateway-secret). */
  gatewaySecret: string;
  /** The address every service listens on; 127.0.0.1 unless said otherwise. */
  bindHost?: string;
  /** Load the demo data of docs/domain.md §8 (embedded defaults only). */
  demo: boolean;
  /** Start the Next.js app too (it must have been built). */
  web: boolean;
  /**
   * Restart a service that exits on its own (`npm start`). Test stacks leave it down instead, and report it
   * (`unexpectedExits`): a crash during a test run is a defect to see, not to paper over.
   */
  restarts?: boolean;
  /** Node flags of one service by name, e.g. `{ certificates: ['--cpu-prof'] }` (not allowed in NODE_OPTIONS). */
  nodeFlags?: Partial<Record<string, string[]>>;
  /** Extra environment for every service, e.g. PFDO_EXPOSE_SQL_STATS for the tests. */
  env?: Record<string, string>;
  sink?: LineSink;
}

export interface RunningStack {
  databaseUrl: string;
  smtpUrl: string;
  urls: { gateway: string; web: string | null; mail: string | null };
  /** Resolves with the name of the first service that goes down for good (restarts off, or given up on). */
  failed: Promise<string>;
  /** The services down for good, each with how it last exited: what a test stack reports after its run. */
  unexpectedExits(): string[];
  /** The process id of a service's current run (`gateway`, `email`, …); undefined while it is down. */
  pidOf(name: string): number | undefined;
  /** Stops every service, PostgreSQL last, with no restart from the first moment; idempotent. */
  stop(): Promise<void>;
  /** A forced stop (a second Ctrl-C): every process is ended at once. */
  kill(): void;
}

export interface Stack extends Pick<RunningStack, 'unexpectedExits' | 'pidOf' | 'stop' | 'kill'> {
  /** Brings the stack up; rejects, leaving nothing running, when a service cannot start or `stop()` came first. */
  start(): Promise<RunningStack>;
}

/**
 * The whole system on one machine, every service under a supervisor: started in dependency order, stopped
 * in reverse. With `restarts`, a service that exits on its own is restarted (see `restart-policy.ts`); without,
 * it stays down and is reported. `stop()` may be called at any moment, during the start too.
 */
export function createStack(options: StackOptions): Stack {
  const { ports } = options;
  const bindHost = options.bindHost ?? '127.0.0.1';
  const sink = options.sink ?? printLine;
  const supervisors: Supervisor[] = [];
  let stopping: Promise<void> | null = null;
  const log = (line: string) => sink('devstack', line);

  const supervise = async (service: SupervisedService, dependsOn: Supervisor[] = []) => {
    if (stopping) throw new Error('the stack was stopped while it was starting');
    const supervisor = new Supervisor(service, { restarts: options.restarts ?? false, log, dependsOn });
    supervisors.push(supervisor);
    await supervisor.start();
    log(`${service.name} is up (pid ${supervisor.pid ?? '?'})`);
    return supervisor;
  };

  const stop = () => {
    stopping ??= (async () => {
      for (const supervisor of supervisors) supervisor.freeze();
      for (const supervisor of [...supervisors].reverse()) {
        await supervisor.stop().catch((error: unknown) => log(`stopping ${supervisor.name} failed: ${String(error)}`));
      }
    })();
    return stopping;
  };

  const stack = {
    unexpectedExits: () =>
      supervisors.map((supervisor) => supervisor.unexpectedExit).filter((exit): exit is string => exit !== null),
    pidOf: (name: string) => supervisors.find((supervisor) => supervisor.name === name)?.pid,
    stop,
    kill: () => supervisors.forEach((supervisor) => supervisor.kill()),
  };

  const start = async (): Promise<RunningStack> => {
    await assertPortsFree({
      gateway: ports.gateway,
      certificates: ports.certificates,
      organizations: ports.organizations,
      navigator: ports.navigator,
      email: ports.email,
      ...(options.web && { web: ports.web }),
      ...(!options.databaseUrl && { postgres: ports.postgres }),
      ...(!options.smtpUrl && { smtp: ports.smtp, 'mail catcher': ports.mailWeb }),
    });

    let databaseUrl = options.databaseUrl;
    const databaseDependency: Supervisor[] = [];
    if (!databaseUrl) {
      sink(
        'postgres',
        `starting the embedded PostgreSQL (data in ${path.relative(ROOT_DIR, options.dataDir) || options.dataDir})`,
      );
      databaseDependency.push(await supervise(embeddedPostgresService(options.dataDir, ports.postgres, sink)));
      databaseUrl = embeddedPostgresUrl(ports.postgres);
    }

    let smtpUrl = options.smtpUrl;
    if (!smtpUrl) {
      await supervise(
        nodeService(
          'maildev',
          // maildev exports only its ESM entry; its command line is a file of the hoisted package.
          path.join(ROOT_DIR, 'node_modules/maildev/dist/bin/maildev.js'),
          ['--smtp', String(ports.smtp), '--web', String(ports.mailWeb), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'],
          { cwd: ROOT_DIR, env: process.env, sink, health: `http://127.0.0.1:${ports.mailWeb}/api/email` },
        ),
      );
      smtpUrl = `smtp://127.0.0.1:${ports.smtp}`;
    }

    const migrationReader = new EnvReader();
    const deadlines = readMigrationDeadlines(migrationReader);
    migrationReader.done();
    for (const module of SUBGRAPHS) {
      if (stopping) break;
      const dataSource = module.createDataSource(databaseUrl, { deadlines, purpose: 'migrate' });
      try {
        await migrate(dataSource, module.schema);
        if (options.demo) await module.seedDemo?.(dataSource);
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    }
    if (!stopping) sink('devstack', `migrations applied${options.demo ? ', demo data loaded' : ''}`);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      DATABASE_URL: databaseUrl,
      SMTP_URL: options.serviceSmtpUrl ?? smtpUrl,
      GATEWAY_SECRET: options.gatewaySecret,
      BIND_HOST: bindHost,
      // Each service's own port, and where the others are (the web app's URL: as a browser reaches it).
      ...Object.fromEntries(
        (['gateway', ...SUBGRAPH_NAMES] as const).flatMap((name) => [
          [SERVICES[name].portVariable, String(ports[name])],
          [SERVICES[name].urlVariable, serviceUrl(name, ports[name], '127.0.0.1')],
        ]),
      ),
      [SERVICES.web.urlVariable!]: serviceUrl('web', ports.web),
    };

    // A subgraph needs PostgreSQL to start: a restart while it is down waits for it.
    await Promise.all(
      SUBGRAPHS.map((module) =>
        supervise(
          nodeService(module.name, path.join(ROOT_DIR, 'subgraphs', module.name, 'dist/main.js'), [], {
            cwd: ROOT_DIR,
            env,
            sink,
            health: `http://127.0.0.1:${ports[module.name as keyof StackPorts]}/health`,
            nodeFlags: options.nodeFlags?.[module.name],
          }),
          databaseDependency,
        ),
      ),
    );

    await supervise(
      nodeService('gateway', path.join(ROOT_DIR, 'gateway/dist/main.js'), [], {
        cwd: ROOT_DIR,
        env,
        sink,
        health: `http://127.0.0.1:${ports.gateway}/health`,
        nodeFlags: options.nodeFlags?.gateway,
      }),
    );

    if (options.web) {
      await supervise(
        nodeService(
          'web',
          require.resolve('next/dist/bin/next', { paths: [path.join(ROOT_DIR, 'web')] }),
          ['start', '-p', String(ports.web), '-H', bindHost],
          {
            cwd: path.join(ROOT_DIR, 'web'),
            // The web app signs nothing: it does not get the gateway's secret.
            env: { ...env, GATEWAY_SECRET: undefined, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
            sink,
            health: `http://127.0.0.1:${ports.web}/`,
          },
        ),
      );
    }
    if (stopping) throw new Error('the stack was stopped while it was starting');

    return {
      ...stack,
      failed: Promise.race(supervisors.map((supervisor) => supervisor.down.then(() => supervisor.name))),
      databaseUrl,
      smtpUrl,
      urls: {
        gateway: `http://localhost:${ports.gateway}/graphql`,
        web: options.web ? `http://localhost:${ports.web}` : null,
        mail: options.smtpUrl ? null : `http://localhost:${ports.mailWeb}`,
      },
    };
  };

  return {
    ...stack,
    async start() {
      try {
        return await start();
      } catch (error) {
        await stop();
        throw error;
      }
    },
  };
}

/** Brings up the whole system (see `createStack`); rejects, leaving nothing running, if a service cannot start. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  return createStack(options).start();
}
