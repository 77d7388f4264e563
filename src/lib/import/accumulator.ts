/**
 * Builds the imported table row by row as records stream in, so a large file is never held whole:
 * each row is checked, classified and placed as it arrives, and only compact columns grow (typed
 * arrays and UTF-8 bytes, see compact.ts): no object per row is kept.
 */
import type { EventSource } from '../../../geo/attacks/types.ts';
import type { TextEncodingName } from './bytes.ts';
import {
  ACLED_RULES,
  classifyAcled,
  isUncountedAcledType,
  readAcledHeader,
  validateAcledRow,
} from './acled.ts';
import {
  IMPORT_ACTORS,
  IMPORT_CATEGORIES,
  classById,
  classifyImported,
  type RowClass,
} from './categories.ts';
import {
  CodedStringsBuilder,
  GrowableArray,
  PackedStringsBuilder,
  reorderPacked,
  unpackAll,
  type CodedStrings,
} from './compact.ts';
import { detectHeader, type DetectedFormat, type FormatFamily } from './formats.ts';
import { placementKind, type Placer } from './placement.ts';
import type {
  Geography,
  ImportError,
  ImportFormat,
  ImportResult,
  ImportSummary,
  ImportedEvents,
} from './types.ts';
import {
  cleanHeader,
  isBlankRow,
  isHxlRow,
  readHeader,
  validateRow,
  type RowCheck,
  type ValidRow,
} from './validate-row.ts';

export type RecordProblem = Omit<ImportError, 'row'>;

/** Errors and warnings kept for display; the totals are still counted past it. */
export const ERROR_LIMIT = 500;

export const USER_SOURCE_ID = 'user-import';

/** UCDP's (Gleditsch and Ward's) country code and name for Pakistan: a global GED file is cut to these rows. */
export const PAKISTAN_COUNTRY_ID = '770';
export const PAKISTAN_COUNTRY_NAME = 'pakistan';

export function userSource(fileName: string): EventSource {
  return {
    id: USER_SOURCE_ID,
    name: fileName,
    version: '',
    licence: 'as licensed by the source of your file',
    citation: `Your file "${fileName}", read on this device; nothing was uploaded.`,
  };
}

/** ~11 m, as in the shipped table: finer than any GED location. */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

interface CountryFilter {
  column: number;
  keep: string;
  label: string;
}

/** Rows of other countries are passed over when the header has UCDP's country_id (or country) column. */
function countryFilterOf(names: readonly string[]): CountryFilter | null {
  const id = names.indexOf('country_id');
  if (id >= 0)
    return { column: id, keep: PAKISTAN_COUNTRY_ID, label: `country_id ${PAKISTAN_COUNTRY_ID} (Pakistan)` };
  const name = names.indexOf('country');
  if (name >= 0) return { column: name, keep: PAKISTAN_COUNTRY_NAME, label: 'country Pakistan' };
  return null;
}

class EventColumnsBuilder {
  readonly ucdpId = new GrowableArray(Int32Array);
  readonly year = new GrowableArray(Uint16Array);
  readonly category = new GrowableArray(Uint8Array);
  readonly actor = new GrowableArray(Uint8Array);
  readonly district = new GrowableArray(Int16Array);
  readonly province = new GrowableArray(Int16Array);
  readonly wherePrec = new GrowableArray(Uint8Array);
  readonly datePrec = new GrowableArray(Uint8Array);
  readonly best = new GrowableArray(Float64Array);
  readonly low = new GrowableArray(Float64Array);
  readonly high = new GrowableArray(Float64Array);
  readonly lon = new GrowableArray(Float64Array);
  readonly lat = new GrowableArray(Float64Array);
  readonly date = new CodedStringsBuilder();
  readonly sourceRow = new GrowableArray(Uint32Array);
  readonly typeOfViolence = new GrowableArray(Uint8Array);
  readonly dyad = new CodedStringsBuilder();
  readonly sideA = new CodedStringsBuilder();
  readonly sideB = new CodedStringsBuilder();
  readonly dateEnd = new CodedStringsBuilder();
  readonly headline = new PackedStringsBuilder();
  readonly where = new PackedStringsBuilder();
  readonly snappedKm = new GrowableArray(Float32Array);

  get count(): number {
    return this.ucdpId.length;
  }

