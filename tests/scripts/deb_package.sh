#!/usr/bin/env bash
# The Debian package: `cpack -G DEB` in the build folder makes a .deb
# whose files are where Debian looks for them (the program, gzipped man
# pages, the three shell completions), whose Depends names the libraries
# the program links (worked out by dpkg-shlibdeps), and whose program,
# unpacked into an empty root, runs and validates examples/.
# Skipped (77) where cpack or dpkg-deb is missing, unless $CI is set.
# usage: deb_package.sh TATAKERJA SOURCE_DIR   (the build folder is TATAKERJA's)
set -u
bin=$1
src=$2
build=$(cd "$(dirname "$bin")" && pwd)
fail=0
export NO_COLOR=1 COLUMNS=80 LC_ALL=C.UTF-8
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  if ! command -v $tool >/dev/null; then
    [ -n "${CI:-}" ] && { echo "FAIL: $tool is not installed (scripts/bootstrap test installs it)"; exit 1; }
    echo "skipped: $tool is not installed"
    exit 77
  fi
done
[ -f "$build/CPackConfig.cmake" ] || { echo "FAIL: no CPackConfig.cmake in $build"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/tatakerja-deb.XXXXXX")
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1) ||
  { echo "FAIL: cpack failed:"; cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "FAIL: cpack made no .deb:"; cat "$work/cpack.log"; exit 1; }
version=$("$bin" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "tatakerja_${version}_${arch}.deb" ] ||
  { echo "FAIL: the package is $(basename "$deb"), expected tatakerja_${version}_${arch}.deb"; fail=1; }

# The files, where Debian looks for them.
dpkg -c "$deb" | awk '{print $NF}' | sed 's|^\./||' >"$work/files"
expected="usr/bin/tatakerja
usr/share/man/man1/tatakerja.1.gz
usr/share/bash-completion/completions/tatakerja
usr/share/zsh/vendor-completions/_tatakerja
usr/share/fish/vendor_completions.d/tatakerja.fish"
for page in "$src"/man/*.[1-9]; do
  name=$(basename "$page")
  expected="$expected
usr/share/man/man${name##*.}/$name.gz"
done
for path in $expected; do
  grep -qx "$path" "$work/files" || { echo "FAIL: the package has no $path"; fail=1; }
done
grep -qx 'usr/share/man/man1/tatakerja-validate.1.gz' "$work/files" ||
  { echo "FAIL: the package has no tatakerja-validate(1)"; fail=1; }
if grep -E '^usr/share/man/.*[1-9]$' "$work/files"; then
  echo "FAIL: uncompressed man pages in the package"; fail=1
fi
if grep -vE '^(usr/|$)' "$work/files"; then
  echo "FAIL: files outside /usr in the package"; fail=1
fi

# The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = tatakerja ] || { echo "FAIL: Package is $(field Package)"; fail=1; }
[ "$(field Version)" = "$version" ] || { echo "FAIL: Version is $(field Version), expected $version"; fail=1; }
[ -n "$(field Maintainer)" ] || { echo "FAIL: no Maintainer"; fail=1; }
[ "$(field Section)" = utils ] || { echo "FAIL: Section is $(field Section)"; fail=1; }
depends=$(field Depends)
for lib in libyaml-cpp libfmt libxlsxwriter libzip libexpat libstdc++6 libc6; do
  printf '%s\n' "$depends" | grep -q "$lib" || { echo "FAIL: Depends does not name $lib: $depends"; fail=1; }
done

# Unpacked into an empty root, the program runs on its own.
dpkg-deb -x "$deb" "$work/root"
tk=$work/root/usr/bin/tatakerja
"$tk" --version | grep -qx "tatakerja $version.*" || { echo "FAIL: the packaged --version: $("$tk" --version)"; fail=1; }
"$tk" validate --root "$src/examples" >"$work/validate.out" 2>&1 ||
  { echo "FAIL: the packaged tatakerja does not validate examples/:"; cat "$work/validate.out"; fail=1; }
if file "$tk" 2>/dev/null | grep -q 'not stripped'; then echo "FAIL: the program is not stripped"; fail=1; fi
cmp -s <("$tk" completion bash) "$work/root/usr/share/bash-completion/completions/tatakerja" ||
  { echo "FAIL: the packaged bash completion is not the program's"; fail=1; }
gzip -t "$work"/root/usr/share/man/man1/*.gz || { echo "FAIL: a man page is not valid gzip"; fail=1; }

[ $fail -eq 0 ] && echo "ok: $(basename "$deb"), Depends: $depends"
exit $fail
