// Report rendering: the JSON contracts (claims, report) and text/Markdown for people.
#include <algorithm>
#include <array>
#include <cstdio>

#include "json_writer.h"
#include "render_internal.h"
#include "verify/engine.h"

namespace verify::engine {
namespace {

bool numeric(const claims::Claim& c) {
  return c.number.has_value() &&
         (c.kind == claims::Kind::kCount || c.kind == claims::Kind::kPercent ||
          c.kind == claims::Kind::kMoney);
}

void write_list(JsonWriter& w, const std::vector<std::string>& items) {
  w.begin_array();
  for (const auto& s : items) w.value(s);
  w.end_array();
}

// The claim fields shared by the claims and report contracts.
// A sentence longer than this is written as an excerpt around the claim (docs/formats.md): the
// JSON formats repeat each claim's sentence, and one hostile sentence of 15 MB holding 20,000
// claims would otherwise make a 300 GB report. Real sentences stay far below it.
constexpr std::size_t kMaxJsonSentenceBytes = 4096;

std::string sentence_for_json(const claims::Claim& c) {
  const std::string& s = c.sentence.str();
  if (s.size() <= kMaxJsonSentenceBytes) return s;
  std::size_t rel_start = std::min(c.start - std::min(c.start, c.sentence_start), s.size());
  std::size_t rel_end = std::clamp(c.end - std::min(c.end, c.sentence_start), rel_start, s.size());
  std::size_t half = kMaxJsonSentenceBytes / 2;
  std::size_t a = rel_start > half ? rel_start - half : 0;
  std::size_t b = std::min(s.size(), rel_end + half);
  auto continuation = [&](std::size_t i) {
    return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  };
  while (a > 0 && continuation(a)) --a;  // never cut inside a UTF-8 sequence
  while (b < s.size() && continuation(b)) ++b;
  return (a > 0 ? "\u2026" : "") + s.substr(a, b - a) + (b < s.size() ? "\u2026" : "");
}

void write_claim_fields(JsonWriter& w, const claims::Claim& c) {
  w.key("id").value(c.id);
  w.key("kind").value(claims::to_string(c.kind));
  w.key("text").value(c.text);
  w.key("start").value(c.start);
  w.key("end").value(c.end);
  w.key("sentence").value(sentence_for_json(c));
  w.key("sentence_start").value(c.sentence_start);
  w.key("sentence_end").value(c.sentence_end);
  w.key("value");
  if (numeric(c)) {
    w.value(*c.number);
  } else {
    w.value(c.value);
  }
  w.key("speaker").string_or_null(c.speaker);
  w.key("date_end").string_or_null(c.date_end);
  w.key("unit").string_or_null(c.unit);
  w.key("noun").string_or_null(c.noun);
  w.key("head").string_or_null(c.head);
  w.key("hedge").string_or_null(c.hedge);
  w.key("role").string_or_null(c.role);
  w.key("organization").string_or_null(c.organization);
  w.key("entities");
  write_list(w, c.entities);
  w.key("flags");
  write_list(w, c.flags);
}

void write_article(JsonWriter& w, const claims::Article& a, std::string_view hash,
                   std::optional<std::size_t> unread_from) {
  w.key("article").begin_object();
  w.key("path").value(a.path);
  w.key("format").value(a.format);
  w.key("title").value(a.title);
  w.key("published").string_or_null(a.published);
  w.key("bytes").value(a.text.size());
  if (!hash.empty()) w.key("content_hash").value(hash);
  w.key("unread_from");
  if (unread_from) {
    w.begin_object();
    w.key("offset").value(*unread_from);
    w.key("line").value(line_at(a.text, *unread_from));
    w.key("message").value(unread_note(a.text, *unread_from));
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();
}

// The article's own dateline and publication line: extracted as a date, but when the article
// was filed is not something to check, so the text and Markdown reports show it apart and do
// not count it among the unverified (the JSON keeps the contract's counts).
bool is_own_date(const ClaimResult& res) { return res.finding.rule == "date.dateline"; }

std::string report_json(const Report& r) {
  JsonWriter w;
  w.begin_object();
  w.key("schema_version").value(kSchemaVersion);
  w.key("run_id").value(static_cast<long long>(r.run_id));
  w.key("created_at").value(r.created_at);
  write_article(w, r.article, r.article_hash, r.claims_unread_from);
  w.key("corpus_size").value(r.corpus_size);
  w.key("claims").begin_array();
  for (const auto& res : r.results) {
    const auto& f = res.finding;
    w.begin_object();
    write_claim_fields(w, res.claim);
    w.key("extraction_confidence").value(res.claim.confidence);
    w.key("verdict").value(rules::to_string(f.verdict));
    w.key("rule").value(f.rule);
    w.key("status").string_or_null(f.status);
    w.key("confidence").value(f.confidence);
    w.key("explanation").value(f.explanation);
    if (res.link) {
      const auto& l = *res.link;
      w.key("link").begin_object();
      w.key("url").value(l.url);
      w.key("final_url").string_or_null(l.final_url);
      w.key("status").value(l.status);
      w.key("http_status").value(static_cast<long long>(l.http_status));
      w.key("support").value(l.support);
      w.key("fetched_at").string_or_null(l.fetched_at);
      w.key("from_cache").value(l.from_cache);
      w.key("changed").value(l.changed);
      w.key("error").string_or_null(l.error);
      w.end_object();
    }
    w.key("evidence").begin_array();
    for (const auto& e : f.evidence) {
      const auto& p = e.passage;
      w.begin_object();
      w.key("doc_id").value(p.doc_id);
      w.key("url").string_or_null(p.url);
      w.key("title").value(p.title);
      w.key("published").string_or_null(p.published);
      w.key("source").string_or_null(p.source);
      w.key("tier").value(p.tier);
      w.key("start").value(p.start);
      w.key("end").value(p.end);
      w.key("passage").value(p.text);
      w.key("value_start").value(e.value_start);
      w.key("value_end").value(e.value_end);
      w.key("snippet").value(e.snippet);
      w.key("mark_start").value(e.mark_start);
      w.key("mark_end").value(e.mark_end);
      w.key("stance").value(rules::to_string(e.stance));
      w.key("value").value(e.value);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("summary").begin_object();
  w.key("supported").value(r.summary.supported);
  w.key("contradicted").value(r.summary.contradicted);
  w.key("disputed").value(r.summary.disputed);
  w.key("unverified").value(r.summary.unverified);
  w.key("total").value(r.results.size());
  // Of those, the article's own date (counted in `unverified`): the text and Markdown reports
  // leave it out of their counts, so a reader can match the two.
  w.key("not_checked").value(own_dates(r));
  w.end_object();
  w.key("seconds").value(r.seconds);
  w.end_object();
  return w.take();
}

// Line numbers of byte offsets: the newlines are found once, each lookup is a binary search
// (a count from the start per claim made a long article's report quadratic).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      newlines_.push_back(i);
    }
  }
  size_t line_of(size_t offset) const {
    return 1 + static_cast<size_t>(std::lower_bound(newlines_.begin(), newlines_.end(), offset) -
                                   newlines_.begin());
  }

 private:
  std::vector<size_t> newlines_;
};

// Display order: what needs an editor's attention first.
constexpr std::array<rules::Verdict, 4> kOrder = {
    rules::Verdict::kContradicted, rules::Verdict::kDisputed, rules::Verdict::kSupported,
    rules::Verdict::kUnverified};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& ch : out) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return out;
}

