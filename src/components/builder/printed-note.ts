/**
 * The note shown after importing a .docx whose text was edited after download (PrintedNotice.tsx). Only the store: the
 * reading and checking (printed-import.ts) load with a .docx import, never with the page.
 */
import { atom } from 'nanostores';
import type { PrintedCheck } from '../../lib/printed/check.ts';

export type PrintedNote = {
  /** The draft the note is about (the one just imported). */
  id: string;
  name: string;
  check: PrintedCheck;
  /** "Tổng số …: in trong văn bản 395, bản nháp gốc 295", one a figure. */
  differences: string[];
  unfound: string[];
  /** Some differing figures are computed: they are computed again, not taken. */
  computed: boolean;
};

export const $printedNote = atom<PrintedNote | undefined>(undefined);
