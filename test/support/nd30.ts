import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JS module without types
import { check } from './check-nd30.mjs';

/**
 * The Decree 30 layout checker, vendored from ../shared/reference/check-nd30.mjs so CI on a fresh clone has it;
 * test/unit/nd30-checker.test.ts keeps the copy identical to the reference when the reference is present.
 */
export const nd30CheckerPath = fileURLToPath(new URL('./check-nd30.mjs', import.meta.url));

export type Nd30Result = { id: string; ok: boolean; detail: string };

/** Every rule's result for a .docx on disk. */
export const checkNd30 = (docxPath: string): Nd30Result[] => check(docxPath);

export const nd30Failures = (docxPath: string): Nd30Result[] => checkNd30(docxPath).filter((r) => !r.ok);
