// Under `astro dev` only (injected by the labbook() integration): the problems that would stop
// `npm run build`, in a box on top of every page, until they are fixed. The dev server pushes the
// list when it changes (src/integrations/dev-problems.ts); a page that loads asks for it.
import { PROBLEMS_EVENT, PROBLEMS_WANTED_EVENT, type ShownProblem } from '../lib/dev/problems-event.ts';

const HOST_ID = 'labbook-dev-problems';

// In a shadow root: the site's styles do not reach the box, nor its styles the site.
const STYLE = `
  :host { all: initial; }
  section {
    position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
    margin: 0.5rem; padding: 0.75rem 1rem; border: 2px solid #b42318; border-radius: 8px;
    background: #fff5f4; color: #3b0a06; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
    font: 15px/1.45 system-ui, sans-serif;
  }
  h2 { margin: 0 0 0.25rem; font-size: 1rem; }
  p { margin: 0 0 0.5rem; }
  ul { margin: 0; padding: 0; list-style: none; }
  li { padding: 0.5rem 0; border-top: 1px solid #f3c4bf; }
  code, pre { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .where { font-weight: 600; }
  pre { margin: 0.35rem 0 0; padding: 0.35rem 0.5rem; overflow: auto; }
  .excerpt { background: #fde7e4; border-radius: 4px; }
  button { float: right; font: inherit; border: 1px solid #b42318; background: #fff; color: inherit; border-radius: 4px; cursor: pointer; }
  @media (prefers-color-scheme: dark) {
    section { background: #2a0f0c; color: #ffe4e0; border-color: #f97066; }
    li { border-color: #7a271a; }
    .excerpt { background: #3d1510; }
    button { background: #2a0f0c; border-color: #f97066; }
  }
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The box for `problems`, or none when the list is empty. Text only: messages quote the author's files. */
function show(problems: readonly ShownProblem[]): void {
  document.getElementById(HOST_ID)?.remove();
  if (problems.length === 0) return;
  const host = element('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  root.append(element('style', STYLE));
  const box = element('section');
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-labelledby', 'title');
  const close = element('button', 'Hide');
  close.type = 'button';
  close.addEventListener('click', () => host.remove());
  const title = element('h2', `Labbook: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`} that would stop the build`);
  title.id = 'title';
  const list = element('ul');
  for (const problem of problems) {
    const item = element('li');
    // Mermaid's and KaTeX's own lines (a caret under the error) come after the first: kept in monospace.
    const [first = '', ...rest] = problem.message.split('\n');
    item.append(element('code', problem.where, 'where'), document.createTextNode(' '), element('span', first, 'message'));
    if (rest.length) item.append(element('pre', rest.join('\n')));
    if (problem.excerpt !== undefined) item.append(element('pre', `${problem.where.replace(/^.*:(?=\d+$)/, '')} | ${problem.excerpt}`, 'excerpt'));
    list.append(item);
  }
  box.append(close, title, element('p', 'Fix the file and save: this box goes away, and the page shows your change.'), list);
  root.append(box);
  document.body.append(host);
}

if (import.meta.hot) {
  import.meta.hot.on(PROBLEMS_EVENT, (data: { problems: ShownProblem[] }) => show(data.problems));
  import.meta.hot.send(PROBLEMS_WANTED_EVENT);
}
