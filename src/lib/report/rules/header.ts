import type { ReportTemplate } from '../../../schemas/template.ts';
import type { Draft } from '../../../schemas/draft.ts';
import type { Issue } from '../evaluation.ts';
import { parseIsoDate } from '../../format/date.ts';
import { defaultsFor } from '../defaults.ts';
import { cleanLine, isAllUpper } from '../../format/text.ts';
import {
  distributionLines,
  headerLines,
  normalizeAbbr,
  normalizePersonName,
  normalizePlace,
  normalizeSignature,
  normalizeTitle,
  recipientLines,
} from '../normalize.ts';

/** What Decree 30 needs of the header, the signature and Nơi nhận: issuer, place, date, signer, recipients. */
export function checkHeader(template: ReportTemplate, draft: Draft, issue: (i: Issue) => void) {
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
  if (!normalizePlace(h.place))
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
  if (cleanLine(h.title) && !normalizeTitle(h.title))
    issue({
      key: 'header.title',
      field: 'header.title',
      severity: 'warning',
      message: 'Trích yếu đã nhập không dùng được (không có chữ viết thường); dùng trích yếu mặc định của mẫu.',
    });
  else if (h.title && isAllUpper(cleanLine(h.title)))
    issue({
      key: 'header.title',
      field: 'header.title',
      severity: 'warning',
      message: 'Trích yếu phải viết thường (chỉ viết hoa chữ đầu và tên riêng); đã tự chuyển.',
    });
  if (!cleanLine(draft.signature.title))
    issue({
      key: 'signature.title',
      field: 'signature.title',
      severity: 'error',
      blocking: true,
      message: 'Chưa nhập chức vụ người ký (ví dụ "CHỦ TỊCH").',
    });
  else if (!normalizeSignature(draft.signature.authority, draft.signature.title).ok)
    issue({
      key: 'signature.authority',
      field: 'signature.authority',
      severity: 'error',
      blocking: true,
      message: 'Thiếu dòng thẩm quyền ký: thêm "TM. ỦY BAN NHÂN DÂN" (ký thay mặt tập thể) hoặc "KT. CHỦ TỊCH" (cấp phó ký thay).',
    });
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
  if (draft.distribution.length > 30)
    issue({
      key: 'distribution.length',
      field: 'distribution',
      severity: 'error',
      blocking: true,
      message: `Nơi nhận có ${draft.distribution.length} dòng; gộp lại còn tối đa 30 dòng (ví dụ "Các phòng, ban chuyên môn;").`,
    });
  const hasRecipients = recipientLines(draft.header.recipients).length > 0;
  if (distributionLines(draft.distribution, hasRecipients).length < 2)
    issue({
      key: 'distribution.empty',
      field: 'distribution',
      severity: 'error',
      blocking: true,
      message: 'Chưa có nơi nhận (ngoài dòng "Lưu: VT"): thêm cơ quan nhận báo cáo.',
    });
  if (hasRecipients && draft.distribution.length && !draft.distribution.some((d) => /như trên/i.test(d)))
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
