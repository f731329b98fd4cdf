#include "reader.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "tatakerja/load/values.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.';
}

model::Text located(const yaml::Node& node) {
  return {node.scalar, node.loc};
}

}  // namespace

void Reader::error(model::Location loc, std::string message, std::string suggestion) {
  out_.push_back(diag::make(rule_, loc, std::move(message), std::move(suggestion)));
}

std::optional<std::string_view> Reader::scalar(std::string_view key, const yaml::Node& value,
                                               std::string_view what) {
  if (value.is_null() || value.type == yaml::Node::Type::Invalid) return std::nullopt;
  if (!value.is_scalar()) {
    error(value.loc, fmt::format("`{}` must be {}, not {}", key, what, value.type_name()));
    return std::nullopt;
  }
  return value.scalar;
}

std::optional<model::Text> Reader::text(std::string_view key, const yaml::Node& value) {
  if (!scalar(key, value, "text")) return std::nullopt;
  return located(value);
}

std::optional<model::Text> Reader::id(std::string_view key, const yaml::Node& value) {
  auto word = scalar(key, value, "an id");
  if (!word) return std::nullopt;
  if (word->empty()) {
    error(value.loc, fmt::format("`{}` is empty", key));
    return std::nullopt;
  }
  for (char c : *word) {
    if (!is_id_char(c)) {
      error(value.loc, fmt::format("`{}` is not a valid id: use letters, digits, `-`, `_` and `.`",
                                   util::escape_control(*word)));
      return std::nullopt;
    }
  }
  return located(value);
}

void Reader::required_text(std::string_view key, const yaml::Node& value, model::Text& target) {
  target.loc = value.loc;
  if (value.is_null() || (value.is_scalar() && value.scalar.empty())) {
    error(value.loc, fmt::format("`{}` is empty", key));
  } else if (auto t = text(key, value)) {
    target = std::move(*t);
  }
}

void Reader::required_id(std::string_view key, const yaml::Node& value, model::Text& target) {
  target.loc = value.loc;
  if (value.is_null()) {
    error(value.loc, fmt::format("`{}` is empty", key));
  } else if (auto t = id(key, value)) {
    target = std::move(*t);
  }
}

model::TextList Reader::text_list(std::string_view key, const yaml::Node& key_node,
                                  const yaml::Node& value) {
  model::TextList list;
  list.present = true;
  list.loc = key_node.loc;
  if (value.is_null()) return list;
  if (!expect_list(key, value, "a list of texts")) return list;
  for (const auto& item : value.items) {
    if (auto t = text(key, item)) list.items.push_back(std::move(*t));
  }
  return list;
}

model::TextList Reader::id_list(std::string_view key, const yaml::Node& key_node,
                                const yaml::Node& value) {
  model::TextList list;
  list.present = true;
  list.loc = key_node.loc;
  if (value.is_null()) return list;
  if (!expect_list(key, value, "a list of ids")) return list;
  for (const auto& item : value.items) {
    if (auto t = id(key, item)) list.items.push_back(std::move(*t));
  }
  return list;
}

template <class T, class Parse>
static std::optional<model::Located<T>> parse_with(Reader& reader,
                                                   std::optional<std::string_view> word,
                                                   const yaml::Node& value, Parse parse) {
  if (!word) return std::nullopt;
  auto parsed = parse(*word);
  if (!parsed.ok()) {
    reader.error(value.loc, parsed.error());
    return model::Located<T>{T{}, value.loc, false};  // present, but unreadable
  }
  return model::Located<T>{parsed.value(), value.loc};
}

