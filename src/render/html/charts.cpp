// The recapitulation's charts as inline SVG, without script: staff required
// against existing staff by unit (grouped bars), and EJ by position over
// the A–E bands of workload.grades. Long lists are cut into several
// drawings so that each prints whole on a page.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "html.hpp"
#include "tatakerja/flow/text.hpp"

namespace tatakerja::render::html {

namespace {

constexpr int kWidth = 680;
constexpr int kLabelWidth = 210;
constexpr int kBarsX = 230;
constexpr int kBarsWidth = 380;
constexpr int kFont = 11;
constexpr int kLine = 14;
constexpr std::size_t kPerChart = 36;

using workload::to_double;

struct Bar {
  std::string label;  // user text, escaped when written
  std::vector<double> values;
  std::vector<std::string> texts;  // the value as shown at the bar's end
};

void svg_start(std::string& out, int height, std::string_view title) {
  out += fmt::format(
      "<div class=\"chart-svg\"><svg width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "role=\"img\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" "
      "font-size=\"{2}\"><title>",
      kWidth, height, kFont);
  esc(out, title);
  out += "</title>\n";
}

void label(std::string& out, const std::string& text, int y_mid) {
  const auto lines = flow::wrap(text, kLabelWidth, kFont);
  const int top = y_mid - static_cast<int>(lines.size()) * kLine / 2;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">", kLabelWidth + 10,
                       top + static_cast<int>(k) * kLine + 11);
    esc(out, lines[k]);
    out += "</text>";
  }
}

int x_of(double value, double max) {
  return kBarsX + static_cast<int>(std::lround(std::clamp(value / max, 0.0, 1.0) * kBarsWidth));
}

int group_height(const Bar& bar) {
  const int lines = static_cast<int>(flow::wrap(bar.label, kLabelWidth, kFont).size());
  return std::max(static_cast<int>(bar.values.size()) * 14 + 10, lines * kLine + 8);
}

// Horizontal bars, one group a label; `colours` a series each.
void bars(std::string& out, const std::vector<Bar>& groups, std::size_t from, std::size_t to,
          double max, int y, const std::vector<const char*>& colours) {
  for (std::size_t g = from; g < to; ++g) {
    const auto& bar = groups[g];
    const int h = group_height(bar);
    label(out, bar.label, y + h / 2);
    int by = y + (h - static_cast<int>(bar.values.size()) * 14) / 2;
    for (std::size_t v = 0; v < bar.values.size(); ++v, by += 14) {
      const int x = x_of(bar.values[v], max);
      if (bar.values[v] >= 0) {
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" fill=\"{}\"/>",
                           kBarsX, by, x - kBarsX, colours[v % colours.size()]);
      }
      out += fmt::format("<text x=\"{}\" y=\"{}\">", x + 4, by + 10);
      esc(out, bar.texts[v]);
      out += "</text>";
    }
    out += fmt::format("<path d=\"M{},{}H{}\" stroke=\"#e0e0e0\"/>\n", kBarsX - 4, y + h, kWidth);
    y += h;
  }
}

// Ticks 0, step, 2·step … up to `max`, with lines down to `bottom`.
void ticks(std::string& out, double max, double step, int top, int bottom, const BookLabels& l) {
  for (double t = 0; t <= max + 1e-9; t += step) {
    const int x = x_of(t, max);
    out += fmt::format(
        "<path d=\"M{},{}V{}\" stroke=\"#bbbbbb\"/><text x=\"{}\" y=\"{}\" "
        "text-anchor=\"middle\" fill=\"#555555\">{}</text>\n",
        x, top, bottom, x, top - 4, localised(fmt::format("{:g}", t), l));
  }
}

double nice_step(double max) {
  for (double step : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0}) {
    if (max / step <= 10) return step;
  }
  return std::ceil(max / 10 / 1000) * 1000;
}

void legend(std::string& out, const std::vector<std::pair<const char*, const char*>>& items) {
  int x = kBarsX;
  for (const auto& [colour, text] : items) {
    out += fmt::format(
        "<rect x=\"{}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"16\">{}</text>",
        x, colour, x + 16, text);
    x += 24 + static_cast<int>(flow::text_width(text, kFont));
  }
  out += "\n";
}

