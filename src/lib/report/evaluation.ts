/** What the checks of a draft find (`Issue`) and what they compute for the document (`Evaluation`): evaluate.ts fills it, the block kinds and rules write into it, the builder, the CLI and the roll-up read it. */

export type Severity = 'error' | 'warning' | 'info';
export type Issue = {
  /** Stable id, e.g. "rule:ket-qua/cai-cach-tthc:giai-quyet:tiep-nhan". */
  key: string;
  /** "<block key>.<field id>" or a header path such as "signature.name". */
  field?: string;
  severity: Severity;
  message: string;
  /** The .docx cannot follow Decree 30 until this is fixed; the CLI refuses to render. */
  blocking?: boolean;
  /**
   * Missing only what signing adds (the signer's name, the date): a copy marked "DỰ THẢO" can still be downloaded for
   * comments (src/lib/report/draft-copy.ts), the signed one cannot.
   */
  signing?: boolean;
  /** Shown at its field at once, edited or not: text the user did not write in this draft (carried over, the sample's). */
  prominent?: boolean;
};

export type TargetResult = {
  field: string;
  value: number | null;
  op: '>=' | '<=';
  target: number;
  met: boolean | null;
  /** The catalogue entry that sets the target; "" for a target of the province's request (the citation names it). */
  source: string;
  /** "Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ" (or the id when the catalogue lacks it). */
  citation: string;
  text: string;
};

export type Evaluation = {
  /** block key → field id → value (typed, derived from a rule, or computed); null when unknown. */
  figures: Record<string, Record<string, number | null>>;
  /** block key → ids of figures that were computed or derived rather than typed. */
  computed: Record<string, string[]>;
  /** "<block key>.<field id>" → target check. */
  targets: Record<string, TargetResult>;
  /** table block key → row index → percent-of column id → value. */
  tables: Record<string, Record<string, number | null>[]>;
  /** Block key → what the figures say that its editor's hint should too ("Nhiều hồ sơ quá hạn nhất: lĩnh vực Đất đai …"). */
  hints: Record<string, string[]>;
  issues: Issue[];
};
