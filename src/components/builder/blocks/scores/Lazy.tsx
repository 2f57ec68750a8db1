import { useModule } from '../../../ui/lazy.ts';
import { Pending } from '../../../ui/Pending.tsx';
import type { BlockEditorProps } from '../types.ts';

const load = () => import('./ScoresEditor.tsx');

/** The score table's editor is large and only some report kinds have one: its code loads when its section is opened. */
export function ScoresEditor(props: BlockEditorProps<'scores'>) {
  const mod = useModule(load, true);
  return mod ? <mod.ScoresEditor {...props} /> : <Pending mod={mod} />;
}
