import { describe, expect, it } from 'vitest';
import { githubRepository, reportBody, reportUrl, siteRepository } from '../../../src/lib/feedback/report-link.ts';

describe('the repository the site is built from', () => {
  it('reads the ways a GitHub repository is written', () => {
    for (const value of [
      'owner/cam-nang-cchc',
      'github:owner/cam-nang-cchc',
      'https://github.com/owner/cam-nang-cchc',
      'https://github.com/owner/cam-nang-cchc.git',
      'git+https://github.com/owner/cam-nang-cchc.git',
      'git@github.com:owner/cam-nang-cchc.git',
    ])
      expect(githubRepository(value), value).toBe('owner/cam-nang-cchc');
    for (const value of ['', '  ', 'https://gitlab.com/owner/x', 'owner', 'owner/x/y', undefined])
      expect(githubRepository(value), value).toBeUndefined();
  });

  it('takes the deploy workflow’s SITE_REPOSITORY first, then package.json, else none', () => {
    expect(siteRepository({ SITE_REPOSITORY: 'ci/site' }, 'github:pkg/site')).toBe('ci/site');
    expect(siteRepository({}, 'github:pkg/site')).toBe('pkg/site');
    expect(siteRepository({}, { type: 'git', url: 'https://github.com/pkg/site.git' })).toBe('pkg/site');
    expect(siteRepository({ SITE_REPOSITORY: '' }, undefined)).toBeUndefined();
    expect(siteRepository({}, undefined)).toBeUndefined();
  });
});

describe('the "Báo thông tin chưa đúng" link', () => {
  const page = {
    url: 'https://owner.github.io/cam-nang-cchc/van-ban/170-2025-nd-cp/',
    title: 'Nghị định số 170/2025/NĐ-CP',
    facts: [
      'Văn bản: Nghị định số 170/2025/NĐ-CP',
      'Tình trạng: Còn hiệu lực, đã được sửa đổi, bổ sung (kiểm tra lần cuối ngày 07/12/2026)',
    ],
  };

  it('opens a new issue on the repository, prefilled with the page, its facts and a place for the source', () => {
    const url = new URL(reportUrl('owner/cam-nang-cchc', page));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/owner/cam-nang-cchc/issues/new');
    expect(url.searchParams.get('title')).toBe('Thông tin chưa đúng: Nghị định số 170/2025/NĐ-CP');
    const body = url.searchParams.get('body')!;
    expect(body).toBe(reportBody(page));
    expect(body).toContain(page.url);
    expect(body).toContain('- Tình trạng: Còn hiệu lực, đã được sửa đổi, bổ sung (kiểm tra lần cuối ngày 07/12/2026)');
    expect(body).toMatch(/\*\*Thông tin chưa đúng\*\*.*\n\n\n\*\*Thông tin đúng theo bạn:\*\*/);
    expect(body).toMatch(/\*\*Nguồn đề nghị\*\* \(số, ký hiệu, ngày của văn bản; đường dẫn vbpl\.vn.*\):\n$/);
  });

  it('writes spaces as %20 and keeps Vietnamese text intact once decoded', () => {
    const link = reportUrl('o/r', { url: 'https://o.github.io/r/huong-dan/ky-bao-cao/', title: 'Kỳ báo cáo và thời điểm chốt số liệu' });
    expect(link).not.toContain('+');
    expect(new URL(link).searchParams.get('title')).toBe('Thông tin chưa đúng: Kỳ báo cáo và thời điểm chốt số liệu');
    expect(new URL(link).searchParams.get('body')).not.toContain('Trang ghi');
  });
});
