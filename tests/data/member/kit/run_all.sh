#!/bin/bash
# Re-run the whole member kit against a SpaceBrief build.
# usage: SB=/path/to/wrapper DB=/path/to/fresh.db ./run_all.sh OUTDIR
set -u
: "${SB:?set SB to the spacebrief wrapper}"; : "${DB:?set DB to a fresh database path}"
OUT=${1:?usage: SB=... DB=... ./run_all.sh OUTDIR}
KIT=$(cd "$(dirname "$0")" && pwd)
PORT=${PORT:-8992}
mkdir -p "$OUT/asks" "$OUT/convs"; OUT=$(cd "$OUT" && pwd)
case "$DB" in /*) ;; *) DB="$PWD/$DB";; esac
if [ -e "$DB" ]; then echo "refusing: $DB exists (give a fresh path)" >&2; exit 2; fi

python3 "$KIT/build_site.py"
python3 "$KIT/serve.py" "$PORT" 2>"$OUT/server.log" &
SRV=$!
cleanup() { kill "$SRV" 2>/dev/null; wait "$SRV" 2>/dev/null; }
trap cleanup EXIT INT TERM
for i in $(seq 50); do
  python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$PORT),0.2)" 2>/dev/null && break; sleep 0.1
done

sb() { "$SB" --db "$DB" "$@"; }
B=http://127.0.0.1:$PORT
{ sb feeds add "$B/feed_a.xml" --name "Orbital Affairs"
  sb feeds add "$B/feed_b.xml" --name "Capitol Orbit"
  sb feeds add "$B/feed_c.atom" --name "Policy & Orbit"; } >"$OUT/feeds_add.txt" 2>&1
sb poll >"$OUT/poll.txt" 2>&1; echo "poll rc=$?" >>"$OUT/poll.txt"
sb feeds list --json >"$OUT/feeds.json" 2>>"$OUT/errors.txt"
sb stories --all --json >"$OUT/stories_all.json" 2>>"$OUT/errors.txt"
sb stories --json >"$OUT/stories_geo.json" 2>>"$OUT/errors.txt"
sb digest --json >"$OUT/digest_default.json" 2>>"$OUT/errors.txt"
sb digest --since 60d --json >"$OUT/digest_60d.json" 2>>"$OUT/errors.txt"
sb digest --since 60d >"$OUT/digest_60d.txt" 2>>"$OUT/errors.txt"

n=0
while IFS= read -r q; do
  [ -z "$q" ] && continue; n=$((n+1)); f=$(printf 'q%02d' $n)
  { printf '%s\n' "$q" >"$OUT/asks/$f.question"; sb ask "$q" --json >"$OUT/asks/$f.json" 2>"$OUT/asks/$f.err"; }
done <"$KIT/asks.txt"

# /story {aNN} placeholders -> the stored story id whose title matches article aNN
python3 - "$KIT" "$OUT" <<'PY'
import glob, json, os, re, sys
kit, out = sys.argv[1:]
stories = json.load(open(os.path.join(out, "stories_all.json")))
titles = {}
for p in glob.glob(os.path.join(kit, "..", "*.txt")):
    head = open(p, encoding="utf-8").read().split("\n\n", 1)[0]
    m = dict(l.split(": ", 1) for l in head.splitlines()); titles[m["id"]] = m["title"]
def sid(aid):
    for s in stories:
        if s["title"].strip().lower()[:40] == titles[aid].lower()[:40]: return str(s["id"])
    return "MISSING-" + aid
os.makedirs(os.path.join(out, "convs_in"), exist_ok=True)
for p in sorted(glob.glob(os.path.join(kit, "convs", "*.txt"))):
    text = re.sub(r"\{(a\d\d|n\d\d)\}", lambda m: sid(m.group(1)), open(p, encoding="utf-8").read())
    open(os.path.join(out, "convs_in", os.path.basename(p)), "w", encoding="utf-8").write(text)
PY
for f in "$OUT"/convs_in/*.txt; do
  b=$(basename "$f" .txt)
  sb chat <"$f" >"$OUT/convs/$b.out" 2>"$OUT/convs/$b.err"
done
echo "done: $OUT"
