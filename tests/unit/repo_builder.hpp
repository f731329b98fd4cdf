// Test helper: builds resolved Repositories by hand, tersely, for the
// checks' unit tests.
//
// Every document is a file of its own (file index = creation order + 1;
// index 0 is tatakerja.yaml) that starts at line 1, column 1; each value
// added to a document takes the next line of its file, so every node has a
// location of its own. Documents are complete and correct unless a test
// breaks them: a position's duties have a volume (12) and a standard time
// (8h); an SOP has its number, dates, approval, legal basis, output and
// steps by its owner (30m each, with an output).
//
// Vectors are reserved, so references returned stay valid for up to
// kCapacity documents of each kind. After changing ids or references, call
// resolve() again: it fills every *_ref as the real resolver does.
#pragma once

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "repo_resolver.hpp"
#include "tatakerja/check/rule.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::test {

using model::Location;
using model::Text;

class RepoBuilder {
 public:
  static constexpr std::size_t kCapacity = 256;

  RepoBuilder() {
    repo.config.organization = "Kantor Uji";
    repo.files.push_back({"tatakerja.yaml", "tatakerja.yaml", ""});
    repo.units.reserve(kCapacity);
    repo.positions.reserve(kCapacity);
    repo.employees.reserve(kCapacity);
    repo.sops.reserve(kCapacity);
    repo.roles.reserve(kCapacity);
  }

  model::Repository repo;

  model::Unit& unit(const std::string& id, const std::string& parent = "") {
    auto& unit = repo.units.emplace_back();
    unit.doc = document(model::Kind::Unit, "units/", id);
    unit.name = text(unit.doc, "Unit " + id, 7);
    if (!parent.empty()) unit.parent = text(unit.doc, parent, 9);
    return unit;
  }

  model::Position& position(const std::string& id, const std::vector<std::string>& duties,
                            const std::string& reports_to = "") {
    auto& position = repo.positions.emplace_back();
    position.doc = document(model::Kind::Position, "positions/", id);
    position.name = text(position.doc, "Jabatan " + id, 7);
    if (!reports_to.empty()) position.reports_to = text(position.doc, reports_to, 13);
    position.duties_loc = next(position.doc, 1);
    position.has_duties_key = true;
    for (const auto& duty_id : duties) duty(position, duty_id);
    return position;
  }

  model::Duty& duty(model::Position& position, const std::string& id) {
    auto& duty = position.duties.emplace_back();
    duty.loc = next(position.doc, 5);
    duty.id = Text{id, {duty.loc.file, duty.loc.line, 9}};
    duty.text = text(position.doc, "Melaksanakan " + id, 11);
    duty.volume = model::Located<model::Volume>{
        {12 * model::Volume::kScale, model::Period::Plain, "12"}, next(position.doc, 13)};
    duty.standard_time =
        model::Located<model::Duration>{model::Duration{8 * 3600, "8h"}, next(position.doc, 20)};
    return duty;
  }

  // `duties`: nullopt for none written (the employee carries them all).
  model::Employee& employee(const std::string& id, const std::string& position,
                            std::optional<std::vector<std::string>> duties = std::nullopt) {
    auto& employee = repo.employees.emplace_back();
    employee.doc = document(model::Kind::Employee, "employees/", id);
    employee.name = text(employee.doc, "Pegawai " + id, 7);
    employee.position = text(employee.doc, position, 11);
    if (duties) employee.duties = list(employee.doc, *duties);
    return employee;
  }

  model::Role& role(const std::string& id, const std::vector<std::string>& members) {
    auto& role = repo.roles.emplace_back();
    role.doc = document(model::Kind::Role, "roles/", id);
    role.name = text(role.doc, "Tim " + id, 7);
    role.members = list(role.doc, members);
    return role;
  }

  model::Sop& sop(const std::string& id, const std::string& owner,
                  const std::vector<std::string>& duties, int steps = 1) {
    auto& sop = repo.sops.emplace_back();
    sop.doc = document(model::Kind::Sop, "sops/", id);
    sop.number = text(sop.doc, "B-1/" + id, 9);
    sop.title = text(sop.doc, "Prosedur " + id, 8);
    sop.owner = text(sop.doc, owner, 8);
    sop.duties = list(sop.doc, duties);
    sop.created = date(sop.doc, {2024, 1, 10});
    sop.effective = date(sop.doc, {2024, 2, 1});
    sop.approved_by = model::Approver{next(sop.doc, 14), Text{"Kepala Kantor", {}}, {}, {}, {}, {}};
    sop.legal_basis = list(sop.doc, {"Peraturan Menteri PANRB Nomor 35 Tahun 2012"});
    sop.output = text(sop.doc, "Hasil " + id, 9);
    sop.has_steps_key = true;
    sop.steps_loc = next(sop.doc, 1);
    for (int i = 0; i < steps; ++i) step(sop, owner);
    return sop;
  }

