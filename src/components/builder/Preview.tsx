import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { buildDocument } from '../../lib/report/index.ts';
import type { AppendixPart, DecisionPart, DocBlock, DocHeader, ReportDocument, TextRun } from '../../lib/document/model.ts';
import { wording } from '../../lib/document/wording.ts';
import { $draft, $evaluation, catalogueEntries, getProps } from './store.ts';
import { headerRows } from '../../lib/document/table-header.ts';
import { t } from './strings/page.ts';

/** The A4 page's width in CSS pixels (210 mm), and a landscape page's (297 mm). */
const PAGE_PX = (210 / 25.4) * 96;
const LANDSCAPE_PX = (297 / 25.4) * 96;

/**
 * Loaded on demand: draws the same ReportDocument the .docx renderer draws, as A4-looking pages: the decision issuing
 * the document (when there is one), the document, then each appendix on a page of its own (landscape when it is).
 * Each page is scaled down to fit its box (a 1366 px screen's column, a phone) so no part of it is hidden and it never
 * scrolls sideways. CSS zoom scales the layout too, so the box is as tall as the pages it shows; printing resets it
 * (preview.css).
 */
export default function Preview() {
  const draft = useStore($draft)!;
  const ev = useStore($evaluation);
  const doc = buildDocument(getProps().template, draft, catalogueEntries(), { evaluation: ev });
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(PAGE_PX);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setWidth(el.clientWidth);
    fit();
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return (
    <div class="cchc-page-fit" ref={box} data-scale={Math.min(1, width / PAGE_PX).toFixed(3)}>
      <PreviewPage doc={doc} zoom={(landscape) => zoomStyle(width / (landscape ? LANDSCAPE_PX : PAGE_PX))} />
    </div>
  );
}

const zoomStyle = (scale: number) => (scale < 1 ? `zoom:${scale}` : undefined);
type Zoom = (landscape?: boolean) => string | undefined;

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

function PreviewPage({ doc, zoom }: { doc: ReportDocument; zoom: Zoom }) {
  return (
    <>
      {doc.decision && <DecisionPage d={doc.decision} zoom={zoom} />}
      <article class="cchc-page" aria-label={t.previewHeading} lang="vi" style={zoom()}>
        <PageHeader header={doc.header} />
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
      {(doc.appendices ?? []).map((a) => (
        <AppendixPage a={a} zoom={zoom} />
      ))}
    </>
  );
}

/** The decision (Mẫu 1.3): header, name and trích yếu, authority, căn cứ, "QUYẾT ĐỊNH:", articles, Nơi nhận and signature. */
function DecisionPage({ d, zoom }: { d: DecisionPart; zoom: Zoom }) {
  return (
    <article class="cchc-page" aria-label={`${t.previewHeading}: ${d.docType}`} lang="vi" style={zoom()}>
      <PageHeader header={d.header} />
      <PageTitle doc={{ docType: d.docType, title: d.title, recipients: [] }} />
      <div class="cchc-page__body">
        <p class="cchc-page__center">{d.authority}</p>
        {d.basis.map((runs) => (
          <p class="cchc-page__basis">
            <Runs runs={runs} />
          </p>
        ))}
        <p class="cchc-page__center">{d.decides}</p>
        {d.articles.map((b, i) => (
          <Block key={i} block={b} />
        ))}
      </div>
      <PageSignature doc={d} />
    </article>
  );
}

/** An appendix: "Phụ lục I", its title, "(Kèm theo …)", then its content; a landscape page when it is printed so. */
function AppendixPage({ a, zoom }: { a: AppendixPart; zoom: Zoom }) {
  return (
    <article
      class={a.landscape ? 'cchc-page cchc-page--landscape' : 'cchc-page'}
      aria-label={`${t.previewHeading}: ${a.label}`}
      lang="vi"
      style={zoom(a.landscape)}
    >
      <div class="cchc-page__type">{a.label}</div>
      <div class="cchc-page__center">{a.title}</div>
      <div class="cchc-page__title cchc-page__note">{a.note}</div>
      <div class="cchc-page__body">
        {a.body.map((b, i) => (
          <Block key={i} block={b} />
        ))}
      </div>
    </article>
  );
}

/** The bodies and "Số:" on the left; quốc hiệu, tiêu ngữ and the place and date on the right (none for an attached document). */
function PageHeader({ header }: { header: DocHeader }) {
  return (
    <table class="cchc-page__header" role="presentation">
      <tbody>
        <tr>
          <td class="cchc-page__left">
            {lines(header.parentBody).map((l) => (
              <div class="cchc-page__parent">{l}</div>
            ))}
            <div class="cchc-page__issuer">
              {lines(header.issuer).map((l) => (
                <div>{l}</div>
              ))}
            </div>
            {header.numberLine && <div class="cchc-page__number">{header.numberLine}</div>}
          </td>
          <td class="cchc-page__right">
            <div class="cchc-page__national">{wording.nationalName}</div>
            <div class="cchc-page__motto">{wording.motto}</div>
            {header.placeDate && <div class="cchc-page__placedate">{header.placeDate}</div>}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The document's name, its trích yếu (with "(Ban hành kèm theo …)" under it when issued by a decision) and Kính gửi. */
function PageTitle({ doc }: { doc: Pick<ReportDocument, 'docType' | 'title' | 'note' | 'recipients'> }) {
  return (
    <>
      <div class="cchc-page__type">{doc.docType}</div>
      <div class={doc.note ? 'cchc-page__center' : 'cchc-page__title'}>{doc.title}</div>
      {doc.note && <div class="cchc-page__title cchc-page__note">{doc.note}</div>}
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
function PageSignature({ doc }: { doc: Pick<ReportDocument, 'signature' | 'distribution'> }) {
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
  if (block.type === 'image')
    return (
      <p class="cchc-page__img">
        <img src={`data:image/png;base64,${btoa(String.fromCharCode(...block.png))}`} alt={block.alt} style={`width:${block.size}cm`} />
      </p>
    );
  if (block.type === 'paragraph')
    return (
      <p class="cchc-page__p">
        <Runs runs={block.runs} />
      </p>
    );
  return (
    <table class="cchc-page__table">
      <thead>
        {headerRows(block.columns).map((row) => (
          <tr>
            {row.map((h) => (
              <th
                colSpan={h.span > 1 ? h.span : undefined}
                rowSpan={h.rows > 1 ? h.rows : undefined}
                style={h.span === 1 && block.columns[h.first].width ? `width:${block.columns[h.first].width}%` : undefined}
              >
                {h.text}
              </th>
            ))}
          </tr>
        ))}
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
