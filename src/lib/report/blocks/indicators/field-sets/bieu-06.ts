import type { FieldSet } from '../../../../../schemas/template.ts';
import { BIEU06_TARGETS } from '../../../../import/bieu06.ts';

/**
 * Hồ sơ thủ tục hành chính as Biểu số 06/VPCP/KSTT counts them (../shared/reference/tthc-figures.md): files to
 * handle (carried over, newly received online, newly received in person or by post), settled (early, on time,
 * late), pending (within time, overdue), plus what published reports add (returned or withdrawn, online by
 * level, online payment, digitisation). Rates follow published reports: over the files that fell due
 * (đến hạn = đã giải quyết + đang giải quyết quá hạn), not over the files received. A field whose id is a
 * column of BIEU06_TARGETS is read from that column on import, with the import library's header words.
 */

const fromSheet = (id: string) => {
  const t = BIEU06_TARGETS.find((x) => x.id === id);
  if (!t) throw new Error(`BIEU06_TARGETS has no column "${id}"`);
  return { match: t.match, ...(t.exclude ? { exclude: t.exclude } : {}), optional: !!t.optional };
};

const count = (id: string, f: Omit<FieldSet['fields'][number], 'id' | 'unit'>) => ({
  id,
  unit: 'hồ sơ',
  ...(BIEU06_TARGETS.some((t) => t.id === id) ? { import: fromSheet(id) } : {}),
  ...f,
});

