#!/usr/bin/env bash
# The package lists a user copies are the ones the project installs: the
# README's build and test lists equal scripts/bootstrap's, and the GitHub
# Actions and GitLab CI recipes in docs/ci/ install every build package
# (a recipe missing one fails on the first push).
# usage: package_lists.sh TATAKERJA SOURCE_DIR
set -u
src=$2
fail=0
# bootstrap_list NAME: the words of the bash array NAME=( ... ) in bootstrap.
bootstrap_list() {
  awk -v name="$1=(" 'index($0, name) == 1 { on = 1; sub(/^[^(]*\(/, "") }
                       on { done = sub(/\).*/, ""); print; if (done) exit }' "$src/scripts/bootstrap" |
    tr -s ' \n' '\n' | sed '/^$/d' | sort
}
# readme_list FROM TO: the words in backticks of the README's paragraph
# "Build dependencies ...", between the markers FROM and TO.
readme_para=$(sed -n '/^Build dependencies, all Debian packages/,/^$/p' "$src/README.md" | tr '\n' ' ')
readme_list() {
  local part=${readme_para#*"$1"}
  part=${part%%"$2"*}
  grep -o '`[^`]*`' <<<"$part" | tr -d '`' | tr -s ' ' '\n' | sed '/^$/d' | sort
}
build=$(bootstrap_list build_packages)
tests=$(bootstrap_list test_packages)
[ -n "$build" ] && [ -n "$tests" ] || { echo "FAIL: cannot read the lists in scripts/bootstrap"; exit 1; }
readme_build=$(readme_list "Build dependencies" "for the tests also")
readme_tests=$(readme_list "for the tests also" "(Chromium")
if [ "$build" != "$readme_build" ]; then
  echo "FAIL: README's build packages differ from scripts/bootstrap's:"
  diff <(echo "$build") <(echo "$readme_build")
  fail=1
fi
if [ "$tests" != "$readme_tests" ]; then
  echo "FAIL: README's test packages differ from scripts/bootstrap's:"
  diff <(echo "$tests") <(echo "$readme_tests")
  fail=1
fi
for recipe in "$src/docs/ci/github-actions.yml" "$src/docs/ci/gitlab-ci.yml"; do
  installed=$(grep -A3 'apt-get install' "$recipe" | tr -s ' \\\n' '\n' | sort -u)
  for pkg in $build; do
    grep -qx -- "$pkg" <<<"$installed" || { echo "FAIL: $(basename "$recipe") does not install $pkg"; fail=1; }
  done
done
[ $fail = 0 ] && echo "ok: README, docs/ci and scripts/bootstrap name the same packages"
exit $fail
