// Whether automatic persisted queries would pay off for the web app (issue 13, part B): the request body of each
// of the web's operations as Apollo Client sends it (the document with __typename added, the operation's own
// fragments) against the body with the SHA-256 alone. Prints the figures; `node scripts/apq-request-bytes.mjs`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit } from 'graphql';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.graphql') ? [path] : [];
  });
}

const definitions = filesUnder('web/app').flatMap((file) => parse(readFileSync(file, 'utf8')).definitions);
const fragments = new Map(
  definitions.filter((node) => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]),
);

/** The operation and every fragment it spreads, transitively, as one document. */
function documentOf(operation) {
  const used = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (!used.has(name) && fragments.has(name)) {
          used.set(name, fragments.get(name));
          collect(fragments.get(name));
        }
      },
    });
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
}

/** Apollo Client adds __typename to every selection set but the operation's root. */
const withTypename = (document) =>
  visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename'))
        return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });

const rows = definitions
  .filter((node) => node.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => {
    const query = print(withTypename(documentOf(operation)));
    const operationName = operation.name?.value ?? null;
    const full = Buffer.byteLength(JSON.stringify({ operationName, variables: {}, query }));
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const hashed = Buffer.byteLength(
      JSON.stringify({ operationName, variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    );
    return { operationName, full, hashed };
  })
  .sort((a, b) => b.full - a.full);

const sorted = rows.map((row) => row.full).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
console.log(`operations: ${rows.length}`);
console.log(`request body with the document: median ${median} B, largest ${sorted.at(-1)} B, smallest ${sorted[0]} B`);
console.log(
  `request body with the hash alone: ${rows[0].hashed} B for the largest (all between ${Math.min(...rows.map((r) => r.hashed))} and ${Math.max(...rows.map((r) => r.hashed))} B)`,
);
console.log(`all operations once: ${total('full')} B with documents, ${total('hashed')} B with hashes`);
console.log('largest five:');
for (const row of rows.slice(0, 5)) console.log(`  ${row.operationName}: ${row.full} B → ${row.hashed} B`);