  /** The columns sorted by date then id, as the shipped table is. */
  done(geography: Geography): ImportedEvents {
    const count = this.count;
    const ids = this.ucdpId.done();
    const date = this.date.done();
    // rank of each distinct date, so rows sort by one number per row
    const dates = unpackAll(date.values);
    const byDate = dates
      .map((_, i) => i)
      .sort((a, b) => ((dates[a] as string) < (dates[b] as string) ? -1 : 1));
    const rank = new Uint32Array(dates.length);
    byDate.forEach((code, r) => (rank[code] = r));
    const keys = new Float64Array(count);
    // ids are below 2^31 and unique; ranks below 2^21: the key is exact in a double
    for (let i = 0; i < count; i++)
      keys[i] = (rank[date.codes[i] as number] as number) * 2 ** 31 + (ids[i] as number);
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    order.sort((a, b) => (keys[a] as number) - (keys[b] as number));
    const take = <
      T extends
        | Int32Array<ArrayBuffer>
        | Uint8Array<ArrayBuffer>
        | Uint16Array<ArrayBuffer>
        | Int16Array<ArrayBuffer>
        | Uint32Array<ArrayBuffer>
        | Float32Array<ArrayBuffer>
        | Float64Array<ArrayBuffer>,
    >(
      values: T,
    ): T => {
      const out = new (values.constructor as new (n: number) => T)(count);
      for (let k = 0; k < count; k++) out[k] = values[order[k] as number] as number;
      return out;
    };
    const coded = (column: CodedStrings): CodedStrings => ({
      values: column.values,
      codes: take(column.codes),
    });
    return {
      count,
      districtIds: [...geography.districtIds],
      provinceIds: [...geography.provinceIds],
      ucdpId: take(ids),
      year: take(this.year.done()),
      category: take(this.category.done()),
      actor: take(this.actor.done()),
      district: take(this.district.done()),
      province: take(this.province.done()),
      wherePrec: take(this.wherePrec.done()),
      datePrec: take(this.datePrec.done()),
      best: take(this.best.done()),
      low: take(this.low.done()),
      high: take(this.high.done()),
      lon: take(this.lon.done()),
      lat: take(this.lat.done()),
      date: coded(date),
      sourceRow: take(this.sourceRow.done()),
      typeOfViolence: take(this.typeOfViolence.done()),
      dyad: coded(this.dyad.done()),
      sideA: coded(this.sideA.done()),
      sideB: coded(this.sideB.done()),
      dateEnd: coded(this.dateEnd.done()),
      headline: reorderPacked(this.headline.done(), order),
      where: reorderPacked(this.where.done(), order),
      snappedKm: take(this.snappedKm.done()),
    };
  }
}

export interface FinishInfo {
  format: ImportFormat;
  bytes: number;
  datasetId?: string;
  encoding?: TextEncodingName;
  encodingNote?: string | null;
}

type RowReaderFn = (cells: readonly string[], row: number) => RowCheck;

/** Each ACLED rule's class, looked up once; null for the rules of event types that are not counted. */
const ACLED_RULE_CLASSES: (RowClass | null)[] = ACLED_RULES.map((rule) =>
  rule.shownAs ? classById(rule.shownAs.category, rule.shownAs.actor) : null,
);

export class ImportAccumulator {
  private readRow: RowReaderFn | null = null;
  /** the category and actor group of a valid row, by the rules of the file's kind */
  private classify: (valid: ValidRow) => RowClass = (valid) =>
    classifyImported(valid.typeOfViolence, valid.dyad);
  /** a row the format counts apart without checking it (an ACLED protest), by rule; null: none */
  private uncounted: ((cells: readonly string[]) => number | null) | null = null;
  private detected: DetectedFormat | null = null;
  private expectedCells = 0;
  private fatal: ImportError | null = null;
  private firstDataRow = true;
  private droppedHxlRow = false;
  private country: CountryFilter | null = null;
  private readonly columns = new EventColumnsBuilder();
  private readonly seenIds = new Map<number, number>();
  private readonly districtIndex: Map<string, number>;
  private readonly provinceIndex: Map<string, number>;
  private readonly errors: ImportError[] = [];
  private errorCount = 0;
  private readonly warnings: ImportError[] = [];
  private warningCount = 0;
  readonly summary: ImportSummary = {
    rows: 0,
    valid: 0,
    invalid: 0,
    assignedDistrict: 0,
    provinceOnly: 0,
    nationalOnly: 0,
    outside: 0,
    unclassified: 0,
    snapped: 0,
    otherCountries: 0,
    countryFilter: null,
    notCounted: 0,
    byRule: [],
  };

