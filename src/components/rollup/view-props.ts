import type { ReportTemplate } from '../../schemas/template.ts';
import type { RollupState } from '../../lib/rollup/state.ts';
import type { RollupResult } from '../../lib/rollup/compute.ts';

/** What the parts of the roll-up's view are drawn from: the kind, the roll-up as kept, and what it computes to. */
export type ViewProps = { template: ReportTemplate; state: RollupState; result: RollupResult };
