/**
 * Whether a file Markdown uses as an image is one Astro's image pass can publish, judged by its
 * name and its first bytes. Astro otherwise fails with `[ImageNotFound]` naming no note, or
 * publishes an `<img>` without `src` for a text file.
 */

/** Astro's `VALID_SUPPORTED_FORMATS` (astro/dist/assets/consts.js), the formats it can publish. */
export const IMAGE_EXTENSIONS = ['avif', 'gif', 'jpeg', 'jpg', 'png', 'svg', 'tiff', 'webp'] as const;

/** Bytes to read from the start of a file for {@link imageProblem}. */
export const SIGNATURE_BYTES = 512;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Magic numbers of each format; SVG is text, so its test looks for an `<svg` tag near the start. */
const SIGNATURES: Record<(typeof IMAGE_EXTENSIONS)[number], (head: Uint8Array) => boolean> = {
  png: (h) => ascii(h, 0, 8) === '\x89PNG\r\n\x1a\n',
  jpg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  jpeg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  gif: (h) => ascii(h, 0, 4) === 'GIF8',
  webp: (h) => ascii(h, 0, 4) === 'RIFF' && ascii(h, 8, 12) === 'WEBP',
  avif: (h) => ascii(h, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(h, 8, 12)),
  tiff: (h) => ['II*\0', 'MM\0*'].includes(ascii(h, 0, 4)),
  svg: (h) => /<svg[\s>]/i.test(new TextDecoder().decode(h)),
};

/** The extension of a path, lower case, without the dot; '' when it has none. */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * Why the file at `path`, starting with the bytes `head`, cannot be published as an image, or
 * undefined when it can. `head` is the first {@link SIGNATURE_BYTES} bytes (fewer for a small file).
 */
export function imageProblem(path: string, head: Uint8Array): string | undefined {
  const extension = extensionOf(path);
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `is not an image: only ${IMAGE_EXTENSIONS.join(', ')} files can be shown with ![...](...). Link to it with [text](...) instead`;
  }
  if (!SIGNATURES[extension as keyof typeof SIGNATURES](head)) {
    return `is named .${extension} but its content is not ${extension === 'svg' ? 'an SVG image' : `a ${extension.toUpperCase()} image`}. Export it again, or fix its extension`;
  }
  return undefined;
}
