import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { create as parseFont } from 'fontkit';

/** The family names every form registers its fonts under. */
export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

/**
 * A font parsed by fontkit, which PDFKit takes as it is (a source with `layout`), instead of a file it would
 * parse again for every document: parsing the two TTFs was most of a form's render time.
 */
export type ParsedFont = PDFKit.Mixins.PDFFontSource;

export interface FormFonts {
  regular: ParsedFont;
  bold: ParsedFont;
}

let cached: FormFonts | undefined;

/**
 * DejaVu Sans, read and parsed once per thread (PDFKit's standard fonts have no Cyrillic). Each document
 * embeds its own subset of the glyphs it uses; the parsed font is only read, and keeps its glyph cache.
 */
export function getFormFonts(): FormFonts {
  if (!cached) {
    const ttf = join(findFontPackage(), 'ttf');
    const parse = (file: string) =>
      withCodePointsKept(parseFont(readFileSync(join(ttf, file))) as GlyphSource) as unknown as ParsedFont;
    cached = { regular: parse('DejaVuSans.ttf'), bold: parse('DejaVuSans-Bold.ttf') };
  }
  return cached;
}

interface GlyphSource {
  getGlyph(id: number, characters?: number[]): { codePoints: number[] } | null;
}

/**
 * fontkit caches each glyph with the characters of its first lookup (foliojs/fontkit#154, open). A composite
 * glyph's components are looked up with none: DejaVu's Cyrillic «е» is drawn with the Latin «e», so once a
 * document of the thread had «е», every later document's Latin «e» went into the PDF with no character
 * behind it (the text layer read «Kuzn tsk2026»: a password a parent copies from the extract would not work).
 * A later lookup that knows the characters gives them to the cached glyph, as the fix does.
 */
function withCodePointsKept<F extends GlyphSource>(font: F): F {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && characters.length > 0 && glyph.codePoints.length === 0) glyph.codePoints = characters;
    return glyph;
  };
  return font;
}

function findFontPackage(): string {
  try {
    return dirname(require.resolve('dejavu-fonts-ttf/package.json'));
  } catch {
    // A bundled or copied dist may sit outside the resolver's reach; walk up as Node itself would.
    for (let dir = __dirname; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', 'dejavu-fonts-ttf');
      if (existsSync(join(candidate, 'ttf', 'DejaVuSans.ttf'))) return candidate;
      if (dirname(dir) === dir) break;
    }
    throw new Error('dejavu-fonts-ttf is not installed: the PDF forms need DejaVuSans.ttf for Cyrillic text');
  }
}
