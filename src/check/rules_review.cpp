// Plenary review and the SOP AP identity (Permenpan-RB 35/2012): legal
// basis, metadata, routine work, six-monthly review, status.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <unordered_map>

#include "checks.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::check {

namespace {

using model::Date;
using model::SopStatus;

// Written out as approved or active: then sop-status answers for a missing
// `approved_by` or `effective`, not sop-metadata.
bool status_says_in_force(const model::Sop& sop) {
  return sop.status &&
         (sop.status->value == SopStatus::Approved || sop.status->value == SopStatus::Active);
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Six calendar months later; the day is clamped to the month (08-31 -> 02-28).
Date six_months_after(Date date) {
  date.month += 6;
  if (date.month > 12) {
    date.month -= 12;
    date.year += 1;
  }
  date.day = std::min(date.day, days_in_month(date.year, date.month));
  return date;
}

void missing_key(Reporter& reporter, const model::Sop& sop, std::string_view key,
                 std::string_view term) {
  reporter.report(sop.doc.start,
                  fmt::format("no `{}` ({}): the SOP AP format records it", key, term));
}

void date_before_created(Reporter& reporter, const model::Sop& sop,
                         const std::optional<model::Located<Date>>& date, std::string_view key) {
  if (!date || !sop.created || !date->valid || !sop.created->valid) return;
  if (!(date->value < sop.created->value)) return;
  reporter.report(date->loc, fmt::format("`{}` {} is before `created` {}", key, date->value.str(),
                                         sop.created->value.str()));
}

// A `number` such as `Kw.08.1/1.e/ /2016`: a part between two `/` left
// blank, as when a template's number was never filled in.
void number_with_empty_part(Reporter& reporter, const model::Text& number) {
  const std::string_view text = number.value;
  const auto first = text.find('/');
  const auto last = text.rfind('/');
  if (first == std::string_view::npos || first == last) return;
  const std::string_view inner = text.substr(first + 1, last - first - 1);
  std::size_t at = 0;
  for (;;) {
    const auto end = std::min(inner.find('/', at), inner.size());
    if (inner.substr(at, end - at).find_first_not_of(" \t") == std::string_view::npos) {
      reporter.report(number.loc,
                      fmt::format("`number` `{}` has an empty part between its `/` separators: "
                                  "fill in the nomor SOP",
                                  util::escape_control(number.value)));
      return;
    }
    if (end == inner.size()) return;
    at = end + 1;
  }
}

}  // namespace

void check_sop_legal_basis(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || !sop.legal_basis.items.empty()) continue;
    if (sop.legal_basis.present) {
      reporter.report(sop.legal_basis.loc,
                      "`legal_basis` is empty: name the regulations the SOP "
                      "follows (dasar hukum)");
    } else {
      reporter.report(sop.doc.start,
                      "no `legal_basis` (dasar hukum): name the regulations the "
                      "SOP follows");
    }
  }
}

void check_sop_metadata(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    const bool in_force = status_says_in_force(sop);
    if (is_blank(sop.number))
      missing_key(reporter, sop, "number", "nomor SOP");
    else
      number_with_empty_part(reporter, *sop.number);
    if (!sop.approved_by && !in_force) missing_key(reporter, sop, "approved_by", "disahkan oleh");
    if (!sop.created) missing_key(reporter, sop, "created", "tanggal pembuatan");
    if (!sop.effective && !in_force) missing_key(reporter, sop, "effective", "tanggal efektif");
    date_before_created(reporter, sop, sop.effective, "effective");
    date_before_created(reporter, sop, sop.revised, "revised");
  }
}

void check_sop_legal_basis_duplicate(const model::Repository& repo, const CheckOptions&,
                                     Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    std::unordered_map<std::string, std::size_t> first;
    const auto& items = sop.legal_basis.items;
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::string folded = util::fold_text(items[i].value);
      if (folded.empty()) continue;
      auto [it, inserted] = first.emplace(std::move(folded), i);
      if (inserted) continue;
      reporter.report(items[i].loc,
                      fmt::format("this `legal_basis` entry repeats entry {} (case, spacing and "
                                  "punctuation folded): list each regulation once",
                                  it->second + 1));
    }
  }
}

void check_sop_not_routine(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  const workload::Ratio twice(2);
  const auto& periods = repo.config.workload.periods;
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    bool any = false, all_rare = true;
    for (const auto ref : sop.duty_refs) {
      if (ref.position < 0) continue;
      const auto& position = repo.positions[ref.position];
      for (int d : model::leaf_duties(position, ref.duty)) {  // a duty with subtasks: each
        const auto& duty = position.duties[d];
        any = true;
        all_rare = all_rare && duty.volume && duty.volume->valid &&
                   workload::per_year(duty.volume->value, periods) < twice;
      }
    }
    if (!any || !all_rare) continue;
    reporter.report(sop.duties.loc,
                    "every duty this SOP carries out is done fewer than 2 times "
                    "a year: an SOP is for routine, repeated work");
  }
}

void check_sop_review_due(const model::Repository& repo, const CheckOptions& options,
                          Reporter& reporter) {
  if (!options.today) return;  // the app sets it whenever this rule is on
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    // The last date the SOP was looked at: revised, else effective, else created.
    const auto& last = sop.revised ? sop.revised : sop.effective ? sop.effective : sop.created;
    if (!last || !last->valid || !(six_months_after(last->value) < *options.today)) continue;
    const char* key = sop.revised ? "revised" : sop.effective ? "effective" : "created";
    reporter.report(last->loc,
                    fmt::format("`{}` {} is more than six months ago: review the SOP (SOP AP is "
                                "monitored and evaluated every six months)",
                                key, last->value.str()));
  }
}

void check_sop_status(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || !status_says_in_force(sop)) continue;
    std::string missing;
    if (!sop.approved_by) missing = "`approved_by`";
    if (!sop.effective) missing += missing.empty() ? "`effective`" : " and `effective`";
    if (missing.empty()) continue;
    reporter.report(sop.status->loc,
                    fmt::format("status `{}` needs {}: an SOP is in force only once approved and "
                                "dated",
                                model::status_name(sop.status->value), missing));
  }
}

}  // namespace tatakerja::check
