// Internal: the baseline file's syntax, both ways: quoting strings for it
// and reading its entries back (through yaml::parse).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/report/baseline.hpp"

namespace tatakerja::report {

// `text` as a YAML double-quoted scalar, quotes included: `"` and `\` are
// escaped, so are tab, CR, LF (\t \r \n), the other control characters and
// DEL (\xNN), C1 controls incl. NEL (\xNN), U+2028/U+2029 and U+FFFE/U+FFFF
// (\uXXXX); bytes that are not UTF-8 become U+FFFD.
std::string yaml_quote(std::string_view text);

// The entries of a baseline file, in file order. Throws std::runtime_error
// "NAME:LINE:COL: what is wrong" when `text` is not a baseline file: not
// YAML, not one mapping, a `version` other than 1, `findings` not a list,
// an entry that is not a mapping, lacks file, rule or fingerprint, or has an
// unknown key. `message` is optional.
std::vector<BaselineEntry> read_baseline_entries(std::string_view text, std::string_view name);

}  // namespace tatakerja::report
