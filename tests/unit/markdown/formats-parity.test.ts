import { describe, expect, it } from 'vitest';
import { mdastPlugins } from '../../../src/markdown/index.ts';
import { renderMd, renderMdx, withoutBlockNewlines } from './render-formats.ts';

// One note with every construct of issue #17: alerts, Obsidian callouts, MkDocs admonitions,
// math in all its forms next to prices, keys and a footnote.
const NOTE = `> [!NOTE]
> Useful *information*.

> [!WARNING]
> \`torch.compile\` recompiles.

> [!tip]- Folded \`title\`
> Hidden until opened.

> [!example]+ Open
> Shown.

!!! danger "Rate limits"
    **100** requests per second.

    \`\`\`sh
    echo $TOKEN
    \`\`\`

??? info
    Folded admonition.

Inline $E = mc^2$, the loss $\\mathcal{L} = -\\sum_i y_i \\log p_i$, GitHub's $\`\\sqrt{2}\`$ and $$\\nabla_\\theta J$$.
Prices stay prose: $2/$10, $0.020 per GB, $HOME and $PATH:$HOME/bin.

$$
\\frac{a}{b}
$$

\`\`\`math
x^2
\`\`\`

Press <kbd>Ctrl</kbd> + <kbd>K</kbd>.[^1]

[^1]: A footnote.
`;

describe('the same note as .md and .mdx', () => {
  it('gives the same HTML for callouts, admonitions, math, keys and footnotes', async () => {
    const plugins = () => mdastPlugins({});
    const md = withoutBlockNewlines(await renderMd(NOTE, plugins()));
    expect(withoutBlockNewlines(await renderMdx(NOTE, plugins()))).toBe(md);
    // And the constructs are there, not left as text.
    expect(md.match(/class="callout /g)).toHaveLength(6);
    expect(md.match(/class="math math-(inline|display)"/g)).toHaveLength(6);
    expect(md).toContain('Prices stay prose: $2/$10, $0.020 per GB, $HOME and $PATH:$HOME/bin.');
    expect(md).not.toMatch(/\[!|!!!|\?\?\?/);
  });
});
