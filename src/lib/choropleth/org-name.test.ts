import { describe, expect, it } from 'vitest';
import { orgName } from './org-name';

const organisations = [
  { id: 'pips', name: 'Pak Institute for Peace Studies (PIPS)' },
  { id: 'govt-of-pakistan-ministry-of-interior', name: 'Government of Pakistan, Ministry of Interior' },
];

describe('orgName', () => {
  it('gives the abbreviation an organisation is known by, else its name', () => {
    expect(orgName('pips', organisations)).toBe('PIPS');
    expect(orgName('govt-of-pakistan-ministry-of-interior', organisations)).toBe(
      'Government of Pakistan, Ministry of Interior',
    );
  });

  it("never shows an article's catalog id", () => {
    expect(orgName('qonversations-2023', organisations)).toBe('Article');
  });
});
