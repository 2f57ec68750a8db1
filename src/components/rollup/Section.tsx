import type { ComponentChildren } from 'preact';

/** A section of the roll-up page: labelled by its heading ("<id>-h"), with the hint under it when it has one. */
export function Section({
  id,
  heading,
  hint,
  class: className,
  testId,
  children,
}: {
  id: string;
  heading: string;
  hint?: string;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${id}-h`} class={className} data-testid={testId}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {hint && <p class="cchc-hint">{hint}</p>}
      {children}
    </section>
  );
}

/** A table in its own focusable region that scrolls sideways on a narrow screen (rollup.css). */
export function ScrollTable({
  label,
  box,
  table,
  testId,
  children,
}: {
  label: string;
  /** Classes added to the region's and the table's. */
  box?: string;
  table?: string;
  testId: string;
  children: ComponentChildren;
}) {
  return (
    <div class={box ? `cchc-rollup__scroll ${box}` : 'cchc-rollup__scroll'} tabIndex={0} role="region" aria-label={label}>
      <table class={table ? `cchc-rollup__table ${table}` : 'cchc-rollup__table'} data-testid={testId}>
        {children}
      </table>
    </div>
  );
}
