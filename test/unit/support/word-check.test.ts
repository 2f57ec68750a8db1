/**
 * The Open XML SDK check (test/support/word-check.ts) finds what Word would refuse, and the sample of a test file's
 * documents is the largest one and others spread over the queue.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue, loadExamples, loadTemplates } from '../../../src/data/load.ts';
import { renderBytes } from '../../support/render.ts';
import { sample, sampleSize, validateForWord, wordValidator } from '../../support/word-check.ts';

const work = join(import.meta.dirname, '../../../test-output');
mkdirSync(work, { recursive: true });

describe('the sample of a test file’s documents', () => {
  const docs = [10, 50, 20, 30, 40, 5].map((n, i) => ({ label: `d${i}`, bytes: new Uint8Array(n) }));
  it('is the largest and others spread over the queue', () => {
    expect(sample(docs, 3).map((d) => d.label)).toEqual(['d1', 'd2', 'd4']);
    expect(sample(docs, 2).map((d) => d.label)).toEqual(['d1', 'd3']);
    expect(sample(docs, 1).map((d) => d.label)).toEqual(['d1']);
    expect(sample(docs, 10)).toHaveLength(6);
    expect(sample(docs, 0)).toEqual([]);
  });
  it('is 2 unless OOXML_SDK_SAMPLE says a number or all', () => {
    expect(sampleSize(6, undefined)).toBe(2);
    expect(sampleSize(6, 'all')).toBe(6);
    expect(sampleSize(6, '1')).toBe(1);
    expect(sampleSize(2, '5')).toBe(2);
    expect(sampleSize(6, 'x')).toBe(2);
  });
});

describe('the Open XML SDK validator', () => {
  const exe = wordValidator();
  it('is installed with the dependencies (CI must check documents, not skip them)', () => {
    if (process.env.CI || process.platform === 'linux') expect(exe).toBeDefined();
  });

  it.runIf(exe)('passes a report the site made and names the part and element Word would refuse', async () => {
    const example = loadExamples().find((e) => e.draft.kind === 'bao-cao-tthc-thang')!.draft;
    const good = await renderBytes(loadTemplates().get(example.kind)!, example, loadCatalogue());
    const parts = unzipSync(good);
    const xml = strFromU8(parts['word/document.xml']);
    parts['word/document.xml'] = strToU8(xml.replace('<w:p>', '<w:p><w:bogus/>').replace(/<w:p ([^>]*)>/, '<w:p $1><w:bogus/>'));
    const bad = zipSync(parts);
    const problems = await validateForWord(
      [
        { label: 'good.docx', bytes: good },
        { label: 'bad.docx', bytes: bad },
      ],
      exe!,
      work,
    );
    expect(problems.filter((p) => p.document === 'good.docx')).toEqual([]);
    const found = problems.filter((p) => p.document === 'bad.docx');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].part).toBe('/word/document.xml');
    expect(found[0].message).toMatch(/bogus/);
    expect(found[0].where).toMatch(/w:p\[/);
  });
});
