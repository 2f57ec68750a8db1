import type { Draft } from '../../schemas/draft.ts';
import { DRAFT_FORMAT, DRAFT_VERSION } from './constants.ts';

/** The file users download: pretty JSON of the versioned draft (zod-free, so export works from the first load). */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ ...draft, format: DRAFT_FORMAT, version: DRAFT_VERSION }, null, 2) + '\n';
}
