/**
 * The map's tile server (`NEXT_PUBLIC_MAP_TILES_URL`, read at build time), OpenStreetMap's by default; its
 * origin is allowed in the pages' Content-Security-Policy (img-src). The attribution is the one OpenStreetMap
 * asks for; another tile server's terms may ask for another (`NEXT_PUBLIC_MAP_TILES_ATTRIBUTION`).
 */
export const MAP_TILES_URL = process.env.NEXT_PUBLIC_MAP_TILES_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export const MAP_TILES_ATTRIBUTION =
  process.env.NEXT_PUBLIC_MAP_TILES_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">участники OpenStreetMap</a>';

/** The tile server's origin, for the Content-Security-Policy; none when the setting is not a URL. */
export function mapTilesOrigin(url: string = MAP_TILES_URL): string | null {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return null;
  }
}
