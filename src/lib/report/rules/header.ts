import type { ReportTemplate } from '../../../schemas/template.ts';
import type { Draft } from '../../../schemas/draft.ts';
import type { Issue } from '../evaluation.ts';
import { parseIsoDate } from '../../format/date.ts';
import { defaultsFor } from '../defaults.ts';
import { decisionTexts } from '../decision.ts';
import { cleanLine } from '../../format/text.ts';
import {
  distributionLines,
  headerLines,
  normalizeAbbr,
  normalizePersonName,
  normalizePlace,
  normalizeSignature,
  recipientLines,
  titleText,
} from '../normalize.ts';
import { unitName, type Cased, type Lexicon } from '../../names/index.ts';
import { startsWithType } from '../placeholders.ts';

/** What Decree 30 needs of the header, the signature and Nơi nhận: issuer, place, date, signer, recipients. */
export function checkHeader(template: ReportTemplate, draft: Draft, lex: Lexicon, issue: (i: Issue) => void) {
  const h = draft.header;
  if (!headerLines(h.issuer).length)
    issue({
      key: 'header.issuer',
      field: 'header.issuer',
      severity: 'error',
      blocking: true,
      message: 'Chưa nhập tên cơ quan ban hành (ví dụ "ỦY BAN NHÂN DÂN XÃ …").',
    });
  if (!normalizeAbbr(h.issuerAbbr))
    issue({
      key: 'header.issuerAbbr',
      field: 'header.issuerAbbr',
      severity: 'warning',
      message: 'Chữ viết tắt của cơ quan ban hành trống hoặc không hợp lệ; tạm dùng "UBND" trong số, ký hiệu.',
    });
  else if (normalizeAbbr(h.issuerAbbr) !== cleanLine(h.issuerAbbr))
    issue({
      key: 'header.issuerAbbr',
      field: 'header.issuerAbbr',
      severity: 'info',
      message: `Chữ viết tắt được viết lại thành "${normalizeAbbr(h.issuerAbbr)}" (chữ in hoa, số và dấu "-").`,
    });
  if (h.number && !/^\d+[a-z]?$/i.test(cleanLine(h.number)))
    issue({
      key: 'header.number',
      field: 'header.number',
      severity: 'warning',
      message: `Số văn bản "${cleanLine(h.number)}" không phải là số; để trống cho văn thư điền.`,
    });
  if (!normalizePlace(h.place, lex))
    issue({
      key: 'header.place',
      field: 'header.place',
      severity: 'error',
      blocking: true,
      message: cleanLine(h.place)
        ? `Địa danh "${cleanLine(h.place).slice(0, 40)}" phải bắt đầu bằng chữ cái (ví dụ "Đưng K’Nớ", "Phường 3 Bảo Lộc").`
        : 'Chưa nhập địa danh (tên xã, phường nơi cơ quan đóng trụ sở, viết hoa chữ cái đầu).',
    });
  if (!parseIsoDate(h.date))
    issue({
      key: 'header.date',
      field: 'header.date',
      severity: 'error',
      blocking: true,
      signing: true,
      message: cleanLine(h.date)
        ? `Ngày ban hành "${cleanLine(h.date).slice(0, 20)}" không hợp lệ (cần dạng NNNN-TT-NN, ví dụ 2025-09-15).`
        : 'Chưa nhập ngày ban hành.',
    });
  checkTitle(h.title, 'header.title', 'Trích yếu', lex, issue);
  if (startsWithType(titleText(h.title, lex).text, template.docType))
    issue({
      key: 'header.title.type',
      field: 'header.title',
      severity: 'warning',
      message: `Trích yếu bắt đầu bằng tên loại văn bản “${template.docType.toLocaleLowerCase('vi')}”, đã in ở dòng “${template.docType}” ngay trên: bỏ mấy chữ này ở đầu trích yếu.`,
    });
  checkNameCase(
    unitName(h, lex),
    'header.unit',
    'header.unit',
    (unsure, kept) =>
      `Chưa chắc cách viết hoa tên đơn vị trong câu văn (“${unsure}”), nên các câu nêu tên đơn vị đang in nguyên như tên cơ quan ban hành: “${kept}”. Ghi tên đơn vị như viết trong câu (ví dụ “Văn phòng Đăng ký đất đai tỉnh Lai Châu”).`,
    issue,
  );
  if (!cleanLine(draft.signature.title))
    issue({
      key: 'signature.title',
      field: 'signature.title',
      severity: 'error',
      blocking: true,
      message: 'Chưa nhập chức vụ người ký (ví dụ "CHỦ TỊCH").',
    });
  else checkSignature(draft.signature, issue);
  if (draft.signature.authority.length > 4)
    issue({
      key: 'signature.authority.length',
      field: 'signature.authority',
      severity: 'error',
      blocking: true,
      message: 'Thẩm quyền ký có quá nhiều dòng (tối đa 4).',
    });
  if (!normalizePersonName(draft.signature.name))
    issue({
      key: 'signature.name',
      field: 'signature.name',
      severity: 'error',
      blocking: true,
      signing: !cleanLine(draft.signature.name),
      message: cleanLine(draft.signature.name)
        ? `Họ tên người ký "${cleanLine(draft.signature.name).slice(0, 60)}" không đúng dạng họ và tên (ít nhất hai chữ, không có chức danh, học hàm).`
        : 'Chưa nhập họ tên người ký.',
    });
  const hasRecipients = recipientLines(draft.header.recipients).length > 0;
  // Issued by a decision, the document prints no Nơi nhận of its own: the decision's is checked instead.
  const decision = decisionTexts(defaultsFor(template, draft.level), draft);
  const [field, list] = decision ? ['decision.distribution', decision.distribution] : ['distribution', draft.distribution];
  if (list.length > 30)
    issue({
      key: 'distribution.length',
      field,
      severity: 'error',
      blocking: true,
      message: `Nơi nhận có ${list.length} dòng; gộp lại còn tối đa 30 dòng (ví dụ "Các phòng, ban chuyên môn;").`,
    });
  if (distributionLines(list, !decision && hasRecipients).length < 2)
    issue({
      key: 'distribution.empty',
      field,
      severity: 'error',
      blocking: true,
      message: decision
        ? 'Quyết định chưa có nơi nhận (ngoài dòng "Lưu: VT"): thêm nơi nhận, thường mở đầu bằng "Như Điều 3".'
        : 'Chưa có nơi nhận (ngoài dòng "Lưu: VT"): thêm cơ quan nhận báo cáo.',
    });
  if (!decision && hasRecipients && draft.distribution.length && !draft.distribution.some((d) => /như trên/i.test(d)))
    issue({
      key: 'distribution.nhu-tren',
      field: 'distribution',
      severity: 'info',
      message: 'Báo cáo có "Kính gửi": Nơi nhận thường mở đầu bằng "- Như trên;" (Nghị định 30/2020/NĐ-CP).',
    });
  if (!hasRecipients && defaultsFor(template, draft.level).recipients.length)
    issue({
      key: 'header.recipients',
      field: 'header.recipients',
      severity: 'info',
      message: 'Chưa có "Kính gửi": báo cáo gửi cấp trên nên ghi cơ quan nhận (ví dụ UBND tỉnh, Sở Nội vụ).',
    });
}

