// A Diagnostic with any rule id, for tests of what handles findings
// (sorting, severities, the cache): the product builds them with
// diag::make and a typed id of diag/rules.hpp.
#pragma once

#include <string>

#include "tatakerja/diag/diagnostic.hpp"

inline tatakerja::diag::Diagnostic finding(std::string rule, tatakerja::model::Location loc,
                                           std::string message, std::string suggestion = {}) {
  tatakerja::diag::Diagnostic d;
  d.rule = std::move(rule);
  d.loc = loc;
  d.message = std::move(message);
  d.suggestion = std::move(suggestion);
  return d;
}
