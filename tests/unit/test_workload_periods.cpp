// Per-period effective time (workload.md): each duty's required is its
// volume in its own period over that period's WKE; methods, effective_time,
// fractional periods and minimum_needed.
#include <doctest/doctest.h>

#include "tatakerja/load/loader.hpp"
#include "tatakerja/workload/figures.hpp"
#include "text_repo.hpp"

using namespace tatakerja;
using workload::decimal;
using workload::Ratio;

namespace {

// The settings of a tatakerja.yaml's text, as `workload` takes them.
workload::Settings settings(const std::string& config_yaml) {
  diag::Diagnostics out;
  const auto config = load::read_config("organization: Kantor\n" + config_yaml, 0, out);
  REQUIRE(out.empty());
  return workload::settings_of(config);
}

workload::Analysis analyse(const std::string& yaml, const workload::Settings& s) {
  auto read = test::read_repo({{"p.yaml", yaml}});
  INFO(test::describe(read.repo, read.diagnostics));
  return workload::analyse(read.repo, s);
}

// workload.md's worked example: 2/tahun × 600 menit and 3/bulan × 120 menit.
const std::string kTwoPeriods = R"(kind: Position
id: analis
name: Analis Perencanaan
duties:
  - {id: renstra, text: Penyusunan bahan renstra, volume: 2/tahun, standard_time: 600 menit}
  - {id: monev, text: Pemantauan anggaran, volume: 3/bulan, standard_time: 120 menit}
)";

}  // namespace

TEST_CASE("workload periods: the worked example, 0,0767 by BKN and 0,0736 by the default") {
  const auto bkn = analyse(kTwoPeriods, settings("workload: {method: perka-bkn-19-2011}\n"));
  const auto& b = bkn.positions[0];
  CHECK(b.duties[0].effective_time == Ratio(72000 * 60));
  CHECK(b.duties[1].effective_time == Ratio(6000 * 60));
  CHECK(b.duties[0].required == Ratio(1200, 72000));  // 2 × 600 / 72000
  CHECK(b.duties[1].required == Ratio(360, 6000));    // 3 × 120 / 6000
  CHECK(b.figures.required == Ratio(23, 300));        // 0,07666…
  CHECK(decimal(b.figures.required, 4) == "0.0767");
  CHECK(workload::hours(b.figures.load) == Ratio(92));  // 20 + 72 hours a year

  const auto plain = analyse(kTwoPeriods, settings(""));
  const auto& p = plain.positions[0];
  CHECK(p.duties[1].effective_time == Ratio(6250 * 60));  // 1250 h / 12
  CHECK(decimal(p.figures.required, 4) == "0.0736");
  CHECK(p.figures.required == Ratio(92, 1250));  // consistent periods: hours / JKE
}

TEST_CASE("workload periods: a BKN-style form with rows per day, week, month and year") {
  const auto a = analyse(R"(kind: Position
id: pu
name: Pengadministrasi Umum
staff: 1
duties:
  - {id: a, text: Pencatatan surat masuk, volume: 20/hari, standard_time: 5 menit}
  - {id: b, text: Rekapitulasi surat keluar, volume: 1/minggu, standard_time: 120 menit}
  - {id: c, text: Perekapan daftar hadir, volume: 1/bulan, standard_time: 300 menit}
  - {id: d, text: Laporan tahunan kearsipan, volume: 1/tahun, standard_time: 2400 menit}
)",
                         settings("workload: {method: perka-bkn-19-2011}\n"));
  const auto& p = a.positions[0];
  std::vector<std::string> required, wke, hours;
  for (const auto& d : p.duties) {
    required.push_back(decimal(d.required, 4));
    wke.push_back(decimal(d.effective_time / Ratio(60), 0));
    hours.push_back(decimal(workload::hours(d.load), 0));
  }
  CHECK(required == std::vector<std::string>{"0.3333", "0.0800", "0.0500", "0.0333"});
  CHECK(wke == std::vector<std::string>{"300", "1500", "6000", "72000"});
  CHECK(hours == std::vector<std::string>{"400", "96", "60", "40"});
  CHECK(decimal(p.figures.required, 4) == "0.4967");
  CHECK(p.figures.needed == 0);
  const auto ej = workload::effectiveness(p.figures.load, p.figures.staff, a.settings);
  CHECK(*ej == Ratio(596, 1200));
}

TEST_CASE("workload periods: effective_time for a form whose periods are not consistent") {
  // JKE 1250 h a year, but the form divides monthly rows by 6000 minutes.
  const auto s = settings("workload: {effective_time: {month: 6000 menit}}\n");
  const auto a = analyse(kTwoPeriods, s);
  const auto& p = a.positions[0];
  CHECK(p.duties[0].effective_time == Ratio(75000 * 60));  // the year's: 1250 h
  CHECK(p.duties[1].effective_time == Ratio(6000 * 60));
  CHECK(p.figures.required == Ratio(1200, 75000) + Ratio(360, 6000));
  // Each duty by its own WKE, so required is no longer hours / JKE.
  CHECK(p.figures.required != Ratio(92, 1250));
  // --effective-hours moves the periods that follow it, not a period's own.
  const auto option = workload::settings_of(model::Config{}, 1200);
  CHECK(workload::effective_seconds(model::Period::Month, option) == Ratio(100 * 3600));
}

TEST_CASE("workload periods: fractional periods (month: 12.5)") {
  const auto s = settings("workload: {periods: {month: 12.5}}\n");
  const auto a = analyse(kTwoPeriods, s);
  const auto& p = a.positions[0];
  CHECK(workload::hours(p.duties[1].load) == Ratio(75));   // 3 × 12,5 × 2 h
  CHECK(p.duties[1].effective_time == Ratio(100 * 3600));  // 1250 h / 12,5
  CHECK(p.duties[1].required == Ratio(6, 100));            // 3 × 2 h / 100 h
  CHECK(p.figures.required == workload::hours(p.figures.load) / Ratio(1250));
}

TEST_CASE("workload periods: minimum_needed gives a position with any workload one person") {
  const std::string tiny = R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, volume: 2, standard_time: 1 jam}
  - {id: b, text: B}
)";
  const std::string idle = R"(kind: Position
id: p
name: P
duties:
  - {id: b, text: B}
)";
  CHECK(analyse(tiny, settings("")).positions[0].figures.needed == 0);
  const auto one = settings("workload: {minimum_needed: 1}\n");
  CHECK(analyse(tiny, one).positions[0].figures.needed == 1);
  CHECK(analyse(idle, one).positions[0].figures.needed == 0);  // no workload: no one
  const auto big = analyse(R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, volume: 3000, standard_time: 1 jam}
)",
                           one);
  CHECK(big.positions[0].figures.needed == 2);  // 2,4: the minimum does not round
}