  constructor(
    private readonly fileName: string,
    private readonly place: Placer,
    private readonly geography: Geography,
    private readonly errorLimit = ERROR_LIMIT,
  ) {
    this.districtIndex = new Map(geography.districtIds.map((id, i) => [id, i]));
    this.provinceIndex = new Map(geography.provinceIds.map((id, i) => [id, i]));
  }

  /** True once the file cannot be read further; the caller stops feeding records. */
  get stopped(): boolean {
    return this.fatal !== null;
  }

  /**
   * Reads the header: tells the file's kind from it (among `allowed`), then finds that kind's
   * columns. False, with a fatal error, when the kind is unknown or a required column is missing.
   */
  header(cells: readonly string[], allowed: readonly FormatFamily[] = ['ucdp', 'acled']): boolean {
    const names = cleanHeader(cells);
    const detection = detectHeader(names, this.fileName, allowed);
    if ('refusal' in detection) {
      this.stop({
        row: 1,
        field: '(file)',
        message: detection.refusal,
        value: names.join(',').slice(0, 200),
      });
      return false;
    }
    this.detected = detection.format;
    const expected = cells.length;
    if (detection.format.family === 'acled') {
      const check = readAcledHeader(names);
      const columns = check.columns;
      if (!columns) return this.refuseHeader(check.problems, names);
      this.summary.byRule = ACLED_RULES.map(() => 0);
      this.readRow = (row, at) => validateAcledRow(row, columns, expected, at);
      this.classify = (valid) => {
        const kind = valid.rule === undefined ? undefined : ACLED_RULE_CLASSES[valid.rule];
        if (!kind) throw new Error(`ACLED row classed by rule ${valid.rule}, which counts nothing`);
        return kind;
      };
      const eventType = columns.event_type;
      this.uncounted = (row) => {
        const type = row[eventType] ?? '';
        return isUncountedAcledType(type) ? (classifyAcled(type, '', '')?.rule ?? null) : null;
      };
    } else {
      const check = readHeader(cells);
      const columns = check.columns;
      if (!columns) return this.refuseHeader(check.problems, names);
      this.readRow = (row, at) => validateRow(row, columns, expected, at);
    }
    this.expectedCells = expected;
    this.country = countryFilterOf(names);
    this.summary.countryFilter = this.country?.label ?? null;
    return true;
  }

  /** Stops at a header of a known kind that lacks a column (or repeats one), naming it. */
  private refuseHeader(problems: readonly ImportError[], names: readonly string[]): false {
    const [first, ...more] = problems;
    const also = more.length > 0 ? ` (also: ${more.map((p) => p.message).join('; ')})` : '';
    this.detected = null;
    this.stop({
      row: 1,
      field: first?.field ?? '(file)',
      message: `${this.fileName}: ${first?.message ?? 'unreadable header'}${also}`,
      value: names.join(',').slice(0, 200),
    });
    return false;
  }

  /** Ends reading with a problem that concerns the whole file: the result then holds no events. */
  stop(error: ImportError): void {
    this.fatal ??= error;
  }

  /**
   * One data record. `problem` is what the reader already found wrong with it (broken CSV quoting,
   * a GeoJSON feature that is not a point): the row is then counted invalid without further checks.
   */
  record(cells: readonly string[], row: number, problem: RecordProblem | null = null): void {
    if (!this.readRow || this.fatal) return;
    if (problem === null && isBlankRow(cells)) return;
    if (this.firstDataRow) {
      this.firstDataRow = false;
      if (problem === null && isHxlRow(cells)) {
        this.droppedHxlRow = true;
        return;
      }
    }
    if (problem === null && this.country && cells.length === this.expectedCells) {
      const value = (cells[this.country.column] ?? '').trim().toLowerCase();
      if (value !== this.country.keep) {
        this.summary.otherCountries++;
        return;
      }
    }
    if (problem === null && this.uncounted && cells.length === this.expectedCells) {
      const rule = this.uncounted(cells);
      if (rule !== null) {
        this.summary.notCounted++;
        (this.summary.byRule[rule] as number)++;
        return;
      }
    }
    this.summary.rows++;
    if (problem !== null) {
      this.invalid([{ row, ...problem }]);
      return;
    }
    const check = this.readRow(cells, row);
    for (const warning of check.warnings) this.warn(warning);
    const valid = check.valid;
    if (!valid) {
      this.invalid(check.errors);
      return;
    }
    const previous = this.seenIds.get(valid.id);
    if (previous !== undefined) {
      this.invalid([
        { row, field: 'id', message: `duplicate id (also row ${previous})`, value: String(valid.id) },
      ]);
      return;
    }
    this.seenIds.set(valid.id, row);
    if (valid.rule !== undefined) (this.summary.byRule[valid.rule] as number)++;
    const kind = this.classify(valid);

