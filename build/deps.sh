#!/usr/bin/env bash
# Installs the system packages the build and the tests need, if any is
# missing. Idempotent: does nothing when all are present. As root it uses
# apt-get; otherwise it prints the exact command to run and fails.
set -eu
# command to look for -> Debian package that provides it
declare -A need=(
  [cmake]=cmake
  [pkg-config]=pkg-config
  [racket]=racket
  [chezscheme]=chezscheme
  [cc]=gcc
  [c++]=g++
  [spin]=spin
  [lua5.4]=lua5.4 # a baseline of tests/bench/offload.c
  [gnuplot]=gnuplot-nox # the latency histogram of tests/bench/rt
)
# file to look for -> Debian package that provides it
declare -A need_file=(
  [/usr/include/uv.h]=libuv1-dev # the baseline of tests/bench/queue.c
)
missing=()
for cmd in "${!need[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${need[$cmd]}")
done
for file in "${!need_file[@]}"; do
  [ -e "$file" ] || missing+=("${need_file[$file]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "missing packages: ${missing[*]}; run as root:" >&2
  echo "  $line" >&2
  exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
