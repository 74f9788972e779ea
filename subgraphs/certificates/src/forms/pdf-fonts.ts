import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The family names every form registers its fonts under. */
export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

export interface FormFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: FormFonts | undefined;

/** The DejaVu Sans buffers, read once per process: PDFKit's standard fonts have no Cyrillic. */
export function getFormFonts(): FormFonts {
  if (!cached) {
    const ttf = join(findFontPackage(), 'ttf');
    cached = {
      regular: readFileSync(join(ttf, 'DejaVuSans.ttf')),
      bold: readFileSync(join(ttf, 'DejaVuSans-Bold.ttf')),
    };
  }
  return cached;
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
