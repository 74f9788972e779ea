import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { checkBreakingChanges, INTENDED_FILE } from './schema-breaking';
import { SUBGRAPHS } from './subgraphs';

/**
 * `node schema.js write` regenerates schema/: each subgraph's SDL from its code, the composed supergraph
 * and the API schema that partners and the web client read. `node schema.js check` fails when a checked-in
 * file differs from what the code generates, when composition fails, or when the API schema breaks what
 * partners use without saying it is intended (schema-breaking.ts).
 */
const SCHEMA_DIR = path.resolve(__dirname, '../../../schema');

async function generate(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const services = [];
  for (const module of SUBGRAPHS) {
    const { sdl } = await module.buildSchema();
    files.set(`${module.name}.graphql`, `${sdl.trim()}\n`);
    services.push({
      name: module.name,
      url: `http://localhost:${module.defaultPort}/graphql`,
      typeDefs: parse(sdl),
    });
  }
  const composition = composeServices(services);
  if (composition.errors) {
    throw new Error(`composition failed:\n${composition.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  files.set('supergraph.graphql', `${composition.supergraphSdl.trim()}\n`);
  files.set('api.graphql', `${printSchema(composition.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`);
  return files;
}

async function main(mode: string | undefined): Promise<number> {
  const files = await generate();
  if (mode === 'write') {
    for (const [name, content] of files) writeFileSync(path.join(SCHEMA_DIR, name), content);
    console.log(`schema/: wrote ${[...files.keys()].join(', ')}`);
    return 0;
  }
  if (mode === 'check') {
    const stale = [...files].filter(([name, content]) => {
      const file = path.join(SCHEMA_DIR, name);
      return !existsSync(file) || readFileSync(file, 'utf8') !== content;
    });
    const breaking = await checkBreakingChanges(SCHEMA_DIR, files.get('api.graphql')!);
    if (breaking.length > 0) {
      console.error(
        `schema/api.graphql breaks what partners may use:\n${breaking.map((line) => `  - ${line}`).join('\n')}\n` +
          `Keep the old field (deprecate it with a date), or list its path in schema/${INTENDED_FILE} with why.`,
      );
    }
    if (stale.length === 0) {
      if (breaking.length > 0) return 1;
      console.log('schema/: up to date, composition succeeds, no unintended breaking change');
      return 0;
    }
    console.error(
      `schema/ is out of date with the code: ${stale.map(([name]) => name).join(', ')}.\n` +
        'Run `npm run schema` and commit the result.',
    );
    return 1;
  }
  console.error('usage: schema.js write|check');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
