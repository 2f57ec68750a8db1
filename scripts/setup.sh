#!/usr/bin/env bash
# Installs what this machine lacks to serve the site (`npm start`) or to run every test (`npm test`, and so
# `.ci/run`), then runs the command given after `--` with a Node >= 22.12 first on PATH.
#
#   bash scripts/setup.sh [--tests] [-- command args…]
#
# - Node: the system's when it is >= 22.12; otherwise Node 22 in a private prefix, ~/.cache/node22 (or
#   $CCHC_NODE_PREFIX), installed from the npm registry as the platform package `node-linux-<arch>@22` (the package
#   `node@22` would fetch it from a preinstall script, which npm 11 no longer runs unasked). The system's node is
#   never touched.
# - The project's dependencies: `npm install` (not `npm ci`, see README.md) when package.json or package-lock.json
#   changed since the last install made here.
# - With --tests, Debian's packages the tests use: Chromium, LibreOffice Writer and Calc, poppler-utils,
#   fonts-liberation, libxml2-utils (xmllint).
set -euo pipefail
cd "$(dirname "$0")/.."

tests=0
while [ $# -gt 0 ]; do
  case "$1" in
    --tests) tests=1; shift ;;
    --) shift; break ;;
    *) echo "scripts/setup.sh: không hiểu tham số \"$1\"" >&2; exit 2 ;;
  esac
done

say() { echo "== $*" >&2; }

# --- Node >= 22.12 -------------------------------------------------------------------------------------------------
node_ok() {
  command -v node >/dev/null &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if ! node_ok; then
  prefix="${CCHC_NODE_PREFIX:-${HOME}/.cache/node22}"
  export PATH="${prefix}/node_modules/.bin:${PATH}"
  hash -r
  if ! node_ok; then
    command -v npm >/dev/null || { echo "Cần npm (của Node bất kỳ) để cài Node 22: apt-get install npm" >&2; exit 1; }
    case "$(uname -m)" in aarch64 | arm64) arch=arm64 ;; *) arch=x64 ;; esac
    say "Cài Node 22 vào ${prefix} (node-linux-${arch}@22); Node của hệ thống giữ nguyên"
    npm install --prefix "${prefix}" --no-audit --no-fund "node-linux-${arch}@22" >/dev/null
    hash -r
    node_ok || { echo "Không cài được Node >= 22.12 vào ${prefix}" >&2; exit 1; }
  fi
fi

# --- the project's dependencies ------------------------------------------------------------------------------------
stamp=node_modules/.cchc-install
want="$(node -p 'process.versions.node.split(".")[0]')-$(cat package.json package-lock.json 2>/dev/null | sha256sum | cut -c1-16)"
if [ "$(cat "${stamp}" 2>/dev/null)" != "${want}" ]; then
  say "npm install ($(node --version))"
  npm install --no-audit --no-fund
  # npm install may rewrite the lock file: the stamp is taken after it.
  echo "$(node -p 'process.versions.node.split(".")[0]')-$(cat package.json package-lock.json | sha256sum | cut -c1-16)" >"${stamp}"
fi

# --- what the tests need -------------------------------------------------------------------------------------------
if [ "${tests}" = 1 ]; then
  missing=()
  command -v "${CHROMIUM_PATH:-chromium}" >/dev/null || missing+=(chromium)
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  # Calc: the roll-up's .xlsx is read back by LibreOffice (test/site/rollup.test.ts).
  ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  fc-list 2>/dev/null | grep -qi "Liberation Serif" || missing+=(fonts-liberation)
  # xmllint: every .docx the tests make is validated against the ECMA-376 schemas (test/support/ooxml/).
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    ${sudo} apt-get update -qq
    DEBIAN_FRONTEND=noninteractive ${sudo} apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

[ $# -eq 0 ] || exec "$@"
