/**
 * The accessible name of a diagram without an `accTitle`: what kind of diagram it is, in words, from
 * the type Mermaid detected (the SVG's `aria-roledescription`, e.g. `flowchart-v2`).
 */
const NAMES: Record<string, string> = {
  flowchart: 'flowchart',
  'flowchart-v2': 'flowchart',
  'flowchart-elk': 'flowchart',
  graph: 'flowchart',
  sequence: 'sequence diagram',
  class: 'class diagram',
  classDiagram: 'class diagram',
  state: 'state diagram',
  stateDiagram: 'state diagram',
  er: 'entity relationship diagram',
  gantt: 'Gantt chart',
  pie: 'pie chart',
  mindmap: 'mind map',
  timeline: 'timeline',
  gitGraph: 'git graph',
  journey: 'user journey',
  quadrantChart: 'quadrant chart',
  xychart: 'XY chart',
  block: 'block diagram',
  sankey: 'Sankey diagram',
  requirement: 'requirement diagram',
  c4: 'C4 diagram',
  packet: 'packet diagram',
  architecture: 'architecture diagram',
  kanban: 'kanban board',
  radar: 'radar chart',
  treemap: 'treemap',
};

/** `flowchart-v2` -> `flowchart diagram`... : always ends in a noun saying it is a diagram. */
export function diagramLabel(type: string | undefined): string {
  const name = type ? (NAMES[type] ?? type.replace(/-(?:v\d+|beta)$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()) : 'Mermaid';
  return /\b(?:diagram|chart|graph|map|board|timeline|journey|treemap)$/i.test(name) ? name : `${name} diagram`;
}
