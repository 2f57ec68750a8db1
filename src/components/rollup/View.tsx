import type { Ref } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { RollupState } from '../../lib/rollup/state.ts';
import { computeRollup, samePeriod, targetText, type RollupResult } from '../../lib/rollup/compute.ts';
import { periodLabel, type Period } from '../../lib/format/period.ts';
import { cutoffRange, formatCutoff } from '../../lib/format/cutoff.ts';
import { formatNumber, formatPercent, parseNumber } from '../../lib/format/number.ts';
import { $notes, $problems, $state } from './store.ts';
import { catalogue, downloadDocx, downloadXlsx, openInBuilder, setPeriod, templateOf, updateSettings } from './actions.ts';
import { UnitTable, figureText } from './UnitTable.tsx';
import { t } from './strings/view.ts';
import { levelsOf } from '../../lib/report/index.ts';
import { t as structureText } from '../builder/strings/structure.ts';

const levelNames = structureText.levels;
import { stringCodec, useBoundText } from '../builder/bind.ts';

/** The roll-up once reports are in: what could not be used, the overview and settings, the table, totals, rankings, targets, downloads. */
export default function View() {
  const state = useStore($state);
  const template = state ? templateOf(state.kind) : undefined;
  const result = useMemo(() => (template && state ? computeRollup(template, state, catalogue()) : undefined), [state]);
  // Drop (or file choice) to table on screen, for `npm run bench`.
  useEffect(() => {
    if (result && performance.getEntriesByName('cchc-rollup-start', 'mark').length) {
      performance.measure('cchc-rollup', 'cchc-rollup-start');
      performance.clearMarks('cchc-rollup-start');
    }
  }, [result]);
  return (
    <>
      <Problems />
      {template && state && result && state.units.length > 0 && (
        <>
          <Overview template={template} state={state} result={result} />
          <Settings template={template} state={state} result={result} />
          <Flags result={result} />
          <UnitTable result={result} />
          <Totals result={result} />
          <Rankings result={result} />
          <Targets result={result} />
          <Downloads template={template} state={state} result={result} />
        </>
      )}
    </>
  );
}

