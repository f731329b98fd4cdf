// `tatakerja list KIND`: one row a document (units, positions, duties,
// sops, employees), as an aligned table or JSON.
#pragma once

#include <ostream>
#include <string>

#include "tatakerja/app/options.hpp"
#include "tatakerja/util/choice.hpp"

namespace tatakerja::app {

enum class ListFormat { Table, Json };
inline constexpr util::Spellings<ListFormat, 2> kListFormats{{
    {ListFormat::Table, "table"},
    {ListFormat::Json, "json"},
}};

struct ListOptions {
  std::string kind;  // units|positions|duties|sops|employees
  ListFormat format = ListFormat::Table;
};

// Lists what loads, as `hledger` and `cargo metadata` do: a repository with
// errors is listed all the same (unresolved references show as written),
// with a note on `err` that counts its errors and points to validate.
// Returns 0; 2 when tatakerja.yaml is invalid (its problems on `err`). An
// unknown kind or format, or no root, throws util::Failure.
int run_list(const GlobalOptions& global, const ListOptions& options, std::ostream& out,
             std::ostream& err);

}  // namespace tatakerja::app
