import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/**
 * Partners read `schema/api.graphql` (README, «Partners»): a change that can break a client that works today
 * (a field, type, argument or enum value removed, a type narrowed, a new required argument) fails
 * `npm run schema:check` unless its path is listed in `schema/intended-breaking-changes.txt`, one per line with
 * `#` and a reason after it. The schema is compared with the committed one at the merge base of HEAD and
 * SCHEMA_BASE_REF (`main` by default): what the branch changes, not what it committed already.
 */
export const INTENDED_FILE = 'intended-breaking-changes.txt';

/** The paths an intended-changes file lists, comments and blank lines left out. */
export function intendedPaths(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean),
  );
}

/** The breaking changes from `before` to `after` that the intended paths do not cover. */
export async function unintendedBreakingChanges(
  before: string,
  after: string,
  intended: ReadonlySet<string>,
): Promise<Change[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  return changes.filter(
    (change) => change.criticality.level === CriticalityLevel.Breaking && !(change.path && intended.has(change.path)),
  );
}

/** The committed API schema at the merge base with the base ref, or null when git cannot say (a shallow clone). */
export function baseApiSchema(repository: string, baseRef = process.env.SCHEMA_BASE_REF || 'main'): string | null {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const base = git('merge-base', 'HEAD', baseRef).trim();
    return git('show', `${base}:schema/api.graphql`);
  } catch {
    return null;
  }
}

/** Problems to report for the generated API schema, or none. */
export async function checkBreakingChanges(schemaDir: string, generatedApi: string): Promise<string[]> {
  const before = baseApiSchema(path.resolve(schemaDir, '..'));
  if (before === null) {
    console.log(
      'schema/: no base version in git to compare the API with (SCHEMA_BASE_REF); breaking changes not checked',
    );
    return [];
  }
  const intendedFile = path.join(schemaDir, INTENDED_FILE);
  const intended = intendedPaths(existsSync(intendedFile) ? readFileSync(intendedFile, 'utf8') : '');
  const breaking = await unintendedBreakingChanges(before, generatedApi, intended);
  return breaking.map((change) => `${change.path ?? '(schema)'}: ${change.message}`);
}