/**
 * A name written in capitals and re-cased for running text: when the case of some of its words is unsure, a warning
 * naming them and what is printed instead (the name as typed).
 */
export function checkNameCase(
  name: Cased,
  key: string,
  field: string,
  message: (unsure: string, kept: string) => string,
  issue: (i: Issue) => void,
) {
  if (!name.certain) issue({ key, field, severity: 'warning', message: message(name.unsure.join(' '), name.text) });
}

/**
 * A trích yếu typed in capitals: converted where certain (an info showing the result), else kept as typed with a warning
 * that Decree 30 wants it in lower case.
 */
export function checkTitle(typed: string, field: string, label: string, lex: Lexicon, issue: (i: Issue) => void) {
  if (!cleanLine(typed)) return;
  const t = titleText(typed, lex);
  if (!t.text)
    issue({
      key: field,
      field,
      severity: 'warning',
      message: `${label} đã nhập không dùng được (không có chữ); dùng trích yếu mặc định của mẫu.`,
    });
  else if (t.upper && t.certain)
    issue({
      key: field,
      field,
      severity: 'info',
      message: `${label} gõ chữ in hoa được in bằng chữ thường như Nghị định 30/2020/NĐ-CP yêu cầu (chỉ viết hoa chữ đầu và tên riêng): “${t.text}”.`,
    });
  else if (t.upper)
    issue({
      key: field,
      field,
      severity: 'warning',
      message: `${label} đang viết toàn chữ in hoa; Nghị định 30/2020/NĐ-CP yêu cầu viết thường, chỉ viết hoa chữ đầu và tên riêng. Chưa chắc cách viết “${t.unsure.join(' ')}”, nên ${label.toLocaleLowerCase('vi')} được giữ nguyên như đã gõ: hãy gõ lại bằng chữ thường.`,
    });
}

/**
 * Any title signs (an authority signing for itself: "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG"); the lines above it are checked
 * only when there are some: each starts with TM., KT., Q., TL. or TUQ., and under "KT." signs a deputy ("PHÓ …").
 */
function checkSignature(sig: Draft['signature'], issue: (i: Issue) => void) {
  const s = normalizeSignature(sig.authority, sig.title);
  for (const line of s.badLines)
    issue({
      key: `signature.authority:${line}`,
      field: 'signature.authority',
      severity: 'warning',
      message: `Dòng thẩm quyền ký “${line.slice(0, 50)}” không bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. (ví dụ “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”). Người ký với thẩm quyền của chính mình thì để trống ô này và chỉ ghi chức vụ.`,
    });
  if (s.lines.at(-1)?.startsWith('KT.') && !/^PHÓ\s/u.test(s.title))
    issue({
      key: 'signature.kt',
      field: 'signature.title',
      severity: 'warning',
      message: `Ký thay (“${s.lines.at(-1)}”) là cấp phó ký thay người đứng đầu: chức vụ người ký thường là “PHÓ …”, đang là “${s.title}”.`,
    });
}
