// Child process of browser-lifecycle.test.ts: render one diagram through the plugin, then end the
// way argv[2] says, without closing the browser: `natural` (return), `exit` (process.exit), `throw`.
import { markdownToHtml } from 'satteri';
import { configureMermaidBrowser, mermaidBrowserStats } from '../../../../src/lib/mermaid/browser-pool.ts';
import { createDiagramRenderer } from '../../../../src/lib/mermaid/diagram-renderer.ts';
import { mermaid } from '../../../../src/markdown/mermaid.ts';

const [how = 'natural', cacheDir = ''] = process.argv.slice(2);
configureMermaidBrowser({ idleMs: 300 });
const renderer = createDiagramRenderer({ cacheDir, env: process.env });
const { html } = await markdownToHtml('```mermaid\ngraph TD\n  A --> B\n```\n', { mdastPlugins: [mermaid({ renderer })] });
console.log(JSON.stringify({ svg: html.includes('<svg'), ...mermaidBrowserStats() }));
if (how === 'exit') process.exit(0);
if (how === 'throw') throw new Error('the build failed');
