import { ConfigError, EnvReader, readServiceConfig } from './config';

describe('configuration', () => {
  it('works on a fresh machine with the development defaults', () => {
    const reader = new EnvReader({});
    const config = readServiceConfig(reader, 'CERTIFICATES_PORT', 4001);
    reader.done();
    expect(config).toMatchObject({ port: 4001, production: false, exposeSqlStats: false });
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
