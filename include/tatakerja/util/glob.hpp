// Glob patterns for include/exclude: `*` (not across '/'), `?` (one
// character), `[...]` (`[!...]` or `[^...]` negated, ranges `a-z`), and `**`
// as a whole segment (any number of folders, including none), on
// '/'-separated relative paths. A trailing `/**` matches everything under the
// folder but not the folder itself. Case-sensitive; time O(pattern × path).
#pragma once

#include <string_view>

namespace tatakerja::util {

bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace tatakerja::util