  model::Step& step(model::Sop& sop, const std::string& actor,
                    const std::string& activity = "Memeriksa kelengkapan berkas usulan") {
    auto& step = sop.steps.emplace_back();
    step.loc = next(sop.doc, 5);
    step.activity = Text{activity, {step.loc.file, step.loc.line, 15}};
    if (!actor.empty()) step.actor = text(sop.doc, actor, 12);
    step.time = model::Located<model::Duration>{model::Duration{30 * 60, "30m"}, next(sop.doc, 11)};
    step.output = text(sop.doc, "Keluaran langkah", 13);
    return step;
  }

  // Makes `step` a decision whose "Tidak" goes to `no` (a step id or `end`).
  model::Step& decision(model::Step& step, model::Sop& sop, const std::string& no) {
    step.decision = text(sop.doc, "Lengkap?", 15);
    step.no = text(sop.doc, no, 9);
    return step;
  }

  model::Repository& resolve() {
    resolve_by_hand(repo);
    return repo;
  }

  Text text(model::DocumentInfo& doc, const std::string& value, std::uint32_t column) {
    return Text{value, next(doc, column)};
  }

  Location next(model::DocumentInfo& doc, std::uint32_t column) {
    doc.end_line = ++lines_[doc.start.file];
    return {doc.start.file, doc.end_line, column};
  }

 private:
  std::vector<std::uint32_t> lines_{0};

  model::DocumentInfo document(model::Kind kind, const std::string& folder, const std::string& id) {
    const auto file = static_cast<std::uint32_t>(repo.files.size());
    repo.files.push_back({folder + id + ".yaml", folder + id + ".yaml", ""});
    lines_.push_back(1);
    model::DocumentInfo doc;
    doc.kind = kind;
    doc.start = {file, 1, 1};
    doc.end_line = 1;
    doc.id = text(doc, id, 5);
    return doc;
  }

  model::TextList list(model::DocumentInfo& doc, const std::vector<std::string>& items) {
    model::TextList list;
    list.present = true;
    list.loc = next(doc, 1);
    for (const auto& item : items) list.items.push_back(text(doc, item, 5));
    return list;
  }

  model::Located<model::Date> date(model::DocumentInfo& doc, model::Date value) {
    return {value, next(doc, 10)};
  }
};

// Runs the check of rule `id` alone.
inline diag::Diagnostics run_rule(const model::Repository& repo, std::string_view id,
                                  const check::CheckOptions& options = {}) {
  const check::Rule* rule = check::find_rule(id);
  REQUIRE(rule != nullptr);
  REQUIRE(static_cast<bool>(rule->check));
  diag::Diagnostics out;
  check::Reporter reporter(rule->id, out);
  rule->check(repo, options, reporter);
  return out;
}

// A repository where no rule finds anything: two units, a head and an
// analyst (two employees sharing its two duties out), an SOP for each duty,
// one with a decision that loops back and a step by the head.
inline RepoBuilder clean_repository() {
  RepoBuilder b;
  b.unit("kantor");
  b.unit("subbag-tu", "kantor");
  b.position("kepala", {"pimpin"});
  auto& analis = b.position("analis", {"formasi", "cuti"}, "kepala");
  analis.staff = model::Located<std::int64_t>{2, b.next(analis.doc, 8)};
  b.employee("198001012005011001", "kepala");
  b.employee("198001012005011002", "analis", std::vector<std::string>{"formasi"});
  b.employee("198001012005011003", "analis", std::vector<std::string>{"cuti"});
  b.sop("pimpin", "kepala", {"pimpin"});
  auto& formasi = b.sop("formasi", "analis", {"formasi"}, 2);
  b.decision(formasi.steps[1], formasi, "1");
  b.step(formasi, "kepala", "Menandatangani dokumen rencana formasi");
  b.sop("cuti", "analis", {"analis/cuti"});
  b.resolve();
  return b;
}

// Checks one diagnostic: rule, line, column and message.
inline void expect_diag(const diag::Diagnostic& d, std::string_view rule, Location loc,
                        std::string_view message) {
  CHECK(d.rule == rule);
  CHECK(d.loc.file == loc.file);
  CHECK(d.loc.line == loc.line);
  CHECK(d.loc.column == loc.column);
  CHECK(d.message == message);
}

}  // namespace tatakerja::test
