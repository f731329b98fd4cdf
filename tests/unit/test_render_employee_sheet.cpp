// The Lembar Uraian Tugas as data (render/employee_sheet.cpp): a shared
// duty's share, subtasks numbered under their duty, the steps in which the
// employee's position (or a Role it belongs to) acts, the atasan langsung
// and the head who signs.
#include <doctest/doctest.h>

#include <algorithm>

#include "tatakerja/render/employee_sheet.hpp"
#include "test_render_fixture.hpp"

namespace {

using tatakerja::render::employee_sheet;
using tatakerja::workload::Ratio;

const char* const kOffice = R"(kind: Unit
id: kantor
name: Kantor Kementerian Agama Kabupaten Uji
head: kepala
---
kind: Unit
id: tu
name: Subbagian Tata Usaha
parent: kantor
head: kasubbag
---
kind: Position
id: kepala
name: Kepala Kantor
unit: kantor
---
kind: Position
id: kasubbag
name: Kepala Subbagian Tata Usaha
unit: tu
reports_to: kepala
duties:
  - {id: paraf, text: Memaraf naskah, volume: 100, standard_time: 6m}
---
kind: Position
id: pengadministrasi
name: Pengadministrasi Umum
unit: tu
reports_to: kasubbag
duties:
  - {id: agenda, text: Mengagendakan surat, volume: 2000, standard_time: 15m}
  - id: arsip
    text: Menata arsip
    subtasks:
      - {id: pilah, text: Memilah arsip, volume: 100, standard_time: 1h}
      - {id: simpan, text: Menyimpan arsip, volume: 50, standard_time: 2h}
---
kind: Position
id: magang
name: Pegawai Magang
unit: tu
reports_to: pengadministrasi
---
kind: Employee
id: eka
name: Eka
position: magang
---
kind: Role
id: tim-arsip
name: Tim Arsip
members: [pengadministrasi]
---
kind: Employee
id: "198001012005011001"
name: Ani
position: pengadministrasi
---
kind: Employee
id: "198202022006022002"
name: Budi
position: pengadministrasi
duties: [agenda]
---
kind: Employee
id: "197001012000031001"
name: Citra
position: kasubbag
---
kind: Employee
id: "196501011990031001"
name: Dodi
position: kepala
---
kind: SOP
id: surat-masuk
title: Penanganan Surat Masuk
unit: tu
duties: [pengadministrasi/agenda]
steps:
  - {activity: Menerima surat, actor: pengadministrasi, time: 5m}
  - {activity: Memaraf disposisi, actor: kasubbag, time: 5m}
  - {activity: Mengarsipkan surat, actor: tim-arsip, time: 5m}
---
kind: SOP
id: arsip-draf
title: Penataan Arsip
unit: tu
status: draft
duties: [pengadministrasi/pilah]
steps:
  - {activity: Memilah arsip, actor: pengadministrasi, time: 1h}
---
kind: SOP
id: rapat
title: Rapat Pimpinan
unit: kantor
steps:
  - {activity: Memimpin rapat, actor: kepala, time: 1h}
  - {activity: Mencatat notulen, actor: kasubbag, time: 1h}
)";

struct Office {
  std::unique_ptr<test::RenderedBook> b = test::make_book(kOffice);
  int employee(const std::string& id) const { return b->read.repo.employee_index.at(id); }
  int position(const std::string& id) const { return b->read.repo.position_index.at(id); }
  tatakerja::render::EmployeeSheet sheet(const std::string& id) const {
    return employee_sheet(b->read.repo, b->analysis, employee(id));
  }
};

}  // namespace

TEST_CASE("employee sheet: a shared duty is split between its holders") {
  const Office o;
  REQUIRE(o.b->read.diagnostics.empty());
  const auto budi = o.sheet("198202022006022002");
  REQUIRE(budi.duties.size() == 1);  // Budi carries `agenda` only
  CHECK(budi.duties[0].number == "1");
  CHECK(budi.duties[0].holders == 2);
  // 2000 × 15 minutes = 500 hours, half of them Budi's
  CHECK(tatakerja::workload::hours(budi.duties[0].load) == Ratio(250));
  CHECK(tatakerja::workload::hours(budi.load) == Ratio(250));
}

