/**
 * The theme script's text (ThemeScript.astro writes it inline into every page's <head>). It lives
 * here so the CSP step (src/integrations/csp.ts) knows it is Labbook's own and allows it by hash;
 * plain browser JavaScript, not compiled.
 *
 * Three choices: auto (nothing stored: follow the OS, live), light, dark. The toggle cycles
 * auto → the theme opposite the OS's → the OS's → auto, so every click from auto changes what the
 * reader sees; its accessible name (and tooltip) says the active choice, `data-theme-choice` on
 * <html> picks its icon.
 */
// Kept terse, its line breaks and indents dropped (it is in every page's <head>; every statement
// ends with `;`): k storage key, r <html>, os the OS query, c() the stored choice ('auto' when
// none), sys() the OS theme.
export const THEME_SCRIPT = `(() => {
const k = 'labbook-theme', d = document, r = d.documentElement, os = matchMedia('(prefers-color-scheme: dark)');
const c = () => { try { const s = localStorage[k]; return s == 'dark' || s == 'light' ? s : 'auto'; } catch { return 'auto'; } };
const sys = () => (os.matches ? 'dark' : 'light');
const apply = () => {
  const ch = c(), t = ch == 'auto' ? sys() : ch, name = 'Theme: ' + (ch == 'auto' ? 'auto (' + t + ')' : t);
  r.dataset.theme = t; r.dataset.themeChoice = ch;
  for (const b of d.querySelectorAll('[data-theme-toggle]')) b.ariaLabel = b.title = name;
};
apply();
os.onchange = apply;
d.addEventListener('DOMContentLoaded', apply);
d.addEventListener('click', (e) => {
  if (!e.target.closest?.('[data-theme-toggle]')) return;
  const ch = c(), n = ch == 'auto' ? (sys() == 'dark' ? 'light' : 'dark') : ch == sys() ? 'auto' : sys();
  try { n == 'auto' ? localStorage.removeItem(k) : (localStorage[k] = n); } catch {}
  apply();
});
})();`.replace(/\n\s*/g, '');
