// Pieces shared by the report renderers (render.cpp, render_html.cpp).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "verify/engine.h"

namespace verify::engine {

// The snippet with its decisive words between `open` and `close`; `escape` applies to the text.
template <typename Escape>
std::string marked_snippet(const rules::Evidence& e, const char* open, const char* close,
                           Escape escape) {
  std::string_view s = e.snippet;
  size_t ms = std::min(e.mark_start, s.size());
  size_t me = std::clamp(e.mark_end, ms, s.size());
  if (me == ms) return escape(s);
  return escape(s.substr(0, ms)) + open + escape(s.substr(ms, me - ms)) + close +
         escape(s.substr(me));
}

// How many of the report's results are the article's own dateline or publication line
// (rule date.dateline): the text and Markdown reports, and the log line after a check, show
// them apart rather than among the unverified.
std::size_t own_dates(const Report& r);

// The line under a report's summary, in every format: the confidence legend, or that the text
// gave nothing to check but its own date (a report with nothing judged does not explain
// confidences it does not show).
std::string legend_line(const Report& r);

// The 1-based line of `text` that byte `offset` is on (offsets past the end: the last line).
std::size_t line_at(std::string_view text, std::size_t offset);

// "1 document", "3 documents": `n` and the noun, plural unless `n` is 1 (nouns taking an "s").
inline std::string counted(std::size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

// A cited link's state as the reports show it: "link ok 200, page supported", and when it was
// answered from the fetch cache, when the page was fetched ("; from the cache, fetched
// 2026-12-03T10:00:00Z"), so that a link that died since is not shown as alive without saying so;
// a page revalidated with a conditional request (HTTP 304) is "unchanged since the cached copy".
std::string link_state(const LinkCheck& link);

// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string html_escape(std::string_view s);

std::string report_html(const Report& report);

}  // namespace verify::engine
