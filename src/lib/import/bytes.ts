/**
 * What a file's bytes are before they are text: the encoding (a byte-order mark, UTF-16 without one,
 * UTF-8, or Windows-1252 for files saved by older spreadsheets), or a refusal that names what the file
 * seems to be instead (a workbook, a PDF, a binary file). Also the content hash that names a dataset.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Sniffed {
  encoding: TextEncodingName;
  /** why the file is not read as text at all, or null */
  refusal: string | null;
}

/** Bytes looked at to tell text from binary and UTF-16 without a mark. */
export const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function hex(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0').toUpperCase()}`;
}

/** The encoding of a file from its first bytes, or why it cannot be a text file. */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', refusal: null };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', refusal: null };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', refusal: null };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      encoding: 'utf-8',
      refusal: 'this is a ZIP archive (an Excel .xlsx workbook is one), not a CSV: save the sheet as CSV',
    };
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      encoding: 'utf-8',
      refusal: 'this is an old Excel .xls workbook, not a CSV: save the sheet as CSV',
    };
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) {
    return { encoding: 'utf-8', refusal: 'this is a PDF, not a CSV' };
  }
  const n = Math.min(head.length, SNIFF_BYTES);
  let zerosEven = 0;
  let zerosOdd = 0;
  let firstControl = -1;
  for (let i = 0; i < n; i++) {
    const byte = head[i] as number;
    if (byte === 0) {
      if (i % 2 === 0) zerosEven++;
      else zerosOdd++;
    }
    // NUL and the C0 controls other than tab, line feed, form feed and carriage return never occur in text
    if (firstControl < 0 && byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) {
      firstControl = i;
    }
  }
  const pairs = Math.floor(n / 2);
  // ASCII text in UTF-16 has a zero in every other byte: the high byte of each character
  if (pairs >= 2 && zerosOdd >= pairs * 0.4 && zerosEven <= pairs * 0.05)
    return { encoding: 'utf-16le', refusal: null };
  if (pairs >= 2 && zerosEven >= pairs * 0.4 && zerosOdd <= pairs * 0.05)
    return { encoding: 'utf-16be', refusal: null };
  if (firstControl >= 0) {
    return {
      encoding: 'utf-8',
      refusal: `this looks like a binary file, not text: byte ${firstControl.toLocaleString('en')} is the control character ${hex(head[firstControl] as number)}`,
    };
  }
  return { encoding: 'utf-8', refusal: null };
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. A sequence cut
 * by the end of `bytes` counts as well-formed when `more` says bytes follow.
 */
export function firstInvalidUtf8(bytes: Uint8Array, more = false): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return more ? -1 : i;
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Thrown when a file read as UTF-8 holds a byte that is not; `offset` counts from the file's start. */
export class NotUtf8Error extends Error {
  constructor(readonly offset: number) {
    super(`byte ${offset.toLocaleString('en')} is not UTF-8`);
    this.name = 'NotUtf8Error';
  }
}

/** Bytes in, text out, in one encoding; UTF-8 is checked strictly so a Windows-1252 file is noticed. */
export class ByteDecoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  private carry = new Uint8Array(0);

  constructor(readonly encoding: TextEncodingName) {
    this.decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  }

  decode(chunk: Uint8Array): string {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      if (this.encoding === 'utf-8') this.keepTail(chunk);
      this.offset += chunk.byteLength;
      return text;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw new NotUtf8Error(this.locate(chunk));
    }
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw new NotUtf8Error(this.offset - this.carry.length);
    }
  }

  /** The last bytes of a chunk, so a sequence cut by a chunk boundary can be located. */
  private keepTail(chunk: Uint8Array): void {
    const joined = new Uint8Array(this.carry.length + chunk.length);
    joined.set(this.carry);
    joined.set(chunk, this.carry.length);
    this.carry = joined.slice(incompleteTailStart(joined));
  }

  private locate(chunk: Uint8Array): number {
    const joined = new Uint8Array(this.carry.length + chunk.length);
    joined.set(this.carry);
    joined.set(chunk, this.carry.length);
    const at = firstInvalidUtf8(joined, true);
    return this.offset - this.carry.length + (at < 0 ? joined.length : at);
  }
}

/** Where a UTF-8 sequence left unfinished at the end of `bytes` starts (bytes.length when none is). */
function incompleteTailStart(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let j = n - 1; j >= Math.max(0, n - 3); j--) {
    const b = bytes[j] as number;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return n;
    const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
    return n - j - 1 < need ? j : n;
  }
  return n;
}

/**
 * A 64-bit content hash fed piece by piece (two 32-bit lanes of multiply-xor, as cyrb53 does), so a
 * dataset gets the same name whatever sizes its file was read in. Not cryptographic: it names a file
 * the user already holds, it does not protect anything.
 */
export class ContentHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private length = 0;

  update(bytes: Uint8Array): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      h1 = Math.imul(h1 ^ b, 2654435761);
      h2 = Math.imul(h2 ^ b, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += bytes.length;
  }

  /** 12 hex digits: 48 bits, enough to tell a user's files apart. */
  digest(): string {
    let h1 = this.h1 ^ this.length;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const high = (h2 >>> 0).toString(16).padStart(8, '0');
    const low = (h1 >>> 0).toString(16).padStart(8, '0');
    return `${high}${low}`.slice(0, 12);
  }
}
