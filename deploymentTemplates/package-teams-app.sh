#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + color.png + outline.png at the root of a zip) for
# upload in Teams ("Apps > Manage your apps > Upload an app") or the Teams admin center.
#
# Usage:
#   BOT_ID=<Azure Bot's Microsoft App Id> [TEAMS_APP_ID=<guid>] [APP_VERSION=1.0.1] \
#     deploymentTemplates/package-teams-app.sh [output.zip]
#
# BOT_ID       required: the msaAppId of the Azure Bot (the managed identity's client id for
#              UserAssignedMSI, the app registration's client id for SingleTenant).
# TEAMS_APP_ID the Teams app's own id. Keep it the same across updates so Teams replaces the app
#              instead of installing a second one. Default: TrustBot's fixed id below.
# APP_VERSION  overrides manifest "version"; Teams needs a higher version for every update.
# Output: artifacts/trustbot-teams.zip unless a path is given.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$here/../TrustBot/TeamsApp"
output="${1:-$here/../artifacts/trustbot-teams.zip}"
default_app_id="5d0c2f7e-8a1b-4c6d-9e3f-7b2a1c4d6e8f"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

bot_id="${BOT_ID:-}"
app_id="${TEAMS_APP_ID:-$default_app_id}"
if [[ ! "$bot_id" =~ $guid ]]; then
  echo "BOT_ID must be the Azure Bot's Microsoft App Id (a GUID); got '${bot_id}'." >&2
  exit 2
fi
if [[ ! "$app_id" =~ $guid ]]; then
  echo "TEAMS_APP_ID must be a GUID; got '${app_id}'." >&2
  exit 2
fi
if [[ -n "${APP_VERSION:-}" && ! "$APP_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "APP_VERSION must look like 1.2.3; got '${APP_VERSION}'." >&2
  exit 2
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

sed -e "s/\${{BOT_ID}}/$bot_id/g" -e "s/\${{TEAMS_APP_ID}}/$app_id/g" "$source_dir/manifest.json" > "$staging/manifest.json"
if [[ -n "${APP_VERSION:-}" ]]; then
  sed -i -E "0,/\"version\": \"[^\"]*\"/s//\"version\": \"$APP_VERSION\"/" "$staging/manifest.json"
fi
if grep -q '\${{' "$staging/manifest.json"; then
  echo "manifest.json still has an unfilled \${{...}} placeholder:" >&2
  grep -n '\${{' "$staging/manifest.json" >&2
  exit 1
fi
cp "$source_dir/color.png" "$source_dir/outline.png" "$staging/"

mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -f "$output"
# The three files must sit at the root of the zip, not in a folder.
if command -v zip >/dev/null 2>&1; then
  (cd "$staging" && zip -q -X "$output" manifest.json color.png outline.png)
else
  (cd "$staging" && python3 -m zipfile -c "$output" manifest.json color.png outline.png)
fi
echo "Teams app package: $output (bot $bot_id, app $app_id)"
