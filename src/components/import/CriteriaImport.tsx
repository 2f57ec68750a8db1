import { useState } from 'preact/hooks';
import type { ScoreTable } from '../../schemas/draft.ts';
import { CRITERIA_TARGETS, type CriteriaNode } from '../../lib/import/index.ts';
import { readTree, recogniseCriteria, tableFromTree, treeCounts, type CriteriaImport as CriteriaRead } from '../../lib/report/index.ts';
import { formatNumber } from '../../lib/format/number.ts';
import { SheetImport, IssueBox, type SheetImportUse } from './SheetImport.tsx';
import { TextInput } from '../ui/inputs.tsx';
import { sheetMemory } from './sheet-memory.ts';
import { t } from './criteria-strings.ts';

type Props = {
  /** The start of the dialog's DOM ids. */
  id: string;
  /** What the set is imported into ("Bảng tự chấm điểm", "Yêu cầu báo cáo"). */
  into: string;
  /** A table is there already, and will be replaced (with what was typed in it). */
  replacing: boolean;
  onTable: (t: ScoreTable) => void;
  /** What to tell the user once the set is used (default: the builder's words). */
  applied?: (leaves: number, file: string) => string;
  notify: (text: string) => void;
  onClose: () => void;
};

const n = (x: number | null) => (x == null ? '' : formatNumber(x, 2));

/**
 * The criteria import (the one spreadsheet-import dialog's use for a criteria set): the tree read from the province's
 * sheet (counts per level, the maximum total, the sheet's own total row and every sum that does not add up, bonus and
 * penalty items, criteria marked not applicable) and the decision that issued the set (read from the title rows, or
 * typed) before "Dùng bảng tiêu chí này" gives the table. A file that cannot be read leaves everything as it was. Used
 * by the builder's score table and by the province's request.
 */
export function CriteriaImport({ id, into, replacing, onTable, applied = t.applied, notify, onClose }: Props) {
  // What the user typed for the decision; null while it is the one read from the sheet.
  const [typed, setTyped] = useState<string | null>(null);
  const citation = (read: CriteriaRead) => typed ?? read.sheet.decision?.citation ?? '';
  const use: SheetImportUse<CriteriaRead> = {
    id,
    title: t.title(into),
    intro: t.intro,
    targets: CRITERIA_TARGETS,
    recognise: recogniseCriteria,
    reread: (workbook, read, recognition) => readTree(workbook, read.sheetIndex, recognition, read.signature),
    noColumn: t.noColumnFound,
    failed: t.failed,
    mappingHint: t.mappingHint,
    details: (read) => (
      <>
        <TextInput
          id={`${id}-decision`}
          label={t.decisionLabel}
          hint={read.sheet.decision && typed == null ? t.decisionRead(read.sheet.decision.row) : t.decisionHint}
          value={citation(read)}
          onValue={setTyped}
        />
        <Read read={read} id={id} replacing={replacing} />
      </>
    ),
    usable: (read) => !!read.recognition.assignments.ten && read.tree.leafCount > 0,
    applyLabel: t.apply,
    apply(read, workbook) {
      onTable(tableFromTree(read.tree, { citation: citation(read) }));
      return applied(read.tree.leafCount, workbook.fileName);
    },
  };
  return <SheetImport use={use} memory={sheetMemory} notify={notify} onClose={onClose} />;
}

/** What was read: counts per level, the totals beside the sheet's own, the sums to check, and the tree itself. */
function Read({ read, id, replacing }: { read: CriteriaRead; id: string; replacing: boolean }) {
  const counts = treeCounts(read.tree);
  const { adjustments, limits, notApplicable } = read.tree;
  const side = (kind: 'bonus' | 'penalty') => adjustments.filter((a) => a.kind === kind);
  return (
    <>
      {!read.recognition.assignments.ten && (
        <p class="cchc-issue cchc-issue--error" role="alert">
          {t.noNameColumn}
        </p>
      )}
      <h3 id={`${id}-tree-h`}>{t.treeHeading}</h3>
      <div data-testid="criteria-summary">
        <p>{t.counts(counts.perLevel.map((k, i) => `${k} ${t.levels[i] ?? t.levels[t.levels.length - 1]}`).join(', '), counts.leaves)}</p>
        <p>
          <strong data-testid="criteria-max-total">{t.maxTotal(n(read.tree.maxTotal))}</strong>
          {read.tree.selfTotal != null && ` ${t.selfTotal(n(read.tree.selfTotal))}`}
        </p>
        <p class="cchc-hint">
          {read.sheet.total?.maxScore != null ? t.totalRow(read.sheet.total.row, n(read.sheet.total.maxScore)) : t.noTotalRow}
        </p>
        {notApplicable > 0 && <p data-testid="criteria-na">{t.notApplicable(notApplicable)}</p>}
        {(['bonus', 'penalty'] as const).map(
          (kind) =>
            side(kind).length > 0 && (
              <p key={kind} data-testid={`criteria-${kind}`}>
                {t.adjustments(kind, side(kind).length, limits[kind] != null ? n(limits[kind]!) : '')}
              </p>
            ),
        )}
      </div>
      <IssueBox
        heading={t.checks}
        items={[...read.tree.checks.map((c) => c.message), ...read.tree.notes]}
        more={t.more}
        testId="criteria-checks"
      />
      <IssueBox heading={t.cellIssues(read.sheet.issues.length)} items={read.sheet.issues} more={t.more} />
      <div class="cchc-import__tree" role="region" aria-labelledby={`${id}-tree-h`} tabIndex={0}>
        <Tree nodes={read.tree.roots} />
      </div>
      {replacing && <p class="cchc-issue cchc-issue--warning">{t.replaceWarning}</p>}
    </>
  );
}

/** The tree read from the sheet: TT, name and maximum of every row, nested as the report will show them. */
function Tree({ nodes }: { nodes: CriteriaNode[] }) {
  return (
    <ul class="cchc-import__nodes" data-testid="criteria-tree">
      {nodes.map((node) => (
        <li
          key={node.row}
          data-tt={node.tt}
          data-max={node.maxTotal ?? ''}
          data-leaf={node.children.length ? undefined : ''}
          data-na={node.notApplicable && !node.children.length ? '' : undefined}
        >
          <span class="cchc-import__node">
            {node.tt && <span class="cchc-scores__tt">{node.tt}</span>} {node.name}{' '}
            <span class="cchc-hint">
              ({node.maxTotal == null ? t.noMax : t.point(n(node.maxTotal))}
              {node.notApplicable && !node.children.length ? `; ${t.na}` : ''})
            </span>
          </span>
          {node.children.length > 0 && <Tree nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}
