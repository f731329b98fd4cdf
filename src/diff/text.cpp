// The text format: for a terminal. Each document that changed gets a line
// starting with its mark (+ added, - removed, ~ changed), then its changes
// indented below it; a summary line comes first, as `git diff --stat`
// ends with one. Colour (when asked) marks only the sign and the mark.
#include "tatakerja/util/text.hpp"

#include <fmt/format.h>

#include "writers.hpp"

namespace tatakerja::diff {

namespace {

class TextWriter {
 public:
  TextWriter(const OutputOptions& options, std::ostream& out) : color_(options.color), out_(out) {}

  void summary(const Changes& changes, const OutputOptions& options) {
    out_ << fmt::format("tatakerja diff {} -> {}\n", options.before, options.after);
    if (changes.empty()) {
      out_ << "no change in meaning\n";
      return;
    }
    const auto s = summarise(changes);
    count_line("SOPs", s.sops);
    count_line("units", s.units);
    count_line("positions", s.positions);
    count_line("duties", s.duties);
    count_line("employees", s.employees);
    if (s.workload_rows) out_ << fmt::format(" {:<10} {} rows changed\n", "ABK", s.workload_rows);
    if (s.new_findings || s.gone_findings) {
      out_ << fmt::format(" {:<10} {} new, {} gone\n", "findings",
                          paint(std::to_string(s.new_findings), s.new_findings ? kRed : ""),
                          paint(std::to_string(s.gone_findings), s.gone_findings ? kGreen : ""));
    }
  }

  void sop(const SopChange& c) {
    std::string notes;
    if (c.renamed && c.kind == Kind::Changed) notes += ", renamed";
    if (c.adopted) notes += ", adopted";
    const auto& id = c.kind == Kind::Removed ? c.id_before : c.id_after;
    heading(c.kind, fmt::format("SOP {}: {}", clean(id), clean(c.title)), notes);
    const bool whole = c.kind != Kind::Changed;
    fields(c.identity, 2, whole);
    fields(c.fields, 2, whole);
    if (whole && (c.time_before || c.time_after)) {
      line(2, "main path time: " + value_or_none(c.time_before ? c.time_before : c.time_after));
    } else if (c.time_before || c.time_after) {
      line(2, fmt::format("main path time: {} -> {}", value_or_none(c.time_before),
                          value_or_none(c.time_after)));
    }
    for (const auto& s : c.steps) step(s, whole);
  }

  void unit(const UnitChange& c) {
    heading(c.kind, fmt::format("unit {}: {}", clean(c.id), clean(c.name)), "");
    fields(c.fields, 2);
  }

  void position(const PositionChange& c) {
    heading(c.kind, fmt::format("position {}: {}", clean(c.id), clean(c.name)), "");
    fields(c.fields, 2);
    for (const auto& d : c.duties) duty(d, c.id);
  }

  void workload(const std::vector<WorkloadChange>& rows) {
    if (rows.empty()) return;
    out_ << fmt::format("\n{} ABK\n", paint("~", kYellow));
    for (const auto& row : rows) {
      const std::string name = row.level == WorkloadChange::Level::Office
                                   ? "office"
                                   : fmt::format("{} {}", level_name(row.level), clean(row.id));
      line(2, name + ":");
      for (const auto& f : row.figures) {
        std::string text =
            fmt::format("{}: {} -> {}", f.name, value_or_none(f.before), value_or_none(f.after));
        if (!f.delta.empty()) text += " (" + signed_paint(f.delta) + ")";
        line(4, text);
      }
    }
  }

  void employee(const EmployeeChange& c) {
    heading(c.kind, fmt::format("employee {}: {}", clean(c.id), clean(c.name)), "");
    if (c.kind == Kind::Changed) {
      if (c.position) line(2, field_text(*c.position));
      if (c.unit) line(2, field_text(*c.unit));
    }
    for (const auto& d : c.gained) line(2, paint("+", kGreen) + " duty " + clean(d));
    for (const auto& d : c.lost) line(2, paint("-", kRed) + " duty " + clean(d));
  }

  void findings(const Changes& changes) {
    if (changes.new_findings.empty() && changes.gone_findings.empty()) return;
    out_ << fmt::format("\n{} findings\n", paint("~", kYellow));
    for (const auto& f : changes.new_findings) finding("+", kRed, f);
    for (const auto& f : changes.gone_findings) finding("-", kGreen, f);
  }

