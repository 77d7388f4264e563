import { describe, expect, it } from 'vitest';
import {
  describeView,
  frameRates,
  isColouredAndLabelled,
  missingLayers,
  visuallyCompleteAt,
  type LayerView,
} from './view.ts';

const fill = (colours: string[]): LayerView => ({
  id: 'districts-fill',
  type: 'fill',
  rendered: 179,
  colours,
});
const labels = (rendered: number): LayerView => ({ id: 'labels-districts', type: 'symbol', rendered });
const line: LayerView = { id: 'districts-line', type: 'line' };

describe('isColouredAndLabelled', () => {
  it('wants the choropleth in several colours and at least one name placed', () => {
    expect(isColouredAndLabelled([fill(['a', 'b', 'c']), line, labels(12)], 'districts-fill')).toBe(true);
  });
  it('refuses an uncoloured first paint, however complete the rest', () => {
    expect(isColouredAndLabelled([fill(['ground']), line, labels(12)], 'districts-fill')).toBe(false);
    expect(isColouredAndLabelled([fill(['ground', 'frontier']), labels(12)], 'districts-fill')).toBe(false);
  });
  it('refuses a view whose names are not placed yet, or whose label layers are missing', () => {
    expect(isColouredAndLabelled([fill(['a', 'b', 'c']), labels(0)], 'districts-fill')).toBe(false);
    expect(isColouredAndLabelled([fill(['a', 'b', 'c']), line], 'districts-fill')).toBe(false);
  });
  it('refuses a view without the choropleth layer', () => {
    expect(isColouredAndLabelled([line, labels(3)], 'districts-fill')).toBe(false);
  });
});

describe('missingLayers', () => {
  it('lists the expected layers the view does not show, in their order', () => {
    const view = [fill(['a']), line];
    expect(
      missingLayers(view, ['districts-fill', 'labels-districts', 'districts-line', 'durand-line']),
    ).toEqual(['labels-districts', 'durand-line']);
    expect(missingLayers(view, [])).toEqual([]);
  });
});

describe('describeView', () => {
  it('names the coloured fills, the labels placed and the visible layers', () => {
    expect(describeView([fill(['a', 'b']), line, labels(7), { ...labels(3), id: 'labels-places' }])).toBe(
      'districts-fill 179 features in 2 colours, 10 labels placed, 4 visible layers',
    );
  });
});

describe('visuallyCompleteAt', () => {
  it('is the first frame of the final run of frames equal to the last', () => {
    const frames = [
      { at: 100, data: 'blank' },
      { at: 900, data: 'grey map' },
      { at: 1500, data: 'coloured' },
      { at: 1600, data: 'coloured' },
    ];
    expect(visuallyCompleteAt(frames)).toBe(1500);
  });
  it('is not fooled by an earlier frame that looked like the final one', () => {
    const frames = [
      { at: 100, data: 'final' },
      { at: 200, data: 'flash' },
      { at: 300, data: 'final' },
    ];
    expect(visuallyCompleteAt(frames)).toBe(300);
  });
  it('is the only frame of a one-frame recording, and null without frames', () => {
    expect(visuallyCompleteAt([{ at: 42, data: 'x' }])).toBe(42);
    expect(visuallyCompleteAt([])).toBeNull();
  });
});

describe('frameRates', () => {
  it('counts frames per full window and leaves a partial last window out', () => {
    // 60 fps for one second, then a 400 ms gap, then 60 fps for 500 ms
    const times = [
      ...Array.from({ length: 60 }, (_, i) => (i * 1000) / 60),
      ...Array.from({ length: 31 }, (_, i) => 1400 + (i * 1000) / 60),
    ];
    const rates = frameRates(times, 500);
    // three full windows up to the last frame at 1900 ms; 1900-2000 is left out
    expect(rates?.windows).toHaveLength(3);
    expect(rates?.windows.slice(0, 2)).toEqual([60, 60]);
    // 1000-1500 ms: nothing until 1400, then six frames
    expect(rates?.windows[2]).toBe(12);
    expect(rates?.min).toBe(12);
    expect(rates?.longestGapMs).toBeCloseTo(1400 - (59 * 1000) / 60);
  });
  it('gives the median window', () => {
    const times = [0, 100, 200, 300, 400, 500, 900, 1000, 1100, 1200, 1300, 1400, 1500];
    // windows of 500 ms: [0,500) 5 frames, [500,1000) 2, [1000,1500) 5
    expect(frameRates(times, 500)).toMatchObject({ windows: [10, 4, 10], min: 4, median: 10 });
  });
  it('needs at least one full window', () => {
    expect(frameRates([0, 10, 20], 500)).toBeNull();
    expect(frameRates([5], 500)).toBeNull();
  });
});
