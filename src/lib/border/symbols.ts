/**
 * The border layers' symbols, drawn in code so the map needs no sprite file and the legend draws the
 * very same shapes. A crossing's status differs in shape as well as colour (closed: square with a
 * cross; open: circle; open for refugees or aid only: diamond; unknown: hollow ring with a question
 * mark), and so do strikes (downward triangle) and clashes (star).
 */
import type { CrossingStatus, EventKind } from '../contracts/border';

export type SymbolId = `crossing-${CrossingStatus}` | 'event-airstrike' | 'event-clash';

export const SYMBOL_COLOURS: Readonly<Record<SymbolId, string>> = {
  'crossing-closed': '#b71c1c',
  'crossing-open': '#1b7a34',
  'crossing-restricted': '#c77700',
  'crossing-unknown': '#6b6b6b',
  'event-airstrike': '#4a148c',
  'event-clash': '#d84315',
};

export const SYMBOL_LABELS: Readonly<Record<SymbolId, string>> = {
  'crossing-closed': 'Crossing closed',
  'crossing-open': 'Crossing open',
  'crossing-restricted': 'Open for refugees or aid only',
  'crossing-unknown': 'Status unknown (no source)',
  'event-airstrike': 'Air strike',
  'event-clash': 'Clash',
};

export const crossingSymbol = (status: CrossingStatus): SymbolId => `crossing-${status}`;
export const eventSymbol = (kind: EventKind): SymbolId | null =>
  kind === 'airstrike' ? 'event-airstrike' : kind === 'clash' ? 'event-clash' : null;

/** Draws a symbol centred in a square of `size` pixels. */
export function drawSymbol(ctx: CanvasRenderingContext2D, id: SymbolId, size: number): void {
  const c = size / 2;
  const r = size * 0.38;
  const line = Math.max(1, size / 12);
  ctx.clearRect(0, 0, size, size);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.fillStyle = SYMBOL_COLOURS[id];
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = line;
  ctx.beginPath();
  switch (id) {
    case 'crossing-closed': {
      ctx.rect(c - r, c - r, 2 * r, 2 * r);
      ctx.fill();
      ctx.stroke();
      ctx.beginPath();
      const k = r * 0.55;
      ctx.moveTo(c - k, c - k);
      ctx.lineTo(c + k, c + k);
      ctx.moveTo(c + k, c - k);
      ctx.lineTo(c - k, c + k);
      ctx.lineWidth = line * 1.6;
      ctx.stroke();
      return;
    }
    case 'crossing-open':
      ctx.arc(c, c, r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      return;
    case 'crossing-restricted':
      ctx.moveTo(c, c - r * 1.2);
      ctx.lineTo(c + r * 1.2, c);
      ctx.lineTo(c, c + r * 1.2);
      ctx.lineTo(c - r * 1.2, c);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      return;
    case 'crossing-unknown':
      ctx.arc(c, c, r, 0, 2 * Math.PI);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.strokeStyle = SYMBOL_COLOURS[id];
      ctx.lineWidth = line * 1.5;
      ctx.stroke();
      ctx.fillStyle = SYMBOL_COLOURS[id];
      ctx.font = `bold ${Math.round(size * 0.5)}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('?', c, c + size * 0.03);
      return;
    case 'event-airstrike':
      ctx.moveTo(c - r * 1.1, c - r * 0.8);
      ctx.lineTo(c + r * 1.1, c - r * 0.8);
      ctx.lineTo(c, c + r * 1.1);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      return;
    case 'event-clash': {
      const points = 8;
      for (let i = 0; i < points * 2; i++) {
        const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const angle = (Math.PI * i) / points - Math.PI / 2;
        const x = c + radius * Math.cos(angle);
        const y = c + radius * Math.sin(angle);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      return;
    }
  }
}

/** A symbol as an image for MapLibre's `addImage`, drawn at the screen's pixel ratio. */
export function symbolImage(id: SymbolId, cssSize: number, pixelRatio: number): ImageData | null {
  const size = Math.round(cssSize * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  drawSymbol(ctx, id, size);
  return ctx.getImageData(0, 0, size, size);
}

/** A Svelte action that draws a symbol into a `<canvas>` (the legends' swatches). */
export function symbolCanvas(canvas: HTMLCanvasElement, id: SymbolId) {
  const draw = (symbol: SymbolId) => {
    const ratio = window.devicePixelRatio || 1;
    const css = canvas.clientWidth || 16;
    canvas.width = Math.round(css * ratio);
    canvas.height = Math.round(css * ratio);
    const ctx = canvas.getContext('2d');
    if (ctx) drawSymbol(ctx, symbol, canvas.width);
  };
  draw(id);
  return { update: draw };
}
