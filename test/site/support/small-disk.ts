/**
 * Chromium whose profile lives on a small RAM disk, so that the browser's storage really fills up (Chromium's
 * DevTools "quota override" is not enforced on IndexedDB writes). The disk is mounted in a private mount namespace
 * by a wrapper around the Chromium binary (`unshare`, from util-linux), as root or through a user namespace;
 * nothing is mounted outside the browser's own process tree.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WRAPPER = `#!/bin/sh
dir=""
for a in "$@"; do case "$a" in --user-data-dir=*) dir="\${a#--user-data-dir=}";; esac; done
if [ "$(id -u)" = 0 ]; then ns="--mount"; else ns="--user --map-root-user --mount"; fi
exec unshare $ns --propagation private sh -c 'mount -t tmpfs -o size="$SMALL_DISK" tmpfs "$0" && exec "$CHROMIUM" "$@"' "$dir" "$@"
`;

/** A persistent context on a RAM disk of `size` (e.g. "96m"); close() also removes its folders. */
export async function smallDiskContext(size = '96m'): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'cchc-small-disk-'));
  const wrapper = join(root, 'chromium.sh');
  writeFileSync(wrapper, WRAPPER);
  chmodSync(wrapper, 0o755);
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: wrapper,
    env: { ...process.env, SMALL_DISK: size, CHROMIUM: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    locale: 'vi-VN',
    acceptDownloads: true,
    serviceWorkers: 'block',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
