#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + color.png + outline.png at the root of a zip) for
# upload in Teams ("Apps > Manage your apps > Upload an app") or the Teams admin center.
#
# Usage (arguments, or the environment variables named in brackets):
#   deploymentTemplates/package-teams-app.sh \
#     --bot-id <guid>          [BOT_ID]                 the Azure Bot's Microsoft App Id (the managed identity's
#                                                       client id for UserAssignedMSI, the app registration's otherwise)
#     --app-version 1.0.1      [APP_VERSION]            Teams needs a higher version for every update
#     --website-url https://…  [DEVELOPER_WEBSITE_URL]  the developer's support page
#     --privacy-url https://…  [PRIVACY_URL]            the privacy statement
#     --terms-url https://…    [TERMS_OF_USE_URL]       the terms of use
#     [--teams-app-id <guid>]  [TEAMS_APP_ID]           the Teams app's own id; keep it across updates so Teams
#                                                       replaces the app (default: TrustBot's fixed id below)
#     [--output path.zip]                               default artifacts/trustbot-teams.zip (a bare path works too)
# Every required value missing or malformed stops the build (exit 2) and names it; no zip is written and no
# ${{...}} placeholder can be left in the package.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$here/../TrustBot/TeamsApp"
default_app_id="5d0c2f7e-8a1b-4c6d-9e3f-7b2a1c4d6e8f"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
semver='^[0-9]+\.[0-9]+\.[0-9]+$'
https_url='^https://[^[:space:]"\\]+$'

bot_id="${BOT_ID:-}"
app_version="${APP_VERSION:-}"
website_url="${DEVELOPER_WEBSITE_URL:-}"
privacy_url="${PRIVACY_URL:-}"
terms_url="${TERMS_OF_USE_URL:-}"
app_id="${TEAMS_APP_ID:-$default_app_id}"
output="$here/../artifacts/trustbot-teams.zip"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --bot-id) bot_id="${2:-}"; shift 2 ;;
    --app-version) app_version="${2:-}"; shift 2 ;;
    --website-url) website_url="${2:-}"; shift 2 ;;
    --privacy-url) privacy_url="${2:-}"; shift 2 ;;
    --terms-url) terms_url="${2:-}"; shift 2 ;;
    --teams-app-id) app_id="${2:-}"; shift 2 ;;
    --output) output="${2:-}"; shift 2 ;;
    -*) echo "Unknown option $1 (see the usage at the top of $0)." >&2; exit 2 ;;
    *) output="$1"; shift ;;
  esac
done

problems=()
[[ "$bot_id" =~ $guid ]] || problems+=("--bot-id (BOT_ID) must be the Azure Bot's Microsoft App Id, a GUID; got '${bot_id}'.")
[[ "$app_id" =~ $guid ]] || problems+=("--teams-app-id (TEAMS_APP_ID) must be a GUID; got '${app_id}'.")
[[ "$app_version" =~ $semver ]] || problems+=("--app-version (APP_VERSION) must look like 1.2.3; got '${app_version}'.")
[[ "$website_url" =~ $https_url ]] || problems+=("--website-url (DEVELOPER_WEBSITE_URL) must be an https URL; got '${website_url}'.")
[[ "$privacy_url" =~ $https_url ]] || problems+=("--privacy-url (PRIVACY_URL) must be an https URL; got '${privacy_url}'.")
[[ "$terms_url" =~ $https_url ]] || problems+=("--terms-url (TERMS_OF_USE_URL) must be an https URL; got '${terms_url}'.")
if [[ ${#problems[@]} -gt 0 ]]; then
  printf '%s\n' "${problems[@]}" >&2
  exit 2
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# Plain string replacement with quoted values: URLs may hold characters (& / \\) that sed, or bash 5.2's
# pattern substitution unquoted, would read as syntax.
manifest="$(<"$source_dir/manifest.json")"
manifest="${manifest//'${{BOT_ID}}'/"$bot_id"}"
manifest="${manifest//'${{TEAMS_APP_ID}}'/"$app_id"}"
manifest="${manifest//'${{APP_VERSION}}'/"$app_version"}"
manifest="${manifest//'${{DEVELOPER_WEBSITE_URL}}'/"$website_url"}"
manifest="${manifest//'${{PRIVACY_URL}}'/"$privacy_url"}"
manifest="${manifest//'${{TERMS_OF_USE_URL}}'/"$terms_url"}"
printf '%s\n' "$manifest" > "$staging/manifest.json"
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
echo "Teams app package: $output (bot $bot_id, app $app_id, version $app_version)"
