// The HTML report: one self-contained page showing the article with each claim highlighted in
// its verdict's colour, the explanation and evidence on click, and a summary bar.
#include <algorithm>
#include <cstdio>

#include "render_internal.h"
#include "verify/engine.h"

namespace verify::engine {
namespace {

constexpr const char* kStyle = R"css(
body{font:16px/1.55 Georgia,serif;margin:0;color:#1d1d1f;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.6em 1.2em;font-family:system-ui,sans-serif;z-index:2}
header h1{font-size:1.1em;margin:0 0 .3em}
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
std::string article_html(const Report& r) {
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
           "\" data-claim=\"" + html_escape(c.id) + "\" title=\"" +
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

std::string claim_card(const ClaimResult& res) {
  const auto& c = res.claim;
  const auto& f = res.finding;
  std::string v(rules::to_string(f.verdict));
  std::string out = "<div class=\"claim\" id=\"d-" + html_escape(c.id) + "\">";
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

std::string report_html(const Report& r) {
  std::string title = r.article.title.empty() ? r.article.path : r.article.title;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  out += "<title>verify: " + html_escape(title) + "</title><style>" + kStyle +
         "</style></head><body>\n";
  // The report's own words are English; the article's title and text are in its language, so
  // that a French story is not read aloud, hyphenated or spell-checked as English (a new
  // user's report).
  const std::string lang(claims::language_of(r.article.text));
  out += "<header><h1 lang=\"" + lang + "\">" + html_escape(title) + "</h1>";
  // The article's own date is no claim to check: counted apart, as the text report does.
  const size_t own = std::min(own_dates(r), r.summary.unverified);
  size_t total = std::max<size_t>(1, r.results.size() - own);
  const std::pair<const char*, size_t> parts[] = {{"contradicted", r.summary.contradicted},
                                                  {"disputed", r.summary.disputed},
                                                  {"supported", r.summary.supported},
                                                  {"unverified", r.summary.unverified - own}};
  out += "<div class=\"bar\" id=\"summary-bar\">";
  for (const auto& [name, n] : parts) {
    if (n == 0) continue;
    char width[32];
    std::snprintf(width, sizeof width, "%.2f", 100.0 * static_cast<double>(n) / total);
    out += "<span class=\"b-" + std::string(name) + "\" style=\"width:" + width + "%\"></span>";
  }
  out += "</div><div class=\"counts\" id=\"summary\">";
  for (const auto& [name, n] : parts) {
    out += "<span class=\"count-" + std::string(name) + "\">" + std::to_string(n) + " " + name +
           "</span>";
  }
  if (own > 0) out += "<span class=\"count-not-checked\">not checked: the article's date</span>";
  out += "<span>" + html_escape(r.article.path);
  if (r.run_id) out += " · run " + std::to_string(r.run_id);
  out += " · " + html_escape(r.created_at) + " · corpus of " + counted(r.corpus_size, "document") +
         "</span></div>";
  if (r.claims_unread_from) {
    out += "<p class=\"unread\" id=\"unread\">" +
           html_escape(unread_note(r.article.text, *r.claims_unread_from)) + "</p>";
  }
  out += "<p class=\"legend\" id=\"legend\">" + html_escape(legend_line(r)) + "</p>";
  out += "</header>\n";
  out += "<main><article lang=\"" + lang + "\">" + article_html(r) + "</article>\n<aside>\n";
  // Cards in the order an editor should read them: the problems first.
  for (auto v : {rules::Verdict::kContradicted, rules::Verdict::kDisputed,
                 rules::Verdict::kSupported, rules::Verdict::kUnverified}) {
    for (const auto& res : r.results) {
      if (res.finding.verdict == v) out += claim_card(res);
    }
  }
  out += "</aside></main>\n<script>" + std::string(kScript) + "</script>\n</body></html>\n";
  return out;
}

}  // namespace verify::engine
