import type { ReportTemplate } from '../../schemas/template.ts';
import type { RequestRef, RequestTarget } from '../../schemas/request.ts';
import { rollupColumns, type FigureColumn } from '../rollup/columns.ts';
import { wording } from '../document/wording.ts';
import { formatFigureAs } from '../format/figure.ts';
import { citeDocument } from './basis.ts';

/**
 * The figures a request may set a target for: the rates whose better direction the template states (the ones a roll-up
 * ranks), where the template has no verified national target of its own.
 */
export const targetFields = (template: Pick<ReportTemplate, 'sections'>): FigureColumn[] =>
  rollupColumns(template).filter((c) => c.better && !c.field?.target);

/** "tối thiểu 95% (chỉ tiêu năm 2026)", the figure written as its column writes it. */
export const targetText = (t: Pick<RequestTarget, 'op' | 'value' | 'year'>, c: Pick<FigureColumn, 'type' | 'unit'>): string =>
  wording.request.target(t.op, formatFigureAs(c.type, t.value, c.unit), t.year);

/** The document that sets a target: its own source, or for the province's own target, the asking document. */
export const targetSource = (t: RequestTarget, ref: Pick<RequestRef, 'document'>): string =>
  t.own || !t.source ? citeDocument(ref.document, false) : t.source;
