import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DocBlock, ReportDocument, TextRun } from '../../lib/report/model.ts';
import { buildDocument } from '../../lib/report/build.ts';
import { $draft, $evaluation, catalogueEntries, getProps } from './store.ts';
import { wording } from '../../lib/report/wording.ts';
import { t } from './strings/page.ts';

/** The A4 page's width in CSS pixels (210 mm). */
const PAGE_PX = (210 / 25.4) * 96;

/**
 * Loaded on demand: draws the same ReportDocument the .docx renderer draws, as an A4-looking page, scaled down to fit
 * its box (a 1366 px screen's column, a phone) so no part of the page is hidden and the page never scrolls sideways.
 * CSS zoom scales the layout too, so the box is as tall as the page it shows; printing resets it (builder.css).
 */
export default function Preview() {
  const draft = useStore($draft)!;
  const ev = useStore($evaluation);
  const doc = buildDocument(getProps().template, draft, catalogueEntries(), { evaluation: ev });
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setScale(Math.min(1, el.clientWidth / PAGE_PX));
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return (
    <div class="cchc-page-fit" ref={box} data-scale={scale.toFixed(3)}>
      <PreviewPage doc={doc} scale={scale} />
    </div>
  );
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

function PreviewPage({ doc, scale }: { doc: ReportDocument; scale: number }) {
  return (
    <article class="cchc-page" aria-label={t.previewHeading} lang="vi" style={scale < 1 ? `zoom:${scale}` : undefined}>
      <PageHeader doc={doc} />
      <PageTitle doc={doc} />
      <div class="cchc-page__body">
        {doc.body.map((b, i) => (
          <Block key={i} block={b} />
        ))}
      </div>
      <PageSignature doc={doc} />
      {doc.footnotes.length > 0 && (
        <ol class="cchc-page__footnotes">
          {doc.footnotes.map((f) => (
            <li>{f}</li>
          ))}
        </ol>
      )}
    </article>
  );
}

/** The bodies and "Số:" on the left; quốc hiệu, tiêu ngữ and the place and date on the right. */
function PageHeader({ doc }: { doc: ReportDocument }) {
  return (
    <table class="cchc-page__header" role="presentation">
      <tbody>
        <tr>
          <td class="cchc-page__left">
            {lines(doc.header.parentBody).map((l) => (
              <div class="cchc-page__parent">{l}</div>
            ))}
            <div class="cchc-page__issuer">
              {lines(doc.header.issuer).map((l) => (
                <div>{l}</div>
              ))}
            </div>
            <div class="cchc-page__number">{doc.header.numberLine}</div>
          </td>
          <td class="cchc-page__right">
            <div class="cchc-page__national">{wording.nationalName}</div>
            <div class="cchc-page__motto">{wording.motto}</div>
            <div class="cchc-page__placedate">{doc.header.placeDate}</div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The document's name, its trích yếu and Kính gửi. */
function PageTitle({ doc }: { doc: ReportDocument }) {
  return (
    <>
      <div class="cchc-page__type">{doc.docType}</div>
      <div class="cchc-page__title">{doc.title}</div>
      {doc.recipients.length > 0 && (
        <div class="cchc-page__recipients">
          {doc.recipients.length === 1 ? (
            <p>
              {wording.recipients} {doc.recipients[0]}
            </p>
          ) : (
            <>
              <p>{wording.recipients}</p>
              {doc.recipients.map((r) => (
                <p class="cchc-page__recipient">{r}</p>
              ))}
            </>
          )}
        </div>
      )}
    </>
  );
}

/** Nơi nhận on the left; authority, title, room to sign and the signer's name on the right. */
function PageSignature({ doc }: { doc: ReportDocument }) {
  return (
    <table class="cchc-page__sign" role="presentation">
      <tbody>
        <tr>
          <td class="cchc-page__dist">
            {doc.distribution.length > 0 && <div class="cchc-page__dist-label">{wording.distribution}</div>}
            {doc.distribution.map((d) => (
              <div>{d}</div>
            ))}
          </td>
          <td class="cchc-page__signer">
            {doc.signature.authority.map((a) => (
              <div>{a}</div>
            ))}
            <div>{doc.signature.title}</div>
            <div class="cchc-page__signspace" />
            <div>{doc.signature.name}</div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function Runs({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node = <>{r.text}</>;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return (
          <span key={i}>
            {node}
            {r.footnote && <sup>{r.footnote}</sup>}
          </span>
        );
      })}
    </>
  );
}

function Block({ block }: { block: DocBlock }) {
  if (block.type === 'heading') return <p class={`cchc-page__h cchc-page__h${block.level}`}>{block.text}</p>;
  if (block.type === 'paragraph')
    return (
      <p class="cchc-page__p">
        <Runs runs={block.runs} />
      </p>
    );
  return (
    <table class="cchc-page__table">
      <thead>
        <tr>
          {block.columns.map((c) => (
            <th style={c.width ? `width:${c.width}%` : undefined}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row) => (
          <tr>
            {row.map((cell) => (
              <td class={`cchc-al-${cell.align ?? 'left'}`}>{cell.bold ? <strong>{cell.text}</strong> : cell.text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
