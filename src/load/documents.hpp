// Internal: reading one YAML document into the model.
#pragma once

#include <vector>

#include "reader.hpp"
#include "tatakerja/cache/entry.hpp"
#include "tatakerja/model/documents.hpp"
#include "tatakerja/yaml/tree.hpp"

namespace tatakerja::load {

// The documents of one file (defined beside the cache, which stores them).
using FileDocuments = cache::Documents;

// Reads a document of any kind into `out` (reports a document that is not a
// mapping with a known `kind`).
void read_document(Reader& reader, const yaml::Document& document, FileDocuments& out);

// One reader a kind; `info` already holds kind, start and end line.
model::Unit read_unit(Reader& reader, const yaml::Node& map, model::DocumentInfo info);
model::Position read_position(Reader& reader, const yaml::Node& map, model::DocumentInfo info);
model::Employee read_employee(Reader& reader, const yaml::Node& map, model::DocumentInfo info);
model::Sop read_sop(Reader& reader, const yaml::Node& map, model::DocumentInfo info);
model::Role read_role(Reader& reader, const yaml::Node& map, model::DocumentInfo info);

// A Position's `duties`, subtasks flattened after their duty (read_duty.cpp).
void read_duties(Reader& reader, const yaml::Node& key, const yaml::Node& value,
                 model::Position& position);
FieldDocs duty_docs();

// Shared by every kind: `id` and `suppress`.
void read_id(Reader& reader, const yaml::Node& value, model::DocumentInfo& info);
void read_suppress(Reader& reader, const yaml::Node& value, model::DocumentInfo& info);

// The keys of each kind (fields.hpp), from the tables of read_*.cpp.
FieldDocs unit_docs();
FieldDocs position_docs();
FieldDocs employee_docs();
FieldDocs sop_docs();
FieldDocs role_docs();
FieldDocs step_docs();
FieldDocs suppression_docs();

// Reports each required key that is missing (an empty Text value).
void require(Reader& reader, const model::DocumentInfo& info, std::string_view key,
             const model::Text& value);

}  // namespace tatakerja::load
