package nl.doorlopendelijn.webui;

import com.microsoft.playwright.Page;

/**
 * Whether a page scrolls sideways, and why: the element that sticks out furthest past the right edge of the window
 * (not counting what sits in a scrolling container such as {@code .tabel-scroll}), named so the page can be fixed.
 */
final class PaginaBreedte {

  private static final String BREEDSTE = """
      () => {
        const w = window.innerWidth;
        const paginaBreedte = document.documentElement.scrollWidth;
        if (paginaBreedte <= w) return null;
        const scrolt = e => { for (let p = e.parentElement; p && p !== document.documentElement; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true; }
          return false; };
        const steektUit = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5; };
        let beste = null, rechts = 0;
        for (const e of document.body.querySelectorAll('*')) {
          if (!steektUit(e) || scrolt(e)) continue;
          // the outermost element that sticks out: its parent does not
          if (e.parentElement && e.parentElement !== document.body && steektUit(e.parentElement)) continue;
          const r = e.getBoundingClientRect().right;
          if (r > rechts) { beste = e; rechts = r; }
        }
        const naam = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
          + [...e.classList].map(c => '.' + c).join('');
        if (!beste) return 'page ' + paginaBreedte + ' px wide, window ' + w + ' px';
        let pad = naam(beste);
        for (let p = beste.parentElement; p && p !== document.body && pad.split(' > ').length < 4; p = p.parentElement) {
          pad = naam(p) + ' > ' + pad;
        }
        const tekst = (beste.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 60);
        return 'page ' + paginaBreedte + ' px wide, window ' + w + ' px; widest: ' + pad + ' ('
          + Math.round(beste.getBoundingClientRect().width) + ' px, right edge ' + Math.round(rechts) + ' px)'
          + (tekst ? ' «' + tekst + '»' : '');
      }""";

  private PaginaBreedte() {}

  /** Null when the page fits the window; otherwise what sticks out, e.g. "table#dossiers.tabel (790 px, ...)". */
  static String breedsteElement(Page page) {
    Object uitkomst = page.evaluate(BREEDSTE);
    return uitkomst == null ? null : uitkomst.toString();
  }
}
