import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { searchCatalogue } from '../../lib/builder/catalogue-search.ts';
import { spliceText } from '../../lib/format/paste.ts';
import { formatCitation, formatShortCitation, supersededBy } from '../../lib/catalogue/citation.ts';
import { $citeTarget } from './fields.tsx';
import { TextInput } from '../ui/inputs.tsx';
import { $notice, getProps } from './store.ts';
import { t } from './strings/citation.ts';
import { Button } from '../ui/Button.tsx';

/** The citation picker's search and results; loaded when the picker is first opened. */
export function CitationSearch() {
  const { catalogue } = getProps();
  const [query, setQuery] = useState('');
  const target = useStore($citeTarget);
  const results = useMemo(() => searchCatalogue(catalogue, query, 15), [query]);
  const byId = useMemo(() => new Map(catalogue.map((e) => [e.id, e])), [catalogue]);

  const insert = (text: string, what: string) => {
    if (!target || !target.el.isConnected) return $notice.set({ text: t.citeNoTarget, kind: 'error' });
    const el = target.el;
    const { value, caret } = spliceText(el.value, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, text);
    target.apply(value);
    el.value = value;
    el.focus();
    el.setSelectionRange(caret, caret);
    $notice.set({ text: t.citeInserted(what), kind: 'ok' });
  };

  return (
    <>
      <p class="cchc-hint" aria-live="polite">
        {target ? t.citeTarget(target.label) : t.citeNoTarget}
      </p>
      <TextInput id="cchc-cite-q" label={t.citeSearch} type="search" value={query} onValue={setQuery} attrs={{ autoComplete: 'off' }} />
      <ul class="cchc-cite__results">
        {results.length === 0 && <li>{t.citeNone}</li>}
        {results.map((e) => {
          const full = formatCitation(e);
          const short = formatShortCitation(e);
          const old = supersededBy(e, byId);
          const by = old?.replacements.join(', ') ?? '';
          return (
            <li key={e.id} class={old ? 'cchc-cite--old' : ''}>
              <span>{full}</span>
              {old && (
                <strong class="cchc-issue--warning"> {old.status === 'replaced' ? t.citeReplaced(by || '…') : t.citeExpired(by)}</strong>
              )}{' '}
              <Button
                size="small"
                aria-label={t.citeInsertLabel(short)}
                onMouseDown={(ev) => ev.preventDefault()}
                onClick={() => insert(full, short)}
              >
                {t.citeInsert}
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
