import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Turns CR and CRLF left in text and raw HTML into LF, so a note saved on Windows renders
 * byte-for-byte like the same note saved with LF. The parser keeps `\r` inside paragraphs.
 * Skipped entirely for sources without a CR.
 */
export function lineEndings(): HastPluginEntry {
  return ({ source }) => {
    if (!source.includes('\r')) return null;
    const fix = (value: string) => value.replace(/\r\n?/g, '\n');
    return defineHastPlugin({
      name: 'labbook-line-endings',
      text: (node) => (node.value.includes('\r') ? { ...node, value: fix(node.value) } : undefined),
      raw: (node) => (node.value.includes('\r') ? { ...node, value: fix(node.value) } : undefined),
    });
  };
}
