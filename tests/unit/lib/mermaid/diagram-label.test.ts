import { describe, expect, it } from 'vitest';
import { diagramLabel } from '../../../../src/lib/mermaid/diagram-label.ts';

describe('diagramLabel', () => {
  it.each([
    ['flowchart-v2', 'flowchart diagram'],
    ['sequence', 'sequence diagram'],
    ['classDiagram', 'class diagram'],
    ['stateDiagram', 'state diagram'],
    ['er', 'entity relationship diagram'],
    ['gantt', 'Gantt chart'],
    ['pie', 'pie chart'],
    ['mindmap', 'mind map'],
    ['timeline', 'timeline'],
    ['gitGraph', 'git graph'],
    ['journey', 'user journey'],
    ['quadrantChart', 'quadrant chart'],
    ['xychart', 'XY chart'],
    ['block', 'block diagram'],
    ['sankey', 'Sankey diagram'],
    ['futureThing-beta', 'future thing diagram'],
    [undefined, 'Mermaid diagram'],
  ])('%s -> %s', (type, label) => {
    expect(diagramLabel(type)).toBe(label);
  });
});
