import pkg from '../../package.json';
import { siteRepository } from '../lib/feedback/report-link.ts';

/**
 * The GitHub repository the site is built from ("owner/name"), read when the site is built: `SITE_REPOSITORY`
 * (the deploy workflow sets it from `github.repository`), otherwise `package.json`'s `repository`; undefined when
 * neither is set, and then no page shows the "Báo thông tin chưa đúng" link.
 */
export const repository: string | undefined = siteRepository(
  process.env,
  (pkg as { repository?: string | { type?: string; url?: string } }).repository,
);
