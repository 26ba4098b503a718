# Shell helpers the benchmarks share (bench/run, bench/spark): GNU time, timings, corpora.
# Sourced after $work is set; every file a helper writes goes under $work.

log() { echo "bench: $*" >&2; }

# GNU time gives wall time, CPU share and peak RSS; installed with apt-get when missing.
need_gnu_time() {
  if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing GNU time (peak RSS and wall time)"
      (apt-get update -qq && apt-get install -y -qq time) >/dev/null 2>&1 || true
    fi
    [ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (Debian package 'time')" >&2; exit 2; }
  fi
}

# timed NAME CMD...: runs CMD under GNU time; stdout to NAME.out, stderr to NAME.err.
timed() {
  local name="$1"; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
    local rc=$?
    # Exit code 1 from ingest means "some articles had no facts", which a corpus may well have.
    if [ $rc -ne 1 ]; then echo "bench: $name failed ($rc); see $work/$name.err" >&2; tail -5 "$work/$name.err" >&2; exit 1; fi
  }
}
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$work/$1.time"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$1.time"; }
cpu() { awk -F': ' '/Percent of CPU/ { print $2 }' "$work/$1.time"; }
# The largest heap in use before any collection, from a -Xlog:gc file: the heap the run needed.
peak_heap_mb() {
  awk '{ if (match($0, /[0-9]+M->[0-9]+M/)) { split(substr($0, RSTART, RLENGTH), a, "M->"); if (a[1] + 0 > m) m = a[1] + 0 } } END { print m + 0 }' "$1"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
per_s() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
ms_now() { echo $(($(date +%s%N) / 1000000)); }

# corpus N SEED: bench/Generate.java's corpus of N articles under $work (made once, then reused).
corpus() {
  local n="$1" seed="$2" dir="$work/corpus-$1"
  if [ ! -f "$dir/.complete" ]; then
    log "generating $n articles"
    rm -rf "$dir"
    java "$root/bench/Generate.java" --count "$n" --seed "$seed" --out "$dir" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}
text_mb() { find "$1" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }'; }
