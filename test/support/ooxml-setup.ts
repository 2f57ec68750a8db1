/** Every test file: the .docx its tests made are checked against the ECMA-376 schemas after its last test (ooxml.ts). */
import { afterAll } from 'vitest';
import { flushSchemaChecks } from './ooxml.ts';

// Vitest reads the hook's first parameter as fixtures and wants it destructured.
// eslint-disable-next-line no-empty-pattern
afterAll(({}, suite) => flushSchemaChecks(suite.file.filepath), 120_000);