const char* color_of(rules::Verdict v) {
  switch (v) {
    case rules::Verdict::kContradicted:
      return "\033[1;31m";
    case rules::Verdict::kDisputed:
      return "\033[1;33m";
    case rules::Verdict::kSupported:
      return "\033[1;32m";
    case rules::Verdict::kUnverified:
      return "\033[1;37m";
  }
  return "";
}

std::string as_is(std::string_view s) { return std::string(s); }

std::string source_label(const rules::Passage& p) {
  std::string label = p.source.empty() ? p.doc_id : p.source;
  if (!p.published.empty()) label += " (" + p.published + ")";
  return label;
}

std::string summary_line(const Report& r) {
  std::size_t own = own_dates(r);
  char buf[200];
  const std::size_t counted = r.results.size() - own;
  std::snprintf(buf, sizeof buf,
                "%zu claim%s: %zu supported, %zu contradicted, %zu disputed, %zu "
                "unverified",
                counted, counted == 1 ? "" : "s", r.summary.supported, r.summary.contradicted,
                r.summary.disputed, r.summary.unverified - std::min(own, r.summary.unverified));
  std::string out = buf;
  if (own > 0) out += "; not checked: the article's date";
  return out;
}

// How sure the deciding rule is, in a word an editor can read next to the figure.
std::string confidence_label(double confidence) {
  const char* word = confidence >= 0.75 ? "high" : confidence >= 0.5 ? "medium" : "low";
  char buf[48];
  std::snprintf(buf, sizeof buf, "confidence %s, %.2f", word, confidence);
  return buf;
}

