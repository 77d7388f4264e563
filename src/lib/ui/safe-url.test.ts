import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';

describe('safeHref', () => {
  it('keeps http(s) links', () => {
    expect(safeHref('https://www.dawn.com/news/1')).toBe('https://www.dawn.com/news/1');
    expect(safeHref('http://example.org/a b')).toBe('http://example.org/a%20b');
  });
  it('refuses script, data and relative URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
