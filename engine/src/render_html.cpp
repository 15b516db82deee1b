// The HTML report: one self-contained page showing the article with each claim highlighted in
// its verdict's colour, the explanation and evidence on click, and a summary bar; for several
// articles, one page with a section per article.
#include <algorithm>
#include <cstdio>

#include "render_internal.h"
#include "verify/engine.h"

namespace verify::engine {
namespace {

constexpr const char* kStyle = R"css(
body{font:16px/1.55 Georgia,serif;margin:0;color:#1d1d1f;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.6em 1.2em;font-family:system-ui,sans-serif;z-index:2}
header h1,header h2{font-size:1.1em;margin:0 0 .3em}
nav.contents{font-family:system-ui,sans-serif;padding:.8em 1.2em;background:#fff;border-bottom:1px solid #ddd}
nav.contents h1{font-size:1.2em;margin:0 0 .4em}
nav.contents li{margin:.2em 0;overflow-wrap:anywhere}
section.report+section.report{border-top:4px solid #bbb}
.error{color:#a1281e;font-family:system-ui,sans-serif;overflow-wrap:anywhere}
.bar{display:flex;height:10px;border-radius:5px;overflow:hidden;margin:.3em 0}
.bar span{display:block;height:100%}
.counts span{margin-right:1em;font-size:.9em;overflow-wrap:anywhere}
.legend{margin:.2em 0 0;font-size:.8em;color:#555}
main{display:flex;gap:1.5em;padding:1em 1.2em}
article{flex:3;max-width:46em;background:#fff;padding:1em 1.5em;border:1px solid #e5e5e5}
aside{flex:2;font-family:system-ui,sans-serif;font-size:.9em;position:sticky;top:6em;align-self:flex-start;max-height:80vh;overflow:auto}
mark{cursor:pointer;border-radius:3px;padding:0 1px}
mark:focus{outline:2px solid #333}
.v-supported{background:#c8ecc9}.v-contradicted{background:#f7b9b5}.v-disputed{background:#fbe3a1}.v-unverified{background:#e4e4e4}
.b-supported{background:#3a9d40}.b-contradicted{background:#d0382c}.b-disputed{background:#e0a800}.b-unverified{background:#9e9e9e}
.claim{border:1px solid #ddd;background:#fff;border-radius:6px;padding:.6em .8em;margin-bottom:.7em}
.claim.active{border-color:#333;box-shadow:0 0 0 2px #3334}
.verdict{font-weight:bold;text-transform:uppercase;font-size:.8em;padding:1px 6px;border-radius:3px;color:#fff}
.ev{margin:.4em 0 0 .6em;padding-left:.6em;border-left:3px solid #ccc}
.ev.contradicts{border-color:#d0382c}.ev.supports{border-color:#3a9d40}
.ev b{background:#fff3a8}
p{margin:0 0 1em}
article,aside,.claim{min-width:0;overflow-wrap:anywhere}
@media (max-width:760px){
main{flex-direction:column;gap:1em;padding:.6em}
article{max-width:none;padding:.8em 1em}
aside{position:static;max-height:none;overflow:visible;align-self:stretch}
.counts span{display:inline-block;max-width:100%}
}
)css";

constexpr const char* kScript = R"js(
document.querySelectorAll('mark[data-claim]').forEach(function(m){
  function show(){
    document.querySelectorAll('.claim.active').forEach(function(c){c.classList.remove('active');});
    var d=document.getElementById('d-'+m.dataset.claim);
    if(d){d.classList.add('active');d.scrollIntoView({block:'nearest'});}
  }
  m.addEventListener('click',show);m.addEventListener('focus',show);m.addEventListener('mouseenter',show);
});
)js";

// Only http(s) links become anchors: a source url must not smuggle in javascript: links.
std::string safe_link(const std::string& url, const std::string& label) {
  bool web = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
  if (!web) return html_escape(label);
  return "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\">" + html_escape(label) +
         "</a>";
}

// The article text as paragraphs, with the claims that do not overlap an earlier one marked.
// `prefix` starts every claim's name in the page ("" for a page of one article).
std::string article_html(const Report& r, const std::string& prefix) {
  const std::string& text = r.article.text;
  std::vector<const ClaimResult*> order;
  for (const auto& res : r.results) order.push_back(&res);
  std::stable_sort(order.begin(), order.end(), [](const ClaimResult* a, const ClaimResult* b) {
    return a->claim.start < b->claim.start;
  });
  std::string out = "<p>";
  size_t pos = 0, next = 0;
  auto emit_text = [&](size_t from, size_t to) {
    std::string_view chunk(text.data() + from, to - from);
    size_t i = 0;
    while (i < chunk.size()) {
      size_t nl = chunk.find("\n\n", i);
      if (nl == std::string_view::npos) {
        out += html_escape(chunk.substr(i));
        break;
      }
      out += html_escape(chunk.substr(i, nl - i)) + "</p>\n<p>";
      i = nl;
      while (i < chunk.size() && chunk[i] == '\n') ++i;
    }
  };
  for (const ClaimResult* res : order) {
    const auto& c = res->claim;
    if (c.start < next || c.end > text.size() || c.end <= c.start) continue;
    emit_text(pos, c.start);
    out += "<mark tabindex=\"0\" class=\"v-" + std::string(rules::to_string(res->finding.verdict)) +
           "\" data-claim=\"" + html_escape(prefix + c.id) + "\" title=\"" +
           html_escape(std::string(rules::to_string(res->finding.verdict)) + ": " +
                       res->finding.explanation) +
           "\">";
    emit_text(c.start, c.end);
    out += "</mark>";
    pos = next = c.end;
  }
  emit_text(pos, text.size());
  out += "</p>";
  return out;
}

std::string claim_card(const ClaimResult& res, const std::string& prefix) {
  const auto& c = res.claim;
  const auto& f = res.finding;
  std::string v(rules::to_string(f.verdict));
  std::string out = "<div class=\"claim\" id=\"d-" + html_escape(prefix + c.id) + "\">";
  out += "<span class=\"verdict b-" + v + "\">" + v + "</span> ";
  out += "<small>" + html_escape(std::string(claims::to_string(c.kind))) + "</small> ";
  out += "<q>" + html_escape(c.text) + "</q>";
  if (!c.speaker.empty() && c.kind == claims::Kind::kQuote) {
    out += " — " + html_escape(c.speaker);
  }
  if (res.link) {
    out += " <small class=\"link-" + html_escape(res.link->status) + "\">" +
           html_escape(link_state(*res.link)) + "</small>";
  }
  char conf[256];
  // The word says what the figure means; the title says how the words are cut.
  std::snprintf(conf, sizeof conf,
                " <small title=\"high 0.75 and above, medium 0.50 to 0.74, low below\">"
                "(confidence %s, %.2f)</small>",
                f.confidence >= 0.75  ? "high"
                : f.confidence >= 0.5 ? "medium"
                                      : "low",
                f.confidence);
  out += "<div>" + html_escape(f.explanation) + conf + "</div>";
  for (const auto& e : f.evidence) {
    const auto& p = e.passage;
    std::string stance = e.stance == rules::Stance::kSupports ? "supports" : "contradicts";
    std::string label = p.source.empty() ? p.doc_id : p.source;
    if (!p.published.empty()) label += " (" + p.published + ")";
    out += "<div class=\"ev " + stance + "\"><small>" + stance + ": " + safe_link(p.url, label) +
           "</small><br>" + marked_snippet(e, "<b>", "</b>", html_escape) + "</div>";
  }
  out += "</div>\n";
  return out;
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

namespace {

// The page up to its body's content: `title` is already plain text, escaped here.
std::string page_open(const std::string& title) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  out += "<title>verify: " + html_escape(title) + "</title><style>" + kStyle +
         "</style></head><body>\n";
  return out;
}

std::string page_close() {
  return "<script>" + std::string(kScript) + "</script>\n</body></html>\n";
}

// Counts by verdict, the article's own date left out (as the text report counts): contradicted,
// disputed, supported, unverified.
struct Parts {
  std::size_t own = 0;
  std::pair<const char*, std::size_t> parts[4];
};
Parts parts_of(const Report& r) {
  const size_t own = std::min(own_dates(r), r.summary.unverified);
  return Parts{own,
               {{"contradicted", r.summary.contradicted},
                {"disputed", r.summary.disputed},
                {"supported", r.summary.supported},
                {"unverified", r.summary.unverified - own}}};
}

// One article's header (title, summary bar, counts, legend) and main part (the article and the
// claims' cards). `prefix` starts every id in it, so that several articles share a page;
// `heading` is the title's element (h1 alone on a page, h2 under the page's own title).
std::string report_parts(const Report& r, const std::string& prefix, const char* heading) {
  std::string title = r.article.title.empty() ? r.article.path : r.article.title;
  // The report's own words are English; the article's title and text are in its language, so
  // that a French story is not read aloud, hyphenated or spell-checked as English (a new
  // user's report).
  const std::string lang(claims::language_of(r.article.text));
  std::string out = "<header><" + std::string(heading) + " lang=\"" + lang + "\">" +
                    html_escape(title) + "</" + heading + ">";
  // The article's own date is no claim to check: counted apart, as the text report does.
  const Parts p = parts_of(r);
  size_t total = std::max<size_t>(1, r.results.size() - p.own);
  out += "<div class=\"bar\" id=\"" + prefix + "summary-bar\">";
  for (const auto& [name, n] : p.parts) {
    if (n == 0) continue;
    char width[32];
    std::snprintf(width, sizeof width, "%.2f", 100.0 * static_cast<double>(n) / total);
    out += "<span class=\"b-" + std::string(name) + "\" style=\"width:" + width + "%\"></span>";
  }
  out += "</div><div class=\"counts\" id=\"" + prefix + "summary\">";
  for (const auto& [name, n] : p.parts) {
    out += "<span class=\"count-" + std::string(name) + "\">" + std::to_string(n) + " " + name +
           "</span>";
  }
  if (p.own > 0) out += "<span class=\"count-not-checked\">not checked: the article's date</span>";
  out += "<span>" + html_escape(r.article.path);
  if (r.run_id) out += " · run " + std::to_string(r.run_id);
  out += " · " + html_escape(r.created_at) + " · corpus of " + counted(r.corpus_size, "document") +
         "</span></div>";
  if (r.claims_unread_from) {
    out += "<p class=\"unread\" id=\"" + prefix + "unread\">" +
           html_escape(unread_note(r.article.text, *r.claims_unread_from)) + "</p>";
  }
  out += "<p class=\"legend\" id=\"" + prefix + "legend\">" + html_escape(legend_line(r)) + "</p>";
  out += "</header>\n";
  out +=
      "<main><article lang=\"" + lang + "\">" + article_html(r, prefix) + "</article>\n<aside>\n";
  // Cards in the order an editor should read them: the problems first.
  for (auto v : {rules::Verdict::kContradicted, rules::Verdict::kDisputed,
                 rules::Verdict::kSupported, rules::Verdict::kUnverified}) {
    for (const auto& res : r.results) {
      if (res.finding.verdict == v) out += claim_card(res, prefix);
    }
  }
  out += "</aside></main>\n";
  return out;
}

}  // namespace

std::string report_html(const Report& r) {
  return page_open(r.article.title.empty() ? r.article.path : r.article.title) +
         report_parts(r, "", "h1") + page_close();
}

std::string render_html(const std::vector<ArticleEntry>& entries) {
  const std::string title = counted(entries.size(), "article");
  std::string out = page_open(title);
  // A list of the articles first, each with its counts or its error, linking to its section.
  out += "<nav class=\"contents\" id=\"contents\"><h1>verify: " + title + "</h1><ol>\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const ArticleEntry& e = entries[i];
    const std::string anchor = "#article-" + std::to_string(i + 1);
    if (!e.report) {
      out += "<li class=\"error\"><a href=\"" + anchor + "\">" + html_escape(e.path) +
             "</a>: could not be read</li>\n";
      continue;
    }
    const Report& r = *e.report;
    std::string counts;
    for (const auto& [name, n] : parts_of(r).parts) {
      counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + name;
    }
    out += "<li><a href=\"" + anchor + "\" lang=\"" +
           std::string(claims::language_of(r.article.text)) + "\">" +
           html_escape(r.article.title.empty() ? r.article.path : r.article.title) +
           "</a> <small>" + html_escape(r.article.path) + ": " + counts + "</small></li>\n";
  }
  out += "</ol></nav>\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const ArticleEntry& e = entries[i];
    const std::string n = std::to_string(i + 1);
    if (!e.report) {
      out += "<section class=\"report error\" id=\"article-" + n + "\"><header><h2>" +
             html_escape(e.path) + "</h2><p class=\"error\" id=\"a" + n + "-error\">" +
             html_escape(e.error) + "</p></header></section>\n";
      continue;
    }
    out += "<section class=\"report\" id=\"article-" + n + "\">" +
           report_parts(*e.report, "a" + n + "-", "h2") + "</section>\n";
  }
  return out + page_close();
}

}  // namespace verify::engine
