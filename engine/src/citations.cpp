// Checking cited links: fetch each once (concurrently, cached), then ask whether the page
// says what the citing sentence says by judging the sentence's own claims against the page.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <regex>
#include <set>

#include "engine_impl.h"
#include "verify/fetch.h"

namespace verify::engine {
namespace {

// Distinctive words of a sentence (five letters or more, folded), for sentences that make no
// claim of their own: the page must mention most of them to count as speaking to it.
std::vector<std::string> key_words(std::string_view sentence, std::string_view skip_url) {
  std::string url = claims::fold(skip_url);
  std::set<std::string> seen;
  std::vector<std::string> out;
  for (auto& w : folded_words(claims::fold(sentence))) {
    if (w.size() >= 5 && url.find(w) == std::string::npos && seen.insert(w).second) {
      out.push_back(std::move(w));
    }
  }
  return out;
}

std::string link_problem(const corpus::FetchResult& r) {
  std::string code = r.http_status ? " (HTTP " + std::to_string(r.http_status) + ")" : "";
  switch (r.status) {
    case corpus::LinkStatus::kDead: {
      // The fetcher's message often only repeats the status code.
      bool adds =
          !r.error.empty() &&
          (!r.http_status || r.error.find(std::to_string(r.http_status)) == std::string::npos);
      return "The link is dead" + code + (adds ? ": " + r.error : "") + ".";
    }
    case corpus::LinkStatus::kTimeout:
      return "The link did not answer in time.";
    case corpus::LinkStatus::kRedirected:
      return "The link now leads elsewhere (" + r.final_url +
             "), so it no longer shows what was cited.";
    case corpus::LinkStatus::kNotText:
      return "The link points to a " + (r.content_type.empty() ? "non-text" : r.content_type) +
             " file; its content was not checked.";
    case corpus::LinkStatus::kRefused:
      return "The link was not fetched: " + (r.error.empty() ? "not allowed" : r.error) + ".";
    case corpus::LinkStatus::kNotCached:
      return "The link is not in the fetch cache (offline check).";
    case corpus::LinkStatus::kUnresolved:
      return "The link's host name could not be resolved (" +
             (r.error.empty() ? std::string("no such name") : r.error) +
             "); the page was not checked.";
    case corpus::LinkStatus::kOk:
      break;
  }
  return "";
}

}  // namespace

void Engine::Impl::check_citations(std::vector<ClaimResult>& results,
                                   const rules::ArticleContext& ctx, const CheckOptions& options) {
  std::vector<std::pair<std::string, std::regex>> excludes;
  for (const auto& pattern : options.exclude_links) {
    excludes.emplace_back(pattern, std::regex(pattern, std::regex::ECMAScript));
  }
  // The pattern a cited URL matches, or nullptr.
  auto excluded_by = [&](const std::string& url) -> const std::string* {
    for (const auto& [pattern, re] : excludes) {
      if (std::regex_search(url, re)) return &pattern;
    }
    return nullptr;
  };
  std::vector<std::string> urls;
  for (const auto& r : results) {
    if (r.claim.kind == claims::Kind::kCitation && !excluded_by(r.claim.value)) {
      urls.push_back(r.claim.value);
    }
  }
  if (!options.fetch) {
    // Say why, rather than leave the rules' general answer: the link was not looked at.
    for (auto& r : results) {
      if (r.claim.kind != claims::Kind::kCitation) continue;
      r.finding.explanation =
          "Not checked: fetching links was turned off for this check (a cited link is checked by "
          "fetching it).";
    }
    return;
  }
  if (urls.empty() && excludes.empty()) return;
  corpus::FetchOptions fo;
  fo.offline = options.offline;
  fo.max_age_seconds = options.max_age_seconds;
  fo.allow_private = options.allow_private;
  std::vector<corpus::FetchResult> fetched;
  if (!urls.empty()) {
    corpus::Fetcher fetcher(store_path(home), fo);
    fetched = fetcher.fetch(urls);
  }
  spdlog::info("fetched {} cited links", fetched.size());

  size_t next = 0;
  for (auto& r : results) {
    if (r.claim.kind != claims::Kind::kCitation) continue;
    if (const std::string* pattern = excluded_by(r.claim.value)) {
      LinkCheck link;
      link.url = corpus::redact_url(r.claim.value);
      link.status = "excluded";
      rules::Finding f;
      f.rule = "citation.link";
      f.status = link.status;
      f.confidence = 0.9;
      f.verdict = rules::Verdict::kUnverified;
      f.explanation = "not checked: the link matches the exclude pattern '" + *pattern + "'.";
      r.finding = std::move(f);
      r.link = std::move(link);
      continue;
    }
    const corpus::FetchResult& got = fetched[next++];
    bool accepted = got.status == corpus::LinkStatus::kDead &&
                    std::find(options.accept_status.begin(), options.accept_status.end(),
                              got.http_status) != options.accept_status.end();
    LinkCheck link;
    link.url = corpus::redact_url(got.url);
    link.final_url = got.final_url;
    link.status = accepted ? "ok" : std::string(corpus::to_string(got.status));
    link.http_status = got.http_status;
    link.fetched_at = got.fetched_at;
    link.from_cache = got.from_cache;
    link.error = got.error;
    link.body_hash = got.body_hash;
    if (!got.body_hash.empty()) {
      auto before = store.last_citation(link.url);
      link.changed = before && !before->first.empty() && before->first != got.body_hash;
    }
    rules::Finding f;
    f.rule = "citation.link";
    if (got.status != corpus::LinkStatus::kOk && !accepted) f.status = link.status;
    f.confidence = 0.9;
    if (accepted) {
      f.verdict = rules::Verdict::kUnverified;
      f.explanation = "The link answered HTTP " + std::to_string(got.http_status) +
                      ", which is accepted as live; its page was not checked.";
    } else if (got.status != corpus::LinkStatus::kOk || got.page.text.empty()) {
      f.verdict = rules::Verdict::kUnverified;
      f.explanation = link_problem(got);
      if (f.explanation.empty()) f.explanation = "The page has no readable text.";
    } else {
      judge_citation(r.claim, got, ctx, link, f);
    }
    if (link.changed) {
      f.explanation += " The page has changed since it was last cited.";
    }
    r.finding = std::move(f);
    r.link = std::move(link);
  }
}

void Engine::Impl::judge_citation(const claims::Claim& citation, const corpus::FetchResult& got,
                                  const rules::ArticleContext& ctx, LinkCheck& link,
                                  rules::Finding& f) {
  corpus::Document page = got.page;
  page.id = link.url;
  const AnalysedDoc& a = analyse(page);
  // The sentence's own checkable claims, judged against the page alone.
  std::vector<rules::Finding> verdicts;
  for (const auto& c : ctx.claims) {
    if (c.kind == claims::Kind::kCitation || c.sentence_start != citation.sentence_start) continue;
    std::vector<rules::Passage> passages;
    for (const auto& plan : rules.plan(c, ctx)) cut_passages(a, plan, passages);
    verdicts.push_back(rules.judge(c, ctx, passages));
  }
  auto pick = [&](rules::Verdict v) {
    return std::find_if(verdicts.begin(), verdicts.end(),
                        [&](const rules::Finding& x) { return x.verdict == v; });
  };
  std::string where = page.source.empty() ? link.final_url : page.source;
  // A page that contradicts the sentence, or disputes it, does not back it up.
  auto against = pick(rules::Verdict::kContradicted);
  bool disputed = against == verdicts.end();
  if (disputed) against = pick(rules::Verdict::kDisputed);
  if (against != verdicts.end()) {
    link.support = "contradicted";
    f.verdict = rules::Verdict::kContradicted;
    f.rule = "citation.contradicted";
    f.explanation =
        "The cited page (" + where + ") " +
        (disputed ? "gives another figure: " : "does not say what the sentence says: ") +
        against->explanation;
    f.evidence = against->evidence;
    f.confidence = against->confidence;
    return;
  }
  if (auto it = pick(rules::Verdict::kSupported); it != verdicts.end()) {
    link.support = "supported";
    f.verdict = rules::Verdict::kSupported;
    f.rule = "citation.supported";
    f.explanation = "The cited page (" + where + ") says what the sentence says.";
    for (const auto& v : verdicts) {
      if (v.verdict == rules::Verdict::kSupported) {
        f.evidence.insert(f.evidence.end(), v.evidence.begin(), v.evidence.end());
      }
    }
    f.confidence = it->confidence;
    return;
  }
  if (verdicts.empty()) {
    // No figure, date or quote to compare: the page must at least speak of the same things.
    auto words = key_words(citation.sentence.str(), citation.value);
    std::string folded = claims::fold(page.title + "\n" + page.text);
    size_t found = std::count_if(words.begin(), words.end(),
                                 [&](const std::string& w) { return mentions(folded, w); });
    if (!words.empty() && found * 2 >= words.size()) {
      link.support = "supported";
      f.verdict = rules::Verdict::kSupported;
      f.rule = "citation.topic";
      f.explanation = "The cited page (" + where + ") speaks of what the sentence says (" +
                      std::to_string(found) + " of its " + std::to_string(words.size()) +
                      " key words).";
      f.confidence = 0.5;
      return;
    }
  }
  link.support = "unsupported";
  f.verdict = rules::Verdict::kUnverified;
  f.rule = "citation.unsupported";
  f.explanation = "The cited page (" + where + ") does not mention what the sentence says.";
  f.confidence = 0.6;
}

}  // namespace verify::engine
