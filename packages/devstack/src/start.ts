import path from 'node:path';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  ensureGatewaySecretFile,
  EnvReader,
  gatewaySecretFile,
  runMain,
} from '@pfdo/platform';
import { SERVICES } from '@pfdo/platform/services';
import { RunningSchedule, startBackupSchedule } from './backup/schedule';
import { readBackupSchedule } from './backup/settings';
import { createStack, ROOT_DIR, StackPorts } from './stack';

/**
 * `npm start`: everything on one machine. With no configuration it runs an embedded PostgreSQL (data in
 * .data/), the maildev mail catcher and the demo data; DATABASE_URL and SMTP_URL switch to real servers.
 * Without GATEWAY_SECRET it generates a random secret once and keeps it in .data/gateway-secret (mode 0600).
 */
function readStartConfig() {
  const reader = new EnvReader();
  const ports = Object.fromEntries(
    Object.entries(SERVICES).map(([name, service]) => [name, reader.port(service.portVariable, service.defaultPort)]),
  ) as StackPorts;
  const databaseUrl = process.env.DATABASE_URL ? reader.url('DATABASE_URL', ['postgres', 'postgresql']) : undefined;
  const smtpUrl = process.env.SMTP_URL ? reader.url('SMTP_URL', ['smtp', 'smtps']) : undefined;
  const dataDir = path.resolve(reader.string('PFDO_DATA_DIR', path.join(ROOT_DIR, '.data')));
  const bindHost = reader.bindHost();
  const web = reader.boolean('PFDO_START_WEB', true);
  const production = reader.production;
  // Set, it is checked like every service checks it; in production it must be set.
  const gatewaySecret = process.env.GATEWAY_SECRET?.trim() || production ? reader.gatewaySecret() : null;
  const backups = readBackupSchedule(reader);
  reader.done();
  if (production && !databaseUrl)
    throw new Error('production mode needs DATABASE_URL: the embedded PostgreSQL is for development');
  return {
    ports,
    databaseUrl,
    smtpUrl,
    dataDir,
    bindHost,
    web,
    gatewaySecret,
    backups,
    demo: !databaseUrl && !production,
  };
}

function banner(urls: { gateway: string; web: string | null; mail: string | null }, demo: boolean): string {
  const lines = ['', 'ПФДО: реестр сертификатов дополнительного образования запущен'];
  if (urls.web) {
    lines.push(
      `  Сайт:                      ${urls.web}`,
      `    Личный кабинет граждан:  ${urls.web}/cabinet`,
      `    Реестр сертификатов:     ${urls.web}/registry`,
      `    Навигатор:               ${urls.web}/navigator`,
    );
  }
  lines.push(`  GraphQL (шлюз):            ${urls.gateway}`);
  if (urls.mail) lines.push(`  Почта (maildev):           ${urls.mail}`);
  if (demo) {
    lines.push('', `Демо-учётные записи (пароль у всех: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) {
      lines.push(`  ${account.login.padEnd(22)} ${account.role.padEnd(19)} ${account.description}`);
    }
  }
  lines.push('', 'Остановить: Ctrl-C', '');
  return lines.join('\n');
}

/**
 * The devstack supervises its services (a crashed one is restarted, see restart-policy.ts) and stops them
 * all on Ctrl-C or SIGTERM, at any moment, the start included: PostgreSQL last, whichever postmaster owns
 * the data folder by then; it then says «stopped» and exits with 0. A second Ctrl-C ends every process at
 * once and exits with 130.
 */
runMain('devstack', async () => {
  const config = readStartConfig();
  const started = Date.now();
  let gatewaySecret = config.gatewaySecret;
  if (!gatewaySecret) {
    gatewaySecret = ensureGatewaySecretFile(config.dataDir);
    console.log(`[devstack] the gateway secret is kept in ${gatewaySecretFile(config.dataDir)}`);
  }
  const stack = createStack({
    ports: config.ports,
    dataDir: path.join(config.dataDir, 'postgres'),
    databaseUrl: config.databaseUrl,
    smtpUrl: config.smtpUrl,
    gatewaySecret,
    bindHost: config.bindHost,
    demo: config.demo,
    web: config.web,
    restarts: true,
  });

  let backups: RunningSchedule | null = null;
  let stopped: Promise<never> | null = null;
  const onSignal = (name: string) => {
    if (stopped) {
      console.log(`\n[devstack] ${name} again: ending every process at once`);
      stack.kill();
      process.exit(130);
    }
    console.log(`\n[devstack] ${name}: stopping every service… (${name} again to force)`);
    stopped = Promise.resolve(backups?.stop())
      .then(() => stack.stop())
      .then(() => {
        console.log('[devstack] stopped');
        process.exit(0);
      });
  };
  process.on('SIGINT', () => onSignal('Ctrl-C'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  try {
    const running = await stack.start();
    console.log(banner(running.urls, config.demo));
    console.log(`[devstack] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (config.backups && !stopped) {
      backups = startBackupSchedule(config.backups, running.databaseUrl, !config.databaseUrl, (line) =>
        console.log(`[backup] ${line}`),
      );
    }
  } catch (error) {
    // Stopped while starting: the stop says «stopped» and exits.
    if (stopped) return stopped;
    throw error;
  }
});
