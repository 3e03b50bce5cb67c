import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Longest accessible name given to a checkbox; a long item is cut at a word. */
const MAX_LABEL = 120;

/** `text` trimmed to at most {@link MAX_LABEL} characters, at a word, with an ellipsis when cut. */
export function labelText(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_LABEL) return clean;
  const cut = clean.slice(0, MAX_LABEL);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_LABEL)}…`;
}

/**
 * The checkbox of a task list item (`- [ ] write the note`) gets the item's text as its accessible
 * name: screen readers otherwise announce "checkbox, not checked" with no hint of what the task is.
 */
export function taskListLabels(): HastPluginEntry {
  return defineHastPlugin({
    name: 'labbook-task-list-labels',
    element: {
      filter: ['li'],
      visit(node, ctx) {
        const classes = node.properties?.className;
        if (!Array.isArray(classes) || !classes.includes('task-list-item')) return;
        const box = node.children.find((child) => child.type === 'element' && child.tagName === 'input');
        if (!box || box.type !== 'element' || box.properties?.ariaLabel) return;
        const label = labelText(ctx.textContent(node));
        if (label) ctx.setProperty(box, 'ariaLabel', label);
      },
    },
  });
}
