/**
 * Builds the columnar event table row by row as records stream in, so a large file is never held
 * whole: each row is checked, classified and placed as it arrives, and only the table grows.
 */
import { emptyEventColumns } from '../../../geo/attacks/columns.ts';
import type { EventColumns } from '../../../geo/attacks/types.ts';
import type { EventSource } from '../../../geo/attacks/types.ts';
import { IMPORT_ACTORS, IMPORT_CATEGORIES, classifyImported } from './categories.ts';
import { placementKind, type Placer } from './placement.ts';
import type { ImportError, ImportFormat, ImportResult, ImportSummary, ImportedDetails } from './types.ts';
import { isBlankRow, isHxlRow, readHeader, validateRow, type ColumnIndex } from './validate-row.ts';

export type RecordProblem = Omit<ImportError, 'row'>;

/** Errors and warnings kept for display; the totals are still counted past it. */
export const ERROR_LIMIT = 500;

export const USER_SOURCE_ID = 'user-import';

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

export function emptyDetails(): ImportedDetails {
  return {
    sourceRow: [],
    typeOfViolence: [],
    dyad: [],
    sideA: [],
    sideB: [],
    headline: [],
    where: [],
    dateEnd: [],
    snappedKm: [],
  };
}

function reorder<T>(values: T[], order: readonly number[]): T[] {
  return order.map((i) => values[i] as T);
}

export class ImportAccumulator {
  private columnIndex: ColumnIndex | null = null;
  private expectedCells = 0;
  private fatal: ImportError | null = null;
  private firstDataRow = true;
  private droppedHxlRow = false;
  private readonly columns = emptyEventColumns();
  private readonly details = emptyDetails();
  private readonly seenIds = new Map<number, number>();
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
  };

  constructor(
    private readonly fileName: string,
    private readonly place: Placer,
    private readonly errorLimit = ERROR_LIMIT,
  ) {}

  /** True once the file cannot be read further; the caller stops feeding records. */
  get stopped(): boolean {
    return this.fatal !== null;
  }

  /** Reads the header; false (and a fatal error naming the column) when it lacks a required column. */
  header(cells: readonly string[]): boolean {
    const check = readHeader(cells);
    if (!check.columns) {
      const [first, ...more] = check.problems;
      const also = more.length > 0 ? ` (also: ${more.map((p) => p.message).join('; ')})` : '';
      this.stop({
        row: 1,
        field: first?.field ?? '(file)',
        message: `${this.fileName}: ${first?.message ?? 'unreadable header'}${also}`,
        value: check.names.join(',').slice(0, 200),
      });
      return false;
    }
    this.columnIndex = check.columns;
    this.expectedCells = cells.length;
    return true;
  }

  /** Ends reading with a problem that concerns the whole file; rows already read are kept. */
  stop(error: ImportError): void {
    this.fatal ??= error;
  }

  /**
   * One data record. `problem` is what the reader already found wrong with it (broken CSV quoting,
   * a GeoJSON feature that is not a point): the row is then counted invalid without further checks.
   */
  record(cells: readonly string[], row: number, problem: RecordProblem | null = null): void {
    if (!this.columnIndex || this.fatal) return;
    if (problem === null && isBlankRow(cells)) return;
    if (this.firstDataRow) {
      this.firstDataRow = false;
      if (problem === null && isHxlRow(cells)) {
        this.droppedHxlRow = true;
        return;
      }
    }
    this.summary.rows++;
    if (problem !== null) {
      this.invalid([{ row, ...problem }]);
      return;
    }
    const check = validateRow(cells, this.columnIndex, this.expectedCells, row);
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

    const kind = classifyImported(valid.typeOfViolence, valid.dyad);
    const placement = this.place(valid.wherePrec, valid.lon, valid.lat);
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
    c.id.push(valid.id);
    c.year.push(valid.year);
    c.date.push(valid.date);
    c.category.push(kind.category);
    c.actor.push(kind.actor);
    c.district.push(placement.district);
    c.province.push(placement.province);
    c.wherePrec.push(valid.wherePrec);
    c.datePrec.push(valid.datePrec);
    c.best.push(valid.best);
    c.low.push(valid.low);
    c.high.push(valid.high);
    c.lon.push(roundCoordinate(valid.lon));
    c.lat.push(roundCoordinate(valid.lat));
    const d = this.details;
    d.sourceRow.push(row);
    d.typeOfViolence.push(valid.typeOfViolence);
    d.dyad.push(valid.dyad);
    d.sideA.push(valid.sideA);
    d.sideB.push(valid.sideB);
    d.headline.push(valid.headline);
    d.where.push(valid.where);
    d.dateEnd.push(valid.dateEnd);
    d.snappedKm.push(placement.snappedKm);
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

  /** The table sorted by date then id, as the shipped one is. */
  finish(file: { format: ImportFormat; bytes: number }): ImportResult {
    if (!this.columnIndex && !this.fatal) {
      this.stop({ row: 0, field: '(file)', message: `${this.fileName}: the file is empty (no header row)` });
    }
    const c = this.columns;
    const order = c.id.map((_, i) => i);
    order.sort((a, b) => {
      const da = c.date[a] as string;
      const db = c.date[b] as string;
      if (da !== db) return da < db ? -1 : 1;
      return (c.id[a] as number) - (c.id[b] as number);
    });
    const columns = Object.fromEntries(
      Object.entries(c).map(([name, values]) => [name, reorder(values as unknown[], order)]),
    ) as unknown as EventColumns;
    const details = Object.fromEntries(
      Object.entries(this.details).map(([name, values]) => [name, reorder(values as unknown[], order)]),
    ) as unknown as ImportedDetails;
    return {
      fileName: this.fileName,
      format: file.format,
      bytes: file.bytes,
      fatal: this.fatal,
      table: {
        schema: 1,
        source: userSource(this.fileName),
        categories: IMPORT_CATEGORIES.map((x) => ({ ...x })),
        actors: IMPORT_ACTORS.map((x) => ({ ...x })),
        count: order.length,
        columns,
      },
      details,
      errors: this.errors,
      errorCount: this.errorCount,
      warnings: this.warnings,
      warningCount: this.warningCount,
      summary: { ...this.summary },
      droppedHxlRow: this.droppedHxlRow,
    };
  }
}
