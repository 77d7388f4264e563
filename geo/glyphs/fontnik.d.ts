declare module 'fontnik' {
  /** Renders the glyphs of one 256-codepoint range of a font file as SDFs in MapLibre's glyph protobuf. */
  export function range(
    options: { font: Uint8Array; start: number; end: number },
    callback: (error: Error | null, pbf: Uint8Array) => void,
  ): void;
  const fontnik: { range: typeof range };
  export default fontnik;
}
