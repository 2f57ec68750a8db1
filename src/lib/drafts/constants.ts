/**
 * The draft file's format marker and version, without importing zod (the builder's first load must stay small).
 * test/unit/drafts/migrate.test.ts checks they equal the ones in src/schemas/draft.ts.
 */
export const DRAFT_FORMAT = 'cam-nang-cchc/draft';
export const DRAFT_VERSION = 2;
