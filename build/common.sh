# Sourced by the build/ scripts: locate the tree, Go, the build directory,
# make sure the system packages are present, configure and build.
set -eu
YUNI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
YUNI_BUILD_DIR=${YUNI_BUILD_DIR:-$YUNI_ROOT/out}
export PATH="$PATH:/usr/local/go/bin"
command -v go >/dev/null || { echo "go is not on PATH (install Go 1.26 first)" >&2; exit 1; }

yuni_build() {
  bash "$YUNI_ROOT/build/deps.sh"
  cmake -S "$YUNI_ROOT" -B "$YUNI_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$YUNI_BUILD_DIR" -j "$(nproc)"
}
