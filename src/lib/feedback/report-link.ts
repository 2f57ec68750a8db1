/**
 * "Báo thông tin chưa đúng": a plain link, built when the site is built, that opens a new GitHub issue on the
 * repository the site comes from, prefilled with the page, the facts it states and a place for the reader's source.
 * No server and no script: GitHub's own "new issue" page takes `title` and `body` from the address.
 */

const GITHUB_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** "owner/name" from the ways a repository is written: "owner/name", "github:owner/name", a github.com URL. */
export function githubRepository(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const name = text
    .replace(/^github:/, '')
    .replace(/^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?(?:www\.)?github\.com[/:]/, '')
    .replace(/^git@github\.com:/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  return GITHUB_NAME.test(name) ? name : undefined;
}

type PackageRepository = string | { type?: string; url?: string } | undefined;

/**
 * The repository the site is built from: the deploy workflow passes it (`SITE_REPOSITORY`, from
 * `github.repository`); otherwise `package.json`'s `repository`; otherwise none, and pages show no link.
 */
export function siteRepository(env: Record<string, string | undefined>, packageRepository: PackageRepository): string | undefined {
  const fromPackage = typeof packageRepository === 'string' ? packageRepository : packageRepository?.url;
  return githubRepository(env.SITE_REPOSITORY) ?? githubRepository(fromPackage);
}

export type ReportedPage = {
  /** The page's public address. */
  url: string;
  title: string;
  /** What the page states that the reader may be questioning, one line each (a document's number, status…). */
  facts?: string[];
};

/** The text: the page, its facts, then blanks for the wrong fact, the right one and the proposed source. */
export function reportBody(page: ReportedPage): string {
  const facts = page.facts?.length ? ['', '**Trang ghi:**', ...page.facts.map((f) => `- ${f}`)] : [];
  return [
    `**Trang:** ${page.title}`,
    page.url,
    ...facts,
    '',
    '**Thông tin chưa đúng** (chép nguyên câu, số hoặc ngày trên trang):',
    '',
    '',
    '**Thông tin đúng theo bạn:**',
    '',
    '',
    '**Nguồn đề nghị** (số, ký hiệu, ngày của văn bản; đường dẫn vbpl.vn, vanban.chinhphu.vn hoặc Công báo):',
    '',
  ].join('\n');
}

/** The "new issue" address on GitHub, prefilled for the page. */
export function reportUrl(repository: string, page: ReportedPage): string {
  const query = new URLSearchParams({ title: `Thông tin chưa đúng: ${page.title}`, body: reportBody(page) });
  return `https://github.com/${repository}/issues/new?${query.toString().replaceAll('+', '%20')}`;
}