TEST_CASE("employee sheet: subtasks numbered under their duty, after it") {
  const Office o;
  const auto ani = o.sheet("198001012005011001");
  REQUIRE(ani.duties.size() == 4);
  std::vector<std::string> numbers;
  for (const auto& d : ani.duties) numbers.push_back(d.number);
  CHECK(numbers == std::vector<std::string>{"1", "2", "2.a", "2.b"});
  CHECK(ani.duties[1].heading);
  CHECK(ani.duties[2].subtask);
  CHECK(ani.duties[2].holders == 1);  // Budi does not carry the arsip subtasks
  // 250 (half of agenda) + 100 + 100 hours; the heading is not counted twice
  CHECK(tatakerja::workload::hours(ani.load) == Ratio(450));
  CHECK(tatakerja::workload::hours(ani.duties[1].load) == Ratio(200));
}

TEST_CASE("employee sheet: the steps where the position or its Role acts") {
  const Office o;
  const auto ani = o.sheet("198001012005011001");
  REQUIRE(ani.sops.size() == 1);
  CHECK(o.b->read.repo.sops[ani.sops[0].sop].doc.id.value == "surat-masuk");
  CHECK(ani.sops[0].steps == std::vector<int>{1, 3});  // 3: as a member of Tim Arsip
  const auto citra = o.sheet("197001012000031001");
  REQUIRE(citra.sops.size() == 2);  // acts in both, carries no duty of either
  CHECK(citra.sops[0].steps == std::vector<int>{2});
  CHECK(citra.sops[1].steps == std::vector<int>{2});
}

TEST_CASE("employee sheet: atasan langsung, unit chain and the head who signs") {
  const Office o;
  const auto& repo = o.b->read.repo;
  const auto ani = o.sheet("198001012005011001");
  CHECK(ani.superior.position == o.position("kasubbag"));
  CHECK(ani.superior.employee == o.employee("197001012000031001"));
  CHECK(ani.head.position == o.position("kasubbag"));
  REQUIRE(ani.unit_chain.size() == 2);
  CHECK(repo.units[ani.unit_chain[0]].doc.id.value == "kantor");
  CHECK(repo.units[ani.unit_chain[1]].doc.id.value == "tu");
  // The head of a unit signs their own sheet beside the one they report to.
  const auto citra = o.sheet("197001012000031001");
  CHECK(citra.head.position == o.position("kepala"));
  CHECK(citra.head.employee == o.employee("196501011990031001"));
  // Nobody above the head of the office: no superior, and no one to sign.
  const auto dodi = o.sheet("196501011990031001");
  CHECK(dodi.superior.position == -1);
  CHECK(dodi.head.position == -1);
  CHECK(dodi.duties.empty());
}

TEST_CASE("employee sheet: a superior's position held by two names no one") {
  const Office o;
  const auto eka = o.sheet("eka");
  CHECK(eka.superior.position == o.position("pengadministrasi"));
  CHECK(eka.superior.employee == -1);  // Ani and Budi both hold it
  CHECK(eka.head.position == o.position("kasubbag"));
  CHECK(eka.duties.empty());
  CHECK(eka.sops.empty());
}

TEST_CASE("employee sheet: the book holds the holders of its positions; --employee only those") {
  const Office o;
  CHECK(o.b->book.employees.size() == 5);
  tatakerja::render::BookOptions options;
  options.employees = {"198202022006022002", "198202022006022002"};
  const auto only = test::make_book(kOffice, options);
  CHECK(only->book.employees == std::vector<int>{o.employee("198202022006022002")});
  CHECK(only->book.positions.empty());
  CHECK(only->book.sops.empty());
  options.employees = {"198202022006022003"};
  CHECK_THROWS_WITH(test::make_book(kOffice, options),
                    "--employee 198202022006022003: no employee has this id; did you mean "
                    "`198202022006022002`?");
}

