// The SOP AP procedure table: No | Kegiatan | one column a lane (Pelaksana)
// | Mutu Baku (Kelengkapan, Waktu, Output) | Keterangan, with the flowchart
// laid over the lane columns as one SVG a table part, and after the last
// step the Jumlah row of the Waktu column.
//
// Alignment without script: every column has a fixed width in px, every
// row an explicit height equal to the layout's row height, and the texts
// are wrapped here (flow::wrap, an upper bound of the drawn width) and
// joined with <br>, so the browser never needs to grow a row. The chart's
// cell spans the rows of its part and is exactly as tall as they are.
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "html.hpp"
#include "tatakerja/flow/diagram.hpp"
#include "tatakerja/flow/output.hpp"
#include "tatakerja/flow/text.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::render::html {

namespace {

constexpr int kFontPx = 10;      // the table's text
constexpr int kChartFontPx = 9;  // the chart's labels: the shapes carry the activity again
constexpr int kLineHeight = 13;
constexpr int kCellInset = 10;   // padding 4 + 4, a border each side
constexpr int kRowExtra = 9;     // padding above 4, room below 4, a border
constexpr int kHeaderInset = 6;  // a header cell's padding 2 + 2, a border, a px to spare
// Header text is bold, wider than flow::text_width's regular estimate.
constexpr double kBoldShare = 0.88;
constexpr int kPortraitWidth = 700;
constexpr int kLandscapeWidth = 1030;
constexpr int kMinLane = 80;
constexpr int kMaxLane = 160;
constexpr int kPortraitLane = 110;  // narrower lanes than this: landscape
// Lanes of small, empty symbols (shape_text none): narrower, the width
// they leave goes to Kegiatan, which holds the text.
constexpr int kMinEmptyLane = 64;
constexpr int kMaxEmptyLane = 90;
// The tallest part that prints on one A4 page under its table header (px at
// 96 dpi: the page less its margins, the header rows and a little room).
constexpr int kPortraitHeight = 890;
constexpr int kLandscapeHeight = 600;

// Widths of No, Kegiatan, Kelengkapan, Waktu, Output, Keterangan.
struct Columns {
  int no, activity, requirements, time, output, notes;
  int fixed() const { return no + activity + requirements + time + output + notes; }
};
constexpr Columns kPortrait{24, 130, 90, 44, 80, 72};
constexpr Columns kLandscape{24, 150, 100, 48, 100, 76};

// The texts of one step's row, wrapped to their columns.
struct RowText {
  std::vector<std::string> activity, requirements, time, output, notes;
  std::vector<std::string> question;  // a decision's, in bold under the activity
  std::size_t lines() const {
    return std::max({std::size_t{1}, activity.size() + question.size(), requirements.size(),
                     time.size(), output.size(), notes.size()});
  }
};

std::vector<std::string> wrapped(std::string_view text, int width) {
  return flow::wrap(text, width - kCellInset, kFontPx);
}

RowText row_text(const Context& c, const model::Step& step, const Columns& w) {
  RowText t;
  if (step.activity) {
    t.activity = wrapped(step.activity->value, w.activity);
  } else if (step.decision) {
    t.activity = wrapped(step.decision->value, w.activity);
  }
  // The question too, as the Markdown book shows it: the diamond may be
  // empty (shape_text none). Bold text is wider than the estimate.
  const bool asks = step.activity && step.decision && !step.decision_is_activity &&
                    step.decision->value.find_first_not_of(" \t\r\n") != std::string::npos;
  if (asks) {
    t.question = flow::wrap(step.decision->value, (w.activity - kCellInset) * kBoldShare, kFontPx);
  }
  const bool bullets = step.requirements.items.size() > 1;
  for (const auto& item : step.requirements.items) {
    auto lines = wrapped((bullets ? "- " : "") + item.value, w.requirements);
    t.requirements.insert(t.requirements.end(), lines.begin(), lines.end());
  }
  if (step.time) {  // unreadable: "-", as the other formats (never "0 menit")
    t.time = wrapped(time_text(step.time, c.book.options.language).value_or(c.l.none), w.time);
  }
  if (step.output) t.output = wrapped(step.output->value, w.output);
  if (step.notes) t.notes = wrapped(step.notes->value, w.notes);
  return t;
}

struct Plan {
  Columns w = kPortrait;
  bool landscape = false;
  std::vector<RowText> rows;
  flow::Diagram diagram;
};

flow::LayoutOptions layout_options(const Context& c, int lane_width) {
  flow::LayoutOptions o;
  o.rows_per_page =
      static_cast<int>(std::max<std::int64_t>(0, c.repo.config.handbook.rows_per_page));
  o.lane_width = lane_width;
  o.font_px = kChartFontPx;
  o.yes = c.l.yes;
  o.no = c.l.no;
  o.end_label = util::upper_first_ascii(c.l.flow_end);  // "Selesai", "End"
  o.shape_text = c.repo.config.handbook.shape_text;
  return o;
}

int tallest(const flow::Diagram& diagram) {
  int height = 0;
  for (const auto& page : diagram.pages) height = std::max(height, page.height);
  return height;
}

// Fewer steps a part than rows_per_page when a part would not print whole
// on one page (the chart cannot be cut across pages).
void fit_pages(const Context& c, const model::Sop& sop, flow::LayoutOptions& options, Plan& plan) {
  const int limit = plan.landscape ? kLandscapeHeight : kPortraitHeight;
  int per = options.rows_per_page > 0 ? options.rows_per_page : static_cast<int>(sop.steps.size());
  bool first = true;  // first a guess in proportion, then one step less at a time
  for (int height = tallest(plan.diagram); height > limit && per > 1;
       height = tallest(plan.diagram), first = false) {
    per = first ? std::clamp(per * limit / height + 1, 1, per - 1) : per - 1;
    options.rows_per_page = per;
    plan.diagram = flow::layout(c.repo, sop, options);
  }
}

// Lane width and orientation: portrait when the lanes get at least
// kPortraitLane there (kMinEmptyLane for empty symbols), else landscape
// (lanes at least kMinLane, or kMinEmptyLane). Empty symbols' lanes are at
// most kMaxEmptyLane wide, and Kegiatan takes what they leave.
Plan plan_of(const Context& c, const model::Sop& sop) {
  Plan plan;
  const bool empty = c.repo.config.handbook.shape_text == model::ShapeText::None;
  const int narrowest = empty ? kMinEmptyLane : kMinLane;
  const int widest = empty ? kMaxEmptyLane : kMaxLane;
  auto options = layout_options(c, kPortraitLane);
  const auto probe = flow::layout(c.repo, sop, options);
  const int lanes = std::max<int>(1, static_cast<int>(probe.lanes.size()));
  const int channels = probe.pages.empty() ? 0 : probe.pages[0].width - lanes * kPortraitLane;
  int room = kPortraitWidth - 1 - kPortrait.fixed() - channels;
  if (room / lanes < (empty ? kMinEmptyLane : kPortraitLane)) {
    plan.landscape = true;
    plan.w = kLandscape;
    room = kLandscapeWidth - 1 - kLandscape.fixed() - channels;
  }
  const int lane = std::clamp(room / lanes, narrowest, widest);
  if (empty) plan.w.activity += std::max(0, room - lane * lanes);
  options.lane_width = lane;
  for (const auto& step : sop.steps) {
    plan.rows.push_back(row_text(c, step, plan.w));
    options.row_heights.push_back(static_cast<int>(plan.rows.back().lines()) * kLineHeight +
                                  kRowExtra);
  }
  plan.diagram = flow::layout(c.repo, sop, options);
  fit_pages(c, sop, options, plan);
  return plan;
}

void col(std::string& out, int width) {
  out += fmt::format("<col style=\"width:{}px\">", width);
}

void header(std::string& out, const Context& c, const Plan& p, bool draft) {
  const auto& l = c.l;
  // The Pelaksana group holds the lane columns and nothing else: arrows
  // that skip rows run in the outer lanes' margins (flow/diagram.hpp).
  const int lane_cols = static_cast<int>(p.diagram.lanes.size());
  out += "<colgroup>";
  col(out, p.w.no);
  col(out, p.w.activity);
  for (const auto& lane : p.diagram.lanes) col(out, lane.width);
  for (int w : {p.w.requirements, p.w.time, p.w.output, p.w.notes}) col(out, w);
  out += "</colgroup>\n<thead>";
  if (draft) {
    out += fmt::format("<tr class=\"draftrow\"><th colspan=\"{}\">{}</th></tr>", lane_cols + 6,
                       l.draft);
  }
  out += fmt::format(
      "<tr><th rowspan=\"2\">{}</th><th rowspan=\"2\">{}</th><th colspan=\"{}\">{}</th>"
      "<th colspan=\"3\">{}</th><th rowspan=\"2\">{}</th></tr>\n<tr>",
      l.number, l.activity, lane_cols, l.executor, l.quality_standard, l.notes);
  for (const auto& lane : p.diagram.lanes) {
    // The header's height is free, but the browser may not break a word
    // (the stylesheet forbids it): wrapped here, a word hyphenated at a
    // syllable when it is wider than the column.
    out += "<th>";
    esc_lines(out, flow::wrap(lane.name, (lane.width - kHeaderInset) * kBoldShare, kFontPx));
    out += "</th>";
  }
  out += fmt::format("<th>{}</th><th>{}</th><th>{}</th></tr></thead>\n", l.requirements, l.time,
                     l.step_output);
}

void cell(std::string& out, const char* cls, const std::vector<std::string>& lines) {
  out += cls;
  esc_lines(out, lines);
  out += "</td>";
}

// An id for the SVG's markers, unique in the book: the SOP's id with every
// character but letters, digits and '-' escaped.
std::string chart_id(const model::Sop& sop, std::size_t page) {
  std::string id = "f-";
  for (const unsigned char ch : sop.doc.id.value) {
    const bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                      (ch >= '0' && ch <= '9') || ch == '-';
    id += keep ? std::string(1, static_cast<char>(ch)) : fmt::format("_{:02X}", ch);
  }
  return id + "-p" + std::to_string(page + 1) + "-";
}

void chart_cell(std::string& out, const model::Sop& sop, const Plan& p, std::size_t page_no,
                std::size_t rows) {
  const auto& page = p.diagram.pages[page_no];
  const int lane_cols = static_cast<int>(p.diagram.lanes.size());
  out += fmt::format("<td class=\"chart\" rowspan=\"{}\" colspan=\"{}\">", rows, lane_cols);
  std::ostringstream svg;
  flow::write_svg(p.diagram, page, {false, chart_id(sop, page_no), sop.title.value}, svg);
  out += svg.str();
  out += "</td>";
}

void empty_row(std::string& out, int height, bool first, const std::string& chart) {
  out += fmt::format("<tr style=\"height:{}px\"><td></td><td></td>", height);
  if (first) out += chart;
  out += "<td class=\"mb\"></td><td></td><td></td><td></td></tr>\n";
}

void step_row(std::string& out, const Plan& p, const flow::Row& row, const std::string* chart) {
  const auto& t = p.rows[row.step];
  out += fmt::format("<tr style=\"height:{}px\"><td class=\"c\">{}</td>", row.height, row.step + 1);
  out += "<td>";
  esc_lines(out, t.activity);
  if (!t.question.empty()) {
    out += t.activity.empty() ? "<b>" : "<br><b>";
    esc_lines(out, t.question);
    out += "</b>";
  }
  out += "</td>";
  if (chart != nullptr) out += *chart;
  cell(out, "<td class=\"mb\">", t.requirements);
  cell(out, "<td class=\"c\">", t.time);
  cell(out, "<td>", t.output);
  cell(out, "<td>", t.notes);
  out += "</tr>\n";
}

// After the last step: Jumlah, the total of the Waktu column (handbook.md),
// under Waktu; "-" when it could not be made.
void total_row(std::string& out, const Context& c, const model::Sop& sop, const Plan& p) {
  const int lane_cols = static_cast<int>(p.diagram.lanes.size());
  const auto total = total_time(c.repo, sop, c.book.options.language);
  out += fmt::format("<tr class=\"total\"><th colspan=\"{}\">{}</th>", lane_cols + 3, c.l.total);
  out += "<td class=\"c\"><b>";
  esc_lines(out, wrapped(total.text.value_or(c.l.none), p.w.time));
  out += "</b></td><td></td><td></td></tr>\n";
}

int table_width(const Plan& p) {
  return 1 + p.w.fixed() + (p.diagram.pages.empty() ? 0 : p.diagram.pages[0].width);
}

void part(std::string& out, const Context& c, int s, const Plan& p, std::size_t page_no,
          bool draft) {
  const auto& sop = c.repo.sops[s];
  const auto& page = p.diagram.pages[page_no];
  // An anchor a part, for links to the table itself: "#sop-ID-procedure",
  // then "#sop-ID-procedure-2", …
  std::string anchor = sop_anchor(c, s) + "-procedure";
  if (page_no > 0) anchor += "-" + std::to_string(page_no + 1);
  out += fmt::format(
      "<div class=\"scroll whole{}\" id=\"{}\"><table class=\"proc\" style=\"width:{}px\">",
      page_no > 0 ? " part" : "", anchor, table_width(p));
  // Every printed page of the table names its SOP, so that a loose page
  // can be identified (handbook.md).
  out += "<caption class=\"sopname\">";
  if (sop.number) {
    esc_number(out, sop.number->value);
    out += " — ";
  }
  esc(out, sop.title.value);
  if (p.diagram.pages.size() > 1) {
    out += fmt::format(" <span class=\"pageno\">({} {} {} {})</span>", c.l.page_of, page_no + 1,
                       c.l.of_pages, p.diagram.pages.size());
  }
  out += "</caption>";
  header(out, c, p, draft);
  out += "<tbody>\n";
  const std::size_t rows =
      page.rows.size() + (page.strip_above > 0 ? 1 : 0) + (page.strip_below > 0 ? 1 : 0);
  std::string chart;
  chart_cell(chart, sop, p, page_no, rows);
  bool first = true;
  if (page.strip_above > 0) {
    empty_row(out, page.strip_above, true, chart);
    first = false;
  }
  for (const auto& row : page.rows) {
    step_row(out, p, row, first ? &chart : nullptr);
    first = false;
  }
  if (page.strip_below > 0) empty_row(out, page.strip_below, first, chart);
  if (page_no + 1 == p.diagram.pages.size()) total_row(out, c, sop, p);
  out += "</tbody></table></div>\n";
}

// Under the table, as printed SOPs footnote a team's lane: "Anggota TIM:
// Kepala Subbagian Tata Usaha, Perencana".
void role_members(std::string& out, const Context& c, const model::Sop& sop) {
  for (int r : roles_with_members(c.repo, sop)) {
    const auto& role = c.repo.roles[r];
    out += "<p class=\"members\">";
    out += c.l.members_of;
    out += ' ';
    esc(out, role.name.value);
    out += ':';
    for (std::size_t i = 0; i < role.member_refs.size(); ++i) {
      const int p = role.member_refs[i];
      out += i > 0 ? ", " : " ";
      position_link(out, c, p, c.repo.positions[p].name.value);
    }
    out += "</p>\n";
  }
}

}  // namespace

bool write_procedure(std::string& out, const Context& c, int s) {
  const auto& sop = c.repo.sops[s];
  if (sop.steps.empty()) {
    out += "<p class=\"muted\">";
    out += c.l.none;
    out += "</p>\n";
    return false;
  }
  const Plan plan = plan_of(c, sop);
  for (std::size_t page = 0; page < plan.diagram.pages.size(); ++page) {
    part(out, c, s, plan, page, c.book.is_draft(s));
  }
  role_members(out, c, sop);
  return plan.landscape;
}

}  // namespace tatakerja::render::html
