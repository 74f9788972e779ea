import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * The secret that signs the gateway's credentials, when no GATEWAY_SECRET is set: `npm start` generates one
 * per machine and keeps it in its data folder, readable by its owner only, and a service started on its own
 * in development reads it from there. No secret is ever written in the source.
 */
export const GATEWAY_SECRET_FILE_NAME = 'gateway-secret';

/** The data folder of the embedded defaults (`PFDO_DATA_DIR`): `.data/` at the repository's root. */
export const DEFAULT_DATA_DIR = path.resolve(__dirname, '../../../.data');

export function gatewaySecretFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), GATEWAY_SECRET_FILE_NAME);
}

/** 32 random bytes, base64url: 43 characters. */
export function generateGatewaySecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The secret kept in `dataDir`, or null when there is none. */
export function findGatewaySecretFile(dataDir: string): string | null {
  try {
    return readFileSync(gatewaySecretFile(dataDir), 'utf8').trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Returns the secret kept in `dataDir`, generating it (mode 0600) the first time. */
export function ensureGatewaySecretFile(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = gatewaySecretFile(dataDir);
  try {
    // 'wx': created here or not at all, so a secret once kept is never replaced.
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, `${generateGatewaySecret()}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = findGatewaySecretFile(dataDir);
  if (!secret || secret.length < 32) {
    throw new Error(`${file} does not hold a secret of at least 32 characters: delete it, and a new one is generated`);
  }
  return secret;
}
