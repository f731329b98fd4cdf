// Comparing two repositories (src/diff/): each side is `tatakerja init`'s
// example, edited, loaded from memory (load::load_tree) and checked as the
// command does.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "tatakerja/app/init.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/diff/diff.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/workload/figures.hpp"

using namespace tatakerja;

namespace {

using Files = std::map<std::string, std::string>;

Files example() {
  Files files;
  for (const auto& f : app::init_template()) files[std::string(f.path)] = std::string(f.text);
  return files;
}

// `files[path]` with `from` replaced by `to` (which must be there).
void edit(Files& files, const std::string& path, const std::string& from, const std::string& to) {
  auto& text = files.at(path);
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
}

struct Built {
  app::Checked checked;
  workload::Analysis analysis;
  diff::Side side() const { return {checked.repo, analysis, checked.diagnostics}; }
};

// Blobs::Yes: each file is given a blob id (its text's hash), as a git
// revision's files are, so that a document of the same blob on both sides
// is taken as unchanged without comparing it field by field.
enum class Blobs { No, Yes };

Built build(Files files, Blobs blobs = Blobs::No) {
  load::Tree tree;
  tree.name = "test";
  tree.config = files.at("tatakerja.yaml");
  files.erase("tatakerja.yaml");
  for (auto& [path, text] : files) {
    const auto object = std::to_string(std::hash<std::string>{}(text));
    tree.files.push_back({path, text, blobs == Blobs::Yes ? object : ""});
  }
  app::PipelineOptions options;
  options.root = "/nonexistent/tatakerja-diff-test";
  options.jobs = 1;
  options.date = model::Date{2025, 6, 1};
  Built built;
  built.checked =
      app::check_loaded(load::load_tree(options.root, std::move(tree), {.jobs = 1}), options);
  built.analysis =
      workload::analyse(built.checked.repo, workload::settings_of(built.checked.repo.config));
  return built;
}

diff::Changes compare(const Files& a, const Files& b, Blobs blobs = Blobs::No) {
  const auto x = build(a, blobs);
  const auto y = build(b, blobs);
  return diff::compare(x.side(), y.side());
}

const diff::Field* field(const std::vector<diff::Field>& fields, std::string_view name) {
  for (const auto& f : fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

const diff::SopChange& sop_change(const diff::Changes& changes, std::string_view id) {
  for (const auto& c : changes.sops) {
    if (c.id_after == id || (c.id_after.empty() && c.id_before == id)) return c;
  }
  FAIL("no change of SOP " << id);
  return changes.sops.front();
}

constexpr const char* kServiceSop = "sops/pelayanan-surat-keterangan.yaml";
constexpr const char* kReviewSop = "sops/penilaian-kinerja.yaml";

}  // namespace

TEST_CASE("the example compared with itself has no change") {
  CHECK(compare(example(), example()).empty());
}

TEST_CASE("comments and key order are no change") {
  auto b = example();
  edit(b, kReviewSop, "kind: SOP\nid: penilaian-kinerja\nnumber: SOP-02/PU/2025\n",
       "# Penilaian kinerja\nnumber: SOP-02/PU/2025   # nomor\nid: penilaian-kinerja\nkind: SOP\n");
  edit(b, kReviewSop, "    time: 30m\n    output: Rekap kehadiran dan capaian kerja\n",
       "    output: Rekap kehadiran dan capaian kerja\n    # waktu\n    time: 30m\n");
  edit(b, "positions/kepala-seksi.yaml", "    volume: 2/bulan\n    standard_time: 2h\n",
       "    standard_time: 2h\n    volume: 2/bulan  # tetap\n");
  const auto changes = compare(example(), b);
  CHECK(changes.empty());
}

TEST_CASE("a step given to another lane is a lane change, nothing else") {
  auto b = example();
  edit(b, kReviewSop,
       "  - activity: Membahas hasil penilaian bersama pegawai\n    actor: kepala-seksi",
       "  - activity: Membahas hasil penilaian bersama pegawai\n    actor: pengadministrasi-umum");
  const auto changes = compare(example(), b);
  REQUIRE(changes.sops.size() == 1);
  const auto& sop = changes.sops[0];
  CHECK(sop.kind == diff::Kind::Changed);
  CHECK_FALSE(sop.renamed);
  REQUIRE(sop.steps.size() == 1);
  const auto& step = sop.steps[0];
  CHECK(step.number_before == 3);
  CHECK(step.number_after == 3);
  CHECK_FALSE(step.moved);
  REQUIRE(step.fields.size() == 1);
  CHECK(step.fields[0].name == "lane");
  CHECK(step.fields[0].before == "kepala-seksi");
  CHECK(step.fields[0].after == "pengadministrasi-umum");
}

TEST_CASE("steps swapped are one move; a re-worded step is matched by its words") {
  auto b = example();
  edit(b, kReviewSop,
       "  - activity: Menilai capaian kerja setiap pegawai\n    actor: kepala-seksi\n    time: 1h\n"
       "    output: Lembar penilaian kinerja\n"
       "  - activity: Membahas hasil penilaian bersama pegawai\n    actor: kepala-seksi\n"
       "    time: 30m\n    output: Catatan umpan balik\n",
       "  - activity: Membahas hasil penilaian bersama pegawai\n    actor: kepala-seksi\n"
       "    time: 30m\n    output: Catatan umpan balik\n"
       "  - activity: Menilai capaian kerja setiap pegawai negeri\n    actor: kepala-seksi\n"
       "    time: 1h\n    output: Lembar penilaian kinerja\n");
  const auto changes = compare(example(), b);
  REQUIRE(changes.sops.size() == 1);
  const auto& steps = changes.sops[0].steps;
  REQUIRE(steps.size() == 2);
  int moved = 0;
  for (const auto& s : steps) {
    CHECK(s.kind == diff::Kind::Changed);
    moved += s.moved;
  }
  CHECK(moved == 1);
  const auto& reworded = steps[0].number_before == 2 ? steps[0] : steps[1];
  REQUIRE(field(reworded.fields, "activity"));
  CHECK(field(reworded.fields, "activity")->after == "Menilai capaian kerja setiap pegawai negeri");
}

TEST_CASE("an SOP with a new id but its number is renamed, not removed and added") {
  auto b = example();
  edit(b, kReviewSop, "id: penilaian-kinerja\n", "id: penilaian-kinerja-pegawai\n");
  const auto changes = compare(example(), b);
  REQUIRE(changes.sops.size() == 1);
  CHECK(changes.sops[0].kind == diff::Kind::Changed);
  CHECK(changes.sops[0].renamed);
  CHECK(changes.sops[0].id_before == "penilaian-kinerja");
  CHECK(changes.sops[0].id_after == "penilaian-kinerja-pegawai");
  REQUIRE(field(changes.sops[0].identity, "id"));
}

TEST_CASE("an SOP added, and one adopted (review -> active), with its main path's time") {
  auto a = example();
  edit(a, kReviewSop, "status: active", "status: review");
  auto b = example();
  b["sops/baru.yaml"] = example().at(kReviewSop);
  edit(b, "sops/baru.yaml",
       "id: penilaian-kinerja\nnumber: SOP-02/PU/2025\ntitle: Penilaian Kinerja Pegawai",
       "id: rapat-seksi\nnumber: SOP-03/PU/2025\ntitle: Rapat Seksi");
  edit(b, kServiceSop, "    time: 20m\n    output: Konsep", "    time: 1h\n    output: Konsep");
  const auto changes = compare(a, b);
  REQUIRE(changes.sops.size() == 3);
  const auto& service = sop_change(changes, "pelayanan-surat-keterangan");
  CHECK(service.time_before == "50 menit");
  CHECK(service.time_after == "1 jam 30 menit");
  const auto& review = sop_change(changes, "penilaian-kinerja");
  CHECK(review.adopted);
  REQUIRE(field(review.identity, "status"));
  CHECK(field(review.identity, "status")->before == "review");
  const auto& added = sop_change(changes, "rapat-seksi");
  CHECK(added.kind == diff::Kind::Added);
  CHECK(added.time_after == "2 jam 15 menit");
  REQUIRE(added.steps.size() == 4);  // each shown, for the review of a new SOP
  CHECK(added.steps[0].kind == diff::Kind::Added);
}

TEST_CASE("a duty's volume: its hours and the ABK figures that change, with their sign") {
  auto b = example();
  edit(b, "positions/kepala-seksi.yaml", "volume: 2/bulan", "volume: 4/bulan");
  const auto changes = compare(example(), b);
  REQUIRE(changes.positions.size() == 1);
  REQUIRE(changes.positions[0].duties.size() == 1);
  const auto& duty = changes.positions[0].duties[0];
  CHECK(field(duty.fields, "volume")->before == "2/bulan");
  CHECK(field(duty.fields, "volume")->after == "4/bulan");
  CHECK(field(duty.fields, "hours")->before == "48");
  CHECK(field(duty.fields, "hours")->after == "96");
  REQUIRE(!changes.workload.empty());
  const auto& row = changes.workload[0];
  CHECK(row.level == diff::WorkloadChange::Level::Position);
  CHECK(row.id == "kepala-seksi");
  REQUIRE(row.figures.size() >= 2);
  CHECK(row.figures[0].name == "hours");
  CHECK(row.figures[0].delta == "+48");
  CHECK(changes.workload.back().level == diff::WorkloadChange::Level::Office);
}

TEST_CASE("documents of the same blobs: no change, unless the reading settings differ") {
  // Every file is the same blob on both sides, so none is compared field by
  // field; but a duration in days reads as workload.hours_per_day says, so a
  // new hours_per_day changes what the same bytes mean.
  auto a = example();
  edit(a, kServiceSop, "    time: 20m\n    output: Konsep", "    time: 1 hari\n    output: Konsep");
  edit(a, "positions/kepala-seksi.yaml", "standard_time: 2h", "standard_time: 1 hari");
  CHECK(compare(a, a, Blobs::Yes).empty());
  auto b = a;
  edit(b, "tatakerja.yaml", "hours_per_day: 5", "hours_per_day: 6");
  const auto changes = compare(a, b, Blobs::Yes);
  const auto& service = sop_change(changes, "pelayanan-surat-keterangan");
  CHECK(service.time_before == "5 jam 30 menit");
  CHECK(service.time_after == "6 jam 30 menit");
  REQUIRE(changes.positions.size() == 1);
  REQUIRE(changes.positions[0].duties.size() == 1);
  const auto& duty = changes.positions[0].duties[0];
  CHECK(field(duty.fields, "standard_time")->before == "5 jam");
  CHECK(field(duty.fields, "standard_time")->after == "6 jam");
  CHECK(field(duty.fields, "hours")->before == "120");
  CHECK(field(duty.fields, "hours")->after == "144");
}

TEST_CASE("a duty of the same blob whose hours change with the periods a year") {
  // workload.periods is not a reading setting: the position's file reads
  // the same on both sides, but its duty's hours a year change.
  auto b = example();
  edit(b, "tatakerja.yaml", "  rounding: nearest",
       "  rounding: nearest\n  periods: {day: 250, week: 50, month: 11, year: 1}");
  const auto changes = compare(example(), b, Blobs::Yes);
  REQUIRE(changes.positions.size() == 1);
  CHECK(changes.positions[0].id == "kepala-seksi");
  REQUIRE(changes.positions[0].duties.size() == 1);
  const auto& duty = changes.positions[0].duties[0];
  REQUIRE(duty.fields.size() == 1);
  CHECK(duty.fields[0].name == "hours");
  CHECK(duty.fields[0].before == "48");
  CHECK(duty.fields[0].after == "44");
}

TEST_CASE("a duty handed to another position is one move") {
  auto b = example();
  const std::string duty =
      "  - id: penilaian-kinerja\n    text: Menilai kinerja pegawai Seksi Pelayanan Umum\n"
      "    output: Dokumen penilaian kinerja\n    unit_of_output: dokumen\n    volume: 2/bulan\n"
      "    standard_time: 2h\n";
  edit(b, "positions/kepala-seksi.yaml", duty, "");
  b.at("positions/kepala-seksi.yaml") +=
      "  - id: memimpin\n    text: Memimpin seksi\n    volume: 1/hari\n    standard_time: 1h\n";
  b.at("positions/pengadministrasi-umum.yaml") += duty;
  const auto changes = compare(example(), b);
  std::vector<diff::DutyChange> duties;
  for (const auto& p : changes.positions)
    duties.insert(duties.end(), p.duties.begin(), p.duties.end());
  REQUIRE(duties.size() == 2);
  const auto& moved = duties[0].moved ? duties[0] : duties[1];
  CHECK(moved.moved);
  CHECK(moved.position_before == "kepala-seksi");
  CHECK(moved.position_after == "pengadministrasi-umum");
}

TEST_CASE("an employee moved to another position: position, duties gained and lost") {
  auto b = example();
  edit(b, "employees/siti-rahmawati.yaml", "position: pengadministrasi-umum",
       "position: kepala-seksi");
  const auto changes = compare(example(), b);
  REQUIRE(changes.employees.size() == 1);
  const auto& e = changes.employees[0];
  CHECK(e.id == "199007252015032001");
  REQUIRE(e.position);
  CHECK(e.position->before == "pengadministrasi-umum");
  CHECK(e.position->after == "kepala-seksi");
  CHECK_FALSE(e.unit);  // the same unit
  REQUIRE(e.gained.size() == 1);
  CHECK(e.gained[0] ==
        "kepala-seksi/penilaian-kinerja: Menilai kinerja pegawai Seksi Pelayanan Umum");
  REQUIRE(e.lost.size() == 1);
  // "Dibagi habis" no more: the position left has a duty nobody carries.
  REQUIRE(changes.positions.size() == 1);
  CHECK(changes.positions[0].id == "pengadministrasi-umum");
  const auto* unassigned = field(changes.positions[0].fields, "unassigned_duties");
  REQUIRE(unassigned);
  CHECK_FALSE(unassigned->before);
  CHECK(unassigned->after == "layanan-surat-keterangan");
}

TEST_CASE("findings new in B and gone from A; a finding whose line only moved is neither") {
  auto a = example();
  edit(a, kReviewSop, "    time: 1h\n", "");  // step-time-missing
  auto b = example();
  edit(b, kServiceSop, "    time: 20m\n", "");
  const auto changes = compare(a, b);
  REQUIRE(changes.new_findings.size() >= 1);
  CHECK(changes.new_findings[0].file == kServiceSop);
  REQUIRE(changes.gone_findings.size() >= 1);
  CHECK(changes.gone_findings[0].file == kReviewSop);

  auto moved = a;
  edit(moved, kReviewSop, "records:", "# a comment above\nrecords:");
  CHECK(compare(a, moved).new_findings.empty());
  CHECK(compare(a, moved).gone_findings.empty());
}

TEST_CASE("similarity is the share of words in common") {
  CHECK(diff::similarity("Menyusun konsep surat", "menyusun  konsep surat") == 1.0);
  CHECK(diff::similarity("a b c d", "a b x y") == doctest::Approx(0.5));
  CHECK(diff::similarity("a", "b") == 0.0);
}
