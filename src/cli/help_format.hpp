// `--help` text that fits the terminal: CLI11 2.1's formatter pads the
// option column but never wraps a description, so long ones ran past the
// right edge. This one wraps descriptions (and the program's description)
// at word boundaries to the terminal's width.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>
#include <vector>

namespace tatakerja::cli {

// The width to wrap help at: COLUMNS if it is a number, else the width of
// the terminal on stdout, else 80; always within 60..120.
std::size_t help_width();

class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(std::size_t width) : width_(width) {}

  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_description(const CLI::App* app) const override;

 private:
  // "  NAME" in the first column, then the description wrapped beside it.
  std::string two_columns(const std::string& name, const std::string& description) const;

  std::size_t width_;
};

}  // namespace tatakerja::cli
