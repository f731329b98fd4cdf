#include "common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "tatakerja/util/text.hpp"

namespace tatakerja::diff {

namespace {

void pass_by_key(int na, int nb, const KeyOf& key, std::vector<int>& b_of_a,
                 std::vector<bool>& b_taken) {
  std::unordered_map<std::string, std::vector<int>> open;  // key -> B items, last first
  open.reserve(static_cast<std::size_t>(nb));
  for (int j = nb - 1; j >= 0; --j) {
    if (b_taken[j]) continue;
    auto k = key(true, j);
    if (k && !k->empty()) open[*k].push_back(j);
  }
  for (int i = 0; i < na; ++i) {
    if (b_of_a[i] >= 0) continue;
    auto k = key(false, i);
    if (!k || k->empty()) continue;
    auto it = open.find(*k);
    if (it == open.end() || it->second.empty()) continue;
    b_of_a[i] = it->second.back();
    b_taken[it->second.back()] = true;
    it->second.pop_back();
  }
}

void pass_by_score(int na, int nb, const ScoreOf& score, double threshold, std::vector<int>& b_of_a,
                   std::vector<bool>& b_taken) {
  std::vector<std::tuple<double, int, int>> candidates;
  for (int i = 0; i < na; ++i) {
    if (b_of_a[i] >= 0) continue;
    for (int j = 0; j < nb; ++j) {
      if (b_taken[j]) continue;
      const double s = score(i, j);
      if (s >= threshold) candidates.emplace_back(-s, i, j);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  for (const auto& [s, i, j] : candidates) {
    if (b_of_a[i] >= 0 || b_taken[j]) continue;
    b_of_a[i] = j;
    b_taken[j] = true;
  }
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<int> match(int na, int nb, const std::vector<KeyOf>& passes, const ScoreOf& score,
                       double threshold) {
  std::vector<int> b_of_a(na, -1);
  std::vector<bool> b_taken(nb, false);
  for (const auto& key : passes) pass_by_key(na, nb, key, b_of_a, b_taken);
  if (score) pass_by_score(na, nb, score, threshold, b_of_a, b_taken);
  return b_of_a;
}

std::vector<bool> moved_pairs(const std::vector<int>& a_of_pair) {
  // Longest increasing subsequence of the A indices (patience, O(n log n)).
  const int n = static_cast<int>(a_of_pair.size());
  std::vector<int> tails, tail_at, previous(n, -1);
  for (int k = 0; k < n; ++k) {
    auto it = std::lower_bound(tails.begin(), tails.end(), a_of_pair[k]);
    const auto place = static_cast<std::size_t>(it - tails.begin());
    if (place > 0) previous[k] = tail_at[place - 1];
    if (it == tails.end()) {
      tails.push_back(a_of_pair[k]);
      tail_at.push_back(k);
    } else {
      *it = a_of_pair[k];
      tail_at[place] = k;
    }
  }
  std::vector<bool> moved(n, true);
  for (int k = tail_at.empty() ? -1 : tail_at.back(); k >= 0; k = previous[k]) moved[k] = false;
  return moved;
}

double similarity(std::string_view a, std::string_view b) {
  const auto wa = words(a), wb = words(b);
  if (wa.empty() && wb.empty()) return 1.0;
  std::size_t common = 0, i = 0, j = 0;
  while (i < wa.size() && j < wb.size()) {
    if (wa[i] == wb[j]) {
      ++common, ++i, ++j;
    } else if (wa[i] < wb[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(wa.size() + wb.size());
}

SameSource::SameSource(const model::Repository& a, const model::Repository& b)
    : a_(a),
      b_(b),
      read_alike_(model::reading_settings(a.config) == model::reading_settings(b.config)) {}

bool SameSource::operator()(model::Location x, model::Location y) const {
  const auto& fx = a_.files[x.file];
  const auto& fy = b_.files[y.file];
  const bool same_bytes = (!fx.object.empty() && fx.object == fy.object) ||
                          (!fx.content_hash.empty() && fx.content_hash == fy.content_hash);
  return read_alike_ && same_bytes && x.line == y.line && x.column == y.column;
}

std::string normal(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::optional<std::string> shown(const std::optional<model::Text>& text) {
  if (!text || !text->valid) return std::nullopt;
  return text->value;
}

std::optional<std::string> shown(const model::TextList& list) {
  if (!list.present) return std::nullopt;
  std::string out;
  for (const auto& item : list.items) out += (out.empty() ? "" : "; ") + item.value;
  return out;
}

std::string duration_text(std::int64_t seconds) {
  const std::int64_t minutes = seconds / 60, rest = seconds % 60;
  std::string out;
  if (minutes >= 60) out = fmt::format("{} jam", minutes / 60);
  if (minutes % 60 || (out.empty() && !rest)) {
    out += fmt::format("{}{} menit", out.empty() ? "" : " ", minutes % 60);
  }
  if (rest) out += fmt::format("{}{} detik", out.empty() ? "" : " ", rest);
  return out;
}

std::optional<std::string> shown(const std::optional<model::Located<model::Duration>>& d) {
  const auto* value = model::readable(d);
  if (!value) return std::nullopt;
  return duration_text(value->seconds);
}

std::optional<std::string> shown(const std::optional<model::Located<model::Volume>>& v) {
  const auto* value = model::readable(v);
  if (!value) return std::nullopt;
  return value->written;
}

std::optional<std::string> shown(const std::optional<model::Located<model::Date>>& d) {
  const auto* value = model::readable(d);
  if (!value) return std::nullopt;
  return value->str();
}

std::optional<std::string> shown(const std::optional<model::Located<std::int64_t>>& n) {
  const auto* value = model::readable(n);
  if (!value) return std::nullopt;
  return std::to_string(*value);
}

std::optional<std::string> shown(const std::optional<model::Approver>& approver) {
  if (!approver) return std::nullopt;
  if (approver->text) return shown(approver->text);
  std::string out;
  for (const auto* part :
       {&approver->acting, &approver->position, &approver->name, &approver->nip}) {
    if (auto text = shown(*part)) out += (out.empty() ? "" : ", ") + *text;
  }
  return out;
}

void add_field(std::vector<Field>& fields, std::string name, std::optional<std::string> before,
               std::optional<std::string> after) {
  if (before == after) return;
  fields.push_back({std::move(name), std::move(before), std::move(after)});
}

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::Added:
      return "added";
    case Kind::Removed:
      return "removed";
    case Kind::Changed:
      break;
  }
  return "changed";
}

}  // namespace tatakerja::diff
