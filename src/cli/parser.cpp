// The one file that includes CLI11. It builds the program from the command
// table, wraps --help to the terminal, walks the command tree for the
// completion scripts, and turns CLI11's parse errors into usage errors in
// our words (exit 2), from the type of its exception and the option
// objects, not from its English text where it can be helped.
#include "parser.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <array>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string_view>

#include "commands.hpp"
#include "help_format.hpp"
#include "state.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/version.hpp"
#include "usage_error.hpp"

namespace tatakerja::cli {

namespace {

constexpr const char* kProgramDescription =
    "tatakerja: duty descriptions, workload analysis (ABK) and SOPs as plain text";

class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(std::size_t width) : width_(width) {}

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return two_columns(make_option_name(opt, is_positional) + make_option_opts(opt),
                       make_option_desc(opt), column_width_, width_);
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    return two_columns(sub->get_display_name(true), sub->get_description(), column_width_, width_);
  }
  std::string make_description(const CLI::App* app) const override {
    return wrapped_lines(CLI::Formatter::make_description(app), width_);
  }

 private:
  std::size_t width_;
};

std::string version_text() {
  std::string text = fmt::format("tatakerja {}", kVersion);
  if (std::string_view(kGitRevision).size()) text += fmt::format(" (git {})", kGitRevision);
  return text;
}

// A value a choice refused, kept for the usage error.
struct Refusal {
  std::string option;
  std::string value;
  std::vector<std::string> choices;
};

// The program: CLI11's tree, built from the command table, and what the
// parse leaves behind.
class Program {
 public:
  Program();
  Program(const Program&) = delete;  // the tree's callbacks hold `this`
  Program& operator=(const Program&) = delete;
  int run(int argc, char** argv);

 private:
  CLI::Option* add(CLI::App& app, const Option& option);
  CLI::Option* add_choice(CLI::App& app, const Option& option, const Choice& choice);
  CompletionModel completion_model() const;
  CompletionOption completion_option(const CLI::Option& opt) const;
  CompletionCommand completion_command(const CLI::App& sub) const;
  int parse_error(const CLI::ParseError& e, int argc, char** argv) const;
  std::string message_of(const CLI::ParseError& e, std::vector<std::string>& about) const;
  const CLI::Option* option_named_in(const std::string& message) const;

  CLI::App app_{kProgramDescription, "tatakerja"};
  State state_;
  const Command* chosen_ = nullptr;
  std::map<const CLI::Option*, std::vector<std::string>> choices_;
  std::optional<Refusal> refusal_;
};

CLI::Option* Program::add_choice(CLI::App& app, const Option& option, const Choice& choice) {
  CLI::Option* opt = nullptr;
  if (choice.repeatable) {
    opt = app.add_option_function<std::vector<std::string>>(
        option.names,
        [take = choice.take](const std::vector<std::string>& words) {
          for (const auto& word : words) take(word);
        },
        option.description);
  } else {
    opt = app.add_option_function<std::string>(option.names, choice.take, option.description);
  }
  // CLI11's IsMember would do, but says what it refused only in English.
  // The description is IsMember's, so --help reads the same.
  const std::string name = opt->get_name();
  auto accepts = [this, name, words = choice.words](std::string& value) -> std::string {
    for (const auto& word : words) {
      if (word == value) return {};
    }
    refusal_ = Refusal{name, value, words};
    return "not one of the choices";
  };
  std::string set;
  for (const auto& word : choice.words) set += (set.empty() ? "" : ",") + word;
  opt->check(CLI::Validator(accepts, "{" + set + "}"));
  choices_[opt] = choice.words;
  return opt;
}

CLI::Option* Program::add(CLI::App& app, const Option& option) {
  bool repeatable = false;
  CLI::Option* opt = std::visit(
      [&](const auto& target) -> CLI::Option* {
        using T = std::decay_t<decltype(target)>;
        if constexpr (std::is_same_v<T, Choice>) {
          repeatable = target.repeatable;
          return add_choice(app, option, target);
        } else if constexpr (std::is_same_v<T, bool*>) {
          return app.add_flag(option.names, *target, option.description);
        } else {
          repeatable = std::is_same_v<T, std::vector<std::string>*>;
          return app.add_option(option.names, *target, option.description);
        }
      },
      option.target);
  // One value each time it is given, so that a PATH after a repeatable
  // option is not swallowed (`--format github sops/a.yaml`).
  if (repeatable && option.names.starts_with("-")) opt->allow_extra_args(false);
  if (!option.type_name.empty()) opt->type_name(option.type_name);
  if (option.required) opt->required();
  if (option.existing_file) opt->check(CLI::ExistingFile);
  return opt;
}

