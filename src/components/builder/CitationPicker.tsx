import { useModule, useOpened } from '../ui/lazy.ts';
import { t } from './strings/page.ts';
import { Pending } from '../ui/Pending.tsx';

const loadSearch = () => import('./CitationSearch.tsx');

/** "Chèn trích dẫn văn bản": closed until needed; the catalogue search loads when it is first opened. */
export function CitationPicker() {
  const [opened, onToggle] = useOpened();
  const search = useModule(loadSearch, opened);
  return (
    <details class="cchc-cite" onToggle={onToggle}>
      <summary>{t.citeHeading}</summary>
      {opened && (search ? <search.CitationSearch /> : <Pending mod={search} />)}
    </details>
  );
}
