#!/usr/bin/env bash
# Makes what a practice owner receives for each intake in docs/review-intakes/: runs the standalone
# host (in memory, .eml outbox), posts each intake, and writes the email's text and HTML parts, its
# attachments and the plan page as Chromium renders it to <out>/<intake>/. Readers get only that folder.
# Usage: tools/review/collect.sh <out-dir>   (build first: dotnet build src/Standalone)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
port=${PORT:-7391}
work=$(mktemp -d)
trap 'kill $host 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && Standalone__Port=$port App__BaseUrl="http://localhost:$port/" RateLimiting__IntakePermitsPerMinute=1000 \
  exec dotnet "$repo/src/Standalone/bin/Debug/net10.0/Delegation.Standalone.dll" >"$out/host.log" 2>&1) &
host=$!
until curl -sf "http://localhost:$port/api/health" >/dev/null; do sleep 0.5; done
for intake in "$repo"/docs/review-intakes/*.json; do
  name=$(basename "$intake" .json)
  plan=$(curl -sf -H 'Content-Type: application/json' --data-binary @"$intake" "http://localhost:$port/api/intake" | python3 -c 'import json,sys; print(json.load(sys.stdin)["planId"])')
  eml="$work/.data/outbox/$plan-plan-1.eml"
  for _ in $(seq 1 240); do [ -f "$eml" ] && break; sleep 0.5; done
  mkdir -p "$out/$name"
  python3 "$repo/tools/review/unpack_eml.py" "$eml" "$out/$name"
  # Every document the email links to (SOPs, hiring kits), as the owner would open them.
  mkdir -p "$out/$name/linked"
  for link in $(grep -Eo "http://localhost:$port/api/plans/$plan/(sops|hiring)/[A-Za-z0-9-]+" "$out/$name/email.txt" | sort -u); do
    curl -sf "$link" -o "$out/$name/linked/$(echo "$link" | sed -E 's#.*/(sops|hiring)/#\1-#').html" || true
  done
  page=$(grep -Eo "http://localhost:$port/plans/[0-9a-f]+" "$out/$name/email.txt" | head -1 || true)
  if [ -n "$page" ]; then
    chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=8000 --dump-dom "$page" 2>/dev/null \
      | python3 "$repo/tools/review/page_text.py" >"$out/$name/plan-page.txt"
  fi
  echo "$name -> $plan"
done
# Readers get the links a real owner would: the public address, not this run's local port (round 11's
# readers counted "localhost" links as dead). Done last, after every linked document has been fetched.
grep -rlI "http://localhost:$port" "$out" | xargs -r sed -i "s#http://localhost:$port#https://app.delegation.example#g"
