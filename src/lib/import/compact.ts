/**
 * Compact columns for an imported table: numbers in typed arrays that grow by doubling, text as
 * UTF-8 bytes. Nothing per row is an object, so a million rows cost some 100 bytes each, and every
 * column is an ArrayBuffer that moves between the worker, the page and IndexedDB without a copy
 * element by element. Cells parsed from a large piece of text are also slices of it: keeping them as
 * strings would keep the whole file's text alive; copying them to bytes lets it go.
 */

type TypedArray =
  | Uint8Array<ArrayBuffer>
  | Int16Array<ArrayBuffer>
  | Uint16Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>
  | Float32Array<ArrayBuffer>
  | Float64Array<ArrayBuffer>;

interface TypedArrayConstructor<T extends TypedArray> {
  new (length: number): T;
}

/** A typed array that grows as values are pushed; `done()` gives it cut to the values pushed. */
export class GrowableArray<T extends TypedArray> {
  private array: T;
  length = 0;

  constructor(
    private readonly Type: TypedArrayConstructor<T>,
    initial = 1024,
  ) {
    this.array = new Type(initial);
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new this.Type(this.array.length * 2);
      bigger.set(this.array as never);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }

  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

/** Strings packed as UTF-8: string i is bytes [offsets[i], offsets[i + 1]). */
export interface PackedStrings {
  bytes: Uint8Array<ArrayBuffer>;
  offsets: Uint32Array<ArrayBuffer>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class PackedStringsBuilder {
  private bytes = new Uint8Array(4096);
  private used = 0;
  private readonly offsets = new GrowableArray(Uint32Array);

  constructor() {
    this.offsets.push(0);
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  push(text: string): void {
    // at most 3 bytes per UTF-16 code unit
    const room = text.length * 3;
    if (this.used + room > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + room));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    if (text.length > 0) this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    this.offsets.push(this.used);
  }

  done(): PackedStrings {
    return { bytes: this.bytes.slice(0, this.used), offsets: this.offsets.done() };
  }
}

export function packedCount(packed: PackedStrings): number {
  return Math.max(0, packed.offsets.length - 1);
}

export function unpackOne(packed: PackedStrings, i: number): string {
  const from = packed.offsets[i];
  const to = packed.offsets[i + 1];
  if (from === undefined || to === undefined)
    throw new RangeError(`no string ${i} of ${packedCount(packed)}`);
  return from === to ? '' : decoder.decode(packed.bytes.subarray(from, to));
}

export function unpackAll(packed: PackedStrings): string[] {
  return Array.from({ length: packedCount(packed) }, (_, i) => unpackOne(packed, i));
}

export function packAll(values: readonly string[]): PackedStrings {
  const builder = new PackedStringsBuilder();
  for (const value of values) builder.push(value);
  return builder.done();
}

/** The strings of `packed` in the order `order` gives (order[k] = which string goes k-th). */
export function reorderPacked(packed: PackedStrings, order: Uint32Array): PackedStrings {
  const offsets = new Uint32Array(order.length + 1);
  const bytes = new Uint8Array(packed.bytes.length);
  let used = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const from = packed.offsets[i] as number;
    const to = packed.offsets[i + 1] as number;
    bytes.set(packed.bytes.subarray(from, to), used);
    used += to - from;
    offsets[k + 1] = used;
  }
  return { bytes, offsets };
}

/**
 * A text column where values repeat (dates, dyads, sides): each distinct value once, packed, and a
 * code per row. A new value is copied to bytes and read back, so the dictionary's key is a string of
 * its own, not a slice of the piece of file it came from.
 */
export interface CodedStrings {
  values: PackedStrings;
  codes: Uint32Array<ArrayBuffer>;
}

export class CodedStringsBuilder {
  private readonly index = new Map<string, number>();
  private readonly values = new PackedStringsBuilder();
  private readonly codes = new GrowableArray(Uint32Array);

  push(text: string): void {
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.values.count;
      this.values.push(text);
      this.index.set(decoder.decode(encoder.encode(text)), code);
    }
    this.codes.push(code);
  }

  done(): CodedStrings {
    return { values: this.values.done(), codes: this.codes.done() };
  }
}

export function decodeCoded(column: CodedStrings, row: number): string {
  const code = column.codes[row];
  if (code === undefined) throw new RangeError(`no row ${row}`);
  return unpackOne(column.values, code);
}

/** Every ArrayBuffer under `value` (typed arrays in plain objects and arrays), for a transfer list. */
export function buffersOf(value: unknown, into: ArrayBuffer[] = []): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    const buffer = value.buffer;
    if (buffer instanceof ArrayBuffer && !into.includes(buffer)) into.push(buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) buffersOf(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) buffersOf(item, into);
  }
  return into;
}
