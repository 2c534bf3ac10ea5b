#!/usr/bin/env bash
# Builds and tests everything (mvn -B verify) against a throwaway PostgreSQL server.
#
#   scripts/test.sh                  # the whole build, as CI runs it
#   scripts/test.sh -pl store -am    # extra arguments go to Maven
#
# Installs Chromium + CJK fonts (report tests) and PostgreSQL (Debian packages) when missing, starts a server on a free
# loopback port with its data in a temporary folder (trust authentication, loopback only), exports
# REELTRACE_TEST_PG_URL for the tests, and stops the server and removes the folder on exit.
# Exits with Maven's exit code.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { echo "test.sh: $*" >&2; }

# Prints the folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/*/bin, else PATH.
find_pg_bin() {
  local dir
  while read -r dir; do
    if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
      echo "$dir"
      return 0
    fi
  done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -V -r)
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# Chromium (report tests) and its CJK fonts: installed when missing.
if ! command -v chromium >/dev/null || ! compgen -G '/usr/share/fonts/opentype/noto/NotoSansCJK*' >/dev/null; then
  log "installing Chromium and CJK fonts (Debian packages chromium fonts-noto-cjk)"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk
fi

# Game music (CC BY-SA) for the soundtrack tests, read from /usr/share/hyperrogue/music: installed when missing.
[[ -d /usr/share/hyperrogue/music ]] || { as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperrogue-music; }
# Tesseract OCR with Korean and Simplified Chinese, and CJK fonts to draw test watermarks (media's on-screen text tests): installed when missing.
tesseract --list-langs 2>/dev/null | grep -q '^chi_sim$' && tesseract --list-langs 2>/dev/null | grep -q '^kor$' || { log "installing Tesseract OCR (Debian packages tesseract-ocr tesseract-ocr-kor tesseract-ocr-chi-sim fonts-noto-cjk)"; as_root apt-get update -q; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q tesseract-ocr tesseract-ocr-kor tesseract-ocr-chi-sim fonts-noto-cjk; }

if ! pg_bin=$(find_pg_bin); then
  log "installing PostgreSQL (Debian package postgresql)"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  pg_bin=$(find_pg_bin) || { log "PostgreSQL installed, but initdb and pg_ctl are not found"; exit 1; }
fi

# initdb refuses to run as root: then the server runs as the postgres user.
pg_dir=$(mktemp -d)
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$pg_dir"
  as_pg() { (cd "$pg_dir" && runuser -u postgres -- "$@"); }
else
  as_pg() { (cd "$pg_dir" && "$@"); }
fi

stop_pg() {
  local status=$?
  if [[ -f $pg_dir/data/postmaster.pid ]]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_dir"
  exit "$status"
}
trap stop_pg EXIT

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth-local=trust --auth-host=trust \
  -E UTF8 --locale=C.UTF-8 --no-sync >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; log "initdb failed"; exit 1; }

started=
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 40000))
  port_is_free "$port" || continue
  # fsync off: the data is thrown away; a crash of the machine loses nothing of value.
  if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$pg_dir -c fsync=off" \
      start >/dev/null; then
    started=yes
    break
  fi
done
if [[ -z $started ]]; then
  cat "$pg_dir/server.log" >&2 || true
  log "could not start PostgreSQL"
  exit 1
fi

export REELTRACE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
log "PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port"

status=0
mvn -B verify "$@" || status=$?
exit "$status"
