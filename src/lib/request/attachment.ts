/**
 * The request's Phụ lục as a .docx (appendix.ts, through the engine's render pipeline), with the request inside as a
 * custom XML data part (`<request xmlns="urn:cam-nang-cchc:request:1">`, its .json file's JSON): the Phụ lục a province
 * kept can be opened again where a request is opened. The QR code and its library load with this module.
 */
import type { ReportTemplate } from '../../schemas/template.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';
import type { ReportRequest } from '../../schemas/request.ts';
import { renderAttachment } from '../report/index.ts';
import { jsonPartXml } from '../docx/json-part.ts';
import { requestAppendix } from './appendix.ts';
import { LINK_PRACTICAL_MAX } from './link.ts';
import { qrPng } from './qr.ts';

export const REQUEST_PART_NAMESPACE_BASE = 'urn:cam-nang-cchc:request:';
export const REQUEST_PART_NAMESPACE = `${REQUEST_PART_NAMESPACE_BASE}1`;

/** The Phụ lục's .docx; `link` is the request's link (left out, with a word on the .json file, when too long to print). */
export function requestAttachment(
  template: ReportTemplate,
  r: ReportRequest,
  link: string,
  criteriaSets: readonly CriteriaSet[] = [],
): Promise<Uint8Array> {
  const printable = link.length <= LINK_PRACTICAL_MAX ? { url: link, qr: qrPng(link) } : undefined;
  return renderAttachment(requestAppendix(template, r, printable, criteriaSets), {
    xml: jsonPartXml('request', REQUEST_PART_NAMESPACE, r),
    namespace: REQUEST_PART_NAMESPACE,
  });
}
