#!/usr/bin/env bash
# Checks (and where it can, installs) what building and testing Workflows needs on this machine.
# Runs as root in CI and as a normal user elsewhere; it never assumes either.
set -euo pipefail

need_major=10
if ! command -v dotnet >/dev/null 2>&1; then
  echo "ensure-tools: the .NET ${need_major} SDK is required (https://dot.net); 'dotnet' is not on PATH." >&2
  exit 1
fi

major=$(dotnet --version | cut -d. -f1)
if [ "${major}" -lt "${need_major}" ]; then
  echo "ensure-tools: .NET SDK ${need_major} or newer is required; found $(dotnet --version)." >&2
  exit 1
fi

# Time zones (Asia/Jakarta, Asia/Makassar, Asia/Jayapura) come from tzdata; the calendar falls back to fixed
# offsets without it, but a real zone database is better.
if [ ! -e /usr/share/zoneinfo/Asia/Jakarta ] && command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo -n"
  ${sudo_cmd} apt-get install -y -q tzdata >/dev/null 2>&1 || echo "ensure-tools: tzdata not installed; using fixed offsets." >&2
fi

# The build's own tools (.config/dotnet-tools.json: Kiota, which generates src/Workflows.Client from its contract).
dotnet tool restore -v:q

# Locked: the package graph is the committed packages.lock.json files, or the restore fails.
dotnet restore Workflows.sln --locked-mode -v:q -nologo

# The OpenAPI tools the API tests run on the served document (tools/openapi: Redocly CLI, openapi-typescript), from the
# committed package-lock.json; nothing is downloaded at test time.
# Node.js and npm come from Debian's packages when the machine lacks them.
if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo -n"
  ${sudo_cmd} env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || true
  ${sudo_cmd} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >&2 || true
fi
if command -v npm >/dev/null 2>&1; then
  (cd "$(dirname "$0")/../../tools/openapi" && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "ensure-tools: node and npm are required for the OpenAPI contract tests (tools/openapi); install Debian's nodejs and npm." >&2
  exit 1
fi
