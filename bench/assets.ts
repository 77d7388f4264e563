/** Which files a page loaded, and their gzip size as a server would send them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetKind = 'js' | 'data' | 'css' | 'other';

export interface LoadedResource {
  url: string;
  /** ms since navigation start */
  startTime: number;
}

export interface AssetSize {
  path: string;
  kind: AssetKind;
  bytes: number;
  gzipBytes: number;
}

/** Data is what the map draws from: JSON, GeoJSON and the labels' glyph files (`.pbf`). */
export function assetKind(pathname: string): AssetKind {
  if (/\.m?js$/.test(pathname)) return 'js';
  if (/\.((geo)?json|pbf)$/.test(pathname)) return 'data';
  if (/\.css$/.test(pathname)) return 'css';
  return 'other';
}

/** zlib's default level 6, what most servers use for on-the-fly compression. */
export function gzipSize(content: Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/** The served file behind a same-origin URL, or null for other origins and in-page (data:, blob:) URLs. */
export function servedPath(url: string, origin: string, servedRoot: string): string | null {
  if (!url.startsWith(`${origin}/`)) return null;
  const pathname = decodeURIComponent(new URL(url).pathname);
  if (pathname.includes('..')) return null;
  return join(servedRoot, pathname);
}

/** Distinct same-origin files started before `beforeMs`, with their sizes; files read through `read`. */
export function sizeResources(
  resources: readonly LoadedResource[],
  beforeMs: number,
  origin: string,
  servedRoot: string,
  read: (path: string) => Uint8Array = (path) => readFileSync(path),
): AssetSize[] {
  const seen = new Set<string>();
  const sizes: AssetSize[] = [];
  for (const resource of resources) {
    if (resource.startTime > beforeMs) continue;
    const path = servedPath(resource.url, origin, servedRoot);
    if (path === null || seen.has(path)) continue;
    seen.add(path);
    const content = read(path);
    sizes.push({ path, kind: assetKind(path), bytes: content.length, gzipBytes: gzipSize(content) });
  }
  return sizes;
}

export function totalGzip(sizes: readonly AssetSize[], kind: AssetKind): number {
  return sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.gzipBytes, 0);
}
