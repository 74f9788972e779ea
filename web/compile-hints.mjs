// After `next build` (package.json's build script): marks every browser chunk for eager compilation with V8's
// explicit compile hint, the magic comment `//# allFunctionsCalledOnLoad` on a file's first line (Chrome and
// Edge 136+; other browsers read a comment). Without it V8 compiles a function on its first call, on the main
// thread: on a signed-in page that was most of the time the hydration blocked the page (Lighthouse's profile:
// V8.CompileCode and V8.ParseFunction 2.5 s of 5.2 s at its 4× CPU slowdown). With it, V8 compiles the whole
// file on a background thread while the file streams in. A chunk here is a route's JavaScript, which runs as
// the route loads (React, Next.js's runtime, Apollo, the route's components): most of its functions are
// called at once, which is when the hint pays (README, «The web app: server-rendered pages, one request each»).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HINT = '//# allFunctionsCalledOnLoad\n';
const chunks = path.join(import.meta.dirname, '.next', 'static', 'chunks');

let marked = 0;
for (const entry of readdirSync(chunks, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = path.join(entry.parentPath, entry.name);
  const source = readFileSync(file, 'utf8');
  if (source.startsWith(HINT)) continue;
  writeFileSync(file, HINT + source);
  marked += 1;
}
console.log(`compile hints: ${marked} chunks in ${path.relative(process.cwd(), chunks)} marked for eager compilation`);
