/** The copy in localStorage of a value whose write to IndexedDB the page may not live to finish. */
import { describe, expect, it } from 'vitest';
import { unloadCopy } from '../../../src/lib/storage/unload-copy.ts';
import { fakeLocalStorage } from '../../support/local-storage.ts';

describe('unloadCopy', () => {
  it('copies only a value not yet stored, and removes the copy once a later write is stored', () => {
    const ls = fakeLocalStorage();
    const copy = unloadCopy<{ text: string }>('k', () => ls);
    const a = { text: 'Hưng' };
    const b = { text: 'Hưng Yên' };
    copy.keep();
    expect(ls.map.size).toBe(0);
    copy.writing(a);
    copy.writing(b);
    // The write of `a` finishes: `b` is still on its way, so the page going now copies `b`.
    copy.stored(a);
    copy.keep();
    expect(copy.read()).toEqual(b);
    copy.stored(b);
    expect(ls.map.size).toBe(0);
    expect(copy.read()).toBeUndefined();
    copy.keep();
    expect(ls.map.size).toBe(0);
  });

  it('reads a copy that is not JSON as its text (for the caller to report), and never throws', () => {
    const ls = fakeLocalStorage();
    ls.map.set('k', '{hỏng');
    expect(unloadCopy('k', () => ls).read()).toBe('{hỏng');
    const full = fakeLocalStorage({}, 0);
    const copy = unloadCopy<number>('k', () => full);
    copy.writing(1);
    expect(() => copy.keep()).not.toThrow();
    expect(unloadCopy('k', () => undefined).read()).toBeUndefined();
    const broken = unloadCopy('k', () => {
      throw new Error('SecurityError');
    });
    expect(broken.read()).toBeUndefined();
  });
});
