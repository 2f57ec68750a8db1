import { useStore } from '@nanostores/preact';
import { asText } from '../../../../lib/report/index.ts';
import { $draft, $evaluation, setValue } from '../../store.ts';
import { shownCodec } from '../../StructureFields.tsx';
import { ProseInput } from '../../fields.tsx';
import { t } from './strings.ts';
import type { BlockEditorProps } from '../types.ts';

/** A prose block; citations and placeholders the text holds show as they will print (shownCodec). */
export function ProseEditor({ block, path, value }: BlockEditorProps<'prose'>) {
  const draft = useStore($draft)!;
  // What the figures say the text should cover ("Nhiều hồ sơ quá hạn nhất: lĩnh vực Đất đai …").
  const facts = useStore($evaluation)?.hints[path] ?? [];
  return (
    <ProseInput
      codec={shownCodec(draft)}
      path={path}
      label={block.label}
      hint={[block.hint ?? t.proseHelp, ...facts].join(' ')}
      placeholder={block.placeholder}
      value={asText(value)}
      onValue={(v) => setValue(path, v === '' ? undefined : v)}
    />
  );
}