// Said once per report, where the confidences are shown.
constexpr const char* kConfidenceLegend =
    "confidence: how sure the deciding rule is; high 0.75 and above, medium 0.50 to 0.74, low "
    "below";
// Said instead when the text gave nothing to check but its own date.
constexpr const char* kNothingToCheck =
    "No date, count, quote, role, percentage or amount to check was found in the text.";

}  // namespace

std::string legend_line(const Report& r) {
  return r.results.size() == own_dates(r) ? kNothingToCheck : kConfidenceLegend;
}

namespace {

std::string report_text(const Report& r, bool color) {
  const char* reset = color ? "\033[0m" : "";
  std::string out;
  out += "verify: " + (r.article.path.empty() ? std::string("article") : r.article.path);
  if (!r.article.title.empty()) out += " — " + r.article.title;
  out += "\n";
  if (r.run_id) out += "run " + std::to_string(r.run_id) + ", ";
  out += r.created_at + ", corpus of " + counted(r.corpus_size, "document") + "\n";
  out += summary_line(r) + "\n";
  if (r.claims_unread_from) out += unread_note(r.article.text, *r.claims_unread_from) + "\n";
  out += legend_line(r) + "\n";
  const LineIndex lines(r.article.text);
  for (auto v : kOrder) {
    size_t n = std::count_if(r.results.begin(), r.results.end(), [&](const ClaimResult& c) {
      return c.finding.verdict == v && !is_own_date(c);
    });
    if (n == 0) continue;
    out += "\n";
    out += color ? color_of(v) : "";
    out += upper(rules::to_string(v)) + " (" + std::to_string(n) + ")" + reset + "\n";
    for (const auto& res : r.results) {
      if (res.finding.verdict != v || is_own_date(res)) continue;
      const auto& c = res.claim;
      const auto& f = res.finding;
      out += "  [" + std::string(claims::to_string(c.kind)) + "] line " +
             std::to_string(lines.line_of(c.start)) + ": \"" + one_line(c.text) + "\"";
      if (!c.speaker.empty() && c.kind == claims::Kind::kQuote) out += " — " + c.speaker;
      if (res.link) out += " [" + link_state(*res.link) + "]";
      out += "\n    " + f.explanation;
      if (!f.status.empty()) out += " [" + f.status + "]";
      out += " (" + confidence_label(f.confidence) + ")\n";
      for (const auto& e : f.evidence) {
        out += "    " + std::string(e.stance == rules::Stance::kSupports ? "+ " : "- ") +
               source_label(e.passage) + ": \"" + marked_snippet(e, "[", "]", as_is) + "\"";
        if (!e.passage.url.empty()) out += "\n      " + e.passage.url;
        out += "\n";
      }
    }
  }
  if (own_dates(r) > 0) {
    out += "\nNOT CHECKED: THE ARTICLE'S DATE\n";
    for (const auto& res : r.results) {
      if (!is_own_date(res)) continue;
      out += "  [date] line " + std::to_string(lines.line_of(res.claim.start)) + ": \"" +
             one_line(res.claim.text) + "\"\n";
    }
  }
  return out;
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == '|' || ch == '*' || ch == '_' || ch == '`' || ch == '[' || ch == ']' || ch == '<') {
      out += '\\';
    }
    out += ch == '\n' ? ' ' : ch;
  }
  return out;
}

