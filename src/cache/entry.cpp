// The fields of every model type, listed once for writing and reading. A
// field added to the model must be added here too (test_cache_entry.cpp
// fails until it is), and kFormat in pack.cpp raised.
#include "tatakerja/cache/entry.hpp"

#include "archive.hpp"

namespace tatakerja::cache {

// Not in an anonymous namespace: the templates of archive.hpp find these by
// argument-dependent lookup, which ignores anonymous namespaces. The field
// lists are data, kept dense on purpose.
// clang-format off

template <class Ar>
void io(Ar& ar, model::Duration& v) { io(ar, v.seconds); io(ar, v.written); io(ar, v.units); }
template <class Ar>
void io(Ar& ar, model::Volume& v) { io(ar, v.amount_micro); ar.enumeration(v.period, model::Period::Year); io(ar, v.written); }
template <class Ar>
void io(Ar& ar, model::Date& v) { io(ar, v.year); io(ar, v.month); io(ar, v.day); io(ar, v.month_only); }
template <class Ar>
void io(Ar& ar, model::Kind& v) { ar.enumeration(v, model::Kind::Role); }
template <class Ar>
void io(Ar& ar, model::SopStatus& v) { ar.enumeration(v, model::SopStatus::Archived); }
template <class Ar>
void io(Ar& ar, diag::Severity& v) { ar.enumeration(v, diag::Severity::Error); }

template <class Ar>
void io(Ar& ar, model::Suppression& v) { io(ar, v.rule); io(ar, v.reason); }

template <class Ar>
void io(Ar& ar, model::DocumentInfo& v) {
  io(ar, v.kind); io(ar, v.id); io(ar, v.start); io(ar, v.end_line); io(ar, v.suppress);
}

template <class Ar>
void io(Ar& ar, model::TextList& v) { io(ar, v.present); io(ar, v.loc); io(ar, v.items); }

template <class Ar>
void io(Ar& ar, model::Unit& v) {
  io(ar, v.doc); io(ar, v.name); io(ar, v.parent); io(ar, v.head);
  io(ar, v.order); io(ar, v.letterhead);
}

template <class Ar>
void io(Ar& ar, model::Duty& v) {
  io(ar, v.loc); io(ar, v.id); io(ar, v.text); io(ar, v.output); io(ar, v.unit_of_output);
  io(ar, v.volume); io(ar, v.standard_time);
  io(ar, v.sop); io(ar, v.sop_reason); io(ar, v.stages);
  io(ar, v.parent); io(ar, v.subtasks); io(ar, v.number);
}

template <class Ar>
void io(Ar& ar, model::PositionQualifications& v) {
  io(ar, v.education); io(ar, v.training); io(ar, v.experience);
}

template <class Ar>
void io(Ar& ar, model::Position& v) {
  io(ar, v.doc); io(ar, v.name); io(ar, v.unit); io(ar, v.type); io(ar, v.grade);
  io(ar, v.reports_to); io(ar, v.summary); io(ar, v.qualifications); io(ar, v.staff);
  io(ar, v.responsibilities); io(ar, v.authority); io(ar, v.materials); io(ar, v.tools);
  io(ar, v.relations); io(ar, v.working_conditions); io(ar, v.hazards);
  io(ar, v.has_duties_key); io(ar, v.duties_loc); io(ar, v.duties);
}

template <class Ar>
void io(Ar& ar, model::Employee& v) {
  io(ar, v.doc); io(ar, v.name); io(ar, v.position); io(ar, v.duties);
  io(ar, v.acting); io(ar, v.written_id);
}

template <class Ar>
void io(Ar& ar, model::Role& v) { io(ar, v.doc); io(ar, v.name); io(ar, v.members); io(ar, v.unit); }

template <class Ar>
void io(Ar& ar, model::Approver& v) {
  io(ar, v.loc); io(ar, v.text); io(ar, v.position); io(ar, v.name); io(ar, v.nip);
  io(ar, v.acting);
}

template <class Ar>
void io(Ar& ar, model::Step& v) {
  io(ar, v.loc); io(ar, v.explicit_id); io(ar, v.id); io(ar, v.activity); io(ar, v.actor);
  io(ar, v.requirements); io(ar, v.time); io(ar, v.output); io(ar, v.notes); io(ar, v.decision);
  io(ar, v.yes); io(ar, v.no); io(ar, v.next); io(ar, v.labels);
  io(ar, v.decision_is_activity);
}

template <class Ar>
void io(Ar& ar, model::Sop& v) {
  io(ar, v.doc); io(ar, v.number); io(ar, v.title); io(ar, v.unit); io(ar, v.owner);
  io(ar, v.duties); io(ar, v.status); io(ar, v.created); io(ar, v.revised); io(ar, v.effective);
  io(ar, v.approved_by); io(ar, v.legal_basis); io(ar, v.qualifications); io(ar, v.related);
  io(ar, v.equipment); io(ar, v.warnings); io(ar, v.records); io(ar, v.external_actors);
  io(ar, v.lanes); io(ar, v.output); io(ar, v.total_time); io(ar, v.has_steps_key); io(ar, v.steps_loc);
  io(ar, v.steps); io(ar, v.approved_on); io(ar, v.prepared_by);
}

template <class Ar>
void io(Ar& ar, diag::Diagnostic& v) {
  io(ar, v.rule); io(ar, v.severity); io(ar, v.loc); io(ar, v.end_line); io(ar, v.end_column);
  io(ar, v.message); io(ar, v.suggestion); io(ar, v.suppressed);
}

template <class Ar>
void io(Ar& ar, Documents& v) {
  io(ar, v.units); io(ar, v.positions); io(ar, v.employees); io(ar, v.sops); io(ar, v.roles);
}

// clang-format on

std::optional<std::string> encode_entry(const Documents& documents,
                                        const diag::Diagnostics& diagnostics, std::uint32_t file) {
  Writer writer(file);
  // The Writer only reads what it is given; io() takes T& to serve both sides.
  io(writer, const_cast<Documents&>(documents));
  io(writer, const_cast<diag::Diagnostics&>(diagnostics));
  if (!writer.ok()) return std::nullopt;
  return writer.take();
}

namespace {

// Subtasks follow their duty at once (model::Duty): what the loader makes,
// which later stages index by, so a payload that says otherwise is refused.
bool duties_consistent(const model::Position& position) {
  const int size = static_cast<int>(position.duties.size());
  for (int d = 0; d < size; ++d) {
    const auto& duty = position.duties[d];
    if (duty.parent < -1 || duty.subtasks < 0 || duty.subtasks >= size - d ||
        (duty.is_subtask() && duty.has_subtasks())) {
      return false;
    }
    for (int i = 1; i <= duty.subtasks; ++i) {
      if (position.duties[d + i].parent != d) return false;
    }
    if (duty.is_subtask() &&
        (duty.parent >= d || position.duties[duty.parent].subtasks < d - duty.parent)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<Entry> decode_entry(std::string_view payload, std::uint32_t file) {
  Reader reader(payload, file);
  Entry entry;
  io(reader, entry.documents);
  io(reader, entry.diagnostics);
  if (!reader.ok() || !reader.at_end()) return std::nullopt;
  for (const auto& position : entry.documents.positions) {
    if (!duties_consistent(position)) return std::nullopt;
  }
  return entry;
}

std::string encode_findings(const Findings& findings) {
  Writer writer(kEveryFile);
  io(writer, const_cast<diag::Diagnostics&>(findings.shown));
  io(writer, const_cast<diag::Diagnostics&>(findings.suppressed));
  return writer.take();
}

std::optional<Findings> decode_findings(std::string_view payload, std::size_t files) {
  Reader reader(payload, kEveryFile);
  Findings findings;
  io(reader, findings.shown);
  io(reader, findings.suppressed);
  if (!reader.ok() || !reader.at_end()) return std::nullopt;
  for (const auto* list : {&findings.shown, &findings.suppressed}) {
    for (const auto& d : *list) {
      if (d.loc.file >= files) return std::nullopt;
    }
  }
  return findings;
}

}  // namespace tatakerja::cache
