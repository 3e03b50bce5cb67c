/**
 * The theme script's text (ThemeScript.astro writes it inline into every page's <head>). It lives
 * here so the CSP step (src/integrations/csp.ts) knows it is Labbook's own and allows it by hash;
 * plain browser JavaScript, not compiled.
 */
export const THEME_SCRIPT = `
(() => {
  const key = 'labbook-theme';
  const root = document.documentElement;
  const stored = () => { try { return localStorage.getItem(key); } catch { return null; } };
  const os = matchMedia('(prefers-color-scheme: dark)');
  const apply = (theme) => {
    root.dataset.theme = theme;
    for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  const current = () => { const s = stored(); return s === 'dark' || s === 'light' ? s : os.matches ? 'dark' : 'light'; };
  apply(current());
  os.addEventListener('change', () => apply(current()));
  document.addEventListener('DOMContentLoaded', () => apply(current()));
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try { localStorage.setItem(key, next); } catch {}
    apply(next);
  });
})();
`;
