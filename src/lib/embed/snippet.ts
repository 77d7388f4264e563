/**
 * The embed code for a view: an iframe that fills its column and keeps a map-like height on any
 * width, titled for screen readers. Everything that comes from the view is escaped as an attribute.
 */
import { serializeParams, splitHash, type AppParams } from '../state/url';

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
};

export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>']/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** The address of a view with or without the embed flag, keeping the map position. */
export function viewUrl(pageUrl: string, params: AppParams, embed: boolean): string {
  const base = pageUrl.replace(/#.*$/, '');
  const mapValue = splitHash(new URL(pageUrl).hash).get('map');
  return base + serializeParams({ ...params, embed }, mapValue);
}

export function embedSnippet(embedUrl: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" ` +
    `style="width: 100%; height: clamp(360px, 75vw, 640px); border: 0;" loading="lazy" ` +
    `referrerpolicy="no-referrer"></iframe>`
  );
}
