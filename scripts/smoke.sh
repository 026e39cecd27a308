#!/usr/bin/env bash
# Smoke test of the README's promise: a fresh `npm run develop` serves /admin and the REST API,
# and every `curl` example of the README works as printed.
# Boots on its own SQLite file and port, so it never touches the developer's .tmp/data.db.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${SMOKE_PORT:-1339}"
dir="$(mktemp -d)"
log="$dir/develop.log"
PORT="$port" DATABASE_CLIENT=sqlite DATABASE_FILENAME="$dir/data.db" \
  setsid npm run develop >"$log" 2>&1 &
pid=$!
# develop forks a worker: stop the whole process group that setsid gave it.
cleanup() { kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

started=$(date +%s)
until curl -sf "http://127.0.0.1:$port/_health" >/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "smoke: strapi develop exited early:"; tail -50 "$log"; exit 1; fi
  if (( $(date +%s) - started > 120 )); then echo "smoke: no answer within 120 s:"; tail -50 "$log"; exit 1; fi
  sleep 2
done
echo "smoke: up after $(( $(date +%s) - started )) s"

check() {
  local url="$1" expect="$2" body
  body="$(curl -sf "$url")" || { echo "smoke: $url failed"; tail -30 "$log"; exit 1; }
  grep -q -- "$expect" <<<"$body" || { echo "smoke: $url did not contain $expect"; echo "$body" | head -c 500; exit 1; }
  echo "smoke: $url ok"
}
check "http://127.0.0.1:$port/admin" '<div id="strapi"'
# First boot imported and published the sample story through the news-import plugin.
check "http://127.0.0.1:$port/api/articles?locale=ar" 'الرئيس السيسي يجتمع مع وزير الخارجية الأمريكي'
check "http://127.0.0.1:$port/api/officials?locale=en&filters%5Bname%5D=Antony%20Blinken" 'US Secretary of State'
# The import routes exist and are not public.
status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  -d '{"text":"x"}' "http://127.0.0.1:$port/api/news-import/preview")"
[[ "$status" == 403 ]] || { echo "smoke: anonymous preview answered $status, expected 403"; exit 1; }
echo "smoke: /api/news-import/preview refuses anonymous callers"

# Every README example that calls curl, run as printed with the real curl against this server.
node scripts/readme-examples.js "http://127.0.0.1:$port"
