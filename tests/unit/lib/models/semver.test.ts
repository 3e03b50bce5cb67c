import { describe, expect, it } from 'vitest';
import { compareVersions, isVersion, parseVersion } from '../../../../src/lib/models/semver.ts';

describe('parseVersion', () => {
  it.each([
    ['1.3.0', { major: 1, minor: 3, patch: 0, pre: [] }],
    ['0.0.1', { major: 0, minor: 0, patch: 1, pre: [] }],
    ['2.0.0-rc.1', { major: 2, minor: 0, patch: 0, pre: ['rc', '1'] }],
    ['10.20.30-alpha-beta.0x', { major: 10, minor: 20, patch: 30, pre: ['alpha-beta', '0x'] }],
  ])('%s', (text, parts) => {
    expect(parseVersion(text)).toEqual(parts);
  });

  it.each(['1.3', '1', 'v1.3.0', '01.3.0', '1.03.0', '1.3.0-', '1.3.0-rc..1', '1.3.0-01', '1.3.0+build.5', ' 1.3.0', '1.3.0.0', ''])('rejects %j', (text) => {
    expect(isVersion(text)).toBe(false);
  });
});

describe('compareVersions', () => {
  it('orders by SemVer precedence, pre-releases before their release', () => {
    const sorted = ['1.0.0', '1.0.0-rc.1', '0.9.12', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.11', '1.0.0-beta.2', '1.0.0-beta', '1.0.0-alpha.beta', '1.10.0', '1.2.0'].sort(compareVersions);
    expect(sorted).toEqual([
      '0.9.12',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
    ]);
  });

  it('is 0 for equal versions and puts invalid ones first', () => {
    expect(compareVersions('1.3.0', '1.3.0')).toBe(0);
    expect(compareVersions('2.0.0-rc.1', '2.0.0-rc.1')).toBe(0);
    expect(compareVersions('nope', '0.0.1')).toBeLessThan(0);
    expect(compareVersions('0.0.1', 'nope')).toBeGreaterThan(0);
  });
});
