import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The service table and the region's time zone are defined once, in `@pfdo/platform/services`: no source file
 * of the services, the tests or the web app (its server and its browser code alike) spells a time zone or a
 * service's default address of its own. `docker-compose.yml` is checked separately (compose.test.ts).
 */

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE_FOLDERS = [
  'gateway/src',
  'gateway/test',
  'subgraphs/certificates/src',
  'subgraphs/organizations/src',
  'subgraphs/navigator/src',
  'subgraphs/email/src',
  'packages/contracts/src',
  'packages/platform/src',
  'packages/testing/src',
  'packages/devstack/src',
  'web/app',
  'e2e/src',
];
const TABLE = 'packages/platform/src/services.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const files = SOURCE_FOLDERS.flatMap(sourceFiles).filter((file) => file !== TABLE && !file.endsWith('.test.ts'));

/** A file's code without its comments (which may well quote an address, as in an error message's example). */
function codeOf(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function filesMatching(pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(codeOf(file)));
}

describe('one service table', () => {
  it('reads the sources it checks (the web app’s among them)', () => {
    expect(files).toContain('web/app/_ui/format.ts');
    expect(files).toContain('web/app/_server/gateway-proxy.ts');
    expect(files.length).toBeGreaterThan(200);
  });

  it('names the region’s time zone only in the table', () => {
    expect(filesMatching(/['"`]Asia\/[A-Za-z_]+['"`]/)).toEqual([]);
  });

  it('spells no service’s default port as an address outside the table', () => {
    expect(filesMatching(/(localhost|127\.0\.0\.1):(3000|400[0-4]|5433|1025|1080)\b/)).toEqual([]);
  });
});
