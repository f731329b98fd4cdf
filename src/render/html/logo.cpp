// The organisation's logo (read by the loader: Repository::logo), inlined
// as a data: URI so that the book stays one self-contained file, and
// inlined once a file: the page defines it as an SVG <image> and each SOP's
// identity table shows it with <use>. Without a logo, the empty logo box.
// An SVG shown through <image> runs no script.

#include "html.hpp"

namespace tatakerja::render::html {

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 |
                       static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += kAlphabet[v >> 6 & 63];
    out += kAlphabet[v & 63];
  }
  if (const auto rest = bytes.size() - i; rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += rest == 2 ? kAlphabet[v >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

std::string logo_uri(const model::Repository& repo) {
  if (repo.logo.media_type.empty()) return {};
  return "data:" + repo.logo.media_type + ";base64," + base64(repo.logo.bytes);
}

void logo_definition(std::string& out, const Context& c) {
  if (c.logo.empty()) return;
  out +=
      "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs><image id=\"logo\" ";
  out += "width=\"100\" height=\"100\" preserveAspectRatio=\"xMidYMid meet\" href=\"";
  out += c.logo;  // base64: no character that needs escaping
  out += "\"/></defs></svg>\n";
}

void logo_use(std::string& out, const Context& c) {
  out +=
      "<svg class=\"logoimg\" width=\"100\" height=\"100\" viewBox=\"0 0 100 100\" role=\"img\" "
      "aria-label=\"";
  out += c.l.logo;
  out += "\"><use href=\"#logo\"/></svg>";
}

}  // namespace tatakerja::render::html
