import './tracing';
import { runMain } from '@pfdo/platform/config';
import { stopTracing } from '@pfdo/platform/tracing';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

runMain('gateway', async () => {
  const gateway = await startGateway(readGatewayConfig());
  const stop = async () => {
    await gateway.close();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
