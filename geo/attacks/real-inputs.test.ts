import { describe, expect, it } from 'vitest';
import { realRawDirs } from './real-inputs.ts';

describe('realRawDirs', () => {
  it('fails with a message saying to link the raw inputs when they are missing', () => {
    expect(() => realRawDirs('/nonexistent-repo')).toThrow(/link the shared raw data into geo\/raw/);
  });
});
