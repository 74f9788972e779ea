import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureGatewaySecretFile, gatewaySecretFile } from './gateway-secret';

describe('API8:2023 Security Misconfiguration: the gateway secret `npm start` keeps', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'pfdo-secret-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is generated once, random, readable by its owner only, and kept across starts', () => {
    const dataDir = path.join(root, 'data');
    const first = ensureGatewaySecretFile(dataDir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(gatewaySecretFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(ensureGatewaySecretFile(dataDir)).toBe(first);
    expect(ensureGatewaySecretFile(path.join(root, 'another'))).not.toBe(first);
  });

  it('is made private again when its mode was loosened', () => {
    ensureGatewaySecretFile(root);
    chmodSync(gatewaySecretFile(root), 0o644);
    ensureGatewaySecretFile(root);
    expect(statSync(gatewaySecretFile(root)).mode & 0o777).toBe(0o600);
  });

  it('is refused when the file holds too short a secret', () => {
    writeFileSync(gatewaySecretFile(root), 'short\n', { mode: 0o600 });
    expect(() => ensureGatewaySecretFile(root)).toThrow(/at least 32 characters/);
  });
});
