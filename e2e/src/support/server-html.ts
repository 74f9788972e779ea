/** Reading a page's HTML as the server sends it: what a browser shows before any script runs. */

/** The text of an HTML fragment: tags dropped, the entities React writes decoded, white space collapsed. */
export const decodeHtml = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of every h1 inside the HTML's <main>, in order. */
export function headingsOf(html: string): string[] {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return [...main.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => decodeHtml(match[1]));
}
