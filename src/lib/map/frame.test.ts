import { describe, expect, it } from 'vitest';
import { visiblePadding, visibleShare } from './frame';

const desktop = { left: 0, top: 0, right: 1280, bottom: 800 };

describe('visiblePadding', () => {
  it('keeps clear of the controls on the left and the panel on the right', () => {
    const controls = { left: 12, top: 12, right: 316, bottom: 764 };
    const panel = { left: 840, top: 12, right: 1228, bottom: 760 };
    expect(visiblePadding(desktop, [controls, panel])).toEqual({
      top: 24,
      bottom: 24,
      left: 340,
      right: 464,
    });
  });

  it('takes a folded header as covering the top, a bottom sheet the bottom', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 844 };
    const header = { left: 12, top: 12, right: 338, bottom: 62 };
    const sheet = { left: 0, top: 500, right: 390, bottom: 844 };
    // a phone keeps 12 px of room, not 24
    expect(visiblePadding(phone, [header, sheet])).toEqual({ top: 74, bottom: 356, left: 12, right: 12 });
  });

  it("frames between a phone's folded controls and its district sheet, in the 130 px they leave", () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 844 };
    const folded = { left: 12, top: 12, right: 338, bottom: 248 };
    const sheet = { left: 0, top: 380, right: 390, bottom: 844 };
    expect(visiblePadding(phone, [folded, sheet])).toEqual({ top: 260, bottom: 476, left: 12, right: 12 });
  });

  it('leaves out a panel that would leave almost no map, and panels off the map', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 844 };
    const fullPanel = { left: 6, top: 12, right: 384, bottom: 800 };
    const hidden = { left: 400, top: 0, right: 600, bottom: 100 };
    expect(visiblePadding(phone, [fullPanel, hidden])).toEqual({ top: 12, bottom: 12, left: 12, right: 12 });
  });
});

describe('visibleShare', () => {
  const size = { width: 1280, height: 800 };
  const padding = { left: 340, right: 420, top: 24, bottom: 24 };

  it('is 1 for a place in the open map and 0 for one under a side panel', () => {
    expect(visibleShare({ left: 500, right: 600, top: 300, bottom: 400 }, size, padding)).toBe(1);
    expect(visibleShare({ left: 1000, right: 1100, top: 300, bottom: 400 }, size, padding)).toBe(0);
  });

  it('measures a place half under the right panel as half visible', () => {
    expect(visibleShare({ left: 810, right: 910, top: 300, bottom: 400 }, size, padding)).toBeCloseTo(0.5);
  });
});
