import { EnvReader, migrate, readMigrationDeadlines } from '@pfdo/platform';
import path from 'node:path';
import { startEmbeddedPostgres } from './postgres';
import { assertPortsFree, LineSink, ManagedProcess, printLine, startNodeProcess, waitUntilHealthy } from './processes';
import { SUBGRAPHS } from './subgraphs';

export const ROOT_DIR = path.resolve(__dirname, '../../..');

export interface StackPorts {
  gateway: number;
  certificates: number;
  organizations: number;
  navigator: number;
  email: number;
  web: number;
  postgres: number;
  smtp: number;
  mailWeb: number;
}

export const DEFAULT_PORTS: StackPorts = {
  gateway: 4000,
  certificates: 4001,
  organizations: 4002,
  navigator: 4003,
  email: 4004,
  web: 3000,
  postgres: 5433,
  smtp: 1025,
  mailWeb: 1080,
};

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
  /** Load the demo data of DOMAIN.md §8 (embedded defaults only). */
  demo: boolean;
  /** Start the Next.js app too (it must have been built). */
  web: boolean;
  /** Extra environment for every service, e.g. PFDO_EXPOSE_SQL_STATS for the tests. */
  env?: Record<string, string>;
  sink?: LineSink;
}

export interface RunningStack {
  databaseUrl: string;
  smtpUrl: string;
  urls: { gateway: string; web: string | null; mail: string | null };
  /** Resolves with the name of the first service that exits on its own. */
  failed: Promise<string>;
  stop(): Promise<void>;
}

/** Brings up the whole system on one machine, in dependency order, and stops it in reverse. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { ports } = options;
  const bindHost = options.bindHost ?? '127.0.0.1';
  const sink = options.sink ?? printLine;
  const stops: Array<() => Promise<void>> = [];
  const processes: ManagedProcess[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) {
      await stopOne().catch((error: unknown) => sink('devstack', `stop failed: ${String(error)}`));
    }
    stops.length = 0;
  };

  try {
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
    if (!databaseUrl) {
      sink('postgres', `starting the embedded PostgreSQL (data in ${path.relative(ROOT_DIR, options.dataDir) || options.dataDir})`);
      const postgres = await startEmbeddedPostgres(options.dataDir, ports.postgres);
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
    }

    let smtpUrl = options.smtpUrl;
    if (!smtpUrl) {
      const maildev = startNodeProcess(
        'maildev',
        // maildev exports only its ESM entry; its command line is a file of the hoisted package.
        path.join(ROOT_DIR, 'node_modules/maildev/dist/bin/maildev.js'),
        ['--smtp', String(ports.smtp), '--web', String(ports.mailWeb), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'],
        { cwd: ROOT_DIR, env: process.env, sink },
      );
      processes.push(maildev);
      stops.push(maildev.stop);
      await waitUntilHealthy(`http://127.0.0.1:${ports.mailWeb}/api/email`, maildev);
      smtpUrl = `smtp://127.0.0.1:${ports.smtp}`;
    }

    const migrationReader = new EnvReader();
    const deadlines = readMigrationDeadlines(migrationReader);
    migrationReader.done();
    for (const module of SUBGRAPHS) {
      const dataSource = module.createDataSource(databaseUrl, { deadlines, purpose: 'migrate' });
      try {
        await migrate(dataSource, module.schema);
        if (options.demo) await module.seedDemo?.(dataSource);
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    }
    sink('devstack', `migrations applied${options.demo ? ', demo data loaded' : ''}`);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      DATABASE_URL: databaseUrl,
      SMTP_URL: options.serviceSmtpUrl ?? smtpUrl,
      GATEWAY_SECRET: options.gatewaySecret,
      BIND_HOST: bindHost,
      GATEWAY_PORT: String(ports.gateway),
      CERTIFICATES_PORT: String(ports.certificates),
      ORGANIZATIONS_PORT: String(ports.organizations),
      NAVIGATOR_PORT: String(ports.navigator),
      EMAIL_PORT: String(ports.email),
      CERTIFICATES_URL: `http://127.0.0.1:${ports.certificates}/graphql`,
      ORGANIZATIONS_URL: `http://127.0.0.1:${ports.organizations}/graphql`,
      NAVIGATOR_URL: `http://127.0.0.1:${ports.navigator}/graphql`,
      EMAIL_URL: `http://127.0.0.1:${ports.email}/graphql`,
      GATEWAY_URL: `http://127.0.0.1:${ports.gateway}`,
      WEB_URL: `http://localhost:${ports.web}`,
    };

    const services = [
      ...SUBGRAPHS.map((module) => ({
        name: module.name,
        script: path.join(ROOT_DIR, 'subgraphs', module.name, 'dist/main.js'),
        health: `http://127.0.0.1:${ports[module.name as keyof StackPorts]}/health`,
      })),
    ];
    const subgraphs = services.map((service) => {
      const started = startNodeProcess(service.name, service.script, [], { cwd: ROOT_DIR, env, sink });
      processes.push(started);
      stops.push(started.stop);
      return { started, health: service.health };
    });
    await Promise.all(subgraphs.map(({ started, health }) => waitUntilHealthy(health, started)));

    const gateway = startNodeProcess('gateway', path.join(ROOT_DIR, 'gateway/dist/main.js'), [], { cwd: ROOT_DIR, env, sink });
    processes.push(gateway);
    stops.push(gateway.stop);
    await waitUntilHealthy(`http://127.0.0.1:${ports.gateway}/health`, gateway);

    if (options.web) {
      const web = startNodeProcess(
        'web',
        require.resolve('next/dist/bin/next', { paths: [path.join(ROOT_DIR, 'web')] }),
        ['start', '-p', String(ports.web), '-H', bindHost],
        // The web app signs nothing: it does not get the gateway's secret.
        { cwd: path.join(ROOT_DIR, 'web'), env: { ...env, GATEWAY_SECRET: undefined, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, sink },
      );
      processes.push(web);
      stops.push(web.stop);
      await waitUntilHealthy(`http://127.0.0.1:${ports.web}/`, web);
    }

    const failed = Promise.race(processes.map((managed) => managed.exited.then(() => managed.name)));
    return {
      databaseUrl,
      smtpUrl,
      urls: {
        gateway: `http://localhost:${ports.gateway}/graphql`,
        web: options.web ? `http://localhost:${ports.web}` : null,
        mail: options.smtpUrl ? null : `http://localhost:${ports.mailWeb}`,
      },
      failed,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
