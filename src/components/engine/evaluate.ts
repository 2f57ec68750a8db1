/**
 * The report engine's checks, loaded with import() when a page first needs them (the builder: at the first edit, a
 * section opened, the open-points panel, preview or download; the roll-up: with the first file), never with the page.
 */
export { evaluate } from '../../lib/report/index.ts';
