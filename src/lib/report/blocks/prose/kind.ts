import type { BlockKind, BlockOf } from '../types.ts';
import { parseProse } from '../../prose.ts';
import { asText, blank } from '../../values.ts';

/** Free text in the prose syntax (paragraphs, bullets, footnotes, citations). */
export const prose: BlockKind<BlockOf<'prose'>> = {
  shapeOk: (value) => typeof value === 'string',
  hasContent: (_block, value) => !blank(asText(value)),
  check: (_block, value, ctx) => ctx.prose([asText(value)]),
  render: (_block, value, ctx) => parseProse(ctx.fill(asText(value)), ctx.prose).map((p) => ({ type: 'paragraph', runs: p.runs })),
  rollover: (_block, value) => value,
  texts: (block, value, key) => [{ field: key, label: block.label, text: asText(value), prose: true }],
};
