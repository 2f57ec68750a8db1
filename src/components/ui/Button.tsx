import type { JSX } from 'preact';

/**
 * A button in the kit's look that acts on the page and never submits a form: `kind` marks the main action (primary) or
 * one that removes something (danger), `size` a small one inside a row or the big download button.
 */
export function Button({
  kind,
  size,
  class: extra,
  ...attrs
}: Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'class' | 'size'> & {
  kind?: 'primary' | 'danger';
  size?: 'small' | 'big';
  class?: string;
}) {
  const classes = ['cchc-btn', kind && `cchc-btn--${kind}`, size && `cchc-btn--${size}`, extra].filter(Boolean).join(' ');
  return <button type="button" class={classes} {...attrs} />;
}
