import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nd30CheckerPath } from '../../support/nd30.ts';

const reference = new URL('../../../../shared/reference/check-nd30.mjs', import.meta.url);

describe('vendored Decree 30 checker', () => {
  it.runIf(existsSync(reference))('is identical to the shared reference copy', () => {
    expect(readFileSync(nd30CheckerPath, 'utf8')).toBe(readFileSync(reference, 'utf8'));
  });
});