 private:
  // Bold colours, as validate's report writes them.
  static constexpr const char* kRed = "\x1b[1;31m";
  static constexpr const char* kGreen = "\x1b[1;32m";
  static constexpr const char* kYellow = "\x1b[1;33m";

  std::string paint(const std::string& text, const char* colour) const {
    if (!color_ || !*colour) return text;
    return std::string(colour) + text + "\x1b[0m";
  }

  std::string signed_paint(const std::string& delta) const {
    if (delta.starts_with("+")) return paint(delta, kGreen);
    if (delta.starts_with("-")) return paint(delta, kRed);
    return delta;
  }

  static std::string clean(std::string_view text) { return util::escape_control(text); }

  static const char* mark(Kind kind) {
    return kind == Kind::Added ? "+" : kind == Kind::Removed ? "-" : "~";
  }

  const char* colour_of(Kind kind) const {
    return kind == Kind::Added ? kGreen : kind == Kind::Removed ? kRed : kYellow;
  }

  void count_line(const char* what, const Count& c) {
    if (!c.total()) return;
    out_ << fmt::format(" {:<10} {} changed, {} added, {} removed\n", what, c.changed,
                        paint(std::to_string(c.added), c.added ? kGreen : ""),
                        paint(std::to_string(c.removed), c.removed ? kRed : ""));
  }

  void heading(Kind kind, const std::string& text, const std::string& notes) {
    out_ << fmt::format("\n{} {} ({}{})\n", paint(mark(kind), colour_of(kind)), text,
                        kind_name(kind), notes);
  }

  void line(int indent, const std::string& text) {
    out_ << std::string(static_cast<std::size_t>(indent), ' ') << text << '\n';
  }

  // `whole`: of a document on one side only, shown as its value alone.
  static std::string field_text(const Field& f, bool whole = false) {
    if (whole)
      return fmt::format("{}: {}", f.name, clean(value_or_none(f.before ? f.before : f.after)));
    return fmt::format("{}: {} -> {}", f.name, clean(value_or_none(f.before)),
                       clean(value_or_none(f.after)));
  }

  void fields(const std::vector<Field>& list, int indent, bool whole = false) {
    for (const auto& f : list) line(indent, field_text(f, whole));
  }

  void step(const StepChange& s, bool whole) {
    std::string text = fmt::format("{} step {}: {}", paint(mark(s.kind), colour_of(s.kind)),
                                   step_places(s), clean(s.text));
    if (s.moved) text += " (moved)";
    line(2, text);
    fields(s.fields, 6, whole);
  }

  void duty(const DutyChange& d, const std::string& position) {
    std::string text =
        fmt::format("{} duty {}: {}", paint(mark(d.kind), colour_of(d.kind)),
                    clean(d.kind == Kind::Removed ? d.id_before : d.id_after), clean(d.text));
    if (d.moved && d.position_after == position)
      text += " (moved from " + clean(d.position_before) + ")";
    line(2, text);
    fields(d.fields, 6);
  }

  void finding(const char* sign, const char* colour, const Finding& f) {
    line(2, fmt::format("{} {}:{}: {}: {} [{}]", paint(sign, colour), clean(f.file), f.line,
                        diag::severity_name(f.severity), clean(f.message), f.rule));
  }

  bool color_;
  std::ostream& out_;
};

}  // namespace

const char* level_name(WorkloadChange::Level level) {
  switch (level) {
    case WorkloadChange::Level::Position:
      return "position";
    case WorkloadChange::Level::Unit:
      return "unit";
    case WorkloadChange::Level::Office:
      break;
  }
  return "office";
}

std::string step_places(const StepChange& step) {
  if (step.kind == Kind::Removed) return std::to_string(step.number_before);
  if (step.kind == Kind::Added || step.number_before == step.number_after) {
    return std::to_string(step.number_after);
  }
  return fmt::format("{} -> {}", step.number_before, step.number_after);
}

void write_text(const Changes& changes, const OutputOptions& options, std::ostream& out) {
  TextWriter w(options, out);
  write_in_order(changes, options, w);
}

}  // namespace tatakerja::diff
