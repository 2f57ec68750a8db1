import { z } from 'zod';
import { contentYear, isoDate, viText } from './common.ts';

/**
 * A criteria set for the CCHC index (bộ tiêu chí xác định Chỉ số CCHC): one file in content/criteria/. A real set is
 * copied from the decision that issues it, with its number, date, issuer and the public page it was read from; its
 * points come only from there. A set written to show how the score table works is marked `illustrative` and has no
 * decision: the builder, the guide and the example say it is not official wherever it shows.
 */

/** Who a set scores: xã, phường, đặc khu; UBND tỉnh; sở, ban, ngành. */
export const criteriaLevels = ['xa', 'tinh', 'so'] as const;

export type CriterionData = {
  tt: string;
  name: string;
  max?: number;
  survey: boolean;
  method?: string;
  condition?: string;
  step?: number;
  children: CriterionData[];
};

export const criterionSchema: z.ZodType<CriterionData, unknown> = z.lazy(() =>
  z.object({
    /** Numbering as the set prints it: "1", "1.1", "1.1.1". */
    tt: z.string().trim().min(1, 'không được để trống'),
    name: viText,
    /** Điểm tối đa; required on a criterion without children, checked against the children's sum on the others. */
    max: z.number().nonnegative().optional(),
    /** Measured by the sociological survey (điều tra xã hội học): the unit does not score it. */
    survey: z.boolean().default(false),
    /** Cách chấm điểm as the set states it. */
    method: viText.optional(),
    /**
     * When the criterion applies, where the set says it may not apply to every unit ("Chỉ áp dụng đối với xã có …"):
     * shown beside the criterion; a unit it does not apply to marks it "không áp dụng" and the maximum drops.
     */
    condition: viText.optional(),
    /** Scores in steps of this many points, where it differs from the set's. */
    step: z.number().positive().optional(),
    children: z.array(criterionSchema).default([]),
  }),
) as z.ZodType<CriterionData, unknown>;

/** Điểm thưởng or điểm trừ as a set states them: the items, each with its maximum, and the most counted in all. */
const adjustmentsSchema = z.object({
  limit: z.number().positive().optional(),
  items: z
    .array(
      z.object({
        tt: z.string().default(''),
        /** What earns the bonus or causes the penalty, as the set words it. */
        name: viText,
        max: z.number().positive().optional(),
      }),
    )
    .min(1),
});

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6;

/** The sum of the leaves' maxima under a criterion (its own for a leaf). */
export const criterionMax = (c: CriterionData): number => (c.children.length ? sum(c.children.map(criterionMax)) : (c.max ?? 0));

export const criteriaSetSchema = z
  .object({
    name: viText,
    /** Not an official set: no decision; every place that shows it says so. */
    illustrative: z.boolean().default(false),
    /** Who the set scores: xã, phường, đặc khu; tỉnh; sở, ban, ngành. */
    level: z.enum(criteriaLevels),
    /** The year scored with it (the first, when it applies to several). */
    year: contentYear,
    /** "Ủy ban nhân dân tỉnh Lâm Đồng". */
    issuer: viText.optional(),
    decision: z.object({ number: viText, date: isoDate }).optional(),
    /** Where the points were read: the decision's annex as published, or, for an illustrative set, what it is. */
    source: z.object({ url: z.string().url().optional(), note: viText }),
    /** Scores go in steps of this many points. */
    step: z.number().positive().optional(),
    /** The stated total (checked against the criteria; bonus and penalty points are outside it). */
    total: z.number().positive(),
    criteria: z.array(criterionSchema).min(1),
    /** Điểm thưởng, outside the criteria tree. */
    bonus: adjustmentsSchema.optional(),
    /** Điểm trừ, outside the criteria tree. */
    penalty: adjustmentsSchema.optional(),
  })
  .superRefine((set, ctx) => {
    if (set.illustrative && set.decision)
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'bộ tiêu chí minh họa không có quyết định ban hành' });
    if (!set.illustrative) {
      if (!set.decision || !set.issuer)
        ctx.addIssue({
          code: 'custom',
          path: ['decision'],
          message: 'bộ tiêu chí thật cần số, ngày quyết định ban hành và cơ quan ban hành',
        });
      if (!set.source.url)
        ctx.addIssue({ code: 'custom', path: ['source', 'url'], message: 'bộ tiêu chí thật cần địa chỉ trang đã chép điểm số' });
    } else if (!/minh họa/i.test(set.name))
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'tên bộ tiêu chí minh họa phải có chữ "minh họa"' });
    const walk = (list: CriterionData[], path: (string | number)[]) =>
      list.forEach((c, i) => {
        const here = [...path, i];
        if (!c.children.length && c.max == null)
          ctx.addIssue({ code: 'custom', path: [...here, 'max'], message: `tiêu chí ${c.tt} chưa có điểm tối đa` });
        if (c.children.length && c.max != null && Math.abs(c.max - criterionMax(c)) > 1e-6)
          ctx.addIssue({
            code: 'custom',
            path: [...here, 'max'],
            message: `điểm tối đa của ${c.tt} là ${c.max} nhưng các tiêu chí bên dưới cộng được ${criterionMax(c)}`,
          });
        walk(c.children, [...here, 'children']);
      });
    walk(set.criteria, ['criteria']);
    const total = sum(set.criteria.map(criterionMax));
    if (Math.abs(total - set.total) > 1e-6)
      ctx.addIssue({ code: 'custom', path: ['total'], message: `tổng điểm ghi ${set.total} nhưng các lĩnh vực cộng được ${total}` });
  });

export type CriteriaSetData = z.output<typeof criteriaSetSchema>;
export type CriteriaSet = CriteriaSetData & { id: string };
