#!/usr/bin/env node
/**
 * Where a `node --cpu-prof` profile's time went: self time by function and by package, busy time only
 * (idle and the garbage collector listed apart).
 *
 *   node scripts/cpu-profile-top.js <file.cpuprofile> [rows=25]
 */
const { readFileSync } = require('node:fs');

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/cpu-profile-top.js <file.cpuprofile> [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
for (let index = 0; index < profile.samples.length; index += 1) {
  const id = profile.samples[index];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const functions = new Map();
const packages = new Map();
let idle = 0;
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id);
  if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') {
    idle += micros;
    continue;
  }
  const where = callFrame.url.replace(/^file:\/\//, '');
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
    (where.startsWith('node:') || !where
      ? 'node (built-in)'
      : where.replace(/.*\/(gateway|subgraphs\/\w+|packages\/\w+)\/.*/, '$1'));
  const key = `${callFrame.functionName || '(anonymous)'}  ${where.replace(/.*node_modules\//, '')}:${callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + micros);
  packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
}
const busy = total - idle;
const ms = (micros) => (micros / 1000).toFixed(0).padStart(7);
const pct = (micros) => `${((100 * micros) / busy).toFixed(1).padStart(5)} %`;
console.log(`${file}: ${ms(total)} ms sampled, ${ms(busy)} ms busy (idle and (program) ${ms(idle)} ms)\n`);
console.log('self time by package (of busy time)');
for (const [name, micros] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`${ms(micros)} ms ${pct(micros)}  ${name}`);
console.log('\nself time by function (of busy time)');
for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`${ms(micros)} ms ${pct(micros)}  ${name}`);
