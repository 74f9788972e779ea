import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, EnvReader, readServiceConfig } from './config';
import { ensureGatewaySecretFile } from './gateway-secret';

describe('configuration', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('works on a fresh machine with the development defaults, the secret being the one `npm start` keeps', () => {
    const secret = ensureGatewaySecretFile(dataDir);
    const reader = new EnvReader({ PFDO_DATA_DIR: dataDir });
    const config = readServiceConfig(reader, 'CERTIFICATES_PORT', 4001);
    reader.done();
    expect(config).toMatchObject({
      port: 4001,
      bindHost: '127.0.0.1',
      production: false,
      exposeSqlStats: false,
      gatewaySecret: secret,
    });
    expect(config.databaseUrl).toMatch(/^postgres:\/\//);
  });

  it('names every bad variable at once', () => {
    const reader = new EnvReader({ CERTIFICATES_PORT: '99999', DATABASE_URL: 'mysql://x', GATEWAY_SECRET: 'short' });
    readServiceConfig(reader, 'CERTIFICATES_PORT', 4001);
    expect(() => reader.done()).toThrow(ConfigError);
    try {
      reader.done();
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems).toEqual([
        'CERTIFICATES_PORT must be a TCP port (1-65535), got "99999"',
        'DATABASE_URL must be a postgres or postgresql URL, got "mysql://x"',
        'GATEWAY_SECRET must be at least 32 characters long',
      ]);
    }
  });

  it('demands the database and the secret in production', () => {
    const reader = new EnvReader({ NODE_ENV: 'production' });
    readServiceConfig(reader, 'CERTIFICATES_PORT', 4001);
    expect(() => reader.done()).toThrow(/DATABASE_URL is required[\s\S]*GATEWAY_SECRET is required/);
  });
});

describe('API8:2023 Security Misconfiguration: the gateway secret and the bind address', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start in development with neither GATEWAY_SECRET nor a kept secret, naming GATEWAY_SECRET', () => {
    const reader = new EnvReader({ PFDO_DATA_DIR: dataDir });
    readServiceConfig(reader, 'CERTIFICATES_PORT', 4001);
    expect(() => reader.done()).toThrow(/GATEWAY_SECRET is required: set it, or run `npm start` once/);
  });

  it('prefers GATEWAY_SECRET to the kept secret', () => {
    ensureGatewaySecretFile(dataDir);
    const reader = new EnvReader({ PFDO_DATA_DIR: dataDir, GATEWAY_SECRET: 's'.repeat(32) });
    expect(readServiceConfig(reader, 'CERTIFICATES_PORT', 4001).gatewaySecret).toBe('s'.repeat(32));
    reader.done();
  });

  it('never reads the kept secret in production mode', () => {
    ensureGatewaySecretFile(dataDir);
    const reader = new EnvReader({
      NODE_ENV: 'production',
      PFDO_DATA_DIR: dataDir,
      DATABASE_URL: 'postgres://db/pfdo',
    });
    readServiceConfig(reader, 'CERTIFICATES_PORT', 4001);
    expect(() => reader.done()).toThrow(/GATEWAY_SECRET is required in production mode/);
  });

  it('listens on 127.0.0.1 unless BIND_HOST says otherwise, and checks BIND_HOST', () => {
    expect(new EnvReader({}).bindHost()).toBe('127.0.0.1');
    expect(new EnvReader({ BIND_HOST: '0.0.0.0' }).bindHost()).toBe('0.0.0.0');
    const reader = new EnvReader({ BIND_HOST: 'every where' });
    reader.bindHost();
    expect(() => reader.done()).toThrow(/BIND_HOST must be an IP address or a host name/);
  });
});
