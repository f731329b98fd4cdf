// The words of a usage error, in the house style of tatakerja's own
// messages (lower case, the option and the value named, what to do).
// parser.cpp finds out what CLI11 refused, from its exception's type and
// the option objects, and asks these for the message: CLI11 2.1 writes
// "--format: xml not in {text,json}", we write "--format xml: `xml` is
// not one of text or json".
#pragma once

#include <string>
#include <vector>

namespace tatakerja::cli {

// "--format xml: `xml` is not one of text or json; did you mean ...?"
std::string not_one_of(const std::string& option, const std::string& value,
                       const std::vector<std::string>& choices);

// "unknown option `--bogus`", or "unexpected arguments `a` and `b`".
std::string unexpected(const std::vector<std::string>& words);

// "--jobs many: `many` is not a valid value"
std::string not_a_valid_value(const std::string& option, const std::string& value);

std::string needs_a_value(const std::string& option);
std::string given_only_once(const std::string& option);
std::string no_command(const std::vector<std::string>& commands);
std::string missing_argument(const std::string& name);

// Any other message of CLI11's, with its first letter lowered when it
// starts a word ("File does not exist" but not "FILE").
std::string lower_first(const std::string& message);

}  // namespace tatakerja::cli
