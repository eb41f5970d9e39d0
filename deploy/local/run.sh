#!/usr/bin/env bash
# Runs the server on the embedded default: the project-local PostgreSQL cluster, a local signing key (created once
# under .local/), the workflows/ folder imported on first start, and a platform-administrator token printed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
config="${CONFIG:-Release}"
bin="$repo/src/Workflows.Api/bin/$config/net10.0"
key_file="$repo/.local/signing-key"

"$repo/deploy/local/postgres.sh" start
if [[ ! -s "$key_file" ]]; then
    mkdir -p "$repo/.local"
    (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n=+/' > "$key_file")
fi

# The server runs as a role that owns nothing; it migrates as the owner (see the README, database roles).
export ConnectionStrings__Workflows="${ConnectionStrings__Workflows:-$("$repo/deploy/local/postgres.sh" app-url)}"
export ConnectionStrings__WorkflowsOwner="${ConnectionStrings__WorkflowsOwner:-$("$repo/deploy/local/postgres.sh" url)}"
export Auth__SigningKey="${Auth__SigningKey:-$(cat "$key_file")}"
export Auth__PrintAdminToken="${Auth__PrintAdminToken:-true}"
export Workflows__Root="${Workflows__Root:-$repo/workflows}"
export OpenApi__Enabled="${OpenApi__Enabled:-true}"
export Workflows__Metrics__Enabled="${Workflows__Metrics__Enabled:-true}"
export ASPNETCORE_URLS="${WORKFLOWS_URL:-http://127.0.0.1:5080}"

echo "Mint more tokens with: dotnet src/Workflows.Cli/bin/$config/net10.0/workflows.dll token --user ID --agency A --roles staff --actors ROLE" >&2
exec dotnet "$bin/Workflows.Api.dll" --contentRoot "$bin"