// The letters of `word` appear in `unit` in order, starting with its first.
static bool is_abbreviation(std::string_view word, std::string_view unit) {
  if (word.empty() || unit.empty() || word[0] != unit[0]) return false;
  std::size_t at = 0;
  for (char c : word) {
    at = unit.find(c, at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
  return true;
}

// The nearest unit of time to a word of `text` that is none ("15 mnt":
// `menit`), or empty.
static std::string unit_suggestion(std::string_view text) {
  const auto units = duration_unit_words();
  for (std::size_t at = 0; at < text.size();) {
    const auto letter = [&](std::size_t i) {
      const char c = text[i];
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    if (!letter(at)) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && letter(end)) ++end;
    const std::string word = util::to_lower_ascii(text.substr(at, end - at));
    at = end;
    if (std::find(units.begin(), units.end(), word) != units.end()) continue;
    // Within two edits (one for a word of two letters), an abbreviation of
    // the unit first: "mnt" is `menit`, not `min`.
    const std::size_t limit = word.size() <= 2 ? 1 : 2;
    std::string_view best;
    std::pair<bool, std::size_t> best_key{true, limit + 1};
    for (const auto unit : units) {
      const std::pair<bool, std::size_t> key{!is_abbreviation(word, unit),
                                             util::edit_distance(word, unit)};
      if (key.second <= limit && key < best_key) {
        best = unit;
        best_key = key;
      }
    }
    if (!best.empty()) return std::string(best);
  }
  return {};
}

std::optional<model::Located<model::Duration>> Reader::duration(std::string_view key,
                                                                const yaml::Node& value) {
  const auto word = scalar(key, value, "a duration");
  if (!word) return std::nullopt;
  auto parsed = parse_duration(*word, config_.workload.hours_per_day);
  if (parsed.ok()) return model::Located<model::Duration>{parsed.value(), value.loc};
  std::string message = parsed.error();
  std::string guess = unit_suggestion(*word);
  message += util::did_you_mean(guess);
  error(value.loc, std::move(message), std::move(guess));
  return model::Located<model::Duration>{{}, value.loc, false};  // present, but unreadable
}

std::optional<model::Located<model::Date>> Reader::date(std::string_view key,
                                                        const yaml::Node& value) {
  return parse_with<model::Date>(*this, scalar(key, value, "a date"), value,
                                 [](std::string_view w) { return parse_date(w); });
}

std::optional<model::Located<std::int64_t>> Reader::count(std::string_view key,
                                                          const yaml::Node& value) {
  return parse_with<std::int64_t>(*this, scalar(key, value, "a number"), value,
                                  [](std::string_view w) { return parse_count(w); });
}

std::optional<model::Located<model::Volume>> Reader::volume(std::string_view key,
                                                            const yaml::Node& value) {
  return parse_with<model::Volume>(*this, scalar(key, value, "a number"), value,
                                   [&](std::string_view w) { return parse_volume(w); });
}

bool Reader::expect_mapping(std::string_view key, const yaml::Node& value, std::string_view what) {
  if (value.is_mapping()) return true;
  if (value.type != yaml::Node::Type::Invalid) {
    error(value.loc, fmt::format("`{}` must be {}, not {}", key, what, value.type_name()));
  }
  return false;
}

bool Reader::expect_list(std::string_view key, const yaml::Node& value, std::string_view what) {
  if (value.is_sequence()) return true;
  if (value.type != yaml::Node::Type::Invalid) {
    error(value.loc, fmt::format("`{}` must be {}, not {}", key, what, value.type_name()));
  }
  return false;
}

void Reader::unknown_key(const yaml::Node& key, std::span<const std::string_view> known,
                         std::string_view where) {
  std::string guess = util::suggest(key.scalar, known);
  std::string message =
      fmt::format("unknown key `{}` in {}", util::escape_control(key.scalar), where);
  message += util::did_you_mean(guess);
  if (!guess.empty()) suggested_.push_back(guess);
  error(key.loc, std::move(message), std::move(guess));
  if (!key.quoted) {  // about the key: it ends where its text does
    out_.back().end_line = key.loc.line;
    out_.back().end_column =
        key.loc.column + static_cast<std::uint32_t>(util::count_code_points(key.scalar));
  }
}

void Reader::unknown_choice(model::Location loc, std::string_view word, std::string message,
                            std::span<const std::string_view> choices) {
  std::string guess = util::suggest(word, choices);
  message += util::did_you_mean(guess);
  error(loc, std::move(message), std::move(guess));
}

bool Reader::was_suggested(std::string_view key) const {
  for (const auto& s : suggested_) {
    if (s == key) return true;
  }
  return false;
}

}  // namespace tatakerja::load
