import type { ScoreTable } from '../../../../schemas/draft.ts';
import { CRITERIA_TARGETS, type CriteriaNode } from '../../../../lib/import/index.ts';
import { readTree, recogniseCriteria, tableFromTree, treeCounts, type BlockOf, type CriteriaImport } from '../../../../lib/report/index.ts';
import { formatNumber } from '../../../../lib/format/number.ts';
import { SheetImport, IssueBox, type SheetImportUse } from '../../../import/SheetImport.tsx';
import { $notice } from '../../store.ts';
import { domId } from '../../fields.tsx';
import { sheetMemory } from '../sheet-memory.ts';
import { t } from './import-strings.ts';

type Props = { block: BlockOf<'scores'>; path: string; table: ScoreTable; onTable: (t: ScoreTable) => void; onClose: () => void };

const n = (x: number | null) => (x == null ? '' : formatNumber(x, 2));

/**
 * The criteria import of a score table: the tree read from the province's sheet (counts per level, the maximum total,
 * the sheet's own total row and every sum that does not add up) before "Dùng bảng tiêu chí này" replaces the table.
 * A file that cannot be read leaves the table as it was.
 */
export function ImportCriteria({ block, path, table, onTable, onClose }: Props) {
  const use: SheetImportUse<CriteriaImport> = {
    id: `${domId(path)}-criteria`,
    title: t.title(block.label),
    intro: t.intro,
    targets: CRITERIA_TARGETS,
    recognise: recogniseCriteria,
    reread: (workbook, read, recognition) => readTree(workbook, read.sheetIndex, recognition, read.signature),
    noColumn: t.noColumnFound,
    failed: t.failed,
    mappingHint: t.mappingHint,
    details: (read) => <Read read={read} id={`${domId(path)}-criteria`} replacing={table.rows.length > 0} />,
    usable: (read) => !!read.recognition.assignments.ten && read.tree.leafCount > 0,
    applyLabel: t.apply,
    apply(read, workbook) {
      onTable(tableFromTree(read.tree, t.sourceName(workbook.fileName)));
      return t.applied(read.tree.leafCount, workbook.fileName);
    },
  };
  return <SheetImport use={use} memory={sheetMemory} notify={(text) => $notice.set({ text, kind: 'ok' })} onClose={onClose} />;
}

/** What was read: counts per level, the totals beside the sheet's own, the sums to check, and the tree itself. */
function Read({ read, id, replacing }: { read: CriteriaImport; id: string; replacing: boolean }) {
  const counts = treeCounts(read.tree);
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
        <li key={node.row} data-tt={node.tt} data-max={node.maxTotal ?? ''} data-leaf={node.children.length ? undefined : ''}>
          <span class="cchc-import__node">
            {node.tt && <span class="cchc-scores__tt">{node.tt}</span>} {node.name}{' '}
            <span class="cchc-hint">({node.maxTotal == null ? t.noMax : t.point(n(node.maxTotal))})</span>
          </span>
          {node.children.length > 0 && <Tree nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}
