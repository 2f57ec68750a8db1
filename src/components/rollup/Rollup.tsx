import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $failed, $notice, $progress, $state, $storage, initStore, type RollupProps } from './store.ts';
import { t } from './strings/page.ts';
import { emptyRollup } from '../../lib/rollup/state.ts';
import { useModule } from '../ui/lazy.ts';
import { Pending } from '../ui/Pending.tsx';
import { FileButton } from '../ui/FileButton.tsx';
import { RequestSection } from './request/RequestSection.tsx';
import { Section } from './Section.tsx';
import { Button } from '../ui/Button.tsx';
import '../ui/ui.css';
import './rollup.css';

const loadActions = () => import('./actions.ts');
const loadView = () => import('./View.tsx');

/** Runs an action from the lazily loaded actions.ts; says so when its code cannot be downloaded. */
const act = <R,>(f: (a: typeof import('./actions.ts')) => R | Promise<R>) => loadActions().then(f, () => $failed.set(true));

/**
 * "Tổng hợp báo cáo": the drop zone and progress, then the roll-up (View.tsx), whose code comes with the first file
 * or, on a later visit, with the roll-up saved on this computer. Drawn only after mount, like the builder.
 */
export default function Rollup(props: RollupProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void initStore(props).then((saved) => {
      if (saved !== undefined) void act((a) => a.restore(saved));
      else $state.set(emptyRollup());
      setReady(true);
    });
  }, []);
  if (!ready) return <p class="cchc-loading">{t.loading}</p>;
  return <RollupPage guideUrl={props.guideUrl} />;
}

function RollupPage({ guideUrl }: { guideUrl: string }) {
  const state = useStore($state);
  const progress = useStore($progress);
  const notice = useStore($notice);
  const storage = useStore($storage);
  const failed = useStore($failed);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const need = !!progress || !!state?.units.length;
  const view = useModule(loadView, need);

  const take = (files: FileList | null | undefined) => {
    const list = files ? [...files] : [];
    if (!list.length) return;
    // From the drop to the table on screen, code loading included (View.tsx ends the span; `npm run bench` reads it).
    performance.clearMeasures('cchc-rollup');
    performance.clearMeasures('cchc-rollup-rows');
    performance.mark('cchc-rollup-start');
    void act((a) => a.addFiles(list));
  };

  return (
    <div class="cchc-app cchc-rollup not-content" data-ready={state ? 'true' : undefined}>
      <p class="cchc-hint">{t.privacy}</p>
      {storage !== 'ok' && (
        <p class="cchc-notice cchc-notice--error" role="alert">
          {storage === 'full' ? t.storageFull : t.storageUnavailable}
        </p>
      )}
      <RequestSection />
      <Section id="cchc-rollup-drop" heading={t.dropHeading}>
        <div
          class={`cchc-rollup__drop${dragging ? ' cchc-rollup__drop--over' : ''}`}
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            take(e.dataTransfer?.files);
          }}
        >
          <p>
            {t.dropText}{' '}
            <Button kind="primary" onClick={() => input.current?.click()} disabled={!!progress}>
              {t.choose}
            </Button>
          </p>
          <input
            ref={input}
            id="cchc-rollup-files"
            type="file"
            multiple
            accept=".docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-label={t.chooseLabel}
            class="cchc-visually-hidden"
            onChange={(e) => {
              take(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <p class="cchc-hint">
            {t.dropHint}
            {guideUrl && (
              <>
                {' '}
                <a href={guideUrl}>{t.guide}</a>
              </>
            )}
          </p>
          {progress && (
            <p class="cchc-rollup__progress" role="status">
              <progress max={progress.total} value={progress.done} aria-hidden="true" /> {t.reading(progress.done, progress.total)}
            </p>
          )}
        </div>
      </Section>
      {notice && (
        <p class={`cchc-notice cchc-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          {notice.text}
        </p>
      )}
      {failed && (
        <p class="cchc-notice cchc-notice--error" role="alert">
          {t.loadFailed}
        </p>
      )}
      {view ? (
        <view.default />
      ) : (
        need && (view === null || !failed) && <Pending mod={view} loading={state ? t.opening : t.loading} failed={t.loadFailed} />
      )}
      <Manage hasUnits={!!state?.units.length} />
    </div>
  );
}

/** Save, open and clear the roll-up: always there, so a saved file can be opened on an empty page. */
function Manage({ hasUnits }: { hasUnits: boolean }) {
  return (
    <Section id="cchc-rollup-manage" heading={t.manageHeading} hint={t.manageHint} class="cchc-rollup__manage">
      <div class="cchc-rollup__buttons">
        <Button disabled={!hasUnits} onClick={() => void act((a) => a.exportRollup())}>
          {t.saveFile}
        </Button>
        <FileButton
          id="cchc-rollup-open"
          label={t.openFile}
          accept=".json,application/json"
          onFile={(f) => void act((a) => a.openRollupFile(f))}
        />
        <Button kind="danger" disabled={!hasUnits} onClick={() => void act((a) => a.clearRollup())}>
          {t.clear}
        </Button>
      </div>
    </Section>
  );
}
