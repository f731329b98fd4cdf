// The book's Markdown writers escape through the one Markdown escaper,
// util/markdown.hpp, which workload's tables use too.
#pragma once

#include "tatakerja/util/markdown.hpp"

namespace tatakerja::render::md {

using util::markdown::anchor;
using util::markdown::cell;
using util::markdown::inline_text;

}  // namespace tatakerja::render::md
