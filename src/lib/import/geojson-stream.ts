/**
 * Streaming GeoJSON: the members of a FeatureCollection's `features` array are cut out of the text as
 * it arrives and parsed one at a time, so a file of a million points is never one string nor one
 * object tree (reading a 263 MB file whole took the page near 2 GB). Only the top level is tracked
 * (depth, strings and their escapes, the keys `type` and `features`); each feature's own text goes
 * to JSON.parse.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The longest key or `type` value read at the top level: longer strings are not ours. */
const TOP_STRING_MAX = 64;

export class FeatureScanner {
  private buffer = '';
  /** where scanning resumes in `buffer` */
  private position = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** start in `buffer` of the top-level string being read, or -1 */
  private topStringStart = -1;
  private lastTopString: string | null = null;
  private currentKey: string | null = null;
  private inFeatures = false;
  private featuresSeen = false;
  /** start in `buffer` of the feature being read, or -1 */
  private elementStart = -1;
  /** the collection's `type`, once read */
  type: string | null = null;

  /** Whether a `features` array was found (checked at the end). */
  get sawFeatures(): boolean {
    return this.featuresSeen;
  }

  /** Feeds text; calls `emit` with each complete feature's text, in order. */
  push(text: string, emit: (featureText: string) => void): void {
    this.buffer += text;
    const buffer = this.buffer;
    const n = buffer.length;
    for (let i = this.position; i < n; i++) {
      const code = buffer.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) {
          this.inString = false;
          if (this.topStringStart >= 0) {
            const length = i - this.topStringStart - 1;
            this.lastTopString = length <= TOP_STRING_MAX ? buffer.slice(this.topStringStart + 1, i) : null;
            this.topStringStart = -1;
            if (this.currentKey === 'type' && this.depth === 1) this.type = this.lastTopString;
          }
        }
        continue;
      }
      if (code === QUOTE) {
        this.inString = true;
        if (this.depth === 1) this.topStringStart = i;
        else if (this.inFeatures && this.depth === 2 && this.elementStart < 0) this.elementStart = i;
        continue;
      }
      if (this.inFeatures && this.depth === 2) {
        // between the features: a comma or the closing bracket ends the one read
        if (code === COMMA || code === CLOSE_BRACKET) {
          if (this.elementStart >= 0) {
            emit(buffer.slice(this.elementStart, i));
            this.elementStart = -1;
          }
          if (code === CLOSE_BRACKET) {
            this.inFeatures = false;
            this.depth = 1;
            this.currentKey = null;
          }
          continue;
        }
        if (this.elementStart < 0 && !isSpace(code)) this.elementStart = i;
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (this.depth === 1 && code === OPEN_BRACKET && this.currentKey === 'features') {
          this.inFeatures = true;
          this.featuresSeen = true;
        }
        this.depth++;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.depth--;
      } else if (code === COLON && this.depth === 1) {
        this.currentKey = this.lastTopString;
      } else if (code === COMMA && this.depth === 1) {
        this.currentKey = null;
      }
    }
    // keep only what is still needed: the open feature, or the open top-level string
    const keepFrom =
      this.elementStart >= 0 ? this.elementStart : this.topStringStart >= 0 ? this.topStringStart : n;
    this.buffer = buffer.slice(keepFrom);
    this.position = n - keepFrom;
    if (this.elementStart >= 0) this.elementStart -= keepFrom;
    if (this.topStringStart >= 0) this.topStringStart -= keepFrom;
  }

  /** Characters held for an unfinished feature: a guard against a file that never closes one. */
  get heldChars(): number {
    return this.buffer.length;
  }

  /** True when the text ended inside the collection (truncated). */
  get unfinished(): boolean {
    return this.depth !== 0 || this.inString;
  }
}
