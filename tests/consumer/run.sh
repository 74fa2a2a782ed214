#!/bin/sh
# Install the build to a fresh prefix, then build and run a consumer twice:
# with find_package(YuniOffload) and with pkg-config.
set -eu
build=$1 src=$2 work=$3 cc=$4
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$src" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_C_COMPILER="$cc" >/dev/null
cmake --build "$work/cmake" >/dev/null
"$work/cmake/consumer"
pc=$(dirname "$(find "$work/prefix" -name yuni-offload.pc)")
export PKG_CONFIG_PATH="$pc"
libdir=$(pkg-config --variable=libdir yuni-offload)
# shellcheck disable=SC2046
"$cc" -Wall -Werror -o "$work/consumer-pc" "$src/main.c" $(pkg-config --cflags --libs yuni-offload) \
  "-Wl,-rpath,$libdir"
"$work/consumer-pc"
echo "consumer built with find_package and with pkg-config (prefix $work/prefix)"
