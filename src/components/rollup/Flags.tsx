import type { RollupResult } from '../../lib/rollup/compute.ts';
import { Section } from './Section.tsx';
import { t } from './strings/view.ts';

type FlagKey = keyof typeof t.flag;

/**
 * What to check, by kind of flag, each with its units (a long list of missing units starts folded); then the notes that
 * change no figure (an edit of the words only, the same report sent again), folded.
 */
export function Flags({ result }: { result: RollupResult }) {
  const types = Object.keys(t.flag) as FlagKey[];
  const of = (type: FlagKey) => result.rows.flatMap((r) => r.flags.filter((f) => f.type === type).map((flag) => ({ row: r, flag })));
  const problems = types.filter((type) => of(type).some((x) => !x.flag.quiet));
  const notes = types.filter((type) => of(type).some((x) => x.flag.quiet));
  const group = (type: FlagKey, open: boolean) => {
    const rows = of(type);
    return (
      <details key={type} class="cchc-rollup__flag-group" data-flag={type} open={open}>
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
  };
  return (
    <Section id="cchc-rollup-flags" heading={t.flagsHeading} testId="flags">
      {!problems.length && <p>{t.flagsNone}</p>}
      {problems.map((type) => group(type, type !== 'missing' || of(type).length <= 10))}
      {notes.length > 0 && (
        <>
          <h3>{t.notesFlagsHeading}</h3>
          {notes.map((type) => group(type, false))}
        </>
      )}
    </Section>
  );
}
