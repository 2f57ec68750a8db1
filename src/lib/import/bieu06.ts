/**
 * Biểu số 06/VPCP/KSTT ("Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị trực tiếp giải quyết TTHC") as
 * import targets: its columns per ../shared/reference/tthc-figures.md (received: total, online, direct or
 * postal, carried over; settled: total, early, on time, late; pending: total, within time, overdue), plus the
 * figures published reports add (returned or withdrawn, online by level, online payment, digitisation).
 * Totals are read from the sheet as they are, so the block can check them against their parts.
 */
import type { ColumnTarget } from './recognize.ts';

const RECEIVED = ['nhận', 'tiếp nhận', 'nhận giải quyết'];
const SETTLED = ['đã giải quyết', 'đã xử lý'];
const PENDING = ['đang giải quyết', 'đang xử lý'];
const NOT_SETTLED = ['đang', 'chưa giải quyết', 'chưa xử lý', 'sắp trễ', 'sắp quá hạn'];

export const BIEU06_TARGETS: readonly ColumnTarget[] = [
  { id: 'tu-ky-truoc', label: 'Từ kỳ trước chuyển sang', match: [['kỳ trước']] },
  { id: 'moi-truc-tuyen', label: 'Mới tiếp nhận trực tuyến', match: [RECEIVED, ['trực tuyến']], exclude: ['kỳ trước'] },
  {
    id: 'moi-truc-tiep',
    label: 'Mới tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích',
    match: [RECEIVED, ['trực tiếp']],
    exclude: ['kỳ trước'],
  },
  {
    id: 'tong-nhan',
    label: 'Tổng số hồ sơ nhận giải quyết',
    match: [RECEIVED, ['tổng số']],
    exclude: ['trực tuyến', 'trực tiếp', 'kỳ trước'],
  },
  { id: 'da-truoc-han', label: 'Đã giải quyết trước hạn', match: [SETTLED, ['trước hạn']], exclude: NOT_SETTLED },
  { id: 'da-dung-han', label: 'Đã giải quyết đúng hạn', match: [SETTLED, ['đúng hạn']], exclude: NOT_SETTLED },
  { id: 'da-qua-han', label: 'Đã giải quyết quá hạn', match: [SETTLED, ['quá hạn']], exclude: NOT_SETTLED },
  { id: 'tong-da-giai-quyet', label: 'Tổng số hồ sơ đã giải quyết', match: [SETTLED, ['tổng số']], exclude: NOT_SETTLED },
  { id: 'dang-trong-han', label: 'Đang giải quyết trong hạn', match: [PENDING, ['trong hạn']] },
  {
    id: 'dang-qua-han',
    label: 'Đang giải quyết quá hạn',
    match: [PENDING, ['quá hạn']],
    exclude: ['sắp trễ', 'sắp quá hạn', 'sắp đến hạn'],
  },
  { id: 'tong-dang-giai-quyet', label: 'Tổng số hồ sơ đang giải quyết', match: [PENDING, ['tổng số']] },
  { id: 'tra-lai-rut', label: 'Hồ sơ trả lại, rút', match: [['trả lại', 'rút']], optional: true },
  {
    id: 'truc-tuyen-toan-trinh',
    label: 'Dịch vụ công trực tuyến toàn trình',
    match: [['trực tuyến toàn trình', 'toàn trình']],
    optional: true,
  },
  { id: 'truc-tuyen-mot-phan', label: 'Dịch vụ công trực tuyến một phần', match: [['trực tuyến một phần', 'một phần']], optional: true },
  { id: 'thanh-toan-truc-tuyen', label: 'Thanh toán trực tuyến', match: [['thanh toán trực tuyến', 'thanh toán']], optional: true },
  { id: 'so-hoa', label: 'Số hóa hồ sơ, kết quả giải quyết', match: [['số hóa']], optional: true },
];

/** Which totals the sheet states and the parts they should equal (checked by the block, not corrected here). */
export const BIEU06_SUMS: readonly { total: string; parts: readonly string[] }[] = [
  { total: 'tong-nhan', parts: ['tu-ky-truoc', 'moi-truc-tuyen', 'moi-truc-tiep'] },
  { total: 'tong-da-giai-quyet', parts: ['da-truoc-han', 'da-dung-han', 'da-qua-han'] },
  { total: 'tong-dang-giai-quyet', parts: ['dang-trong-han', 'dang-qua-han'] },
];
