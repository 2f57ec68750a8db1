import type { DocBlock } from '../../../document/model.ts';
import type { BlockKind, BlockOf } from '../types.ts';
import { parseProse } from '../../prose.ts';
import { asText, blank, isRecord } from '../../values.ts';
import { letter } from '../../numbering.ts';

export type Assessment = { good: string; limits: string; proposals: string };
const parts = ['good', 'limits', 'proposals'] as const;

export function asAssessment(v: unknown): Assessment {
  if (!isRecord(v)) return { good: '', limits: '', proposals: '' };
  return { good: asText(v.good), limits: asText(v.limits), proposals: asText(v.proposals) };
}

/** Mặt được, hạn chế, đề nghị: three prose fields printed as "a) …", "b) …" under the section. */
export const assessment: BlockKind<BlockOf<'assessment'>> = {
  shapeOk: (value) => isRecord(value) && parts.every((k) => value[k] === undefined || typeof value[k] === 'string'),
  hasContent(_block, value) {
    const a = asAssessment(value);
    return parts.some((k) => !blank(a[k]));
  },
  check: (_block, value, ctx) => ctx.prose(Object.values(asAssessment(value))),
  render(block, value, ctx) {
    const a = asAssessment(value);
    const out: DocBlock[] = [];
    let n = 0;
    for (const k of parts) {
      const paras = parseProse(ctx.fill(a[k]), ctx.prose);
      if (!paras.length) continue;
      out.push({ type: 'heading', level: 4, text: `${letter(n++)}) ${block.labels[k]}` });
      for (const p of paras) out.push({ type: 'paragraph', runs: p.runs });
    }
    return out;
  },
  rollover: (_block, value) => value,
  texts(block, value, key) {
    const a = asAssessment(value);
    return parts.map((k) => ({
      field: `${key}.${k}`,
      label: `${block.label} (${block.labels[k].toLocaleLowerCase('vi')})`,
      text: a[k],
      prose: true,
    }));
  },
};
