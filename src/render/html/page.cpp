// The document shell: doctype, head with the one stylesheet (screen, phone
// width and print), body. Nothing external: no font, script or image.
#include "html.hpp"

namespace tatakerja::render::html {

namespace {

constexpr const char* kStyle = R"(
:root{color-scheme:light;print-color-adjust:exact;-webkit-print-color-adjust:exact}
html{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;font-size:12px;line-height:1.4;color:#000;background:#fff}
body{margin:0 auto;max-width:1060px;padding:12px 16px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:24px 0 8px}h3{font-size:14px;margin:18px 0 6px}h4{font-size:12px;margin:12px 0 4px}
h2,h3,h4{break-after:avoid}
a{color:#0645ad}
.scroll{overflow-x:auto;max-width:100%;margin:6px 0}
table{border-collapse:collapse}
th,td{border:1px solid #000;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#eee;font-weight:bold}
thead{display:table-header-group}
tr{break-inside:avoid}tr.head{break-after:avoid}
.num{text-align:right;white-space:nowrap}
.muted{color:#555}
.flag{color:#a00000;font-weight:bold}
.cover{text-align:center;padding:80px 0 40px;break-after:page}
nav.toc,section.recap,section.coverage,section.index,section.errors{break-before:page}
.cover .org{font-size:18px;font-weight:bold;text-transform:uppercase}
.cover h1{font-size:28px;margin:24px 0}
.cover table{margin:24px auto}
.toc ol{list-style:none;padding-left:16px;margin:2px 0}.toc>ol{padding-left:0}
.part{break-before:page}
.whole,table.figures{break-inside:avoid}
.position,.sop{break-before:page;position:relative}
table.recap,table.duties,table.coverage,table.index{width:100%}
table.recap td:first-child,table.recap th:first-child{width:32%}
.badge{display:inline-block;border:2px solid #c00000;color:#c00000;font-weight:bold;padding:0 6px;margin-left:8px;font-size:12px;vertical-align:middle}
.sop.draft{background-repeat:repeat-y;background-position:center top;background-size:100% 900px}
.draftrow th{color:#c00000;background:#fff;text-align:center;letter-spacing:4px}
.ident{width:100%;max-width:1030px;table-layout:fixed}
.ident td,.ident th,.duties td,.coverage td,.index td{overflow-wrap:normal;word-break:normal;hyphens:manual}
.anjab th{width:28%}
.ident td.logo{width:110px;text-align:center;vertical-align:middle}
.logobox{display:inline-block;width:90px;height:90px;border:1px dashed #888;line-height:90px;color:#888}
.defs{position:absolute}
table.proc caption.sopname{caption-side:top;text-align:left;font-size:10px;font-weight:bold;padding:2px 0}
.kop{text-align:center;font-weight:bold;text-transform:uppercase;margin:0 0 6px;border-bottom:2px solid #000;padding-bottom:4px}
.sign{height:56px;color:#888;font-size:10px}
.ident ol,.anjab ul{margin:0;padding-left:18px}
table.proc{border-collapse:separate;border-spacing:0;table-layout:fixed;border-top:1px solid #000;border-left:1px solid #000;break-inside:avoid;margin:0}
table.proc th,table.proc td{border:0;border-right:1px solid #000;border-bottom:1px solid #000;font-size:10px;line-height:13px;overflow:hidden;overflow-wrap:normal;word-break:normal;hyphens:manual}
table.proc th{text-align:center;vertical-align:middle;padding:3px 2px}
table.proc td{padding:4px 4px 0}
table.proc td.c{text-align:center}
table.proc td.chart{padding:0;border:0;vertical-align:top;box-shadow:inset 0 -1px 0 #000}
table.proc td.chart svg{display:block}
table.proc td.mb{border-left:1px solid #000}
.joint{font-size:10px;color:#555;margin:2px 0 6px}
.chart-svg{break-inside:avoid;margin:8px 0}
.chart-svg svg{max-width:100%;height:auto}
section.peta{break-before:page}
.peta-chart{break-inside:avoid;margin:8px 0;overflow-x:auto}
.peta-chart+.peta-chart{break-before:page}
.peta-chart svg{max-width:100%;height:auto}
.lembar{break-before:page}.lembar .kop{text-align:center;font-weight:bold;border-bottom:3px double #000;padding-bottom:4px}.lembar h3.title{text-align:center;text-transform:uppercase}.lembar td.sub{padding-left:18px}.lembar table.duties td{overflow-wrap:normal}.lembar table.anjab{width:100%}.ttd{width:100%;margin-top:24px}.ttd td{border:0;width:50%;text-align:center}.ttd .sign{height:64px}.ttd .name{font-weight:bold;text-decoration:underline}
@page{size:A4;margin:14mm 12mm}
@page landscape{size:A4 landscape;margin:10mm 10mm}
.landscape{page:landscape}
@media print{body{max-width:none;padding:0}.nav{display:none}a{color:#000;text-decoration:none}.scroll{overflow:visible}}
@media (max-width:600px){body{padding:8px}.cover{padding:24px 0}}
)";

// A repeated diagonal watermark for draft SOPs, as a CSS data: URI.
void draft_watermark(std::string& out, const BookLabels& l) {
  out +=
      ".sop.draft{background-image:url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/"
      "2000/svg' width='600' height='900'%3E%3Ctext x='300' y='450' text-anchor='middle' "
      "font-family='sans-serif' font-size='110' font-weight='bold' fill='%23c00000' "
      "fill-opacity='0.09' transform='rotate(-35 300 450)'%3E";
  out += l.draft;  // a fixed label: letters only
  out += "%3C/text%3E%3C/svg%3E\")}\n";
}

}  // namespace

void page_start(std::string& out, const Context& c, std::string_view title) {
  out += "<!doctype html>\n<html lang=\"";
  out += c.lang();
  out +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  esc(out, title);
  out += "</title>\n<style>";
  out += kStyle;
  draft_watermark(out, c.l);
  out += "</style>\n</head>\n<body>\n";
  logo_definition(out, c);
}

void page_end(std::string& out) {
  out += "</body>\n</html>\n";
}

}  // namespace tatakerja::render::html
