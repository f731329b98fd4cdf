// Keterkaitan as printed: `related` entries are SOP ids, SOP titles or any
// text (an SOP of another office); what names a local SOP was resolved to
// it (resolve::SopNames). The rest is printed as written.
#include <fmt/format.h>

#include "checks.hpp"
#include "tatakerja/resolve/resolve.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::check {

namespace {

// Calls `visit(sop index, entry, ref)` for every `related` entry of every
// checked SOP.
template <class Visit>
void for_each_related(const model::Repository& repo, Visit visit) {
  for (std::size_t s = 0; s < repo.sops.size(); ++s) {
    const auto& sop = repo.sops[s];
    if (!is_checked(sop)) continue;
    for (std::size_t i = 0; i < sop.related.items.size(); ++i) {
      const int ref = i < sop.related_refs.size() ? sop.related_refs[i] : -1;
      visit(static_cast<int>(s), sop.related.items[i], ref);
    }
  }
}

}  // namespace

void check_sop_related_self(const model::Repository& repo, const CheckOptions&,
                            Reporter& reporter) {
  for_each_related(repo, [&](int sop, const model::Text& entry, int ref) {
    if (ref != sop) return;
    reporter.report(entry.loc, fmt::format("`{}` is this SOP itself: Keterkaitan lists the "
                                           "other SOPs it works with",
                                           util::escape_control(entry.value)));
  });
}

void check_sop_related_unresolved(const model::Repository& repo, const CheckOptions&,
                                  Reporter& reporter) {
  const resolve::SopNames names(repo);
  for_each_related(repo, [&](int, const model::Text& entry, int ref) {
    if (ref >= 0) return;
    std::string message = fmt::format(
        "`{}` names no SOP of this repository: it is printed as "
        "written",
        util::escape_control(entry.value));
    std::string guess = names.near_miss(entry.value);
    message += util::did_you_mean(guess);
    reporter.report(entry.loc, std::move(message), std::move(guess));
  });
}

}  // namespace tatakerja::check
