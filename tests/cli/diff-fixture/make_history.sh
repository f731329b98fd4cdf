#!/usr/bin/env bash
# Builds the fixture git repository of the `diff-*` CLI cases in the
# current (empty) folder: base/ committed and tagged v0, then one commit a
# kind of change, each tagged:
#   v1  an SOP added (rapat-seksi) with the duty it carries out
#   v2  a step given to another lane (penilaian-kinerja's step 3), and an
#       SOP's id renamed with its file (pelayanan-surat-keterangan ->
#       layanan-surat-keterangan, same number)
#   v3  a duty's volume changed (kepala-seksi/penilaian-kinerja 2/bulan -> 4/bulan)
#   v4  an employee moved to a position of another unit (Siti Rahmawati ->
#       pengelola-arsip, Subbagian Umum)
#   v5  a finding fixed (the missing time of penilaian-kinerja's last step)
#   v6  comments and key order only
# usage: make_history.sh   (run by the cases' `setup`)
set -e
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cp -a "$here/base/." .
git -c init.defaultBranch=main init -q
git config user.name "Tatakerja Test"
git config user.email test@example.invalid
git config commit.gpgsign false
commit() {
  git add -A
  GIT_AUTHOR_DATE="2025-01-1$1T10:00:00Z" GIT_COMMITTER_DATE="2025-01-1$1T10:00:00Z" \
    git commit -q -m "$2"
  git tag "v$1"
}
commit 0 "the base"

sed -e 's/^id: penilaian-kinerja$/id: rapat-seksi/' \
    -e 's/^number: SOP-02/number: SOP-03/' \
    -e 's/^title: Penilaian Kinerja Pegawai$/title: Rapat Koordinasi Seksi/' \
    -e 's/^duties: \[penilaian-kinerja\]$/duties: [rapat-koordinasi]/' \
    sops/penilaian-kinerja.yaml > sops/rapat-seksi.yaml
cat >> positions/kepala-seksi.yaml <<'YAML'
  - id: rapat-koordinasi
    text: Memimpin rapat koordinasi seksi
    output: Notulen rapat
    unit_of_output: notulen
    volume: 1/bulan
    standard_time: 2h
YAML
commit 1 "add an SOP (and its duty)"

sed -i '/Membahas hasil penilaian/{n;s/actor: kepala-seksi/actor: pengadministrasi-umum/}' \
  sops/penilaian-kinerja.yaml
git mv sops/pelayanan-surat-keterangan.yaml sops/layanan-surat-keterangan.yaml
sed -i 's/^id: pelayanan-surat-keterangan$/id: layanan-surat-keterangan/' \
  sops/layanan-surat-keterangan.yaml
commit 2 "move a step to another lane; rename an SOP"

sed -i 's|volume: 2/bulan|volume: 4/bulan|' positions/kepala-seksi.yaml
commit 3 "change a duty's volume"

sed -i 's/^position: pengadministrasi-umum$/position: pengelola-arsip/' employees/siti-rahmawati.yaml
commit 4 "move an employee to another unit"

sed -i 's/^    output: Dokumen penilaian kinerja$/    time: 15m\n    output: Dokumen penilaian kinerja/' \
  sops/penilaian-kinerja.yaml
commit 5 "fix a finding"

{ echo "# Unit kerja yang melayani masyarakat"; sed -e 's/^name: \(.*\)$/name: \1  # nama resmi/' units/seksi-pelayanan.yaml; } > units/tmp
mv units/tmp units/seksi-pelayanan.yaml
# kind and id swap places: key order only
sed -i -e '1{h;d}' -e '2{G}' positions/pengelola-arsip.yaml
commit 6 "comments and key order only"
