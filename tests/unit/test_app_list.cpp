#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tatakerja/app/init.hpp"
#include "tatakerja/app/list.hpp"
#include "tatakerja/util/error.hpp"

namespace fs = std::filesystem;
using tatakerja::app::GlobalOptions;
using tatakerja::app::ListOptions;
using tatakerja::app::run_list;
using tatakerja::util::Failure;

namespace {

// The example of `init`, in a fresh folder.
struct Example {
  Example() {
    std::string pattern = (fs::temp_directory_path() / "tatakerja-unit-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    root = pattern;
    tatakerja::app::InitOptions init;
    init.dir = root;
    std::ostringstream err;
    GlobalOptions quiet;
    quiet.quiet = true;
    tatakerja::app::run_init(quiet, init, err);
  }
  ~Example() { fs::remove_all(root); }

  std::string list(std::string kind, std::string format = "table", std::string* err = nullptr) {
    GlobalOptions global;
    global.root = root;
    global.jobs = 1;
    global.no_cache = true;  // unit tests leave the user's cache alone
    ListOptions options{std::move(kind),
                        *tatakerja::util::parse_word(tatakerja::app::kListFormats, format)};
    std::ostringstream out, errors;
    CHECK(run_list(global, options, out, errors) == 0);
    if (err) *err = errors.str();
    return out.str();
  }
  fs::path root;
};

}  // namespace

TEST_CASE("app list: sops and positions as aligned tables") {
  Example example;
  std::string err;
  CHECK(example.list("sops", "table", &err) ==
        "ID                          NUMBER          TITLE                       STATUS  "
        "UNIT             OWNER                  STEPS\n"
        "pelayanan-surat-keterangan  SOP-01/PU/2025  Pelayanan Surat Keterangan  active  "
        "seksi-pelayanan  pengadministrasi-umum      6\n"
        "penilaian-kinerja           SOP-02/PU/2025  Penilaian Kinerja Pegawai   active  "
        "seksi-pelayanan  kepala-seksi               4\n");
  CHECK(err.empty());
  CHECK(example.list("positions") ==
        "ID                     NAME                         UNIT             TYPE        "
        "GRADE  STAFF\n"
        "kepala-seksi           Kepala Seksi Pelayanan Umum  seksi-pelayanan  struktural      "
        "9      1\n"
        "pengadministrasi-umum  Pengadministrasi Umum        seksi-pelayanan  pelaksana       "
        "5      1\n");
}

TEST_CASE("app list: duties with their hours and SOPs, as JSON") {
  Example example;
  const auto json = example.list("duties", "json");
  CHECK(
      json.starts_with("{\n  \"version\": 1,\n  \"duties\": [\n    {\n"
                       "      \"position\": \"kepala-seksi\",\n"
                       "      \"duty\": \"penilaian-kinerja\",\n"));
  CHECK(json.find("      \"hours\": 48,\n      \"sops\": [\n        \"penilaian-kinerja\"\n"
                  "      ],\n      \"file\": \"positions/kepala-seksi.yaml\"\n") !=
        std::string::npos);
  CHECK(json.find("      \"hours\": 750,\n") != std::string::npos);
}

TEST_CASE("app list: units and employees; a missing value is - or null") {
  Example example;
  CHECK(example.list("units") ==
        "ID               NAME                  PARENT  HEAD\n"
        "seksi-pelayanan  Seksi Pelayanan Umum  -       kepala-seksi\n");
  CHECK(example.list("units", "json").find("\"parent\": null,") != std::string::npos);
  CHECK(example.list("employees") ==
        "ID                  NAME                   POSITION\n"
        "198503122010011002  Budi Santoso, S.Sos.   kepala-seksi\n"
        "199007252015032001  Siti Rahmawati, A.Md.  pengadministrasi-umum\n");
}

TEST_CASE("app list: a repository with errors is listed, with a note") {
  Example example;
  std::ofstream(example.root / "sops" / "rusak.yaml")
      << "kind: SOP\nid: rusak\ntitle: SOP \x1b[31mRusak\nowner: tidak-ada\n";
  std::string err;
  const auto table = example.list("sops", "table", &err);
  CHECK(table.find("\nrusak                       -               SOP \\x1b[31mRusak ") !=
        std::string::npos);
  CHECK(err.starts_with("tatakerja: note: the repository has "));
  CHECK(err.find("errors, so this list may be incomplete; `tatakerja validate` shows them\n") !=
        std::string::npos);
}

TEST_CASE("app list: an unknown kind is a Failure") {
  Example example;
  GlobalOptions global;
  global.root = example.root;
  std::ostringstream out, err;
  CHECK_THROWS_WITH_AS(run_list(global, {"sop", tatakerja::app::ListFormat::Table}, out, err),
                       "`sop` is not a kind to list: expected units, positions, duties, sops, "
                       "employees or roles; did you mean `sops`?",
                       Failure);
  CHECK(out.str().empty());
}
