import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The gateway imports `@pfdo/platform`'s light entry points only: starting it loads neither TypeORM nor
 * type-graphql (nor the rest of what only the subgraphs need). Checked in a process of its own, by the modules
 * Node has loaded (`require.cache`) when the gateway stops on a bad setting, after all its imports.
 */

const ROOT_DIR = path.resolve(__dirname, '../..');
// `pg` is allowed: the gateway listens on PostgreSQL for ended sessions (session-cache.ts).
const HEAVY = ['typeorm', 'type-graphql', 'graphql-shield', 'reflect-metadata'];

const MARKER = '@@loaded-modules@@';

/** The packages under node_modules that `script` has loaded by the time the process exits. */
function packagesLoadedBy(script: string, env: Record<string, string> = {}): string[] {
  const report = `
    const MARKER = ${JSON.stringify(MARKER)};
    const { writeSync } = require('node:fs');
    const exit = process.exit.bind(process);
    process.exit = (code) => {
      writeSync(1, '\\n' + MARKER + JSON.stringify(Object.keys(require.cache)) + '\\n');
      exit(code);
    };
    ${script}
  `;
  let output: string;
  try {
    output = execFileSync(process.execPath, ['-e', report], {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  // The gateway's own log lines (its refusal of the bad setting) come first on stdout, and the logger may still
  // flush a line as the process exits, after the report: the report is its own line.
  const files = JSON.parse(output.slice(output.lastIndexOf(MARKER) + MARKER.length).split('\n')[0]) as string[];
  const names = files.flatMap((file) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    return match ? [match[1]] : [];
  });
  return [...new Set(names)].sort();
}

describe('the gateway’s imports', () => {
  it('load no TypeORM, type-graphql or other subgraph-only package', () => {
    // A port that is not one: the gateway reads its settings after every import and exits with 1.
    const loaded = packagesLoadedBy(`require(${JSON.stringify(path.join(ROOT_DIR, 'gateway/dist/main.js'))});`, {
      GATEWAY_PORT: 'not-a-port',
    });
    expect(loaded).toContain('@apollo/gateway');
    for (const name of HEAVY) expect({ name, loaded: loaded.includes(name) }).toEqual({ name, loaded: false });
  });

  it('would see them: the platform’s root, the subgraphs’ entry point, loads them', () => {
    const loaded = packagesLoadedBy(`require('@pfdo/platform'); process.exit(0);`);
    expect(loaded).toEqual(expect.arrayContaining(['typeorm', 'type-graphql']));
  });
});
