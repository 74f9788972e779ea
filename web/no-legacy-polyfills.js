// Stands in for Next.js's `polyfill-module` in the browser bundle (next.config.ts): every browser of the
// browserslist in package.json has what it patches (Array.prototype.at, Object.hasOwn, Object.fromEntries,
// String.prototype.trimStart/trimEnd, Array.prototype.flat/flatMap, Symbol.prototype.description,
// Promise.prototype.finally), and nothing in the app calls the one it has not everywhere (URL.canParse).
