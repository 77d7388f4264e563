/**
 * The current view as a PNG: the map as drawn, with a title, the legend, the sources and the share URL,
 * composed on a 2D canvas in the page (nothing is uploaded).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface LegendEntry {
  colour: string;
  label: string;
}

export interface ExportSpec {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendEntry[];
  sources: string;
  url: string;
  /** the citations of a timeline on screen, one per line */
  citations?: string[];
  /** what the map's extra symbols mean, when any are drawn */
  mapNote?: string;
  /** the legend's notes as on screen: where the source changes, fallbacks, coverage, denominators */
  legendNotes?: string[];
}

/** The footer under the map: the sources, any timeline's citations, and the view's URL. */
export function footerLines(
  spec: Pick<ExportSpec, 'sources' | 'url' | 'citations' | 'mapNote' | 'legendNotes'>,
  measure: (text: string) => number,
  maxWidth: number,
): string[] {
  const citations = spec.citations ?? [];
  return [
    ...(spec.legendNotes ?? []).flatMap((note) => wrapText(measure, note, maxWidth)),
    ...wrapText(measure, `Sources: ${spec.sources}`, maxWidth),
    ...(spec.mapNote ? wrapText(measure, spec.mapNote, maxWidth) : []),
    ...(citations.length ? [`Events listed in the timeline (${citations.length}), with their sources:`] : []),
    ...citations.flatMap((line) => wrapText(measure, line, maxWidth)),
    ...wrapText(measure, `View: ${spec.url}`, maxWidth),
  ];
}

/** Greedy word wrap with the canvas's own text measure. */
export function wrapText(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Copies the map's WebGL canvas during a render, when its drawing buffer is still valid. */
function captureMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

export async function exportPng(map: MapLibreMap, spec: ExportSpec): Promise<Blob> {
  const mapImage = await captureMap(map);
  const scale = mapImage.width / map.getCanvas().clientWidth || 1;
  const width = mapImage.width;
  const pad = 14 * scale;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for the export');
  const font = (size: number, weight = 'normal') => `${weight} ${size * scale}px system-ui, sans-serif`;

  ctx.font = font(11);
  const footer = footerLines(spec, (t) => ctx.measureText(t).width, width - 2 * pad);
  const headerHeight = 58 * scale;
  const footerHeight = (footer.length * 15 + 14) * scale;
  canvas.width = width;
  canvas.height = headerHeight + mapImage.height + footerHeight;

  ctx.fillStyle = '#fffdf8';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1c1b19';
  ctx.textBaseline = 'top';
  ctx.font = font(20, 'bold');
  ctx.fillText(spec.title, pad, 10 * scale);
  ctx.font = font(13);
  ctx.fillStyle = '#4a443b';
  ctx.fillText(spec.subtitle, pad, 36 * scale);
  ctx.drawImage(mapImage, 0, headerHeight);

  // The legend sits on the map's lower left, on a white card.
  const rowHeight = 17 * scale;
  ctx.font = font(11);
  const legendWidth = Math.max(
    ctx.measureText(spec.legendTitle).width,
    ...spec.legend.map((e) => ctx.measureText(e.label).width + 22 * scale),
  );
  const legendHeight = (spec.legend.length + 1) * rowHeight + 10 * scale;
  const lx = pad;
  const ly = headerHeight + mapImage.height - legendHeight - pad;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(lx, ly, legendWidth + 2 * pad, legendHeight);
  ctx.fillStyle = '#1c1b19';
  ctx.font = font(11, 'bold');
  ctx.fillText(spec.legendTitle, lx + pad, ly + 6 * scale);
  ctx.font = font(11);
  spec.legend.forEach((entry, i) => {
    const y = ly + 6 * scale + (i + 1) * rowHeight;
    ctx.fillStyle = entry.colour;
    ctx.fillRect(lx + pad, y, 14 * scale, 11 * scale);
    ctx.strokeStyle = '#999';
    ctx.strokeRect(lx + pad, y, 14 * scale, 11 * scale);
    ctx.fillStyle = '#1c1b19';
    ctx.fillText(entry.label, lx + pad + 20 * scale, y);
  });

  ctx.fillStyle = '#3a342c';
  footer.forEach((line, i) => ctx.fillText(line, pad, headerHeight + mapImage.height + (8 + i * 15) * scale));

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
}