TEST_CASE("employee sheet: a draft SOP only when drafts are asked for") {
  const Office o;
  const auto& repo = o.b->read.repo;
  const int ani = o.employee("198001012005011001");
  CHECK(employee_sheet(repo, o.b->analysis, ani).sops.size() == 1);
  const auto with = employee_sheet(repo, o.b->analysis, ani, true);
  REQUIRE(with.sops.size() == 2);
  CHECK(repo.sops[with.sops[1].sop].doc.id.value == "arsip-draf");
  CHECK(with.sops[1].steps == std::vector<int>{1});
}

TEST_CASE("employee sheet: a colleague's SOP is not on the sheet, though the position acts") {
  const Office o;
  // surat-masuk carries `agenda`, which Budi carries; arsip-draf carries
  // `pilah`, Ani's alone: Budi's position acts in it, Budi does not.
  const auto budi =
      employee_sheet(o.b->read.repo, o.b->analysis, o.employee("198202022006022002"), true);
  REQUIRE(budi.sops.size() == 1);
  CHECK(o.b->read.repo.sops[budi.sops[0].sop].doc.id.value == "surat-masuk");
}

TEST_CASE("employee sheet: the book's index of holders, figures and acting steps") {
  const Office o;
  const auto& repo = o.b->read.repo;
  const tatakerja::render::SheetIndex index(repo, o.b->analysis);
  CHECK(index.only_holder[o.position("pengadministrasi")] == -2);  // Ani and Budi: several
  CHECK(index.only_acting[o.position("kasubbag")] == -1);          // held, nobody acting
  CHECK(index.only_holder[o.position("kasubbag")] == o.employee("197001012000031001"));
  CHECK(index.only_holder[o.position("magang")] == o.employee("eka"));
  const auto sop = [&](const char* id) { return repo.sop_index.at(id); };
  using Acts = std::vector<std::pair<int, int>>;
  // Repository order; step 3 of surat-masuk through Tim Arsip.
  CHECK(index.acts[o.position("pengadministrasi")] ==
        Acts{{sop("surat-masuk"), 1}, {sop("surat-masuk"), 3}, {sop("arsip-draf"), 1}});
  CHECK(index.acts[o.position("kasubbag")] == Acts{{sop("surat-masuk"), 2}, {sop("rapat"), 2}});
}

TEST_CASE("employee sheet in HTML: a page of its own, letterhead, signatures side by side") {
  tatakerja::render::BookOptions options;
  options.employees = {"eka"};
  auto b = test::make_book(kOffice, options);
  b->read.repo.config.handbook.letterhead = {"KEMENTERIAN AGAMA <RI>"};
  const auto html = test::write(b->book, tatakerja::render::Format::Html);
  const auto has = [&](const std::string& what) {
    INFO("looking for " << what);
    return html.find(what) != std::string::npos;
  };
  CHECK(has(".lembar{break-before:page}"));
  CHECK(has(".lembar table.duties td{overflow-wrap:normal}"));  // no word broken without a hyphen
  CHECK(has("<li><a href=\"#employees\">Lembar Uraian Tugas</a></li>"));
  CHECK(has("<section class=\"lembar\" id=\"employee-eka\">\n<h2 id=\"employees\">"));
  CHECK(has("<div class=\"kop\"><div>KEMENTERIAN AGAMA &lt;RI&gt;</div></div>"));
  // Two holders of the superior's position: the position alone.
  CHECK(has("<tr><th>Atasan Langsung</th><td>Pengadministrasi Umum</td></tr>"));
  CHECK(
      has("<table class=\"ttd\"><tr><td><div class=\"role\">Pegawai yang bersangkutan</div>"
          "<div class=\"sign\"></div><div class=\"name\">Eka</div><div>NIP eka</div></td>"
          "<td><div class=\"role\">Kepala Subbagian Tata Usaha</div>"));
  CHECK(has("<p>Tidak ada uraian tugas</p>"));
  CHECK_FALSE(has("id=\"index\""));  // the sheets alone: no SOP index
}

