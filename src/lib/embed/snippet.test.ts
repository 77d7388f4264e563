import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, parseParams } from '../state/url';
import { embedSnippet, escapeAttribute, viewUrl } from './snippet';

describe('embed snippet', () => {
  const page = 'https://atlas.example/app/#map=6/31/69&years=2015-2015&level=province&region=PK-KP';

  it('points at the same view in embed mode, keeping the map position', () => {
    const params = parseParams(new URL(page).hash);
    const url = viewUrl(page, params, true);
    expect(url.startsWith('https://atlas.example/app/#map=6/31/69&')).toBe(true);
    const back = parseParams(new URL(url).hash);
    expect(back).toEqual({ ...params, embed: true });
  });

  it('links an embed back to the full view without the flag', () => {
    const embedded = parseParams('#years=2015-2015&embed=1');
    const full = viewUrl('https://atlas.example/#years=2015-2015&embed=1', embedded, false);
    expect(full).toBe('https://atlas.example/#years=2015-2015');
    expect(parseParams(new URL(full).hash)).toEqual({ ...DEFAULT_PARAMS, years: [2015, 2015] });
  });

  it('is an iframe with a title and a responsive height', () => {
    const snippet = embedSnippet('https://atlas.example/#embed=1', 'Frontier Atlas: deaths, 2015');
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/atlas\.example\/#embed=1" title="Frontier Atlas: deaths, 2015"/,
    );
    expect(snippet).toContain('width: 100%');
    expect(snippet).toContain('clamp(');
    expect(snippet.endsWith('</iframe>')).toBe(true);
  });

  it('escapes whatever the view brings into attributes', () => {
    const snippet = embedSnippet('https://a.example/#x="><script>alert(1)</script>', `It's "quoted" & <b>`);
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('&quot;&gt;&lt;script&gt;');
    expect(escapeAttribute(`It's "quoted" & <b>`)).toBe('It&#39;s &quot;quoted&quot; &amp; &lt;b&gt;');
  });
});
