/**
 * Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs). Starlight's search script constructs the UI
 * as soon as the browser is idle, which downloads ~26 KB gzip on every page before the visitor does anything.
 * This stand-in keeps Starlight's search untouched but builds the real UI only when the visitor reaches for it:
 * pointer over or focus on the search button, a click on it, or Ctrl/⌘+K.
 *
 * Until the real UI is drawn, the dialog holds a plain search box of the same look, so Starlight's "open" puts the
 * cursor in it (click and Ctrl+K alike) and whatever is typed right away is kept: the real UI takes the text, the
 * cursor and the focus over and searches at once. If the dialog was opened before this ran, the UI loads at once.
 */
import { searchQuery } from './query.ts';

type Options = Record<string, unknown> & { element: string; translations?: Record<string, string> };
type RealUI = { triggerSearch(term: string): void };

const failed = 'Không tải được ô tìm kiếm (có thể do mất mạng). Hãy kết nối mạng rồi tải lại trang.';

/** The stand-in box: Pagefind's class names, so Starlight's styles for the real box apply; the rest is in site.css. */
function pendingBox(container: Element, placeholder: string): HTMLInputElement {
  const form = document.createElement('form');
  form.className = 'pagefind-ui__form pagefind-ui__form--pending';
  form.setAttribute('role', 'search');
  form.addEventListener('submit', (e) => e.preventDefault());
  const input = document.createElement('input');
  input.className = 'pagefind-ui__search-input';
  input.type = 'text';
  input.placeholder = placeholder;
  input.setAttribute('aria-label', placeholder);
  input.autocomplete = 'off';
  form.append(input);
  container.append(form);
  return input;
}

type Result = { meta?: Record<string, string> };

/**
 * The diacritics-free copy of a page's words (src/search/terms.ts) is for matching, not for showing under a result;
 * the keywords are shown under their Vietnamese label (Pagefind prints a meta field's key as its label).
 */
const hideTerms =
  (next: unknown) =>
  (result: Result): Result => {
    const meta = result.meta;
    if (meta) {
      delete meta.terms;
      if (meta.keywords) meta['Từ khóa'] = meta.keywords;
      delete meta.keywords;
    }
    return (typeof next === 'function' ? (next as (r: Result) => Result | undefined)(result) : undefined) ?? result;
  };

export class PagefindUI {
  constructor(options: Options) {
    const container = document.querySelector(options.element);
    const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const dialog = button?.closest('site-search')?.querySelector('dialog');
    if (!container) return;
    const pending = pendingBox(container, options.translations?.placeholder ?? 'Tìm kiếm');
    if (dialog?.open) pending.focus();
    let composing = false;
    pending.addEventListener('compositionstart', () => (composing = true));
    pending.addEventListener('compositionend', () => (composing = false));
    const swap = (Real: new (o: Options) => RealUI) => {
      const typed = pending.value;
      const hadFocus = document.activeElement === pending;
      pending.form?.remove();
      const ui = new Real({ ...options, processTerm: searchQuery, processResult: hideTerms(options.processResult) });
      const input = container.querySelector<HTMLInputElement>('input');
      if (typed) ui.triggerSearch(typed);
      if (input && (hadFocus || dialog?.open)) {
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
      }
    };
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      stop();
      // @ts-expect-error — the package ships no types.
      void import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(
        ({ PagefindUI: Real }: { PagefindUI: new (o: Options) => RealUI }) => {
          // A word still being composed (a phone keyboard, an IME) would be lost with its box: swap once it is done.
          if (composing) pending.addEventListener('compositionend', () => swap(Real), { once: true });
          else swap(Real);
        },
        // Offline before the site was saved on this computer: say so in the dialog, and keep what was typed.
        () => pending.form?.insertAdjacentHTML('afterend', `<p role="alert">${failed}</p>`),
      );
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key === 'k') start();
    };
    const events = ['pointerenter', 'focus', 'click'] as const;
    const stop = () => {
      for (const ev of events) button?.removeEventListener(ev, start);
      window.removeEventListener('keydown', onKey, true);
      pending.removeEventListener('input', start);
    };
    // The visitor may have opened the dialog before this ran (Starlight creates the UI when idle).
    if (!button || dialog?.open || button.matches(':hover, :focus')) {
      start();
      return;
    }
    for (const ev of events) button.addEventListener(ev, start);
    window.addEventListener('keydown', onKey, true);
    pending.addEventListener('input', start);
  }
}
