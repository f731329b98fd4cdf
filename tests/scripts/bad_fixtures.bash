# Shared by the scripts that want a repository full of findings (sourced;
# not a test itself; needs $src): every bad-* CLI fixture, each as a folder
# of its own under DIR, without its tatakerja.yaml.
add_bad_fixtures() {  # add_bad_fixtures DIR
  local c name
  for c in "$src"/tests/cli/cases/bad-*/; do
    name=$(basename "$c")
    bash "$src/tests/cli/case_repo.sh" "$c" "$1/$name"
    rm -f "$1/$name/tatakerja.yaml"
  done
}
