// The words of the workload tables, in the repository's `language`: the
// official Indonesian terms of the ABK (glossary.md), or English.
#pragma once

#include <string>

#include "tatakerja/model/config.hpp"

namespace tatakerja::workload {

struct Labels {
  const char* unit_id;
  const char* unit;
  const char* position_id;
  const char* position;
  const char* employee_id;
  const char* employee;
  const char* duty_id;
  const char* number;  // a duty's number: 1, 1.a (rincian tugas)
  const char* duty;
  const char* unit_of_output;
  const char* volume;
  const char* standard_time;
  const char* effective_time;  // a duty's WKE, in minutes
  const char* duty_required;   // a duty's share of staff (pegawai yang dibutuhkan)
  const char* sops;
  const char* hours;
  const char* required;
  const char* needed;
  const char* staff;
  const char* balance;
  const char* ej;
  const char* pj;
  const char* subtotal;        // a unit's or a position's own rows
  const char* grand_total;     // the whole organisation
  const char* with_sub_units;  // "Jumlah X beserta sub-unit"
  const char* no_unit;         // positions that have no unit
  char decimal_mark;           // in tables and Markdown; CSV and JSON always use '.'
};

const Labels& labels_for(model::Language language);

// "Jumlah Subbagian Tata Usaha beserta sub-unit" / "Total of ... with sub-units".
std::string with_sub_units(const Labels& labels, const std::string& unit_name);

}  // namespace tatakerja::workload
