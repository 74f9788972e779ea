import path from 'node:path';
import { startTracing } from '@pfdo/platform/tracing';

/**
 * The OpenTelemetry packages are loaded at run time from the web app's own dependencies: Next bundles this
 * file, so they are resolved from the web app's folder (the working directory of `next start`), not from the
 * bundle's.
 */
export function startWebTracing(): void {
  startTracing('web', process.env, path.join(process.cwd(), 'package.json'));
}
