#!/bin/sh
# Install bindings/racket the README's way (raco pkg install --name
# yuni-offload, into a scratch add-on directory so nothing outside the
# build changes), check the package is named yuni-offload, run its example
# through the installed collection, and remove it by that name.
#   package.sh SOURCE-DIR WORK-DIR
set -eu
src=$1
work=$2
rm -rf "$work"
mkdir -p "$work/addon"
export PLTADDONDIR="$work/addon"
raco pkg install --batch --no-docs --deps fail --name yuni-offload --copy "$src"
raco pkg show -u yuni-offload | grep -q '^ *yuni-offload ' || { echo "no package named yuni-offload"; raco pkg show -u; exit 1; }
racket -l racket/base -l yuni-offload -e '(printf "installed: yuni-offload ~a\n" (yuni-version))'
racket "$src/examples/hello.rkt"
raco pkg remove --batch yuni-offload
if racket -l racket/base -l yuni-offload -e '(void)' 2>/dev/null; then
  echo "the collection is still there after raco pkg remove yuni-offload"; exit 1
fi
echo "racket package: OK"
