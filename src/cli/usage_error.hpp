// CLI11's parse errors in the house style of tatakerja's own messages
// (lower case, the option and the value named, what to do): CLI11 2.1
// writes "The following argument was not expected: --bogus" and
// "--format: xml not in {text,json}"; we write "unknown option `--bogus`"
// and "--format xml: `xml` is not one of text or json".
#pragma once

#include <string>
#include <vector>

namespace tatakerja::cli {

// `message` is CLI::Error::what(); `commands` the names of the commands.
std::string usage_message(const std::string& message, const std::vector<std::string>& commands);

}  // namespace tatakerja::cli
