import { runMain } from './config';
import { DEFAULT_DATA_DIR, ensureGatewaySecretFile, gatewaySecretFile } from './gateway-secret';

/**
 * `node packages/platform/dist/gateway-secret-init.js`: generates the gateway secret into PFDO_DATA_DIR once
 * (docker-compose.yml runs it as a one-shot service before the others), and keeps it on later runs.
 */
runMain('gateway-secret', async () => {
  const dataDir = process.env.PFDO_DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  ensureGatewaySecretFile(dataDir);
  console.log(`the gateway secret is kept in ${gatewaySecretFile(dataDir)}`);
});