    const placement = this.place(valid.wherePrec, valid.lon, valid.lat);
    const district = placement.district === null ? -1 : (this.districtIndex.get(placement.district) ?? -2);
    const province = placement.province === null ? -1 : (this.provinceIndex.get(placement.province) ?? -2);
    if (district === -2 || province === -2) {
      throw new Error(
        `placement gave ${placement.district ?? placement.province}, which the app does not list`,
      );
    }
    const s = this.summary;
    s.valid++;
    if (!kind.known) s.unclassified++;
    if (placement.snappedKm !== null) s.snapped++;
    switch (placementKind(placement)) {
      case 'district':
        s.assignedDistrict++;
        break;
      case 'province':
        s.provinceOnly++;
        break;
      case 'outside':
        s.outside++;
        break;
      case 'national':
        s.nationalOnly++;
        break;
    }

    const c = this.columns;
    c.ucdpId.push(valid.id);
    c.year.push(valid.year);
    c.date.push(valid.date);
    c.category.push(kind.category);
    c.actor.push(kind.actor);
    c.district.push(district);
    c.province.push(province);
    c.wherePrec.push(valid.wherePrec);
    c.datePrec.push(valid.datePrec);
    c.best.push(valid.best);
    c.low.push(valid.low);
    c.high.push(valid.high);
    c.lon.push(roundCoordinate(valid.lon));
    c.lat.push(roundCoordinate(valid.lat));
    c.sourceRow.push(row);
    c.typeOfViolence.push(valid.typeOfViolence);
    c.dyad.push(valid.dyad);
    c.sideA.push(valid.sideA);
    c.sideB.push(valid.sideB);
    c.headline.push(valid.headline);
    c.where.push(valid.where);
    c.dateEnd.push(valid.dateEnd);
    c.snappedKm.push(placement.snappedKm ?? NaN);
  }

  private invalid(errors: readonly ImportError[]): void {
    this.summary.invalid++;
    for (const error of errors) {
      this.errorCount++;
      if (this.errors.length < this.errorLimit) this.errors.push(error);
    }
  }

  private warn(warning: ImportError): void {
    this.warningCount++;
    if (this.warnings.length < this.errorLimit) this.warnings.push(warning);
  }

  /** The result; a file that stopped part-way gives no events at all, only why it stopped. */
  finish(file: FinishInfo): ImportResult {
    if (!this.readRow && !this.fatal) {
      this.stop({ row: 0, field: '(file)', message: `${this.fileName}: the file is empty (no header row)` });
    }
    const events = this.fatal
      ? new EventColumnsBuilder().done(this.geography)
      : this.columns.done(this.geography);
    return {
      datasetId: file.datasetId ?? '',
      fileName: this.fileName,
      format: file.format,
      detected: this.fatal ? null : this.detected,
      bytes: file.bytes,
      encoding: file.encoding ?? 'utf-8',
      encodingNote: file.encodingNote ?? null,
      fatal: this.fatal,
      source: userSource(this.fileName),
      categories: IMPORT_CATEGORIES.map((x) => ({ ...x })),
      actors: IMPORT_ACTORS.map((x) => ({ ...x })),
      events,
      errors: this.errors,
      errorCount: this.errorCount,
      warnings: this.warnings,
      warningCount: this.warningCount,
      summary: { ...this.summary, byRule: [...this.summary.byRule] },
      droppedHxlRow: this.droppedHxlRow,
    };
  }
}
