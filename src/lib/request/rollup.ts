/**
 * The roll-up collecting for a request: its units, deadline and targets become the roll-up's list, deadline and
 * targets; each report is matched to the request (match.ts) and flagged when made for another request or none; the
 * units that have not reported are listed with the deadline.
 */
import type { ReportRequest } from '../../schemas/request.ts';
import type { RollupSettings, RollupState, UnitEntry } from '../rollup/state.ts';
import type { UnitRow } from '../rollup/row.ts';
import { matchList, unitKey, unitName } from '../rollup/units.ts';
import { parseIsoDate } from '../format/date.ts';
import { requestId } from './identity.ts';
import { matchMessages, requestFlag } from './match.ts';
import { onRequestCriteria } from './criteria.ts';

/** The roll-up's settings as the request sets them (the summary's issuer and signer stay as typed). */
export function settingsFromRequest(r: ReportRequest): Pick<RollupSettings, 'expected' | 'deadline' | 'targets'> {
  return {
    expected: r.units.join('\n'),
    deadline: r.deadline,
    targets: Object.fromEntries(r.targets.map((t) => [t.field, t.value])),
  };
}

/**
 * The request's flags on the roll-up's rows (computeRollup calls this once its rows are in order): a report made for
 * another request or without one says so, and one whose score table (`scoresKey`) is not on the request's criteria set;
 * a unit still missing says until when it may report.
 */
export function flagRequestRows(rows: UnitRow[], units: readonly UnitEntry[], r: ReportRequest, scoresKey?: string): void {
  const id = requestId(r);
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const row of rows) {
    if (row.missing) {
      for (const f of row.flags) if (f.type === 'missing') f.message = matchMessages.notYet(r.deadline);
      continue;
    }
    const u = byId.get(row.id);
    const flag = u && requestFlag(id, u.draft);
    if (flag) row.flags.push(flag);
    // Scores on another criteria set than the one asked for do not compare with the others'.
    else if (u && r.criteria && scoresKey && !onRequestCriteria(r.criteria, u.draft.values[scoresKey]))
      row.flags.push({ type: 'request', message: matchMessages.criteria });
  }
}

export type ReportingStatus = {
  /** The request's units that have no report in the roll-up, in the request's order. */
  notReported: string[];
  /** How many of the request's units sent a report (flagged or not, as the roll-up's table counts them). */
  reported: number;
  /** Reports in the roll-up made for another request, or without one. */
  unanswered: string[];
  /** Days from `today` to the deadline (negative: past it). */
  daysLeft: number | undefined;
};

/** Who has reported for the request and who not yet, as the section "Yêu cầu báo cáo" shows it. */
export function reportingStatus(r: ReportRequest, state: Pick<RollupState, 'units'>, today: Date): ReportingStatus {
  const id = requestId(r);
  const keys = state.units.map((u) => unitKey(unitName(u.draft.header.issuer, u.draft.header.place)));
  const matched = matchList(r.units, keys);
  const d = parseIsoDate(r.deadline);
  const daysLeft = d
    ? Math.round((Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / 86_400_000)
    : undefined;
  return {
    notReported: r.units.filter((_, i) => matched[i] < 0),
    reported: matched.filter((i) => i >= 0).length,
    unanswered: state.units.filter((u) => u.draft.request?.id !== id).map((u) => unitName(u.draft.header.issuer, u.draft.header.place)),
    daysLeft,
  };
}
