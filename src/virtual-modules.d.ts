// Types of the modules the labbook() integration serves (src/integrations/site-module.ts).
declare module 'virtual:labbook/site' {
  /** labbook.yaml, validated once in astro.config.mjs, and the content folder. */
  const site: import('./config/site.ts').Site;
  export default site;
}
