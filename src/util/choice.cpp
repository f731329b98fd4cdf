#include "tatakerja/util/choice.hpp"

namespace tatakerja::util {

std::string listed(std::span<const std::string> words, std::string_view last) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) {
      if (i + 1 == words.size()) {
        text += ' ';
        text += last;
        text += ' ';
      } else {
        text += ", ";
      }
    }
    text += words[i];
  }
  return text;
}

}  // namespace tatakerja::util
