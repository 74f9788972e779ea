/** fontkit (PDFKit's font engine) ships no types; the one function the forms call. */
declare module 'fontkit' {
  /** Parses a TrueType/OpenType file into a font object PDFKit embeds as it is. */
  export function create(buffer: Buffer, postscriptName?: string): unknown;
}
