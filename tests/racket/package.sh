#!/bin/sh
# Install bindings/racket as a package (raco pkg install, into a scratch
# add-on directory so nothing outside the build changes) and run its
# example through the installed collection.
#   package.sh SOURCE-DIR WORK-DIR
set -eu
src=$1
work=$2
rm -rf "$work"
mkdir -p "$work/addon"
cp -r "$src" "$work/yuni-offload"
rm -rf "$work/yuni-offload/compiled" "$work/yuni-offload"/*/compiled
PLTADDONDIR="$work/addon" raco pkg install --batch --no-docs --deps fail --copy "$work/yuni-offload"
PLTADDONDIR="$work/addon" racket -l racket/base -l yuni-offload -e '(printf "installed: yuni-offload ~a\n" (yuni-version))'
PLTADDONDIR="$work/addon" racket "$work/yuni-offload/examples/hello.rkt"
