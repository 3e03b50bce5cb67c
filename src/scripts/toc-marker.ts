/**
 * Marks the section being read in every table of contents of the page (`.toc`): the link of the
 * last heading that has scrolled past the top fifth of the screen gets `aria-current="location"`.
 * Driven by IntersectionObserver (no scroll handler, no timers); without it the links still work.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const targets = links.flatMap((link) => {
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  return target ? [{ link, target }] : [];
});
const mark = () => {
  const line = innerHeight / 5;
  let current = targets[0];
  for (const entry of targets) if (entry.target.getBoundingClientRect().top <= line) current = entry;
  for (const { link } of targets) {
    if (link === current?.link) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
};
if (targets.length) {
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -80% 0px' });
  for (const { target } of targets) observer.observe(target);
}
