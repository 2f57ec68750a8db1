import { asText } from '../../../../lib/report/index.ts';
import { setValue } from '../../store.ts';
import { ProseInput } from '../../fields.tsx';
import { t } from './strings.ts';
import type { BlockEditorProps } from '../types.ts';

export function ProseEditor({ block, path, value }: BlockEditorProps<'prose'>) {
  return (
    <ProseInput
      path={path}
      label={block.label}
      hint={block.hint ?? t.proseHelp}
      placeholder={block.placeholder}
      value={asText(value)}
      onValue={(v) => setValue(path, v === '' ? undefined : v)}
    />
  );
}
