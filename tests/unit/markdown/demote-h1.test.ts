import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hastPlugins } from '../../../src/markdown/index.ts';
import { demoteH1 } from '../../../src/markdown/demote-h1.ts';

describe('demoteH1', () => {
  it('turns body h1s into h2s and leaves other levels alone', async () => {
    const { html } = await markdownToHtml('# Big\n\n## Mid\n\n### Small\n', { hastPlugins: [demoteH1()] });
    expect(html.trim()).toBe('<h2>Big</h2>\n<h2>Mid</h2>\n<h3>Small</h3>');
  });

  it('runs before the anchors in the pipeline, so a demoted heading gets an anchor', async () => {
    const { html } = await markdownToHtml('# Big\n', { hastPlugins: hastPlugins() });
    expect(html.trim()).toBe('<h2 id="big">Big<a class="heading-anchor" href="#big" aria-label="Link to section: Big"></a></h2>');
  });
});
