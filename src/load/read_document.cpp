#include <fmt/format.h>

#include <array>

#include "documents.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

constexpr std::array<std::string_view, 5> kKinds{"Unit", "Position", "Employee", "Role", "SOP"};

const yaml::Node* find_kind(const yaml::Node& map) {
  for (const auto& [key, value] : map.entries) {
    if (key.is_scalar() && key.scalar == "kind") return &value;
  }
  return nullptr;
}

std::optional<model::Kind> kind_of(std::string_view word) {
  if (word == "Unit") return model::Kind::Unit;
  if (word == "Position") return model::Kind::Position;
  if (word == "Employee") return model::Kind::Employee;
  if (word == "SOP") return model::Kind::Sop;
  if (word == "Role") return model::Kind::Role;
  return std::nullopt;
}

std::optional<model::Kind> read_kind(Reader& reader, const yaml::Document& document) {
  const yaml::Node& root = document.root;
  if (!root.is_mapping()) {
    reader.error(document.start, fmt::format("a document must be a mapping with a `kind`, not {}",
                                             root.type_name()));
    return std::nullopt;
  }
  const yaml::Node* kind = find_kind(root);
  const std::string expected = "expected one of Unit, Position, Employee, Role, SOP";
  if (!kind) {
    reader.error(document.start, fmt::format("the document has no `kind`: {}", expected));
    return std::nullopt;
  }
  if (!kind->is_scalar()) {
    reader.error(kind->loc, fmt::format("`kind` is {}: {}", kind->type_name(), expected));
    return std::nullopt;
  }
  if (auto found = kind_of(kind->scalar)) return found;
  std::string guess = util::suggest(kind->scalar, kKinds);
  std::string message =
      fmt::format("unknown kind `{}`: {}", util::escape_control(kind->scalar), expected);
  message += util::did_you_mean(guess);
  reader.error(kind->loc, std::move(message), std::move(guess));
  return std::nullopt;
}

constexpr Field<model::Suppression> kSuppressionFields[] = {
    {"rule", required(kText), "The rule id to silence",
     [](Reader& r, const yaml::Node&, const yaml::Node& v, model::Suppression& s) {
       if (auto t = r.text("rule", v)) s.rule = std::move(*t);
     }},
    {"reason", kText, "Why it is silenced (shown in reports)",
     [](Reader& r, const yaml::Node&, const yaml::Node& v, model::Suppression& s) {
       s.reason = r.text("reason", v);
     }},
};

}  // namespace

FieldDocs suppression_docs() {
  static const auto docs = field_docs(kSuppressionFields);
  return docs;
}

void read_document(Reader& reader, const yaml::Document& document, FileDocuments& out) {
  reader.reset_suggestions();
  auto kind = read_kind(reader, document);
  if (!kind) return;
  model::DocumentInfo info;
  info.kind = *kind;
  info.start = document.start;
  info.end_line = document.end_line;
  switch (*kind) {
    case model::Kind::Unit:
      out.units.push_back(read_unit(reader, document.root, std::move(info)));
      break;
    case model::Kind::Position:
      out.positions.push_back(read_position(reader, document.root, std::move(info)));
      break;
    case model::Kind::Employee:
      out.employees.push_back(read_employee(reader, document.root, std::move(info)));
      break;
    case model::Kind::Sop:
      out.sops.push_back(read_sop(reader, document.root, std::move(info)));
      break;
    case model::Kind::Role:
      out.roles.push_back(read_role(reader, document.root, std::move(info)));
      break;
  }
}

std::span<const KindDoc> document_kinds() {
  static constexpr KindDoc kDocs[] = {
      {"Unit", "A unit of the organisation (unit kerja)", unit_docs},
      {"Position", "A position and its duties (jabatan, uraian tugas): the Anjab of one position",
       position_docs},
      {"Employee", "An employee (pegawai) and the position held", employee_docs},
      {"Role", "A lane that is not a position: a team, a service-desk role, a system's operator",
       role_docs},
      {"SOP", "A procedure (Standar Operasional Prosedur, format SOP AP)", sop_docs},
  };
  return kDocs;
}

void read_id(Reader& reader, const yaml::Node& value, model::DocumentInfo& info) {
  reader.required_id("id", value, info.id);
}

void read_suppress(Reader& reader, const yaml::Node& value, model::DocumentInfo& info) {
  if (value.is_null() || !reader.expect_list("suppress", value, "a list of rule ids")) return;
  for (const auto& item : value.items) {
    model::Suppression suppression;
    if (item.is_mapping()) {
      read_fields(reader, item, suppression, kSuppressionFields, "a suppression");
      if (suppression.rule.value.empty()) {
        reader.error(item.loc, "a suppression needs a `rule`");
        continue;
      }
    } else if (auto rule = reader.text("suppress", item)) {
      suppression.rule = std::move(*rule);
    } else {
      continue;
    }
    info.suppress.push_back(std::move(suppression));
  }
}

void require(Reader& reader, const model::DocumentInfo& info, std::string_view key,
             const model::Text& value) {
  if (value.loc.line != 0) return;        // present: any problem with it is reported already
  if (reader.was_suggested(key)) return;  // reported as a misspelt key
  reader.error(info.start, fmt::format("{} has no `{}`", model::kind_name(info.kind), key));
}

}  // namespace tatakerja::load
