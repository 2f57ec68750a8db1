import type { Draft } from '../../schemas/draft.ts';
import { issuerLevelNames, type IssuerLevel } from '../../schemas/issuer-levels.ts';
import { documentVars, formText, levelsOf } from '../../lib/report/index.ts';
import type { TextCodec } from '../ui/bind.ts';
import { applyLevel } from '../../lib/drafts/level.ts';
import { issuerKind } from '../../lib/names/index.ts';
import { setOmitted } from '../../lib/drafts/structure.ts';
import { $notice, getProps, update } from './store.ts';
import { domId } from './fields.tsx';
import { t } from './strings/structure.ts';

/**
 * A text as the user reads it, never the template's code: {ky}, {nam}, {don_vi}, {van_ban}, {chot_so_lieu} … filled in
 * with the draft's period, issuer and trích yếu, [[…]] as the citation it stands for (src/lib/report/form-text.ts).
 */
export const shown = (text: string, draft: Pick<Draft, 'header'>) =>
  formText(text, draft, getProps().catalogue, text.includes('{') ? varsOf(draft.header) : {});

/** A prose field's codec that shows the text that way; what the user types is kept as typed. */
export const shownCodec = (draft: Pick<Draft, 'header'>): TextCodec<string> => ({ read: (s) => s, show: (s) => shown(s, draft) });

const vars = new WeakMap<Draft['header'], Record<string, string>>();
function varsOf(header: Draft['header']): Record<string, string> {
  let v = vars.get(header);
  if (!v) vars.set(header, (v = documentVars(getProps().template, { header })));
  return v;
}

/** "Cơ quan ban hành thuộc cấp": xã; UBND tỉnh; sở. Shown only for kinds that serve more than one level. */
export function LevelField({ draft }: { draft: Draft }) {
  const { template } = getProps();
  const levels = levelsOf(template);
  if (levels.length < 2) return null;
  const current = draft.level ?? template.level;
  const choose = (level: IssuerLevel) => {
    if (level === current) return;
    update((d) => applyLevel(d, template, level));
    $notice.set({ text: t.levelChanged(issuerLevelNames[level]), kind: 'ok' });
  };
  return (
    <fieldset class="cchc-level" aria-describedby="f-level-hint">
      <legend>{t.level}</legend>
      {levels.map((level) => (
        <label key={level} class="cchc-check">
          <input type="radio" name="cchc-level" value={level} checked={level === current} onChange={() => choose(level)} />
          {issuerLevelNames[level]}
        </label>
      ))}
      <p class="cchc-hint" id="f-level-hint">
        {t.levelHint}
      </p>
    </fieldset>
  );
}

/**
 * The issuing body typed. When it says which level it is of ("VĂN PHÒNG …", "SỞ …", "ỦY BAN NHÂN DÂN PHƯỜNG …":
 * names/unit.ts) and the kind serves that level, the draft takes that level's defaults; what the user changed stays.
 */
export function setIssuer(issuer: string) {
  const { template } = getProps();
  let switched: IssuerLevel | undefined;
  update((d) => {
    const next = { ...d, header: { ...d.header, issuer } };
    const kind = issuerKind(next.header).kind;
    if (!kind || kind === (d.level ?? template.level) || !levelsOf(template).includes(kind)) return next;
    switched = kind;
    return applyLevel(next, template, kind);
  });
  if (switched) $notice.set({ text: t.levelFromIssuer(issuerLevelNames[switched]), kind: 'ok' });
}

/** "Không in đoạn này": leaves a text the builder adds (căn cứ, câu kết, a câu dẫn) out of the document. */
export function OmitToggle({ draft, omitKey, label = t.omit }: { draft: Draft; omitKey: string; label?: string }) {
  const id = domId(`omit.${omitKey}`);
  return (
    <div class="cchc-field cchc-check">
      <input
        id={id}
        type="checkbox"
        checked={(draft.omit ?? []).includes(omitKey)}
        onChange={(e) => update((d) => setOmitted(d, omitKey, (e.currentTarget as HTMLInputElement).checked))}
        aria-describedby={`${id}-hint`}
      />
      <label for={id}>{label}</label>
      <p class="cchc-hint" id={`${id}-hint`}>
        {t.omitHint}
      </p>
    </div>
  );
}
