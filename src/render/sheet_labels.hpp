// The words of the Lembar Uraian Tugas (employee_sheet.hpp) in the book's
// language; the words it shares with the Anjab come from BookLabels.
#pragma once

#include "tatakerja/model/config.hpp"

namespace tatakerja::render {

struct SheetLabels {
  const char* chapter;         // "Lembar Uraian Tugas"
  const char* name;            // "Nama"
  const char* position;        // "Jabatan"
  const char* share;           // "Porsi": the employee's part of a shared duty, "1/2"
  const char* acts_in;         // "SOP dan Langkah yang Dilaksanakan"
  const char* steps;           // "langkah"
  const char* duty_only;       // an SOP of their duty in which they do no step
  const char* figures;         // "Beban Kerja Pegawai"
  const char* employee_signs;  // "Pegawai yang bersangkutan"
  const char* head_of;         // "Kepala" before a unit's name, when no head position
  const char* no_duties;       // the position carries no duties for this employee
};

const SheetLabels& sheet_labels(model::Language language);

}  // namespace tatakerja::render
