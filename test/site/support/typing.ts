import type { CDPSession, Page } from 'playwright-core';

/**
 * Vietnamese typed the ways real users type it, sent to the focused field through the Chrome DevTools Protocol, as
 * fast as the protocol goes (no waits between keys: a busy old PC sees its keys arrive like this).
 */

/** The letter a Telex user types before the tone or hat key: "Ấ" → "A", "Đ" → "D", "ư" → "u". */
const baseLetter = (ch: string) =>
  ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd');

/**
 * Unikey / EVKey in Telex mode on Windows: the plain letter goes in as typed; the key that adds a tone or a hat
 * makes Unikey send Backspace and then the precomposed letter ("a", then Backspace + "á"). A line break is Enter.
 */
export async function typeUnikey(page: Page, text: string): Promise<void> {
  for (const ch of text) {
    if (ch === '\n') {
      await page.keyboard.press('Enter');
      continue;
    }
    const base = baseLetter(ch);
    if (base !== ch) {
      await page.keyboard.insertText(base);
      await page.keyboard.press('Backspace');
    }
    await page.keyboard.insertText(ch);
  }
}

/**
 * A phone keyboard (Gboard, Laban Key) or an IME that composes: each word is composed letter by letter
 * (Input.imeSetComposition: the word so far, underlined, still editable) and then committed (Input.insertText);
 * spaces are committed on their own, line breaks are Enter.
 */
export async function typeComposed(page: Page, cdp: CDPSession, text: string): Promise<void> {
  for (const part of text.split(/([ \n])/)) {
    if (!part) continue;
    if (part === '\n') await page.keyboard.press('Enter');
    else if (part === ' ') await cdp.send('Input.insertText', { text: ' ' });
    else {
      let word = '';
      for (const ch of part) {
        word += ch;
        await cdp.send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
      }
      await cdp.send('Input.insertText', { text: part });
    }
  }
}
