import type { CDPSession, Page } from 'playwright-core';

/**
 * Vietnamese typed the ways real users type it, sent to the focused field through the Chrome DevTools Protocol as
 * fast as the protocol goes: every key of a text is sent at once, without waiting for the page to handle the one
 * before (a busy old PC sees its keys arrive like this), and the typing ends when the page has handled them all.
 * Chromium handles a session's input commands in the order they were sent.
 */

/** The letter a Telex user types before the tone or hat key: "Ấ" → "A", "Đ" → "D", "ư" → "u". */
const baseLetter = (ch: string) =>
  ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd');

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/** One DevTools session per page for the typing helpers. */
function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

type Send = (method: 'Input.insertText' | 'Input.dispatchKeyEvent' | 'Input.imeSetComposition', params: object) => void;

/** Sends every command `type` produces without waiting, then waits until Chromium has handled them all. */
async function pipelined(cdp: CDPSession, type: (send: Send) => void): Promise<void> {
  const sent: Promise<unknown>[] = [];
  type((method, params) => sent.push(cdp.send(method, params as never)));
  await Promise.all(sent);
}

const KEYS = {
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', unmodifiedText: '\r' },
  Backspace: { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 },
};
/** A key pressed and released, as Playwright's keyboard.press sends it. */
function press(send: Send, name: keyof typeof KEYS) {
  const key = KEYS[name];
  send('Input.dispatchKeyEvent', { type: 'text' in key ? 'keyDown' : 'rawKeyDown', ...key });
  send('Input.dispatchKeyEvent', { type: 'keyUp', key: key.key, code: key.code, windowsVirtualKeyCode: key.windowsVirtualKeyCode });
}

/**
 * Unikey / EVKey in Telex mode on Windows: the plain letter goes in as typed; the key that adds a tone or a hat
 * makes Unikey send Backspace and then the precomposed letter ("a", then Backspace + "á"). A line break is Enter.
 */
export async function typeUnikey(page: Page, text: string): Promise<void> {
  await pipelined(await cdpOf(page), (send) => {
    for (const ch of text) {
      if (ch === '\n') {
        press(send, 'Enter');
        continue;
      }
      const base = baseLetter(ch);
      if (base !== ch) {
        send('Input.insertText', { text: base });
        press(send, 'Backspace');
      }
      send('Input.insertText', { text: ch });
    }
  });
}

/**
 * A phone keyboard (Gboard, Laban Key) or an IME that composes: each word is composed letter by letter
 * (Input.imeSetComposition: the word so far, underlined, still editable) and then committed (Input.insertText);
 * spaces are committed on their own, line breaks are Enter.
 */
export async function typeComposed(page: Page, cdp: CDPSession, text: string): Promise<void> {
  await pipelined(cdp, (send) => {
    for (const part of text.split(/([ \n])/)) {
      if (!part) continue;
      if (part === '\n') press(send, 'Enter');
      else if (part === ' ') send('Input.insertText', { text: ' ' });
      else {
        let word = '';
        for (const ch of part) {
          word += ch;
          send('Input.imeSetComposition', { text: word, selectionStart: word.length, selectionEnd: word.length });
        }
        send('Input.insertText', { text: part });
      }
    }
  });
}
