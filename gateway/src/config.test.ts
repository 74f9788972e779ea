import { ConfigError } from '@pfdo/platform/config';
import { readGatewayConfig } from './config';

const SECRET = { GATEWAY_SECRET: 's'.repeat(32) };

describe('the gateway configuration', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['1', 1],
    ['2', 2],
    ['loopback', 'loopback'],
    ['10.0.0.0/8', '10.0.0.0/8'],
  ])('reads TRUST_PROXY=%s as Express reads it', (value, expected) => {
    expect(readGatewayConfig({ ...SECRET, TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('opens introspection to everyone in development and to signed-in callers in production', () => {
    expect(readGatewayConfig(SECRET).introspection).toBe('on');
    expect(readGatewayConfig({ ...SECRET, NODE_ENV: 'production' }).introspection).toBe('signed-in');
    expect(readGatewayConfig({ ...SECRET, GRAPHQL_INTROSPECTION: 'off' }).introspection).toBe('off');
  });

  it('names a bad introspection mode and a bad timeout at once', () => {
    let problems = '';
    try {
      readGatewayConfig({ ...SECRET, GRAPHQL_INTROSPECTION: 'sometimes', SUBGRAPH_TIMEOUT_MS: '0' });
    } catch (error) {
      problems = (error as ConfigError).problems.join('\n');
    }
    expect(problems).toMatch(/GRAPHQL_INTROSPECTION must be one of on, signed-in, off/);
    expect(problems).toMatch(/SUBGRAPH_TIMEOUT_MS must be a positive whole number/);
  });

  it('serves /metrics openly in development, not at all in production unless METRICS_TOKEN is set', () => {
    const production = { ...SECRET, NODE_ENV: 'production', DATABASE_URL: 'postgres://db/pfdo' };
    expect(readGatewayConfig(SECRET).metrics).toBe('open');
    expect(readGatewayConfig(production).metrics).toBe('off');
    const token = 't'.repeat(24);
    expect(readGatewayConfig({ ...production, METRICS_TOKEN: token }).metrics).toEqual({ token });
    expect(readGatewayConfig({ ...SECRET, METRICS_TOKEN: token }).metrics).toEqual({ token });
    expect(() => readGatewayConfig({ ...SECRET, METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN must be at least 16 characters/,
    );
  });
});
