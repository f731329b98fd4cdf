// Text made safe for GitHub-flavoured Markdown: the one escaper for every
// place user text lands in Markdown (the book's headings, paragraphs, list
// items, table cells and link text, and workload's tables), and anchor ids.
#pragma once

#include <string>
#include <string_view>

namespace tatakerja::util::markdown {

// `text` as inline Markdown that reads as the text itself: Markdown
// punctuation (\ ` * _ [ ] | ~ $ #) backslash-escaped, < > & as entities,
// a leading - + = or "12." / "12)" escaped so that it starts no list,
// the ':' of "http://"/"https://" and the '.' of "www." escaped so that
// GFM makes no autolink of them (an e-mail address may still become a
// mailto: link),
// control characters and bytes that are not UTF-8 as \xNN
// (util::escape_control), tabs as spaces, surrounding blanks trimmed.
// Line breaks (\n, \r\n, \r) become a space: for headings, link text and
// list items.
std::string inline_text(std::string_view text);

// The same, but line breaks become <br>: for table cells and paragraphs.
// The result never contains a line break or an unescaped '|', so a table
// row keeps its column count.
std::string cell(std::string_view text);

// An HTML id / URL fragment made of `prefix` and `id`: letters, digits, '-'
// and '.' kept, every other byte as "_XX" (upper-case hex), so that two ids
// never share an anchor and the anchor needs no escaping anywhere.
std::string anchor(std::string_view prefix, std::string_view id);

}  // namespace tatakerja::util::markdown