namespace {

// kOffice with the head of Tata Usaha's post vacant (Citra moved to
// another position) and Budi acting in it; `plus` adds to Budi's document.
std::string vacant_head(const std::string& plus = "") {
  std::string yaml = kOffice;
  const auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, from.size(), to);
  };
  replace("name: Citra\nposition: kasubbag\n", "name: Citra\nposition: magang\n");
  replace("name: Budi\nposition: pengadministrasi\n",
          "name: Budi\nposition: pengadministrasi\nacting: [kasubbag]\n" + plus);
  return yaml;
}

}  // namespace

TEST_CASE("employee sheet: an acting head signs as Plt. when nobody holds the post") {
  const auto b = test::make_book(vacant_head());
  const auto& repo = b->read.repo;
  const int budi = repo.employee_index.at("198202022006022002");
  const auto ani = employee_sheet(repo, b->analysis, repo.employee_index.at("198001012005011001"));
  CHECK(ani.head.position == repo.position_index.at("kasubbag"));
  CHECK(ani.head.employee == budi);
  CHECK(ani.head.acting);
  CHECK(ani.superior.employee == budi);
  CHECK(ani.superior.acting);

  const auto html = test::write(b->book, tatakerja::render::Format::Html);
  CHECK(html.find("<div class=\"role\">Plt. Kepala Subbagian Tata Usaha</div><div "
                  "class=\"sign\"></div><div class=\"name\">Budi</div>") != std::string::npos);
  CHECK(html.find("<tr><th>Atasan Langsung</th><td>Plt. <a href=\"#position-kasubbag\">Kepala "
                  "Subbagian Tata Usaha</a> (Budi)</td></tr>") != std::string::npos);
  const auto md = test::write(b->book, tatakerja::render::Format::Markdown);
  CHECK(md.find("| Pegawai yang bersangkutan | Plt. Kepala Subbagian Tata Usaha |") !=
        std::string::npos);
  CHECK(md.find("| Atasan Langsung | Plt. [Kepala Subbagian Tata Usaha](#position-kasubbag) "
                "(Budi) |") != std::string::npos);
  const auto json = test::write(b->book, tatakerja::render::Format::Json);
  CHECK(json.find(R"("signed_by": {
        "position": "kasubbag",
        "employee": "198202022006022002",
        "acting": "Plt"
      })") != std::string::npos);
}

TEST_CASE("employee sheet: the holder signs, not one acting beside them; two acting: no one") {
  auto yaml = std::string(kOffice);
  yaml.replace(yaml.find("name: Budi\nposition: pengadministrasi\n"),
               std::string("name: Budi\nposition: pengadministrasi\n").size(),
               "name: Budi\nposition: pengadministrasi\nacting: [kasubbag]\n");
  const auto held = test::make_book(yaml);  // Citra holds kasubbag
  const auto& repo = held->read.repo;
  const auto ani =
      employee_sheet(repo, held->analysis, repo.employee_index.at("198001012005011001"));
  CHECK(ani.head.employee == repo.employee_index.at("197001012000031001"));
  CHECK_FALSE(ani.head.acting);

  const auto two = test::make_book(vacant_head() +
                                   "---\nkind: Employee\nid: fajar\nname: Fajar\n"
                                   "position: magang\nacting: [kasubbag]\n");
  const auto& r2 = two->read.repo;
  const auto ani2 = employee_sheet(r2, two->analysis, r2.employee_index.at("198001012005011001"));
  CHECK(ani2.head.position == r2.position_index.at("kasubbag"));
  CHECK(ani2.head.employee == -1);
  CHECK_FALSE(ani2.head.acting);
}