std::string report_markdown(const Report& r) {
  std::string out =
      "# verify report: " + md_escape(r.article.title.empty() ? r.article.path : r.article.title) +
      "\n\n";
  out += "- Article: `" + r.article.path + "`\n";
  if (r.run_id) out += "- Run: " + std::to_string(r.run_id) + " (" + r.created_at + ")\n";
  out += "- Corpus: " + counted(r.corpus_size, "document") + "\n";
  out += "- " + summary_line(r) + "\n";
  if (r.claims_unread_from) {
    out += "- " + md_escape(unread_note(r.article.text, *r.claims_unread_from)) + "\n";
  }
  out += "- " + legend_line(r) + "\n";
  const LineIndex lines(r.article.text);
  for (auto v : kOrder) {
    bool any = false;
    for (const auto& res : r.results) {
      if (res.finding.verdict != v || is_own_date(res)) continue;
      if (!any) {
        out += "\n## " + upper(rules::to_string(v)) + "\n";
        any = true;
      }
      const auto& c = res.claim;
      const auto& f = res.finding;
      out += "\n- **" + std::string(claims::to_string(c.kind)) + "** line " +
             std::to_string(lines.line_of(c.start)) + ": “" + md_escape(one_line(c.text)) + "”";
      if (!c.speaker.empty() && c.kind == claims::Kind::kQuote) out += " — " + md_escape(c.speaker);
      if (res.link) out += " (" + md_escape(link_state(*res.link)) + ")";
      // The status ("misattributed", "altered", "outdated") as the text report shows it.
      out += "  \n  " + md_escape(f.explanation) +
             (f.status.empty() ? "" : " " + md_escape("[" + f.status + "]")) + " (" +
             confidence_label(f.confidence) + ")\n";
      for (const auto& e : f.evidence) {
        std::string label = md_escape(source_label(e.passage));
        if (!e.passage.url.empty()) label = "[" + label + "](" + e.passage.url + ")";
        std::string snippet = marked_snippet(e, "**", "**", md_escape);
        out += "  - " +
               std::string(e.stance == rules::Stance::kSupports ? "supports" : "contradicts") +
               ": " + label + ": “" + snippet + "”\n";
      }
    }
  }
  if (own_dates(r) > 0) {
    out += "\n## NOT CHECKED: THE ARTICLE'S DATE\n\n";
    for (const auto& res : r.results) {
      if (!is_own_date(res)) continue;
      out += "- **date** line " + std::to_string(lines.line_of(res.claim.start)) + ": “" +
             md_escape(one_line(res.claim.text)) + "”\n";
    }
  }
  return out;
}

}  // namespace

std::size_t own_dates(const Report& r) {
  return static_cast<std::size_t>(std::count_if(r.results.begin(), r.results.end(), is_own_date));
}

std::string link_state(const LinkCheck& link) {
  std::string out = "link " + link.status;
  // 304 is the server saying the cached copy is still the page, not a state an editor
  // should have to decode (a new user's report).
  if (link.http_status == 304) {
    out += ", page " + link.support + "; unchanged since the cached copy (revalidated";
    if (!link.fetched_at.empty()) out += " " + link.fetched_at;
    return out + ")";
  }
  if (link.http_status) out += " " + std::to_string(link.http_status);
  out += ", page " + link.support;
  if (link.from_cache) {
    out += "; from the cache";
    if (!link.fetched_at.empty()) out += ", fetched " + link.fetched_at;
  }
  return out;
}

std::string render(const Report& report, Format format, bool color) {
  switch (format) {
    case Format::kJson:
      return report_json(report);
    case Format::kMarkdown:
      return report_markdown(report);
    case Format::kHtml:
      return report_html(report);
    case Format::kText:
      break;
  }
  return report_text(report, color);
}

