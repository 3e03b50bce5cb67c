import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetCardWarnings, datasetSections, missingDatasetSections } from '../../../../src/lib/datasets/completeness.ts';
import { parseFrontmatter } from '../../../../src/lib/frontmatter.ts';
import { renderDatasetCard } from '../../../../src/cli/templates/dataset.ts';

const body = (name: string) => parseFrontmatter(readFileSync(new URL(`../../../fixtures/site/datasets/${name}.md`, import.meta.url), 'utf8')).body;
const ALL = '## Motivation\n\nx\n\n## Composition\n\nx\n\n## Collection process\n\nx\n\n## Preprocessing/cleaning/labeling\n\nx\n\n## Uses\n\nx\n\n## Distribution\n\nx\n\n## Maintenance\n\nx\n';

describe('dataset card completeness', () => {
  it('is complete when the seven datasheet sections have content', () => {
    expect(missingDatasetSections(ALL)).toEqual([]);
    expect(missingDatasetSections(body('tickets'))).toEqual([]);
  });

  it('does not count a heading that is empty, holds only a comment, or only the HF placeholder', () => {
    const empty = ALL.replace('## Uses\n\nx\n', '## Uses\n').replace('## Motivation\n\nx', '## Motivation\n\n<!-- Why was it made? -->').replace('## Maintenance\n\nx', '## Maintenance\n\n[More Information Needed]');
    expect(missingDatasetSections(empty)).toEqual(['Motivation', 'Uses', 'Maintenance']);
  });

  it('does not count an MDX template\'s {/* prompt */} as content', () => {
    expect(missingDatasetSections(ALL.replace('## Uses\n\nx', '## Uses\n\n{/* Who may use it */}'))).toEqual(['Uses']);
  });

  it('accepts Hugging Face\'s template headings and then also asks for its considerations section', () => {
    const states = datasetSections(body('tickets-fresh'));
    expect(states.filter((state) => state.filled).map((state) => state.name)).toEqual(['Composition', 'Uses']);
    expect(states.map((state) => state.name)).toContain('Considerations for using the data');
    const filled = '## Dataset Structure\n\nx\n\n## Dataset Creation\n\n### Curation Rationale\n\nx\n\n### Source Data\n\nx\n\n### Annotations\n\nx\n\n## Considerations for Using the Data\n\n### Discussion of Biases\n\nx\n\n## Additional Information\n\n### Dataset Curators\n\nx\n\n### Licensing Information\n\nx\n\n### Supported Tasks and Leaderboards\n\nx\n';
    expect(missingDatasetSections(filled)).toEqual([]);
  });

  it('counts a section whose text is in its subsections', () => {
    expect(missingDatasetSections(ALL.replace('## Uses\n\nx', '## Uses\n\n### Direct use\n\nEvaluation.'))).toEqual([]);
  });

  it('the new dataset template starts with every section missing', () => {
    const template = parseFrontmatter(renderDatasetCard({ title: 'X', datasetId: 'x', owners: [], format: 'md' })).body;
    expect(missingDatasetSections(template)).toHaveLength(7);
  });

  it('warns once per incomplete card, naming the file and the sections', () => {
    const warnings = datasetCardWarnings([
      { path: 'datasets/a.md', source: `---\ntitle: A\n---\n${ALL}` },
      { path: 'datasets/b.md', source: '---\ntitle: B\n---\n## Motivation\n\nx\n' },
      { path: 'models/c.md', source: '---\ntitle: C\n---\n' },
    ] as never);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^datasets\/b\.md: dataset card has no filled "Composition", .* and "Maintenance" section/);
  });
});