export const bieu06: FieldSet = {
  label: 'Số hồ sơ thủ tục hành chính theo Biểu số 06/VPCP/KSTT',
  fields: [
    count('tong-nhan', {
      label: 'Tổng số hồ sơ nhận giải quyết',
      short: 'Tổng số nhận giải quyết',
      phrase: 'tổng số hồ sơ nhận giải quyết {value}',
      hint: 'Gồm hồ sơ từ kỳ trước chuyển sang và hồ sơ mới tiếp nhận trong kỳ.',
      compare: true,
    }),
    count('tu-ky-truoc', {
      label: 'Số hồ sơ từ kỳ trước chuyển sang',
      short: 'Từ kỳ trước chuyển sang',
      phrase: 'trong đó từ kỳ trước chuyển sang {value}',
      hint: 'Bằng số hồ sơ đang giải quyết cuối kỳ trước (trong hạn và quá hạn): “Tạo từ kỳ trước” điền sẵn.',
      carry: ['dang-trong-han', 'dang-qua-han'],
      level: 2,
    }),
    count('moi-tiep-nhan', {
      label: 'Số hồ sơ mới tiếp nhận trong kỳ',
      short: 'Mới tiếp nhận',
      phrase: 'mới tiếp nhận {value}',
      level: 2,
      compare: true,
    }),
    count('moi-truc-tuyen', {
      label: 'Số hồ sơ mới tiếp nhận trực tuyến',
      short: 'Mới tiếp nhận trực tuyến',
      phrase: 'tiếp nhận trực tuyến {value}',
      level: 3,
      compare: true,
    }),
    count('moi-truc-tiep', {
      label: 'Số hồ sơ mới tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích',
      short: 'Mới tiếp nhận trực tiếp, bưu chính',
      phrase: 'tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích {value}',
      level: 3,
    }),
    count('tong-da-giai-quyet', {
      label: 'Số hồ sơ đã giải quyết',
      short: 'Đã giải quyết',
      phrase: 'đã giải quyết {value}',
      compare: true,
    }),
    count('da-truoc-han', {
      label: 'Số hồ sơ đã giải quyết trước hạn',
      short: 'Trước hạn',
      phrase: 'trong đó trước hạn {value}',
      hint: 'Để trống nếu hệ thống không tách riêng hồ sơ trước hạn (khi đó nhập cả vào ô đúng hạn).',
      emptyIsZero: true,
      level: 2,
    }),
    count('da-dung-han', {
      label: 'Số hồ sơ đã giải quyết đúng hạn',
      short: 'Đúng hạn',
      phrase: 'đúng hạn {value}',
      level: 2,
    }),
    count('da-qua-han', {
      label: 'Số hồ sơ đã giải quyết quá hạn',
      short: 'Đã giải quyết quá hạn',
      phrase: 'quá hạn {value}',
      zero: 'không có hồ sơ giải quyết quá hạn',
      hint: 'Hồ sơ đã có kết quả nhưng trả sau ngày hẹn. Không có thì ghi 0: để trống thì không tính được tỷ lệ quá hạn.',
      level: 2,
    }),
    count('tong-dang-giai-quyet', {
      label: 'Số hồ sơ đang giải quyết',
      short: 'Đang giải quyết',
      phrase: 'đang giải quyết {value}',
    }),
    count('dang-trong-han', {
      label: 'Số hồ sơ đang giải quyết trong hạn',
      short: 'Đang giải quyết trong hạn',
      phrase: 'trong đó trong hạn {value}',
      hint: 'Hồ sơ chưa đến ngày hẹn trả kết quả.',
      level: 2,
    }),
    count('dang-qua-han', {
      label: 'Số hồ sơ đang giải quyết quá hạn',
      short: 'Đang giải quyết quá hạn',
      phrase: 'quá hạn {value}',
      zero: 'không có hồ sơ quá hạn',
      hint: 'Hồ sơ đã quá ngày hẹn mà chưa có kết quả.',
      emptyIsZero: true,
      level: 2,
    }),
    count('tra-lai-rut', {
      label: 'Số hồ sơ trả lại hoặc công dân rút',
      short: 'Trả lại, rút',
      phrase: 'trả lại hoặc người nộp rút {value}',
      hint: 'Hồ sơ không đủ điều kiện bị trả lại và hồ sơ người nộp xin rút: không tính vào đã giải quyết hay đang giải quyết.',
      emptyIsZero: true,
    }),
    {
      id: 'den-han',
      label: 'Số hồ sơ đến hạn giải quyết',
      short: 'Đến hạn',
      unit: 'hồ sơ',
      type: 'count',
      compute: { sum: ['tong-da-giai-quyet', 'dang-qua-han'] },
      phrase: 'hồ sơ đến hạn giải quyết {value}',
      compare: true,
    },
    {
      id: 'ty-le-dung-han',
      label: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn',
      compute: { ratio: { numerator: ['da-truoc-han', 'da-dung-han'], denominator: ['den-han'] } },
      phrase: 'tỷ lệ giải quyết trước hạn và đúng hạn đạt {value}',
      better: 'higher',
    },
    {
      id: 'ty-le-qua-han',
      label: 'Tỷ lệ hồ sơ quá hạn',
      compute: { ratio: { numerator: ['da-qua-han', 'dang-qua-han'], denominator: ['den-han'] } },
      phrase: 'tỷ lệ hồ sơ quá hạn {value}',
      better: 'lower',
    },
    {
      id: 'ty-le-tra-lai',
      label: 'Tỷ lệ hồ sơ trả lại, rút',
      compute: { ratio: { numerator: ['tra-lai-rut'], denominator: ['den-han'] } },
      phrase: 'tỷ lệ hồ sơ trả lại, rút {value}',
    },
    {
      id: 'ty-le-da-giai-quyet',
      label: 'Tỷ lệ hồ sơ đã giải quyết',
      compute: { ratio: { numerator: ['tong-da-giai-quyet'], denominator: ['tong-nhan'] } },
      phrase: 'tỷ lệ hồ sơ đã giải quyết đạt {value} số hồ sơ nhận giải quyết',
      better: 'higher',
    },
    count('truc-tuyen-toan-trinh', {
      label: 'Số hồ sơ nộp trực tuyến toàn trình',
      short: 'Trực tuyến toàn trình',
      phrase: 'hồ sơ nộp trực tuyến toàn trình {value}',
      hint: 'Không bắt buộc: nhiều tỉnh yêu cầu nêu riêng.',
    }),
    count('truc-tuyen-mot-phan', {
      label: 'Số hồ sơ nộp trực tuyến một phần',
      short: 'Trực tuyến một phần',
      phrase: 'hồ sơ nộp trực tuyến một phần {value}',
      hint: 'Không bắt buộc.',
    }),
    {
      id: 'ty-le-truc-tuyen',
      label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
      compute: { ratio: { numerator: ['moi-truc-tuyen'], denominator: ['moi-tiep-nhan'] } },
      phrase: 'tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {value}',
      better: 'higher',
    },
    count('thanh-toan-truc-tuyen', {
      label: 'Số hồ sơ có thanh toán trực tuyến',
      short: 'Thanh toán trực tuyến',
      phrase: 'hồ sơ có thanh toán trực tuyến {value}',
      hint: 'Không bắt buộc.',
    }),
    count('so-hoa', {
      label: 'Số hồ sơ được số hóa',
      short: 'Số hóa',
      phrase: 'hồ sơ được số hóa {value}',
      hint: 'Không bắt buộc: hồ sơ, kết quả giải quyết được số hóa trong kỳ.',
    }),
  ],
  rules: [
    {
      total: 'moi-tiep-nhan',
      parts: ['moi-truc-tuyen', 'moi-truc-tiep'],
      partsLabel: 'trực tuyến và trực tiếp, bưu chính',
      severity: 'warning',
      cause: {
        higher: 'Có thể còn hồ sơ tiếp nhận qua kênh khác chưa nhập vào ô trực tuyến hoặc trực tiếp.',
        lower: 'Có thể có hồ sơ được tính ở cả ô trực tuyến và ô trực tiếp.',
      },
    },
    {
      total: 'tong-nhan',
      parts: ['tu-ky-truoc', 'moi-tiep-nhan'],
      partsLabel: 'hồ sơ từ kỳ trước chuyển sang và hồ sơ mới tiếp nhận',
      severity: 'warning',
      cause: {
        higher: 'Kiểm tra số hồ sơ từ kỳ trước chuyển sang: bằng số hồ sơ đang giải quyết cuối kỳ trước.',
        lower: 'Tổng số nhận giải quyết phải gồm cả hồ sơ từ kỳ trước chuyển sang.',
      },
    },
    {
      total: 'tong-da-giai-quyet',
      parts: ['da-truoc-han', 'da-dung-han', 'da-qua-han'],
      partsLabel: 'trước hạn, đúng hạn và quá hạn',
      severity: 'warning',
      cause: {
        higher: 'Có thể chưa nhập số hồ sơ trước hạn (ô trống được tính là 0).',
        lower: 'Có thể có hồ sơ được tính hai lần, ví dụ ở cả ô trước hạn và ô đúng hạn.',
      },
    },
    {
      total: 'tong-dang-giai-quyet',
      parts: ['dang-trong-han', 'dang-qua-han'],
      partsLabel: 'trong hạn và quá hạn',
      severity: 'warning',
      cause: {
        higher: 'Có thể chưa nhập số hồ sơ đang giải quyết quá hạn (ô trống được tính là 0).',
        lower: 'Có thể có hồ sơ được tính ở cả ô trong hạn và ô quá hạn.',
      },
    },
    {
      total: 'tong-nhan',
      parts: ['tong-da-giai-quyet', 'tong-dang-giai-quyet', 'tra-lai-rut'],
      partsLabel: 'đã giải quyết, đang giải quyết và trả lại, rút',
      severity: 'warning',
      cause: {
        higher: 'Có thể có hồ sơ bị trả lại hoặc người nộp rút chưa nhập vào ô “Số hồ sơ trả lại hoặc công dân rút”.',
        lower: 'Có thể chưa nhập số hồ sơ từ kỳ trước chuyển sang, hoặc có hồ sơ được tính hai lần.',
      },
    },
  ],
};
