import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';

/** A reform area as the builder shows it beside a section: its checklist ("Báo cáo cần thể hiện") and where to read more. */
export type AreaInfo = {
  name: string;
  checklist: { text: string; formula?: string; target?: string }[];
  checklistUrl: string;
  /** "" until the kind's how-to guide page exists. */
  guideUrl: string;
};

/** What a builder page hands its island (src/data/builder-props.ts assembles it at build). */
export type BuilderProps = {
  template: ReportTemplate;
  example?: Draft;
  catalogue: CatalogueBrief[];
  areas: Record<string, AreaInfo>;
  guideUrl: string;
  kindNames: Record<string, string>;
  /** The criteria sets a score table can start from (only for report kinds with one). */
  criteriaSets?: CriteriaSet[];
};