Program::Program() {
  // Before the subcommands are added: they take the formatter they find.
  app_.formatter(std::make_shared<HelpFormatter>(help_width()));
  app_.fallthrough();
  app_.option_defaults()->always_capture_default(false);
  for (const auto& option : global_options(state_)) add(app_, option);
  app_.set_version_flag("--version", version_text());
  app_.require_subcommand(1);
  for (const auto& command : commands()) {
    CLI::App* sub = app_.add_subcommand(command.name, command.description);
    for (const auto& option : command.options(state_)) add(*sub, option);
    sub->callback([this, &command] { chosen_ = &command; });
  }
  state_.completion_model = [this] { return completion_model(); };
}

// --- The completion model: the tree walked into plain data.

// Options whose value is a file although CLI11 types it as TEXT.
constexpr std::array<std::string_view, 3> kFileOptions{"--output", "--baseline",
                                                       "--write-baseline"};

ValueHint hint_of(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  const std::string base = type.substr(0, type.find(':'));
  if (base == "DIR") return ValueHint::Folder;
  if (base == "FILE" || base == "PATH") return ValueHint::File;
  for (const auto& name : opt.get_lnames()) {
    for (auto file_option : kFileOptions) {
      if ("--" + name == file_option) return ValueHint::File;
    }
  }
  if (opt.get_positional()) {  // named by what it takes: `init DIR`, `import FILE...`
    const std::string name = opt.get_name(true, false);
    if (name == "DIR") return ValueHint::Folder;
    if (name == "FILE" || name == "PATH") return ValueHint::File;
  }
  return ValueHint::None;
}

// A flag is an option that expects no value (CLI11 sets expected(0)).
bool takes_value(const CLI::Option& opt) {
  return opt.get_type_size_max() != 0 && opt.get_expected_max() != 0;
}

bool repeatable(const CLI::Option& opt) {
  return opt.get_items_expected_max() > 1;
}

CompletionOption Program::completion_option(const CLI::Option& opt) const {
  CompletionOption o;
  for (const auto& s : opt.get_snames()) o.names.push_back("-" + s);
  for (const auto& l : opt.get_lnames()) o.names.push_back("--" + l);
  o.description = opt.get_description();
  o.takes_value = takes_value(opt);
  o.repeatable = o.takes_value && repeatable(opt);
  if (o.takes_value) {
    if (auto it = choices_.find(&opt); it != choices_.end()) o.choices = it->second;
    o.hint = hint_of(opt);
  }
  return o;
}

CompletionCommand Program::completion_command(const CLI::App& sub) const {
  CompletionCommand c;
  c.name = sub.get_name();
  c.description = sub.get_description();
  for (const CLI::Option* opt : sub.get_options()) {
    if (opt->nonpositional()) {
      c.options.push_back(completion_option(*opt));
    } else if (opt->get_positional()) {
      CompletionPositional p;
      p.name = opt->get_name(true, false);
      p.description = opt->get_description();
      p.repeatable = repeatable(*opt);
      if (auto it = choices_.find(opt); it != choices_.end()) p.choices = it->second;
      p.hint = hint_of(*opt);
      c.positionals.push_back(std::move(p));
    }
  }
  return c;
}

CompletionModel Program::completion_model() const {
  CompletionModel model;
  model.program = app_.get_name();
  for (const CLI::Option* opt : app_.get_options()) {
    if (!opt->nonpositional()) continue;
    CompletionOption o = completion_option(*opt);
    o.top_only = opt == app_.get_help_ptr() || opt == app_.get_version_ptr();
    model.global.push_back(std::move(o));
  }
  for (const CLI::App* sub : app_.get_subcommands({})) {
    if (!sub->get_name().empty()) model.commands.push_back(completion_command(*sub));
  }
  return model;
}

// --- Usage errors.

bool takes_next_word(const CLI::Option* opt) {
  return opt != nullptr && takes_value(*opt);
}

// The first word that is not an option: the command the user meant.
std::string first_word(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (!arg.starts_with("-")) return std::string(arg);
    if (takes_next_word(app.get_option_no_throw(std::string(arg)))) ++i;
  }
  return {};
}

// The first word before the command that is not one of the program's
// options (`tatakerja --bogus` is an unknown option, not a missing command).
std::string unknown_global_option(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (!arg.starts_with("-")) return {};
    if (arg.starts_with("--")) arg = arg.substr(0, arg.find('='));
    const CLI::Option* opt = app.get_option_no_throw(arg);
    if (opt == nullptr && (arg.starts_with("--") || arg.size() == 2)) return arg;
    if (takes_next_word(opt) && std::string_view(argv[i]).find('=') == std::string_view::npos) {
      ++i;
    }
  }
  return {};
}

