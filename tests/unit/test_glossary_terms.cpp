#include <doctest/doctest.h>

#include <string>

#include "render/labels.hpp"
#include "tatakerja/flow/diagram.hpp"
#include "tatakerja/flow/output.hpp"
#include "tatakerja/glossary/terms.hpp"
#include "workload/labels.hpp"

using tatakerja::model::Language;
namespace glossary = tatakerja::glossary;

TEST_CASE("glossary: the book and the ABK tables print the same terms") {
  for (const auto language : {Language::Id, Language::En}) {
    const auto& t = glossary::terms_for(language);
    const auto& book = tatakerja::render::book_labels(language);
    const auto& abk = tatakerja::workload::labels_for(language);
    CAPTURE(t.total);
    CHECK(std::string(book.needed) == t.needed);
    CHECK(std::string(abk.needed) == t.needed);
    CHECK(std::string(book.units_total) == abk.grand_total);
    CHECK(std::string(book.with_sub_units) == abk.with_sub_units);
    CHECK(std::string(book.duty_required) == abk.duty_required);
    CHECK(book.decimal_mark == abk.decimal_mark);
    CHECK(std::string(book.yes) == t.yes);
  }
  CHECK(std::string(glossary::kIndonesian.needed) == "Kebutuhan Pegawai (dibulatkan)");
}

TEST_CASE("glossary: a flowchart's default ways are the Indonesian terms") {
  const tatakerja::flow::FlowLabels labels;
  CHECK(labels.yes == "Ya");
  CHECK(labels.no == "Tidak");
  CHECK(labels.end == "Selesai");
  CHECK(tatakerja::flow::LayoutOptions{}.end_label == "Selesai");
}