function Problems() {
  const problems = useStore($problems);
  const notes = useStore($notes);
  if (!problems.length && !notes.length) return null;
  return (
    <section class="cchc-rollup__problems" aria-label={t.problemsHeading(problems.length)}>
      {problems.length > 0 && (
        <div class="cchc-notice cchc-notice--error" data-testid="problems">
          <h3>{t.problemsHeading(problems.length)}</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{p.file}</strong>: {p.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <div class="cchc-notice" data-testid="notes">
          <h3>{t.notesHeading}</h3>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        class="cchc-btn cchc-btn--small"
        onClick={() => {
          $problems.set([]);
          $notes.set([]);
        }}
      >
        {t.dismiss}
      </button>
    </section>
  );
}

type Props = { template: ReportTemplate; state: RollupState; result: RollupResult };

function Overview({ template, state, result }: Props) {
  const periods: { period: Period; n: number }[] = [];
  for (const u of state.units) {
    const p = u.draft.header.period;
    const known = periods.find((x) => samePeriod(x.period, p));
    if (known) known.n++;
    else periods.push({ period: p, n: 1 });
  }
  const missing = result.rows.filter((r) => r.missing).length;
  const value = state.period ? String(periods.findIndex((x) => samePeriod(x.period, state.period!))) : 'auto';
  return (
    <section aria-labelledby="cchc-rollup-overview-h">
      <h2 id="cchc-rollup-overview-h">{t.overviewHeading}</h2>
      <p data-testid="overview">
        {t.kindLine(template.name, result.period ? periodLabel(result.period) : t.noPeriod)}{' '}
        {t.counts(state.units.length, result.included.length)}{' '}
        {result.expected.length > 0 && t.expectedCounts(result.expected.length, missing)}
      </p>
      {periods.length > 1 && (
        <div class="cchc-field cchc-rollup__narrow">
          <label for="cchc-rollup-period">{t.period}</label>
          <select
            id="cchc-rollup-period"
            value={value}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setPeriod(v === 'auto' ? undefined : periods[Number(v)]?.period);
            }}
          >
            <option value="auto">{t.periodAuto(result.period && !state.period ? periodLabel(result.period) : '…')}</option>
            {periods.map((p, i) => (
              <option key={i} value={String(i)}>
                {t.periodOption(periodLabel(p.period), p.n)}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}

function Settings({ template, state, result }: Props) {
  const s = state.settings;
  // Open at first on a roll-up without a list or deadline; then as the user leaves it (never closed while typing).
  const [open, setOpen] = useState(() => !s.expected && !s.deadline);
  const cutoff = result.period ? cutoffRange(result.period) : undefined;
  const noTarget = result.noNationalTarget;
  return (
    <details class="cchc-rollup__settings" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.settingsHeading}</summary>
      <div class="cchc-field">
        <label for="cchc-rollup-expected">{t.expected}</label>
        <SettingText k="expected" value={s.expected} id="cchc-rollup-expected" rows={5} describedBy="cchc-rollup-expected-hint" />
        <p id="cchc-rollup-expected-hint" class="cchc-hint">
          {t.expectedHint}
        </p>
      </div>
      <div class="cchc-field cchc-rollup__narrow">
        <label for="cchc-rollup-deadline">{t.deadline}</label>
        <input
          id="cchc-rollup-deadline"
          type="date"
          value={s.deadline}
          aria-describedby="cchc-rollup-deadline-hint"
          onChange={(e) => updateSettings({ deadline: e.currentTarget.value })}
        />
        <p id="cchc-rollup-deadline-hint" class="cchc-hint">
          {t.deadlineHint} {cutoff && t.cutoff(formatCutoff(cutoff), cutoff.basis)}
        </p>
      </div>
      {noTarget.length > 0 && (
        <p class="cchc-hint">{t.noNationalTarget(noTarget.map((c) => c.label.toLocaleLowerCase('vi')).join('; '))}</p>
      )}
      <div class="cchc-row">
        {noTarget.map((c) => (
          <LocalTarget key={c.key} id={c.key} label={c.short} better={c.better} value={s.targets[c.key]} targets={s.targets} />
        ))}
      </div>
      {levelsOf(template).length > 1 && (
        <div class="cchc-field cchc-rollup__narrow">
          <label for="cchc-rollup-level">{t.summaryLevel}</label>
          <select
            id="cchc-rollup-level"
            value={s.level || template.level}
            onChange={(e) => updateSettings({ level: e.currentTarget.value })}
          >
            {levelsOf(template).map((l) => (
              <option key={l} value={l}>
                {levelNames[l]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="cchc-row">
        <div class="cchc-field">
          <label for="cchc-rollup-issuer">{t.summaryIssuer}</label>
          <SettingText k="issuer" value={s.issuer} id="cchc-rollup-issuer" rows={2} describedBy="cchc-rollup-issuer-hint" />
          <p id="cchc-rollup-issuer-hint" class="cchc-hint">
            {t.summaryIssuerHint}
          </p>
        </div>
        <div class="cchc-field">
          <label for="cchc-rollup-place">{t.summaryPlace}</label>
          <SettingText k="place" value={s.place} id="cchc-rollup-place" />
        </div>
      </div>
      <div class="cchc-row">
        <div class="cchc-field">
          <label for="cchc-rollup-sign-authority">{t.signAuthority}</label>
          <SettingText
            k="signAuthority"
            value={s.signAuthority}
            id="cchc-rollup-sign-authority"
            rows={2}
            describedBy="cchc-rollup-sign-hint"
          />
        </div>
        <div class="cchc-field">
          <label for="cchc-rollup-sign-title">{t.signTitle}</label>
          <SettingText k="signTitle" value={s.signTitle} id="cchc-rollup-sign-title" describedBy="cchc-rollup-sign-hint" />
        </div>
        <div class="cchc-field">
          <label for="cchc-rollup-sign-name">{t.signName}</label>
          <SettingText k="signName" value={s.signName} id="cchc-rollup-sign-name" describedBy="cchc-rollup-sign-hint" autocomplete="name" />
        </div>
      </div>
      <p id="cchc-rollup-sign-hint" class="cchc-hint">
        {t.signHint}
      </p>
    </details>
  );
}

type TextSetting = 'expected' | 'issuer' | 'place' | 'signAuthority' | 'signTitle' | 'signName';

/**
 * A text setting, bound rather than controlled (see builder/bind.ts): each keystroke (Telex, a phone keyboard) is kept
 * and a later render never undoes one.
 */
function SettingText(props: { k: TextSetting; value: string; id: string; rows?: number; describedBy?: string; autocomplete?: string }) {
  const bind = useBoundText(`rollup.${props.k}`, props.value, (v) => updateSettings({ [props.k]: v }), stringCodec);
  const common = { id: props.id, 'aria-describedby': props.describedBy, autocomplete: props.autocomplete, ...bind };
  return props.rows ? (
    <textarea {...common} ref={bind.ref as Ref<HTMLTextAreaElement>} rows={props.rows} />
  ) : (
    <input {...common} ref={bind.ref as Ref<HTMLInputElement>} type="text" />
  );
}

function LocalTarget(props: { id: string; label: string; better?: 'higher' | 'lower'; value?: number; targets: Record<string, number> }) {
  const [error, setError] = useState('');
  const domId = `cchc-rollup-target-${props.id.replace(/[^a-z0-9-]/g, '-')}`;
  return (
    <div class="cchc-field">
      <label for={domId}>{t.targetLabel(props.label, props.better === 'lower' ? t.targetMax : t.targetMin)}</label>
      <input
        id={domId}
        type="text"
        inputMode="decimal"
        value={props.value == null ? '' : formatNumber(props.value)}
        aria-invalid={error ? 'true' : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value.trim();
          const next = { ...props.targets };
          if (!text) delete next[props.id];
          else {
            const r = parseNumber(text);
            if (!r.ok || r.value < 0 || r.value > 100) return setError(t.badTarget(text));
            next[props.id] = r.value;
          }
          setError('');
          updateSettings({ targets: next });
        }}
      />
      {error && (
        <p class="cchc-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function Flags({ result }: Pick<Props, 'result'>) {
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

function Totals({ result }: Pick<Props, 'result'>) {
  let group = '';
  return (
    <section aria-labelledby="cchc-rollup-totals-h">
      <h2 id="cchc-rollup-totals-h">{t.totalsHeading}</h2>
      <p class="cchc-hint">{t.totalsHint}</p>
      <div class="cchc-rollup__scroll" tabIndex={0} role="region" aria-label={t.totalsTable}>
        <table class="cchc-rollup__table cchc-rollup__totals" data-testid="totals">
          <thead>
            <tr>
              <th scope="col">{t.colFigure}</th>
              <th scope="col">{t.colTotal}</th>
              <th scope="col">{t.colNote}</th>
            </tr>
          </thead>
          <tbody>
            {result.columns.flatMap((c) => {
              const head =
                c.group !== group ? (
                  <tr key={`g:${c.key}`} class="cchc-rollup__group">
                    <th scope="colgroup" colSpan={3}>
                      {(group = c.group)}
                    </th>
                  </tr>
                ) : null;
              const lacking = result.lacking[c.key] ?? [];
              return [
                head,
                <tr key={c.key} data-key={c.key}>
                  <th scope="row">{c.label}</th>
                  <td class="cchc-rollup__num">{figureText(c, result.totals[c.key])}</td>
                  <td>{lacking.length ? t.lacking(lacking) : c.computed ? t.computedNote : ''}</td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Rankings({ result }: Pick<Props, 'result'>) {
  const [at, setAt] = useState(0);
  if (!result.rankings.length) return null;
  const r = result.rankings[Math.min(at, result.rankings.length - 1)];
  return (
    <section aria-labelledby="cchc-rollup-rank-h">
      <h2 id="cchc-rollup-rank-h">{t.rankingHeading}</h2>
      <div class="cchc-field cchc-rollup__narrow">
        <label for="cchc-rollup-rank-by">{t.rankBy}</label>
        <select id="cchc-rollup-rank-by" value={String(at)} onChange={(e) => setAt(Number(e.currentTarget.value))}>
          {result.rankings.map((x, i) => (
            <option key={x.column.key} value={String(i)}>
              {x.column.label} ({x.column.better === 'lower' ? t.rankLower : t.rankHigher})
            </option>
          ))}
        </select>
      </div>
      <div class="cchc-rollup__scroll" tabIndex={0} role="region" aria-label={`${t.rankingHeading}: ${r.column.label}`}>
        <table class="cchc-rollup__table" data-testid="ranking">
          <thead>
            <tr>
              <th scope="col">{t.colRank}</th>
              <th scope="col">{t.colUnit}</th>
              <th scope="col">{r.column.short}</th>
            </tr>
          </thead>
          <tbody>
            {r.ranked.map((x) => (
              <tr key={x.row.id}>
                <td class="cchc-rollup__num">{x.rank}</td>
                <th scope="row">{x.row.name}</th>
                <td class="cchc-rollup__num">{formatPercent(x.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.unranked.length > 0 && <p class="cchc-hint">{t.unranked(r.unranked.length, r.unranked.map((x) => x.name).join('; '))}</p>}
    </section>
  );
}

function Targets({ result }: Pick<Props, 'result'>) {
  return (
    <section aria-labelledby="cchc-rollup-targets-h" data-testid="targets">
      <h2 id="cchc-rollup-targets-h">{t.targetsHeading}</h2>
      {!result.targets.length && (
        <p>
          {t.noTargets}{' '}
          {result.noNationalTarget.length > 0 &&
            t.noNationalTarget(result.noNationalTarget.map((c) => c.label.toLocaleLowerCase('vi')).join('; '))}
        </p>
      )}
      {result.targets.map((x) => (
        <div key={x.column.key} data-key={x.column.key}>
          <h3>
            {x.origin === 'national' ? t.targetNational(x.column.label, x.text, x.citation) : t.targetLocal(x.column.label, targetText(x))}
          </h3>
          <p>
            {x.below.length ? t.belowCount(x.below.length, x.below.length + x.met.length) : t.allMet}{' '}
            {x.totalMet != null && t.totalMeets(x.totalMet)}
          </p>
          {x.below.length > 0 && (
            <ul>
              {x.below.map((b) => (
                <li key={b.row.id}>
                  {b.row.name}: {formatPercent(b.value)}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

function Downloads({ template, state, result }: Props) {
  return (
    <section aria-labelledby="cchc-rollup-download-h">
      <h2 id="cchc-rollup-download-h">{t.downloadsHeading}</h2>
      <p class="cchc-hint">{t.downloadsHint(template.name)}</p>
      <div class="cchc-rollup__buttons">
        <button type="button" class="cchc-btn cchc-btn--primary" onClick={() => void downloadDocx(template, state, result)}>
          {t.docx}
        </button>
        <button type="button" class="cchc-btn" onClick={() => void downloadXlsx(template, result)}>
          {t.xlsx}
        </button>
        <button type="button" class="cchc-btn" onClick={() => openInBuilder(template, state, result)}>
          {t.openBuilder}
        </button>
      </div>
    </section>
  );
}
