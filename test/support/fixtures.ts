import { loadExamples, loadTemplates, parseDraft, parseTemplate } from '../../src/data/load.ts';
import { DRAFT_VERSION, type Draft } from '../../src/schemas/draft.ts';

export const templates = loadTemplates();
export const examples = loadExamples();
export const periodic = templates.get('bao-cao-cchc-dinh-ky')!;
export const monthly = templates.get('bao-cao-tthc-thang')!;
/** The periodic report with a target on its online-payment rate, set by the fictional plan in helpers.ts. */
export const periodicWithTarget = (() => {
  const t = structuredClone(periodic);
  const block = t.sections
    .flatMap(function all(s): typeof t.sections {
      return [s, ...s.children.flatMap(all)];
    })
    .flatMap((s) => s.blocks)
    .find((b) => b.kind === 'indicators' && b.id === 'dich-vu-cong');
  if (block?.kind !== 'indicators') throw new Error('bao-cao-cchc-dinh-ky: không còn khối dich-vu-cong');
  block.fields.find((f) => f.id === 'ty-le-thanh-toan-truc-tuyen')!.target = {
    op: '>=',
    value: 30,
    source: 'ke-hoach-tinh-thu',
    year: 2026,
    text: 'tối thiểu 30% (chỉ tiêu năm 2026)',
  };
  return t;
})();
export const exampleOf = (kind: string) => structuredClone(examples.find((e) => e.draft.kind === kind)!.draft);

/** A minimal valid draft for a template; `patch` overrides header, values etc. */
export function draftFor(kind: string, patch: Omit<Partial<Draft>, 'header'> & { header?: Partial<Draft['header']> } = {}): Draft {
  const { header, ...rest } = patch;
  return parseDraft({
    format: 'cam-nang-cchc/draft',
    version: DRAFT_VERSION,
    kind,
    header: {
      issuer: 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH',
      issuerAbbr: 'UBND',
      place: 'An Bình',
      date: '2025-09-15',
      period: { kind: 'quy', year: 2025, index: 3 },
      ...header,
    },
    values: {},
    signature: { authority: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Trần Văn An' },
    distribution: ['Như trên', 'Lưu: VT'],
    ...rest,
  });
}

/** A small template exercising every block kind, repeats and nested numbering. */
export const mini = parseTemplate('mini', {
  name: 'Mẫu thử',
  description: 'Mẫu dùng trong kiểm thử.',
  order: 99,
  guide: 'mini',
  docType: 'THÔNG BÁO',
  fileCode: 'TB-THU',
  titlePattern: 'Kết luận kiểm tra {ky}',
  periods: ['nam'],
  numbering: ['roman', 'arabic', 'nested', 'alpha'],
  defaults: { issuer: 'ĐOÀN KIỂM TRA', issuerAbbr: 'ĐKT', signature: { title: 'TRƯỞNG ĐOÀN' } },
  sections: [
    {
      id: 'don-vi',
      title: 'Đơn vị',
      repeat: { label: 'Đơn vị được kiểm tra', itemTitle: 'Kết quả kiểm tra tại {ten}' },
      children: [
        {
          id: 'chi-dao',
          title: 'Công tác chỉ đạo, điều hành',
          area: 'chi-dao-dieu-hanh',
          blocks: [{ kind: 'assessment', id: 'danh-gia', label: 'Đánh giá' }],
        },
        {
          id: 'tthc',
          title: 'Thủ tục hành chính',
          children: [
            {
              id: 'so-lieu',
              title: 'Số liệu',
              blocks: [
                {
                  kind: 'indicators',
                  id: 'hs',
                  label: 'Hồ sơ',
                  display: 'list',
                  fields: [
                    { id: 'a', label: 'Tiếp nhận', unit: 'hồ sơ' },
                    { id: 'b', label: 'Đã giải quyết', unit: 'hồ sơ' },
                    { id: 'c', label: 'Tỷ lệ', compute: { ratio: { numerator: ['b'], denominator: ['a'] } } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    { id: 'van-ban', title: 'Văn bản', blocks: [{ kind: 'documents', id: 'ds', label: 'Danh sách' }] },
    {
      id: 'bang',
      title: 'Bảng',
      blocks: [
        {
          kind: 'table',
          id: 't',
          label: 'Bảng',
          columns: [
            { id: 'ten', label: 'Nội dung', type: 'text' },
            { id: 'kq', label: 'Kết quả', type: 'number' },
            { id: 'ct', label: 'Chỉ tiêu', type: 'number' },
            { id: 'tl', label: 'Tỷ lệ', type: 'percent-of', of: ['kq', 'ct'] },
          ],
        },
      ],
    },
    { id: 'trong', title: 'Mục để trống', blocks: [{ kind: 'prose', id: 'p', label: 'Nội dung' }] },
  ],
});