std::string render(const RecheckResult& result, Format format, bool color) {
  if (format == Format::kJson) {
    JsonWriter w;
    w.begin_object();
    w.key("schema_version").value(kSchemaVersion);
    w.key("batch").value(static_cast<long long>(result.batch));
    w.key("resumed").value(result.resumed);
    w.key("finished_before").value(result.finished_before);
    w.key("stories").value(result.stories);
    w.key("checked").value(result.checked);
    w.key("skipped").value(result.skipped);
    w.key("drifted").value(result.drifted);
    w.key("links_fetched").value(result.links_fetched);
    w.key("links_kept").value(result.links_kept);
    w.key("changed").begin_array();
    for (const auto& story : result.changed) {
      w.begin_object();
      w.key("story").value(story.story);
      w.key("title").value(story.title);
      w.key("previous_run").value(static_cast<long long>(story.previous_run));
      w.key("run").value(static_cast<long long>(story.run));
      w.key("changes").begin_array();
      for (const auto& c : story.changes) {
        w.begin_object();
        w.key("change").value(to_string(c.kind));
        w.key("claim_id").value(c.now.claim.id);
        w.key("kind").value(claims::to_string(c.now.claim.kind));
        w.key("text").value(c.now.claim.text);
        w.key("start").value(c.now.claim.start);
        w.key("end").value(c.now.claim.end);
        w.key("before").value(rules::to_string(c.before));
        w.key("before_status").string_or_null(c.before_status);
        w.key("verdict").value(rules::to_string(c.now.finding.verdict));
        w.key("status").string_or_null(c.now.finding.status);
        w.key("explanation").value(c.now.finding.explanation);
        w.key("new_sources");
        write_list(w, c.new_sources);
        // The new sources named as an editor would cite them, not only by id.
        w.key("new_evidence").begin_array();
        for (const auto& e : c.now.finding.evidence) {
          if (std::find(c.new_sources.begin(), c.new_sources.end(), e.passage.doc_id) ==
              c.new_sources.end()) {
            continue;
          }
          w.begin_object();
          w.key("doc_id").value(e.passage.doc_id);
          w.key("url").value(e.passage.url);
          w.key("title").value(e.passage.title);
          w.key("published").string_or_null(e.passage.published);
          w.key("source").value(e.passage.source);
          w.key("stance").value(e.stance == rules::Stance::kSupports ? "supports" : "contradicts");
          w.end_object();
        }
        w.end_array();
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
  }
  bool md = format == Format::kMarkdown || format == Format::kHtml;
  const char* red = color ? "\033[1;31m" : "";
  const char* reset = color ? "\033[0m" : "";
  std::string out;
  if (md) out += "# verify re-check\n\n";
  // "changed": stories with a change other than new evidence alone, so the line is the same
  // whether those are listed (-v) or only counted.
  std::size_t changed = 0;
  for (const auto& story : result.changed) {
    changed +=
        std::any_of(story.changes.begin(), story.changes.end(),
                    [](const ClaimChange& c) { return c.kind != ClaimChange::Kind::kNewEvidence; })
            ? 1
            : 0;
  }
  out += "re-check batch " + std::to_string(result.batch) + (result.resumed ? " (resumed)" : "") +
         ": " + std::to_string(result.stories) + (result.stories == 1 ? " story, " : " stories, ") +
         std::to_string(result.checked) + " re-run, " + std::to_string(result.skipped) +
         " skipped as unaffected, " + std::to_string(changed) + " changed\n";
  if (result.finished_before > 0) {
    // Re-run and stored by the interrupted run, which printed nothing: listed below with this
    // run's, so no change goes unreported.
    out += std::to_string(result.finished_before) +
           (result.finished_before == 1 ? " story was" : " stories were") +
           " re-run before the interruption; " + (result.finished_before == 1 ? "its" : "their") +
           " changes are listed too\n";
  }
  if (result.drifted > 0) {
    // Said, not listed: an editor should know the stored findings moved, but not chase them.
    out += counted(result.drifted, "claim") + " moved with none of " +
           (result.drifted == 1 ? "its" : "their") +
           " evidence new, changed or removed: sources ranked differently (not news; stored "
           "with the run, `verify show` has them)\n";
  }
  if (!result.links_fetched) {
    // Else an editor could take a link that died since for one found alive tonight.
    out += result.links_kept == 0
               ? std::string("cited links not fetched (fetching off)\n")
               : counted(result.links_kept, "cited link") + " not fetched again (fetching off): " +
                     (result.links_kept == 1 ? "its verdict is" : "their verdicts are") +
                     " as previously stored\n";
  }
  for (const auto& story : result.changed) {
    out += md ? "\n## " + md_escape(story.title.empty() ? story.story : story.title) + "\n\n"
              : "\n" + (story.title.empty() ? story.story : story.title) + "\n  " + story.story +
                    " (run " + std::to_string(story.previous_run) + " -> " +
                    std::to_string(story.run) + ")\n";
    for (const auto& c : story.changes) {
      bool alarm =
          c.kind == ClaimChange::Kind::kNewContradiction || c.kind == ClaimChange::Kind::kLinkDead;
      std::string head = std::string(to_string(c.kind)) + ": [" +
                         std::string(claims::to_string(c.now.claim.kind)) + "] \"" +
                         one_line(c.now.claim.text) + "\" " +
                         std::string(rules::to_string(c.before)) +
                         (c.before_status.empty() ? "" : " [" + c.before_status + "]") + " -> " +
                         std::string(rules::to_string(c.now.finding.verdict)) +
                         (c.now.finding.status.empty() ? "" : " [" + c.now.finding.status + "]");
      if (md) {
        out += "- " + std::string(alarm ? "**" : "") + md_escape(head) + (alarm ? "**" : "") +
               "  \n  " + md_escape(c.now.finding.explanation) + "\n";
      } else {
        out += std::string("  ") + (alarm ? red : "") + head + (alarm ? reset : "") + "\n    " +
               c.now.finding.explanation + "\n";
      }
      for (const auto& e : c.now.finding.evidence) {
        if (std::find(c.new_sources.begin(), c.new_sources.end(), e.passage.doc_id) ==
            c.new_sources.end()) {
          continue;
        }
        out += std::string(md ? "  - new: " : "    new: ") + source_label(e.passage) +
               (e.passage.url.empty() ? "" : " " + e.passage.url) + "\n";
      }
    }
  }
  return out;
}

std::size_t line_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char ch = text[i];
    if (ch != ' ' && ch != '\n' && ch != '\r' && ch != '\t') {
      out += ch;
      ++i;
      continue;
    }
    std::size_t j = i;
    bool breaks = false;
    while (j < text.size() &&
           (text[j] == ' ' || text[j] == '\n' || text[j] == '\r' || text[j] == '\t')) {
      breaks = breaks || text[j] != ' ';
      ++j;
    }
    if (breaks)
      out += ' ';
    else
      out.append(text, i, j - i);
    i = j;
  }
  return out;
}

std::string unread_note(std::string_view text, std::size_t unread_from) {
  auto grouped = [](std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return out;
  };
  return "the article is longer than verify reads (" + grouped(claims::kMaxClaimsPerArticle) +
         " claims or " + grouped(claims::kMaxTokensPerArticle) +
         " words and signs): the text from line " + grouped(line_at(text, unread_from)) +
         ", byte " + grouped(unread_from) + ", on was not read for claims";
}

std::string claims_json(const claims::Article& article, const claims::Extraction& extraction) {
  JsonWriter w;
  w.begin_object();
  w.key("schema_version").value(kSchemaVersion);
  write_article(w, article, "", extraction.unread_from);
  w.key("claims").begin_array();
  for (const auto& c : extraction.claims) {
    w.begin_object();
    write_claim_fields(w, c);
    w.key("confidence").value(c.confidence);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

}  // namespace verify::engine