// Whether the error is about `word`, one of the program's own options or an
// unknown option written before the command: then `tatakerja --help` is
// the help to read.
bool about_global_option(const CLI::App& app, const std::string& word, int argc, char** argv) {
  if (!word.starts_with("-")) return false;
  if (app.get_option_no_throw(word) != nullptr) return true;
  for (int i = 1; i < argc && std::string_view(argv[i]).starts_with("-"); ++i) {
    if (word == argv[i]) return true;
  }
  return false;
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const auto& command : commands()) names.emplace_back(command.name);
  return names;
}

int usage_error(const std::string& message, const std::string& command = {}) {
  std::cerr << "tatakerja: error: " << util::escape_control(message) << "\n"
            << "Run `tatakerja " << (command.empty() ? "" : command + " ")
            << "--help` for usage.\n";
  return 2;
}

// The option of the program or of the command given that CLI11's message
// is about: CLI11 starts its ArgumentMismatch and ConversionError messages
// with the option's name, and names the option in nothing else.
const CLI::Option* Program::option_named_in(const std::string& message) const {
  std::vector<const CLI::App*> apps{&app_};
  for (const CLI::App* sub : app_.get_subcommands()) apps.push_back(sub);
  const CLI::Option* found = nullptr;
  for (const CLI::App* app : apps) {
    for (const CLI::Option* opt : app->get_options()) {
      const std::string name = opt->get_name();
      const bool named = message.starts_with(name + ":") ||
                         message.starts_with("Could not convert: " + name + " = ");
      if (named && (found == nullptr || name.size() > found->get_name().size())) found = opt;
    }
  }
  return found;
}

// CLI11's error in our words; `about` gets the options or arguments it is
// about.
std::string Program::message_of(const CLI::ParseError& e, std::vector<std::string>& about) const {
  const std::string what = e.what();
  if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr && refusal_) {
    about.push_back(refusal_->option);
    return not_one_of(refusal_->option, refusal_->value, refusal_->choices);
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    std::vector<std::string> extras = app_.remaining(false);
    for (const CLI::App* sub : app_.get_subcommands()) {
      if (extras.empty()) extras = sub->remaining(false);
    }
    if (!extras.empty()) {
      about = extras;
      return unexpected(extras);
    }
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    if (app_.get_subcommands().empty()) return no_command(command_names());
    for (const CLI::Option* opt : app_.get_subcommands().front()->get_options()) {
      if (opt->get_required() && opt->count() == 0) return missing_argument(opt->get_name());
    }
  }
  const CLI::Option* opt = option_named_in(what);
  if (opt != nullptr) about.push_back(opt->get_name());
  if (opt != nullptr && dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
    const std::string prefix = "Could not convert: " + opt->get_name() + " = ";
    if (what.starts_with(prefix))
      return not_a_valid_value(opt->get_name(), what.substr(prefix.size()));
  }
  if (opt != nullptr && dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
    // ArgumentMismatch is one type for "needs a value" and "given too
    // often"; only its text tells them apart.
    if (what.ends_with(" missing")) return needs_a_value(opt->get_name());
    if (what.starts_with(opt->get_name() + ": At Most 1 ")) return given_only_once(opt->get_name());
  }
  return lower_first(what);
}

// A parse error: an unknown command gets "did you mean", everything else
// CLI11 refuses is reported in our words; always exit 2.
int Program::parse_error(const CLI::ParseError& e, int argc, char** argv) const {
  const std::string word = first_word(app_, argc, argv);
  if (word.empty()) {
    if (auto option = unknown_global_option(app_, argc, argv); !option.empty()) {
      return usage_error(fmt::format("unknown option `{}`", option));
    }
  } else if (!is_command(word)) {
    return usage_error(unknown_command_message(word));
  }
  std::vector<std::string> about;
  const std::string message = message_of(e, about);
  const auto parsed = app_.get_subcommands();
  bool global = parsed.empty();
  for (const auto& word : about) global = global || about_global_option(app_, word, argc, argv);
  return usage_error(message, global ? std::string() : parsed.front()->get_name());
}

int Program::run(int argc, char** argv) {
  try {
    app_.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    const std::string word = first_word(app_, argc, argv);
    if (!word.empty() && !is_command(word)) return usage_error(unknown_command_message(word));
    return app_.exit(e);
  } catch (const CLI::ParseError& e) {
    return parse_error(e, argc, argv);
  }
  return chosen_->run(state_);
}

}  // namespace

int run(int argc, char** argv) {
  Program program;
  return program.run(argc, argv);
}

}  // namespace tatakerja::cli
