#!/usr/bin/env bash
# Side by side, in one run: `oxigraph load` (the PyPI `oxigraph` CLI) and `isnad build`
# put the same facts into a fresh oxigraph store; prints both rates and their ratio.
#
#   benches/oxigraph_side_by_side.sh            # the first 4,000 articles of the 2018 corpus
#   benches/oxigraph_side_by_side.sh --full     # the whole 2018 file (30,038 articles)
#   RUNS=5 benches/oxigraph_side_by_side.sh     # median of 5 runs of each (default 3)
#   ISNAD=target/release/isnad benches/oxigraph_side_by_side.sh   # a binary already built
#
# isnad's time includes reading and extracting the articles (it has no N-Quads loader);
# oxigraph's is loading the N-Quads that `isnad extract --format nquads` wrote for them,
# so the ratio is a lower bound of isnad's loading rate against oxigraph's own. Like
# `oxigraph load`, `isnad build --no-compact` leaves the compaction out; the script times
# the compaction (`isnad compact`) apart and prints the ratio with it too.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${CORPUS:-../shared/corpus/antcorpus-multisource-2018.jsonl.gz}"
RUNS="${RUNS:-3}"
[ -f "$CORPUS" ] || { echo "no corpus at $CORPUS; nothing to measure"; exit 0; }
command -v oxigraph >/dev/null || pip install --quiet oxigraph
# ISNAD=path/to/isnad to measure a binary already built (else it is built here, into
# $CARGO_TARGET_DIR when set)
if [ -z "${ISNAD:-}" ]; then
  cargo build --release --quiet
  ISNAD="${CARGO_TARGET_DIR:-$PWD/target}/release/isnad"
fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
if [ "${1:-}" = "--full" ]; then
  zcat "$CORPUS" > "$tmp/in.jsonl"
else
  { zcat "$CORPUS" || true; } | head -n "${ARTICLES:-4000}" > "$tmp/in.jsonl"
fi
"$ISNAD" extract --format nquads "$tmp/in.jsonl" > "$tmp/facts.nq"
# the ontology graph that `isnad build` stores too
"$ISNAD" build tests/data/samples/macron-algiers.md --store "$tmp/onto" 2>/dev/null
"$ISNAD" dump --store "$tmp/onto" | grep -F '<https://w3id.org/isnad/graph/ontology>' >> "$tmp/facts.nq"
quads=$(wc -l < "$tmp/facts.nq")
secs() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ox=(); is=(); co=()
for i in $(seq "$RUNS"); do
  rm -rf "$tmp/ox" "$tmp/is"
  ox+=("$(secs oxigraph load --location "$tmp/ox" --file "$tmp/facts.nq")")
  is+=("$(secs "$ISNAD" build "$tmp/in.jsonl" --store "$tmp/is" --no-compact)")
  co+=("$(secs "$ISNAD" compact --store "$tmp/is")")
done
tox=$(printf '%s\n' "${ox[@]}" | median); tis=$(printf '%s\n' "${is[@]}" | median)
tco=$(printf '%s\n' "${co[@]}" | median)
echo "quads: $quads, articles: $(wc -l < "$tmp/in.jsonl"), runs: $RUNS (medians; runs alternate)"
echo "oxigraph load: ${tox}s  ($(awk -v q="$quads" -v t="$tox" 'BEGIN{printf "%.0f", q/t}') quads/s)  [${ox[*]}]"
echo "isnad build --no-compact: ${tis}s  ($(awk -v q="$quads" -v t="$tis" 'BEGIN{printf "%.0f", q/t}') quads/s, extraction included)  [${is[*]}]"
echo "isnad compact: ${tco}s  [${co[*]}]"
echo "ratio isnad/oxigraph: $(awk -v a="$tox" -v b="$tis" 'BEGIN{printf "%.2f", a/b}') (target >= 0.8); with the compaction: $(awk -v a="$tox" -v b="$tis" -v c="$tco" 'BEGIN{printf "%.2f", a/(b+c)}')"
