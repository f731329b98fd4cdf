// XML 1.0 output that knows nothing of SOPs: escaping text for element
// content and attribute values.
#pragma once

#include <string>
#include <string_view>

namespace tatakerja::util {

// `text` fit for XML 1.0 element content and (double- or single-quoted)
// attribute values alike:
// - & < > " ' become &amp; &lt; &gt; &quot; &apos;
// - tab, line feed and carriage return become &#9; &#10; &#13; (so an
//   attribute value keeps them through attribute-value normalisation)
// - the other C0 control characters, which XML 1.0 forbids even as
//   character references, are shown as text: \xNN (lower-case hex), like
//   util::escape_control does for terminals; so are DEL and the C1 controls
//   (U+0080..U+009F, as \xc2\xNN), which XML allows but HTML makes a
//   parse error and no reader can see
// - U+FFFE and U+FFFF (also forbidden) and bytes that are not UTF-8 become
//   U+FFFD
std::string xml_escape(std::string_view text);

}  // namespace tatakerja::util
