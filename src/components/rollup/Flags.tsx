import type { RollupResult } from '../../lib/rollup/compute.ts';
import { t } from './strings/view.ts';

/** What to check, by kind of flag, each with its units (a long list of missing units starts folded). */
export function Flags({ result }: { result: RollupResult }) {
  const flagged = result.rows.filter((r) => r.flags.length);
  const types = Object.keys(t.flag) as (keyof typeof t.flag)[];
  return (
    <section aria-labelledby="cchc-rollup-flags-h" data-testid="flags">
      <h2 id="cchc-rollup-flags-h">{t.flagsHeading}</h2>
      {!flagged.length && <p>{t.flagsNone}</p>}
      {types.map((type) => {
        const rows = flagged.flatMap((r) => r.flags.filter((f) => f.type === type).map((f) => ({ row: r, flag: f })));
        if (!rows.length) return null;
        return (
          <details key={type} class="cchc-rollup__flag-group" data-flag={type} open={type !== 'missing' || rows.length <= 10}>
            <summary>
              <span class={`cchc-rollup__badge cchc-rollup__badge--${type}`}>{t.flag[type]}</span> ({rows.length})
            </summary>
            <ul>
              {rows.map(({ row, flag }, i) => (
                <li key={i}>
                  <strong>{row.name}</strong>
                  {type !== 'missing' && `: ${flag.message}`}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
