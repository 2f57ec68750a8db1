import { useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReportRequest } from '../../../schemas/request.ts';
import { reportingStatus } from '../../../lib/request/rollup.ts';
import { citeDocument } from '../../../lib/request/basis.ts';
import { formatShortDate } from '../../../lib/format/date.ts';
import { periodLabel } from '../../../lib/format/period.ts';
import { $state, getProps } from '../store.ts';
import { downloadAppendix, downloadJson, downloadQrPng, linkOf, linkTooLong } from './actions.ts';
import { t } from './strings.ts';

/** The request made: its link (read-only, with a copy button), its file, its Phụ lục, its QR code, who has reported. */
export function RequestResult({ request }: { request: ReportRequest }) {
  const link = useMemo(() => linkOf(request), [request]);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>('');
  const [qr, setQr] = useState<string>('');
  const long = linkTooLong(link);
  const copy = () => {
    field.current?.select();
    if (!navigator.clipboard) return setCopied(t.copyFailed);
    navigator.clipboard.writeText(link).then(
      () => setCopied(t.copied),
      () => setCopied(t.copyFailed),
    );
  };
  const showQr = () => void import('../../../lib/request/qr.ts').then((m) => setQr(m.qrSvg(link)));
  return (
    <div class="cchc-request__result" data-testid="request-result">
      <p>
        <strong>{getProps().kindNames[request.kind] ?? request.kind}</strong>, {periodLabel(request.period)} —{' '}
        {citeDocument(request.document, false)}.
      </p>
      {request.criteria && <p data-testid="request-criteria-name">{t.criteriaSent(criteriaName(request))}</p>}
      <div class="cchc-field">
        <label for="cchc-request-link">{t.link}</label>
        <input
          id="cchc-request-link"
          ref={field}
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby="cchc-request-link-hint"
        />
        <p class="cchc-hint" id="cchc-request-link-hint">
          {long ? t.linkLong(link.length) : t.linkHint}
        </p>
      </div>
      <div class="cchc-rollup__buttons">
        <button type="button" class="cchc-btn cchc-btn--primary" onClick={copy}>
          {t.copy}
        </button>
        <button type="button" class="cchc-btn" onClick={() => void downloadJson(request)}>
          {t.json}
        </button>
        <button type="button" class="cchc-btn" onClick={() => void downloadAppendix(request)}>
          {t.appendix}
        </button>
        {!long && !qr && (
          <button type="button" class="cchc-btn" onClick={showQr}>
            {t.qr}
          </button>
        )}
      </div>
      {copied && (
        <p class="cchc-hint" role="status">
          {copied}
        </p>
      )}
      {qr && (
        <figure class="cchc-request__qr">
          {/* The SVG is the QR library's drawing of our own link: no text from elsewhere. */}
          <div role="img" aria-label={t.qrAlt} data-testid="request-qr" dangerouslySetInnerHTML={{ __html: qr }} />
          <button type="button" class="cchc-btn" onClick={() => void downloadQrPng(request)}>
            {t.qrPng}
          </button>
        </figure>
      )}
      <Status request={request} />
    </div>
  );
}

/** The criteria set the request sends: a site set's name (and year), or the imported set's with its decision. */
function criteriaName(r: ReportRequest): string {
  const c = r.criteria!;
  if (!('id' in c)) return c.citation ? `${c.name} (${c.citation})` : c.name;
  const set = getProps().criteriaSets?.find((s) => s.id === c.id);
  return set ? t.setOption(set.name, set.year, set.illustrative) : c.id;
}

/** Who has reported, who not yet (with the deadline), and reports made for another request or none. */
function Status({ request }: { request: ReportRequest }) {
  const state = useStore($state);
  const s = useMemo(() => reportingStatus(request, state ?? { units: [] }, new Date()), [request, state]);
  return (
    <div class="cchc-request__status" data-testid="request-status">
      <h3>{t.statusHeading}</h3>
      <p>
        {t.reported(s.reported, request.units.length)}{' '}
        {s.daysLeft !== undefined && t.deadlineLeft(formatShortDate(request.deadline), s.daysLeft)}
      </p>
      {s.notReported.length ? (
        <>
          <p>{t.notReported(s.notReported.length)}</p>
          <ul data-testid="request-not-reported">
            {s.notReported.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.allReported}</p>
      )}
      {s.unanswered.length > 0 && <p data-testid="request-unanswered">{t.unanswered(s.unanswered.length)}</p>}
    </div>
  );
}
