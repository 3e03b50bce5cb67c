import { isAbsolute, relative, sep } from 'node:path';

/** `inner` is `outer` or lies inside it (absolute paths): the one containment rule for content, images, output and repository files. */
export function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
