#!/usr/bin/env bash
# Installs what the real-editor end-to-end tests need; idempotent, safe to run again.
#   - Debian packages: libkrb5-dev + pkg-config (code-server's kerberos build), ripgrep (seeds
#     @vscode/ripgrep's download cache), chromium (drives the code-server workbench), neovim.
#   - code-server 4.100.3 (VS Code 1.100.3 with the real Node extension host) into the
#     project-local, git-ignored prefix .e2e/code-server. It is NOT a dependency of package.json.
# Used by .ci/run and by developers. Needs root for apt (skipped when everything is there).
# Only the npm registry and Debian are contacted.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION=4.100.3
# @vscode/ripgrep as pinned by code-server 4.100.3, and the ripgrep build its postinstall wants
# (names from @vscode/ripgrep's lib/postinstall.js and lib/download.js).
RG_PKG_VERSION=1.15.11
RG_BIN_VERSION=v13.0.0-10
PREFIX="$ROOT/.e2e/code-server"
CS_BIN="$PREFIX/node_modules/.bin/code-server"
export TMPDIR="$ROOT/.e2e/tmp"
mkdir -p "$TMPDIR" "$PREFIX"

t0=$(date +%s)
log() { printf '[e2e-install %3ss] %s\n' "$(( $(date +%s) - t0 ))" "$*"; }

# One installer at a time on this checkout.
exec 9>"$ROOT/.e2e/install.lock"
flock 9

# --- 1. Debian packages -------------------------------------------------------------------
APT_PKGS=(libkrb5-dev pkg-config ripgrep chromium neovim)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt: installing ${missing[*]}"
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  # Other sessions may be using apt: wait for dpkg's lock instead of failing.
  "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${APT_PKGS[@]}" >"$TMPDIR/apt.log" 2>&1 \
    || { tail -n 40 "$TMPDIR/apt.log"; exit 1; }
  log "apt: done"
else
  log "apt: all present (${APT_PKGS[*]})"
fi

# --- 2. code-server -----------------------------------------------------------------------
# code-server writes config.yaml and logs under the XDG dirs even for --version: keep them in .e2e/.
installed_version() {
  [ -x "$CS_BIN" ] || return 0
  XDG_CONFIG_HOME="$TMPDIR/xdg-config" XDG_DATA_HOME="$TMPDIR/xdg-data" XDG_RUNTIME_DIR="$TMPDIR" \
    "$CS_BIN" --version 2>/dev/null | grep -aoE '^[0-9]+\.[0-9]+\.[0-9]+ [0-9a-f]{40}' | head -n 1 | cut -d' ' -f1
}
if [ "$(installed_version || true)" = "$CS_VERSION" ]; then
  log "code-server $CS_VERSION: already installed in ${PREFIX#$ROOT/}"
else
  # @vscode/ripgrep's postinstall downloads from GitHub (unreachable here): seed its cache with Debian's rg.
  RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
  RG_TGZ="$RG_CACHE/ripgrep-$RG_BIN_VERSION-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$RG_TGZ" ]; then
    stage="$(mktemp -d "$TMPDIR/rg.XXXXXX")"
    mkdir -p "$RG_CACHE"
    cp "$(command -v rg)" "$stage/rg"
    tar czf "$RG_TGZ" -C "$stage" rg
    rm -rf "$stage"
    log "seeded ripgrep cache ${RG_TGZ#$ROOT/}"
  fi

  [ -f "$PREFIX/package.json" ] || printf '{ "name": "outreach-lint-e2e-tools", "private": true }\n' >"$PREFIX/package.json"
  log "npm: installing code-server@$CS_VERSION into ${PREFIX#$ROOT/} (builds native modules, ~1.5-2 min)"
  # unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's postinstall runs npx node-gyp.
  if ! npm_config_unsafe_perm=true npm_config_yes=true npm install --prefix "$PREFIX" --no-audit --no-fund \
      --foreground-scripts "code-server@$CS_VERSION" >"$TMPDIR/npm-code-server.log" 2>&1; then
    tail -n 60 "$TMPDIR/npm-code-server.log"
    log "npm install of code-server failed (full log: ${TMPDIR#$ROOT/}/npm-code-server.log)"
    exit 1
  fi
  got="$(installed_version || true)"
  [ "$got" = "$CS_VERSION" ] || { log "code-server --version says '$got', expected $CS_VERSION"; exit 1; }
  log "code-server $got installed"
fi

for tool in chromium rg nvim; do command -v "$tool" >/dev/null || { log "missing $tool after install"; exit 1; }; done
log "ready: $CS_BIN"
