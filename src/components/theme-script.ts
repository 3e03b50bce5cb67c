/**
 * The theme script's text (ThemeScript.astro writes it inline into every page's <head>). It lives
 * here so the CSP step (src/integrations/csp.ts) knows it is Labbook's own and allows it by hash;
 * plain browser JavaScript, not compiled.
 *
 * Three choices: auto (nothing stored: follow the OS, live), light, dark. The toggle cycles
 * auto → the theme opposite the OS's → the OS's → auto, so every click from auto changes what the
 * reader sees; its accessible name (and tooltip) says the active choice, `data-theme-choice` on
 * <html> picks its icon.
 *
 * It also closes the header's open "Menu" (a <details>, Header.astro) on Escape, returning focus to
 * it: every page has this script, so the menu needs no script of its own.
 */
export const THEME_SCRIPT = `
(() => {
  const key = 'labbook-theme';
  const root = document.documentElement;
  const os = matchMedia('(prefers-color-scheme: dark)');
  const choice = () => { try { const s = localStorage.getItem(key); return s === 'dark' || s === 'light' ? s : 'auto'; } catch { return 'auto'; } };
  const system = () => (os.matches ? 'dark' : 'light');
  const apply = () => {
    const chosen = choice();
    const theme = chosen === 'auto' ? system() : chosen;
    root.dataset.theme = theme;
    root.dataset.themeChoice = chosen;
    const name = chosen === 'auto' ? 'Theme: auto (' + theme + ')' : 'Theme: ' + theme;
    for (const b of document.querySelectorAll('[data-theme-toggle]')) { b.setAttribute('aria-label', name); b.title = name; }
  };
  apply();
  os.addEventListener('change', apply);
  document.addEventListener('DOMContentLoaded', apply);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const chosen = choice();
    const next = chosen === 'auto' ? (system() === 'dark' ? 'light' : 'dark') : chosen === system() ? 'auto' : system();
    try { if (next === 'auto') localStorage.removeItem(key); else localStorage.setItem(key, next); } catch {}
    apply();
  });
  document.addEventListener('keydown', (event) => {
    const menu = event.key === 'Escape' && document.querySelector('details.site-menu[open]');
    if (!menu) return;
    menu.open = false;
    menu.querySelector('summary').focus();
  });
})();
`;
