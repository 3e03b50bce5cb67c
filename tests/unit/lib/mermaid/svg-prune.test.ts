import { describe, expect, it } from 'vitest';
import { dropInertAttributes, dropUnusedDefinitions } from '../../../../src/lib/mermaid/svg-prune.ts';

const marker = (id: string) => `<marker id="${id}" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowMarkerPath"/></marker>`;

describe('dropUnusedDefinitions', () => {
  it('drops the markers no edge uses and keeps the ones an edge does', () => {
    const svg = `<svg id="m"><g>${marker('m_pointEnd')}${marker('m_pointStart')}${marker('m_circleEnd')}</g><path marker-end="url(#m_pointEnd)" d="M0 0 L1 1"/></svg>`;
    expect(dropUnusedDefinitions(svg)).toBe(`<svg id="m"><g>${marker('m_pointEnd')}</g><path marker-end="url(#m_pointEnd)" d="M0 0 L1 1"/></svg>`);
  });

  it('keeps what a stylesheet, an inline style, an href or another definition names', () => {
    const svg =
      `<svg id="m"><style>[data-theme='dark'] #m{--lbm1:url(#m-gradient)}#m-selected path{fill:red}</style>` +
      `<linearGradient id="m-gradient"><stop offset="0"/></linearGradient><marker id="m-selected"/>` +
      `<filter id="m-shadow"><feDropShadow dx="1"/></filter><pattern id="m-dots"/><clipPath id="m-clip"><rect/></clipPath>` +
      `<linearGradient id="m-base"/><radialGradient id="m-round" href="#m-base"/><symbol id="m-icon"><path d="M0 0"/></symbol>` +
      `<rect style="filter: url(&quot;#m-shadow&quot;)" fill="url(#m-dots)" clip-path="url('#m-clip')"/><circle fill="url(#m-round)"/><use href="#m-icon"/></svg>`;
    expect(dropUnusedDefinitions(svg)).toBe(svg);
  });

  it('drops unused definitions of every kind with what they hold, and the <defs> they leave empty', () => {
    const svg =
      `<svg id="m"><defs><filter id="m-drop-shadow"><feDropShadow dx="4"/></filter></defs><defs><linearGradient id="a"><stop/></linearGradient><linearGradient id="b"/></defs>` +
      `<defs><mask id="c"><g><mask id="inner"/></g></mask><symbol id="d"/><clipPath id="e"><rect/></clipPath><pattern id="f"></pattern><radialGradient id="g"/></defs>` +
      `<rect fill="url(#b)"/></svg>`;
    expect(dropUnusedDefinitions(svg)).toBe('<svg id="m"><defs><linearGradient id="b"/></defs><rect fill="url(#b)"/></svg>');
  });

  it('leaves drawn elements with ids, definitions without ids and text alone', () => {
    const svg = '<svg id="m"><g id="m-node-A"><rect id="r"/><text>marker id="x" url(#x)</text></g><marker viewBox="0 0 1 1"/></svg>';
    expect(dropUnusedDefinitions(svg)).toBe(svg);
  });
});

describe('dropInertAttributes', () => {
  it("drops empty style attributes and Mermaid's data-points, in tags only", () => {
    const svg = '<svg><g style=""><path d="M0 0" style="" data-points="W3sieCI6MX1d" class="edge"/></g><text style="fill:red">style="" data-points="x"</text></svg>';
    expect(dropInertAttributes(svg)).toBe('<svg><g><path d="M0 0" class="edge"/></g><text style="fill:red">style="" data-points="x"</text></svg>');
  });

  it('keeps a style that says something, and data attributes a stylesheet may select', () => {
    const svg = '<svg><g style="stroke: none" data-look="classic" data-id="A" data-et="edge"/></svg>';
    expect(dropInertAttributes(svg)).toBe(svg);
  });
});
