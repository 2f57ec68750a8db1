import type { BlockTemplate } from '../../../schemas/template.ts';
import type { BlockKind, BlockKindName, BlockOf } from './types.ts';
import type { ResolvedSection } from '../walk.ts';
import { prose } from './prose/kind.ts';
import { documents } from './documents/kind.ts';
import { indicators } from './indicators/kind.ts';
import { table } from './table/kind.ts';
import { assessment } from './assessment/kind.ts';
import { scores } from './scores/kind.ts';

/** Every block kind; a new kind is one module here plus its entry in src/schemas/template.ts. */
const blockKinds: { [K in BlockKindName]: BlockKind<BlockOf<K>> } = {
  prose,
  documents,
  indicators,
  table,
  assessment,
  scores,
};

/** The module of a block's kind. */
export const blockKind = <B extends BlockTemplate>(block: B): BlockKind<B> => blockKinds[block.kind] as unknown as BlockKind<B>;

/** Whether a stored value has the shape its block expects; no value at all is fine. */
export const valueShapeOk = (block: BlockTemplate, value: unknown): boolean =>
  value === undefined || value === null || blockKind(block).shapeOk(value);

/** Whether a block has anything to print (a value of the wrong shape has nothing); `values` are the draft's. */
export const blockHasContent = (block: BlockTemplate, value: unknown, values?: Record<string, unknown>): boolean =>
  valueShapeOk(block, value) && blockKind(block).hasContent(block, value, values);

export function sectionHasContent(s: ResolvedSection, values: Record<string, unknown>): boolean {
  return (
    s.blocks.some(({ key, block }) => blockHasContent(block, values[key], values)) || s.children.some((c) => sectionHasContent(c, values))
  );
}
