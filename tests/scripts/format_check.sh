#!/usr/bin/env bash
# Every C++ file of the project is formatted as .clang-format says
# (clang-format --dry-run -Werror): format with `clang-format -i FILE`.
# Skipped (77) without clang-format, unless $CI is set.
set -u
src=$2
if ! command -v clang-format >/dev/null; then
  [ -n "${CI:-}" ] && { echo "FAIL: clang-format is missing (scripts/bootstrap test installs it)"; exit 1; }
  echo "skipped: clang-format is not installed"
  exit 77
fi
cd "$src" || exit 1
mapfile -t files < <(find include src tests bench -name '*.cpp' -o -name '*.hpp' | sort)
if ! out=$(clang-format --dry-run -Werror "${files[@]}" 2>&1); then
  echo "FAIL: these files are not formatted (clang-format -i FILE):"
  grep -o '^[^:]*\.[ch]pp' <<<"$out" | sort -u
  exit 1
fi
echo "ok: ${#files[@]} C++ files formatted"
