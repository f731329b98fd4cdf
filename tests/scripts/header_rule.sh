#!/usr/bin/env bash
# The one header rule (ARCHITECTURE.md): a header is public, in
# include/tatakerja/FOLDER/, only when something outside its folder includes
# it (another folder, a public header, a test or the bench); a header that
# only its own folder's sources include lives beside them in src/FOLDER/.
set -u
src=$2
cd "$src" || exit 1
bad=0
while IFS= read -r header; do
  name=${header#include/}
  folder=$(cut -d/ -f2 <<<"$name")
  users=$(grep -rlF "\"$name\"" include src tests bench | grep -v "^src/$folder/" | wc -l)
  if [ "$users" -eq 0 ]; then
    echo "FAIL: $header is included only by src/$folder/: move it to src/$folder/"
    bad=1
  fi
done < <(find include/tatakerja -name '*.hpp' | sort)
[ $bad -eq 0 ] && echo "ok: every public header is included outside its folder"
exit $bad
