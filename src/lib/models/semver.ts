/**
 * Model card versions: `MAJOR.MINOR.PATCH` with an optional `-pre-release` (Semantic Versioning 2.0
 * without build metadata). Ten lines of parsing and comparing do not need a dependency.
 */

/** `1.3.0`, `2.0.0-rc.1`; leading zeros are not allowed, as in SemVer. */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;

/** A parsed version. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers, `['rc', '1']`; empty for a release. */
  pre: string[];
}

/** The parts of a version, or undefined when it is not `MAJOR.MINOR.PATCH[-pre]`. */
export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), pre: match[4] ? match[4].split('.') : [] };
}

/** True for `1.3.0` or `2.0.0-rc.1`. */
export function isVersion(text: string): boolean {
  return parseVersion(text) !== undefined;
}

function compareIdentifiers(a: string, b: string): number {
  const numeric = (s: string) => /^\d+$/.test(s);
  if (numeric(a) && numeric(b)) return Number(a) - Number(b);
  // Numeric identifiers sort before alphanumeric ones.
  if (numeric(a) !== numeric(b)) return numeric(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * SemVer precedence: negative when `a` is older than `b`, positive when newer, 0 when equal.
 * A pre-release is older than its release (`1.3.0-rc.1` < `1.3.0`). Invalid versions sort first.
 */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) return (left ? 1 : 0) - (right ? 1 : 0);
  const core = left.major - right.major || left.minor - right.minor || left.patch - right.patch;
  if (core) return Math.sign(core);
  if (!left.pre.length || !right.pre.length) {
    if (left.pre.length === right.pre.length) return 0;
    return left.pre.length ? -1 : 1;
  }
  for (let i = 0; i < Math.min(left.pre.length, right.pre.length); i++) {
    const order = compareIdentifiers(left.pre[i] ?? '', right.pre[i] ?? '');
    if (order) return Math.sign(order);
  }
  return Math.sign(left.pre.length - right.pre.length);
}
