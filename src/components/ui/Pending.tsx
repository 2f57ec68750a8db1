import { t } from './strings/pending.ts';

/**
 * A part whose code is on its way (useModule answers undefined): "Đang tải…"; or could not be downloaded (null):
 * what failed, that the typed text is safe, what to do. A page may say both in its own words.
 */
export const Pending = ({
  mod,
  what = t.partWhat,
  loading = t.loading,
  failed = t.loadFailed(what),
}: {
  mod: unknown;
  what?: string;
  loading?: string;
  failed?: string;
}) =>
  mod === null ? (
    <p class="cchc-notice cchc-notice--error" role="alert">
      {failed}
    </p>
  ) : (
    <p class="cchc-loading">{loading}</p>
  );
