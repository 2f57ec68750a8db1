import { t } from './strings/page.ts';

/**
 * A part whose code is on its way (useModule answers undefined): "Đang tải…"; or could not be downloaded (null):
 * what failed, that the typed text is safe, what to do.
 */
export const Pending = ({ mod, what = t.partWhat }: { mod: unknown; what?: string }) =>
  mod === null ? (
    <p class="cchc-notice cchc-notice--error" role="alert">
      {t.loadFailed(what)}
    </p>
  ) : (
    <p class="cchc-loading">{t.sectionLoading}</p>
  );
