/**
 * The builder's door to the code that opens a request (open.ts, with zod and fflate): a module with no imports of its
 * own, so that the builder's first load holds only this small import.
 */
export const openRequestLink = (hash: string) => import('./open.ts').then((m) => m.openRequestLink(hash));