std::vector<Bar> staff_bars(const Context& c) {
  std::vector<Bar> out;
  const auto& a = *c.book.analysis;
  for (const auto& u : a.units) {
    bool any = false;
    for (int i : u.positions) any = any || c.position_in[a.positions[i].position];
    if (!any) continue;
    const auto required = u.own.required;
    out.push_back({u.unit >= 0 ? c.repo.units[u.unit].name.value : std::string(c.l.no_unit),
                   {to_double(required), static_cast<double>(u.own.staff)},
                   {three(required, c.l), workload::to_string(u.own.staff)}});
  }
  return out;
}

void staff_chart(std::string& out, const Context& c, std::ostream& os) {
  const auto groups = staff_bars(c);
  double max = 1;
  for (const auto& g : groups) max = std::max({max, g.values[0], g.values[1]});
  const double step = nice_step(max);
  max = std::ceil(max / step) * step;
  out += fmt::format("<h3>{}</h3>\n", c.l.required_vs_staff);
  for (std::size_t from = 0; from < groups.size(); from += kPerChart) {
    const std::size_t to = std::min(groups.size(), from + kPerChart);
    int height = 44;
    for (std::size_t g = from; g < to; ++g) height += group_height(groups[g]);
    svg_start(out, height + 6, c.l.required_vs_staff);
    legend(out, {{"#1f4e79", c.l.required}, {"#e08a1e", c.l.staff}});
    ticks(out, max, step, 40, height, c.l);
    bars(out, groups, from, to, max, 44, {"#1f4e79", "#e08a1e"});
    out += "</svg></div>\n";
    flush(out, os);
  }
}

std::vector<Bar> ej_bars(const Context& c) {
  std::vector<Bar> out;
  const auto& a = *c.book.analysis;
  for (const auto& p : a.positions) {
    if (!c.position_in[p.position]) continue;
    const auto ej = workload::effectiveness(p.figures.load, p.figures.staff, a.settings);
    const auto grade = workload::grade_of(ej, a.settings.grades);
    std::string text = ej ? three(*ej, c.l) + " (" + workload::grade_letter(*grade) + ")"
                          : std::string(c.l.vacant);
    out.push_back({c.repo.positions[p.position].name.value, {ej ? to_double(*ej) : -1.0}, {text}});
  }
  return out;
}

// The A–E bands behind the bars, lightest for the best.
void bands(std::string& out, const model::Grades& g, double max, int bottom) {
  const double d = g.d / 1000.0, cc = g.c / 1000.0, b = g.b / 1000.0, a = g.a / 1000.0;
  const struct {
    double from, to;
    const char* letter;
    const char* colour;
  } all[] = {{0, d, "E", "#f8d7d3"},
             {d, cc, "D", "#fbe5c8"},
             {cc, b, "C", "#fdf3c4"},
             {b, a, "B", "#dcefd0"},
             {a, max, "A", "#cfe3f3"}};
  for (const auto& band : all) {
    if (band.to <= band.from || band.from >= max) continue;
    const int x0 = x_of(band.from, max), x1 = x_of(std::min(band.to, max), max);
    out += fmt::format(
        "<rect x=\"{}\" y=\"22\" width=\"{}\" height=\"{}\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"16\" text-anchor=\"middle\" font-weight=\"bold\">{}"
        "</text>\n",
        x0, x1 - x0, bottom - 22, band.colour, (x0 + x1) / 2, band.letter);
  }
}

void ej_chart(std::string& out, const Context& c, std::ostream& os) {
  const auto groups = ej_bars(c);
  double max = 1.5;
  for (const auto& g : groups) max = std::max(max, g.values[0]);
  max = std::min(5.0, std::ceil(max * 4) / 4);
  out += fmt::format("<h3>{}</h3>\n", c.l.ej_by_position);
  for (std::size_t from = 0; from < groups.size(); from += kPerChart) {
    const std::size_t to = std::min(groups.size(), from + kPerChart);
    int height = 44;
    for (std::size_t g = from; g < to; ++g) height += group_height(groups[g]);
    svg_start(out, height + 6, c.l.ej_by_position);
    bands(out, c.book.analysis->settings.grades, max, height);
    ticks(out, max, 0.25, 40, height, c.l);
    bars(out, groups, from, to, max, 44, {"#1f4e79"});
    out += "</svg></div>\n";
    flush(out, os);
  }
}

}  // namespace

void write_charts(std::string& out, const Context& c, std::ostream& os) {
  staff_chart(out, c, os);
  ej_chart(out, c, os);
}

}  // namespace tatakerja::render::html
