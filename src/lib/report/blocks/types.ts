import type { BlockTemplate } from '../../../schemas/template.ts';
import type { BlockValue, Draft } from '../../../schemas/draft.ts';
import type { CatalogueBrief } from '../../../schemas/catalogue.ts';
import type { DocBlock } from '../../document/model.ts';
import type { Evaluation, Issue } from '../evaluation.ts';
import type { ProseContext } from '../prose.ts';
import type { FigureStyle } from '../../format/figure.ts';
import type { TypedFigure } from '../rules/figures.ts';

export type BlockKindName = BlockTemplate['kind'];
export type BlockOf<K extends BlockKindName> = Extract<BlockTemplate, { kind: K }>;

/** What a block's checks get: where the block is, and where its findings go. */
export type CheckContext = {
  /** The block's value key. */
  key: string;
  /** "[UBND xã Bình Thạnh] " inside an item of a repeated section, else "". */
  where: string;
  draft: Draft;
  catalogue: Map<string, CatalogueBrief>;
  /** How the document writes figures (the template's `figures`), for messages quoting them. */
  figures: FigureStyle;
  /** Figures, targets and table results go here; issues through `issue`. */
  out: Evaluation;
  issue: (i: Issue) => void;
  /** Flags a line typed into the block that reads like the end block of an old report. */
  pasted: (line: string) => void;
  /** Checks texts written in the prose syntax: pasted end blocks, footnotes, citations. */
  prose: (texts: string[]) => void;
};

/** What a block's rendering gets: the evaluation, the report's prose state (footnotes, citations made) and its intro. */
export type RenderContext = {
  key: string;
  ev: Evaluation;
  prose: ProseContext;
  /** How the document writes figures (the template's `figures`). */
  figures: FigureStyle;
  /** Fills {ky}, {nam}, {don_vi} … */
  fill: (s: string) => string;
  /** The block's intro with placeholders and citations filled in; '' when it has none. */
  intro: string;
};

/**
 * One kind of block, everything about it that is not drawing an editor: the value's shape, whether it has
 * anything to print, its checks, its part of the document and what "Tạo từ kỳ trước" keeps of it.
 */
export type BlockKind<B extends BlockTemplate> = {
  /** Whether a stored value has the shape this kind expects (never called with undefined or null). */
  shapeOk(value: unknown): boolean;
  /** `values`: the draft's, for a block that prints another block's figures (a table with `figuresOf`). */
  hasContent(block: B, value: unknown, values?: Record<string, unknown>): boolean;
  check(block: B, value: unknown, ctx: CheckContext): void;
  render(block: B, value: unknown, ctx: RenderContext): DocBlock[];
  /**
   * The figures the user types into the block, each with its draft path and kind: evaluate gives them the checks every
   * typed figure gets (rules/figures.ts: a number, whole and not negative for a count), whatever the block.
   */
  typedFigures?(block: B, value: unknown, key: string): TypedFigure[];
  /** The value a copy for the next period keeps; undefined keeps nothing. */
  rollover(block: B, value: BlockValue): BlockValue | undefined;
  /** Ids of the figures a copy for the next period is filled with from this one (the files carried over), to mark them. */
  carried?(block: B): string[];
  /**
   * The texts the user wrote into the block, each with its draft path and what it is, for the checks of text left from
   * another unit, period or the sample (src/lib/report/leftover/). `prose`: written in the prose syntax, whose
   * citations the block's own checks already look at.
   */
  texts?(block: B, value: unknown, key: string): BlockText[];
  /** Catalogue entries the block's template cites (checked when the site is built). */
  references?(block: B): string[];
};

/**
 * A text of a block: its draft path ("<block key>.<row>.<column>"), a label for messages, the text. `owner`: where the
 * findings of many small texts are said together (a table's cells, at the table: its key and label).
 */
export type BlockText = { field: string; label: string; text: string; prose?: boolean; owner?: { field: string; label: string } };

/** A paragraph of plain text. */
export const textBlock = (text: string): DocBlock => ({ type: 'paragraph', runs: [{ text }] });
