// Orchestration of one check: extract claims, plan and run searches, cut passages, judge, store.
#include "verify/engine.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_set>

#include "engine_impl.h"
#include "mentions.h"
#include "render_internal.h"

namespace verify::engine {
namespace fs = std::filesystem;

fs::path index_path(const fs::path& home) { return home / "index"; }
fs::path store_path(const fs::path& home) { return home / "verify.db"; }

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

std::vector<std::string> folded_words(std::string_view folded) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    while (pos < folded.size() && !is_word_char(folded[pos])) ++pos;
    std::size_t end = pos;
    while (end < folded.size() && is_word_char(folded[end])) ++end;
    if (end > pos) out.emplace_back(folded.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

corpus::Query to_query(const rules::SearchPlan& plan) {
  corpus::Query q;
  for (const auto& group : plan.required) q.clauses.push_back({group, true});
  if (!plan.optional.empty()) q.clauses.push_back({plan.optional, false});
  q.published_from = plan.published_from;
  q.published_to = plan.published_to;
  q.limit = plan.limit;
  q.include_undated = !plan.dated_only;
  return q;
}

std::vector<std::vector<std::vector<std::string>>> story_filter(const rules::StoryNames& story) {
  std::vector<std::vector<std::vector<std::string>>> groups;
  if (story.names.empty()) return groups;
  // Every word rules::same_name equates with `name`: itself and the words it begins (at most
  // three letters longer, matched here by any word it begins), the words of four letters or
  // more it extends by at most three, and its counterparts in the other language.
  auto forms = [](const std::string& name) {
    std::vector<std::string> out{name};
    if (name.size() >= 4) out.push_back(name + "*");
    for (auto& f : rules::name_shorter_forms(name)) out.push_back(std::move(f));
    return out;
  };
  // StoryNames::admits: the lead or the headline's name alone, or two of the names (the one
  // there is, if one).
  // StoryNames::admits_publisher: the lead's or the headline's name as the publisher's.
  auto or_publisher = [&](const std::string& name) {
    auto out = forms(name);
    std::vector<std::string> publishers;
    for (const auto& f : out) {
      if (f.empty() || f.back() == '*') continue;
      publishers.push_back(corpus::publisher_filter_word(f));
    }
    out.insert(out.end(), publishers.begin(), publishers.end());
    return out;
  };
  // An organisation's own pages, published under its acronym (StoryNames::acronyms).
  for (const auto& a : story.acronyms) groups.push_back({{corpus::publisher_filter_word(a)}});
  if (story.names.size() == 1) {
    const auto& only = story.names[0];
    groups.push_back(
        {only == story.lead || only == story.headline ? or_publisher(only) : forms(only)});
    return groups;
  }
  if (!story.lead.empty()) groups.push_back({or_publisher(story.lead)});
  if (!story.headline.empty()) groups.push_back({or_publisher(story.headline)});
  // StoryNames::place: every word of the dateline's place.
  if (!story.place.empty()) {
    std::vector<std::vector<std::string>> all;
    for (const auto& w : story.place) all.push_back(forms(w));
    groups.push_back(std::move(all));
  }
  for (std::size_t a = 0; a < story.names.size(); ++a) {
    for (std::size_t b = a + 1; b < story.names.size(); ++b)
      groups.push_back({forms(story.names[a]), forms(story.names[b])});
  }
  return groups;
}

Summary summarize(const std::vector<ClaimResult>& results) {
  Summary out;
  for (const auto& r : results) {
    switch (r.finding.verdict) {
      case rules::Verdict::kSupported:
        ++out.supported;
        break;
      case rules::Verdict::kContradicted:
        ++out.contradicted;
        break;
      case rules::Verdict::kDisputed:
        ++out.disputed;
        break;
      case rules::Verdict::kUnverified:
        ++out.unverified;
        break;
    }
  }
  return out;
}

bool mentions(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return false;
  size_t pos = 0;
  bool single_word = needle.find(' ') == std::string_view::npos;
  while ((pos = hay.find(needle, pos)) != std::string_view::npos) {
    bool start_ok = pos == 0 || !is_word_char(hay[pos - 1]);
    size_t end = pos + needle.size();
    size_t word_end = end;
    while (word_end < hay.size() && is_word_char(hay[word_end])) ++word_end;
    // A currency sign written solid after a figure ends its word: « 62 M€ », "£48m".
    const bool currency_after = hay.substr(end).starts_with("\u20ac") ||
                                hay.substr(end).starts_with("\u00a3") ||
                                hay.substr(end).starts_with("\u00a5");
    bool end_ok = word_end == end || currency_after || (single_word && word_end - end <= 3);
    if (start_ok && end_ok) return true;
    pos += 1;
  }
  return false;
}

Engine::Impl::Impl(const fs::path& h, rules::RuleSet r)
    : home(h),
      rules(std::move(r)),
      corpus(corpus::Corpus::open(h, corpus::Corpus::Mode::kRead)),
      store(store_path(h)) {}

namespace {

// Whether `analysed` (a text unwrap_lines has joined) is `given` as stored: equal but where a
// line break (CR LF or LF) became spaces.
bool same_text(std::string_view analysed, std::string_view given) {
  if (analysed == given) return true;
  if (analysed.size() != given.size()) return false;
  for (std::size_t i = 0; i < given.size(); ++i) {
    if (analysed[i] != given[i] && !(analysed[i] == ' ' && (given[i] == '\n' || given[i] == '\r')))
      return false;
  }
  return true;
}

}  // namespace

void Engine::Impl::fill(AnalysedDoc& a) {
  // Sources read at ingest carry their mentions; others (added before the extractor changed,
  // from a shard written elsewhere, or fetched pages) are read now, the same way. A hard-wrapped
  // source is read, and its passages shown, with its wraps joined, as an article is.
  claims::unwrap_lines(a.doc.text);
  if (!read_mentions(a)) extract_mentions(a);
  fold_sentences(a);
  a.publisher = corpus::publisher_words(a.doc.source);
  a.amends = rules::opens_as_amendment(a.doc.text);
}

std::shared_ptr<AnalysedDoc> Engine::Impl::entry_for(const corpus::Document& doc,
                                                     std::vector<AnalysedDoc*>& pending,
                                                     const std::string& hash) {
  auto it = docs.find(doc.id);
  if (it != docs.end() && same_text(it->second->doc.text, doc.text)) {
    if (!hash.empty()) by_hash.insert_or_assign(hash, it->second);
    return it->second;
  }
  auto a = std::make_shared<AnalysedDoc>();
  a->doc = doc;
  pending.push_back(a.get());
  docs.insert_or_assign(doc.id, a);
  if (!hash.empty()) by_hash.insert_or_assign(hash, a);
  return a;
}

std::shared_ptr<AnalysedDoc> Engine::Impl::entry_by_hash(std::string_view hash) const {
  auto it = by_hash.find(std::string(hash));
  if (it == by_hash.end()) return nullptr;
  auto held = docs.find(it->second->doc.id);
  return held != docs.end() && held->second == it->second ? it->second : nullptr;
}

const AnalysedDoc& Engine::Impl::analyse(const corpus::Document& doc) {
  std::vector<AnalysedDoc*> pending;
  auto a = entry_for(doc, pending);
  for (auto* p : pending) fill(*p);
  return *a;
}

void Engine::Impl::cut_passages(const AnalysedDoc& a, const rules::SearchPlan& plan,
                                std::vector<rules::Passage>& out) {
  std::vector<std::string> needles;
  for (const auto& group : plan.required) {
    for (const auto& alt : group) needles.push_back(claims::fold(alt));
  }
  if (needles.empty()) {
    for (const auto& w : plan.optional) needles.push_back(claims::fold(w));
  }
  const auto& text = a.doc.text;
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    bool hit = std::any_of(needles.begin(), needles.end(), [&](const std::string& n) {
      return mentions(a.folded_sentences[i], n);
    });
    if (!hit) continue;
    // Several plans can find the same sentence; the rules should see it once.
    bool seen = std::any_of(out.begin(), out.end(), [&](const rules::Passage& q) {
      return q.focus_start == a.sentences[i].start && q.doc_id == a.doc.id;
    });
    if (seen) continue;
    rules::Passage p;
    p.doc_id = a.doc.id;
    p.url = a.doc.url;
    p.title = a.doc.title;
    p.published = a.doc.published;
    p.source = a.doc.source;
    p.tier = a.doc.tier;
    p.document_names = a.names;
    p.publisher_names = a.publisher;
    p.amends = a.amends;
    // A day and month with no year ("yearless") places nothing in a year.
    p.document_dated = std::any_of(a.claims.begin(), a.claims.end(), [](const claims::Claim& c) {
      return c.kind == claims::Kind::kDate &&
             std::find(c.flags.begin(), c.flags.end(), "yearless") == c.flags.end();
    });
    p.start = a.sentences[i > 0 ? i - 1 : i].start;
    p.end = a.sentences[i + 1 < a.sentences.size() ? i + 1 : i].end;
    // A window never cuts a quotation in two: its speaker is named where it opens or closes
    // (« Isabelle Fournier, directrice générale : « … étroit. La génération … » Marc Delorme
    // … »), and a window holding only its middle sentences gave its words to no one, or to
    // the next sentence's name. The window grows to the sentences the quotation starts and
    // ends in, by at most kQuoteReach bytes each way: a quotation left open runs to its
    // paragraph's end, and windows as long as a hostile paragraph would make cutting them
    // quadratic.
    constexpr std::size_t kQuoteReach = 2000;
    for (const auto& c : a.claims) {
      if (c.kind != claims::Kind::kQuote || c.end <= p.start || c.start >= p.end) continue;
      if (c.start + kQuoteReach < p.start || c.end > p.end + kQuoteReach) continue;
      if (c.start < p.start) p.start = std::min(p.start, c.sentence_start);
      if (c.end > p.end) {
        auto after =
            std::lower_bound(a.sentences.begin(), a.sentences.end(), c.end,
                             [](const claims::Span& sp, std::size_t at) { return sp.end < at; });
        p.end = after == a.sentences.end() ? std::max(p.end, c.end) : std::max(p.end, after->end);
      }
    }
    p.text = text.substr(p.start, p.end - p.start);
    p.focus_start = a.sentences[i].start;
    p.focus_end = a.sentences[i].end;
    for (const auto& c : a.claims) {
      if (c.start >= p.start && c.end <= p.end) p.claims.push_back(c);
    }
    out.push_back(std::move(p));
  }
}

namespace {

// Runs f(0) .. f(n - 1) on this thread and the other cores; the first exception is rethrown.
template <class F>
void parallel_for(std::size_t n, const F& f) {
  std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), 4);
  threads = std::min(threads, n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mu;
  auto run = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        f(i);
      } catch (...) {
        std::lock_guard lock(error_mu);
        if (!error) error = std::current_exception();
        next.store(n);
      }
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace

namespace {

// For each claim, "" when it is checked, else why not: it comes after the first
// kMaxCheckedClaimsPerSentence claims of its sentence. Citations are checked by fetching, not
// against the corpus, and do not count.
std::vector<std::string> sentence_limit_notes(const std::vector<claims::Claim>& extracted,
                                              std::string_view text,
                                              std::optional<std::size_t> unread_from) {
  std::vector<std::string> notes(extracted.size());
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> by_sentence;
  for (std::size_t i = 0; i < extracted.size(); ++i) {
    const auto& c = extracted[i];
    if (c.kind == claims::Kind::kCitation) continue;
    by_sentence[{c.sentence_start, c.sentence_end}].push_back(i);
  }
  for (const auto& [span, members] : by_sentence) {
    if (members.size() <= kMaxCheckedClaimsPerSentence) continue;
    std::size_t line = line_at(text, span.first);
    // The article's claims limit may have cut this sentence: it has more than were read.
    bool cut = unread_from && span.second >= *unread_from;
    std::string note = "not checked: the sentence at line " + std::to_string(line) + " has " +
                       (cut ? "more than " : "") + std::to_string(members.size()) +
                       " claims; only the first " + std::to_string(kMaxCheckedClaimsPerSentence) +
                       " claims of a sentence are checked";
    spdlog::warn("{}", note.substr(std::string_view("not checked: ").size()));
    for (std::size_t k = kMaxCheckedClaimsPerSentence; k < members.size(); ++k) {
      notes[members[k]] = note;
    }
  }
  return notes;
}

}  // namespace

std::optional<std::vector<ClaimResult>> Engine::Impl::judge_all(
    std::vector<claims::Claim> extracted, const rules::ArticleContext& ctx, const Incremental& inc,
    std::optional<std::size_t> unread_from) {
  const HitFilter* must_find = inc.must_find;
  const PlanScope* scope = inc.scope;
  // Searches first (each half of the claims in order, on its own index handle): the results
  // and the analysed-document cache come out as if each claim were searched and judged in turn.
  struct Work {
    std::vector<rules::SearchPlan> plans;
    std::vector<std::vector<std::shared_ptr<AnalysedDoc>>> hits;  // per plan, in rank order
    bool unconfined = false;  // a search looked at the whole corpus
    // Per plan: when its search was not made, the documents it would have returned (below);
    // when its hits came back as ids only (Query::ids_only), those ids, in rank order.
    std::vector<std::vector<std::string>> unsearched;
    // Per plan: a hit is a document `must_find` accepts (char: the two handles write
    // different plans of one claim); the search was confined only provisionally (Scope).
    std::vector<char> awaited;
    std::vector<bool> provisional;
    // Per plan searched provisionally: its hits in the run re-checked (Scope::earlier).
    std::vector<std::vector<std::string>> earlier_hits;
    // Per plan: a confined search found unable to return an awaited source (below), made only
    // if the claim is judged again, for its hits.
    std::vector<std::optional<corpus::Query>> deferred;
    bool any_awaited() const {
      return std::find(awaited.begin(), awaited.end(), 1) != awaited.end();
    }
  };
  std::vector<Work> work(extracted.size());
  const auto over_limit = sentence_limit_notes(extracted, ctx.text, unread_from);
  // The judge reads a figure, a date or a role only from sources about the article's story
  // (rules.md, "Same story"): their searches look only among the sources that could pass
  // that gate, so the hits they return are ones the judge can read, and a search need not
  // rank the whole corpus (docs/performance.md, "Searching among the story's sources").
  const auto about_story = story_filter(rules.story_names(ctx.text));
  auto query_of = [&](std::size_t i, const rules::SearchPlan& plan) {
    auto query = to_query(plan);
    auto kind = extracted[i].kind;
    if (kind != claims::Kind::kQuote && kind != claims::Kind::kCitation)
      query.filter_any = about_story;
    return query;
  };
  // Kept across checks (a re-check runs many through one engine), but bounded: entries are
  // only a cache, and a batch of re-checks would otherwise hold every source it ever read.
  constexpr std::size_t kMaxCachedDocs = 8192;
  if (docs.size() > kMaxCachedDocs) forget_documents();
  // Each new source document is analysed once, by a helper thread while this one searches
  // (the index is read by this thread only), then by both.
  std::vector<AnalysedDoc*> pending;
  std::size_t taken = 0;
  bool searched = false;
  std::mutex mu;
  std::condition_variable wake;
  std::exception_ptr error;
  auto analyse_pending = [&] {
    std::unique_lock lock(mu);
    for (;;) {
      wake.wait(lock, [&] { return taken < pending.size() || searched; });
      if (taken == pending.size()) return;
      AnalysedDoc* a = pending[taken++];
      lock.unlock();
      try {
        fill(*a);
      } catch (...) {
        std::lock_guard relock(mu);
        if (!error) error = std::current_exception();
      }
      lock.lock();
    }
  };
  // Earlier findings by claim; with them, only claims whose hits changed are judged again, so
  // analysis waits until the searches tell which documents those claims read.
  std::map<std::string, const ClaimResult*> earlier;
  if (inc.earlier && scope && must_find) {
    std::map<std::string, int> seen;
    for (const auto& r : inc.earlier->results) earlier[claim_key(r.claim, seen)] = &r;
  }
  const bool defer = !earlier.empty();
  std::thread helper;
  if (std::thread::hardware_concurrency() > 1 && !extracted.empty() && !defer) {
    helper = std::thread(analyse_pending);
  }
  // Searches plan j of claim i through `index` into work[i].hits[j] (or, ids only,
  // work[i].unsearched[j]); whether a hit is a document `must_find` accepts. Touches those
  // two alone of the work.
  auto search_plan = [&](corpus::Corpus& index, std::size_t i, std::size_t j, corpus::Query query) {
    // Documents this engine already holds are not read again; the entries are kept here, as
    // found, whatever the other thread adds meanwhile.
    std::unordered_map<std::string, std::shared_ptr<AnalysedDoc>> held;
    query.known = [&](std::string_view hash) -> std::optional<std::string> {
      std::lock_guard lock(mu);
      auto a = entry_by_hash(hash);
      if (!a) return std::nullopt;
      held.insert_or_assign(std::string(hash), a);
      return a->doc.id;
    };
    // With earlier findings, a confined search mostly only tells whether an awaited source is
    // among its hits: its hits are read only if the claim is judged again (as a search not
    // made, below), not as found.
    if (defer && query.only_ids) query.ids_only = true;
    auto found = index.search(query);
    auto& docs_of_plan = work[i].hits[j];
    docs_of_plan.clear();
    work[i].unsearched[j].clear();
    bool awaited = false;
    const bool ids_only =
        std::any_of(found.begin(), found.end(), [](const corpus::Hit& h) { return h.id_only; });
    for (const auto& hit : found) {
      awaited = awaited || (must_find && (*must_find)(hit.document.id));
      if (ids_only) {
        work[i].unsearched[j].push_back(hit.document.id);
        continue;
      }
      std::lock_guard lock(mu);
      if (hit.known) {
        docs_of_plan.push_back(held.at(hit.hash));
        continue;
      }
      std::size_t before = pending.size();
      docs_of_plan.push_back(entry_for(hit.document, pending, hit.hash));
      if (pending.size() != before && !defer) wake.notify_one();
    }
    return awaited;
  };
  // Claims [from, to) searched through one index handle; work[i] is this range's alone.
  auto search_range = [&](corpus::Corpus& index, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      if (!over_limit[i].empty()) continue;
      for (auto& plan : rules.plan(extracted[i], ctx)) {
        auto query = query_of(i, plan);
        auto confined = scope ? (*scope)(plan) : std::nullopt;
        if (confined) {
          query.only_ids = std::move(confined->ids);
        } else {
          work[i].unconfined = true;
        }
        const std::size_t j = work[i].plans.size();
        work[i].plans.push_back(std::move(plan));
        work[i].hits.emplace_back();
        work[i].unsearched.emplace_back();
        work[i].awaited.push_back(false);
        work[i].provisional.push_back(confined && !confined->exact);
        work[i].earlier_hits.emplace_back();
        work[i].deferred.emplace_back();
        if (confined && !confined->exact) {
          const auto& ids = *query.only_ids;  // moved there from confined->ids
          work[i].earlier_hits.back().assign(
              ids.begin(),
              ids.begin() + static_cast<std::ptrdiff_t>(std::min(confined->earlier, ids.size())));
        }
        if (defer && query.only_ids &&
            std::none_of(query.only_ids->begin(), query.only_ids->end(), *must_find)) {
          // Confined to the search's earlier hits alone: they all match it again (unchanged
          // documents, the same query) and fit its limit, so it would return the same documents,
          // in an order the judge does not read. Not searched; read only if the claim is
          // judged again (another of its searches found a new source).
          work[i].unsearched[j] = std::move(*query.only_ids);
          continue;
        }
        if (defer && query.only_ids && confined->exact && !query.filter_any.empty()) {
          // Whether an awaited source could be among the hits is told by ranking the earlier
          // hits with the new candidates `must_find` accepts alone: the others could only rank
          // those lower (the same argument as Scope::exact). A story's search names about four
          // times as many new candidates as it awaits, and mostly finds none of them
          // (docs/performance.md, "Re-checks that rank only what they await"); its hits are
          // then needed only if the claim is judged again, and searched for then.
          const auto& ids = *query.only_ids;
          const std::size_t earlier = std::min(confined->earlier, ids.size());
          std::vector<std::string> awaitable(ids.begin(),
                                             ids.begin() + static_cast<std::ptrdiff_t>(earlier));
          for (std::size_t k = earlier; k < ids.size(); ++k) {
            if ((*must_find)(ids[k])) awaitable.push_back(ids[k]);
          }
          if (awaitable.size() < ids.size()) {
            corpus::Query probe = query;
            probe.only_ids = std::move(awaitable);
            probe.ids_only = true;
            const auto found = index.search(probe);
            if (std::none_of(found.begin(), found.end(),
                             [&](const corpus::Hit& h) { return (*must_find)(h.document.id); })) {
              query.ids_only = true;
              work[i].deferred[j] = std::move(query);
              continue;
            }
          }
        }
        work[i].awaited[j] = search_plan(index, i, j, std::move(query));
      }
    }
  };
  auto found_any = [&] {
    return std::any_of(work.begin(), work.end(), [](const Work& w) { return w.any_awaited(); });
  };
  bool found_new = false;
  try {
    // Searching dominates on a large index, and one Xapian handle serves one thread: a second
    // handle searches the second half of the claims. Searches are deterministic, so the hits
    // are the same as one thread's.
    corpus::Corpus* second = extracted.size() >= kParallelSearchClaims ? second_index() : nullptr;
    // Runs range(index, from, to) over [0, n); with two handles, one takes items from the
    // front and the other from the back until they meet. Each thread keeps to neighbouring
    // claims (which share a story's terms, whose postings each handle reads once), and
    // neither waits on the other: fixed halves left one thread idle for up to 40% of the
    // searches on the benchmark's articles.
    auto on_both = [&](std::size_t n, const auto& range) {
      if (!second || n < 2) {
        range(*corpus, 0, n);
        return;
      }
      std::mutex ends_mu;
      std::size_t front = 0, back = n;
      auto take = [&](bool from_front) -> std::optional<std::size_t> {
        std::lock_guard lock(ends_mu);
        if (front == back) return std::nullopt;
        return from_front ? front++ : --back;
      };
      auto run = [&](corpus::Corpus& index, bool from_front) {
        while (auto i = take(from_front)) range(index, *i, *i + 1);
      };
      std::exception_ptr other_error;
      std::thread other([&] {
        try {
          run(*second, false);
        } catch (...) {
          other_error = std::current_exception();
          std::lock_guard lock(ends_mu);
          back = front;  // the first thread stops too
        }
      });
      try {
        run(*corpus, true);
      } catch (...) {
        {
          std::lock_guard lock(ends_mu);
          back = front;
        }
        other.join();
        throw;
      }
      other.join();
      if (other_error) std::rethrow_exception(other_error);
    };
    on_both(extracted.size(), search_range);
    found_new = found_any();
    // A search confined only to learn whether an awaited source could be among its hits
    // (Scope::exact) found one somewhere in the article: the provisional searches are made
    // again over the whole corpus, whose hits are the ones judged (and may hold none).
    // Only the claims judged again need those hits: one with an earlier finding, none of whose
    // searches found an awaited source (the provisional ones proving that none would be among
    // the whole corpus's hits either) and none of which searched everything, keeps its finding
    // below, and each provisional search of it keeps its earlier hits, as a search not made
    // does. Whatever else moved in that claim's hits is drift, which --full does not report
    // either (diff_runs).
    std::vector<std::pair<std::size_t, std::size_t>> again;  // (claim, plan)
    if (must_find && found_new) {
      std::map<std::string, int> seen;
      for (std::size_t i = 0; i < work.size(); ++i) {
        const bool keeps = defer && earlier.count(claim_key(extracted[i], seen)) &&
                           !work[i].plans.empty() && !work[i].unconfined && !work[i].any_awaited();
        for (std::size_t j = 0; j < work[i].provisional.size(); ++j) {
          if (!work[i].provisional[j]) continue;
          if (keeps) {
            work[i].hits[j].clear();
            work[i].unsearched[j] = std::move(work[i].earlier_hits[j]);
            continue;
          }
          again.emplace_back(i, j);
          work[i].unconfined = true;
          work[i].unsearched[j].clear();
        }
      }
    }
    if (!again.empty()) {
      // Each (claim, plan) slot is written by one handle only; awaited is per slot.
      on_both(again.size(), [&](corpus::Corpus& index, std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
          auto [i, j] = again[k];
          work[i].awaited[j] = search_plan(index, i, j, query_of(i, work[i].plans[j]));
        }
      });
      found_new = found_any();
    }
  } catch (...) {
    {
      std::lock_guard lock(mu);
      taken = pending.size();  // nothing more to analyse: the check fails
      searched = true;
    }
    wake.notify_all();
    if (helper.joinable()) helper.join();
    forget_documents();  // entries of this check may never have been analysed
    throw;
  }
  if (must_find && !found_new) {
    // Nothing the caller waits for is among the hits: no analysis, no judgement. Entries
    // not analysed yet leave the cache, which must only hold analysed documents.
    std::size_t analysed;
    {
      std::lock_guard lock(mu);
      analysed = taken;
      taken = pending.size();
      searched = true;
    }
    wake.notify_all();
    if (helper.joinable()) helper.join();
    for (std::size_t i = analysed; i < pending.size(); ++i) docs.erase(pending[i]->doc.id);
    return std::nullopt;
  }
  // Claims judged again, and the earlier result of each one that is not.
  std::vector<const ClaimResult*> kept(extracted.size(), nullptr);
  if (defer) {
    std::map<std::string, int> seen;
    for (std::size_t i = 0; i < extracted.size(); ++i) {
      auto it = earlier.find(claim_key(extracted[i], seen));
      if (it != earlier.end() && !work[i].plans.empty() && !work[i].unconfined &&
          !work[i].any_awaited()) {
        kept[i] = it->second;
      }
    }
    // The documents of the searches not made, for the claims judged again; a deferred search
    // is made now, for its hits.
    for (std::size_t i = 0; i < extracted.size(); ++i) {
      if (kept[i]) continue;
      for (std::size_t j = 0; j < work[i].unsearched.size(); ++j) {
        if (work[i].deferred[j]) {
          for (const auto& hit : corpus->search(*work[i].deferred[j]))
            work[i].unsearched[j].push_back(hit.document.id);
          work[i].deferred[j].reset();
        }
        for (const auto& id : work[i].unsearched[j]) {
          if (auto doc = corpus->get(id)) work[i].hits[j].push_back(entry_for(*doc, pending, ""));
        }
      }
    }
    // Only the documents of claims judged again are analysed; the rest leave the cache, which
    // must only hold analysed documents.
    std::unordered_set<const AnalysedDoc*> needed;
    for (std::size_t i = 0; i < extracted.size(); ++i) {
      if (kept[i]) continue;
      for (const auto& of_plan : work[i].hits) {
        for (const auto& a : of_plan) needed.insert(a.get());
      }
    }
    std::vector<AnalysedDoc*> todo;
    for (AnalysedDoc* a : pending) {
      if (needed.count(a)) {
        todo.push_back(a);
        continue;
      }
      auto it = docs.find(a->doc.id);
      if (it != docs.end() && it->second.get() == a) docs.erase(it);
    }
    try {
      parallel_for(todo.size(), [&](std::size_t k) { fill(*todo[k]); });
    } catch (...) {
      forget_documents();  // entries may be left unanalysed
      throw;
    }
  } else {
    {
      std::lock_guard lock(mu);
      searched = true;
    }
    wake.notify_all();
    analyse_pending();
    if (helper.joinable()) helper.join();
    if (error) {
      forget_documents();  // the failed entry stays unanalysed
      std::rethrow_exception(error);
    }
  }
  // Passages and rules per claim, independent of each other.
  std::vector<ClaimResult> results(extracted.size());
  parallel_for(extracted.size(), [&](std::size_t i) {
    const auto& claim = extracted[i];
    if (kept[i]) {
      results[i].finding = kept[i]->finding;
      return;
    }
    if (!over_limit[i].empty()) {
      results[i].finding.verdict = rules::Verdict::kUnverified;
      results[i].finding.rule = "limit.sentence_claims";
      results[i].finding.status = "not_checked";
      results[i].finding.explanation = over_limit[i];
      return;
    }
    std::vector<rules::Passage> passages;
    for (std::size_t j = 0; j < work[i].plans.size(); ++j) {
      const auto& plan = work[i].plans[j];
      for (const auto& a : work[i].hits[j]) cut_passages(*a, plan, passages);
      if (spdlog::should_log(spdlog::level::debug)) {
        std::string groups;
        for (const auto& g : plan.required) {
          groups += " [";
          for (const auto& w : g) groups += w + "|";
          groups += "]";
        }
        std::string ids;
        for (const auto& a : work[i].hits[j]) ids += " " + a->doc.id;
        spdlog::debug("claim {} '{}': plan{}: {} hits, {} passages so far; hits:{}", claim.id,
                      claim.text, groups, work[i].hits[j].size(), passages.size(), ids);
      }
    }
    results[i].finding = rules.judge(claim, ctx, passages);
  });
  for (std::size_t i = 0; i < extracted.size(); ++i) {
    for (std::size_t j = 0; j < work[i].hits.size(); ++j) {
      auto& ids = results[i].hits.emplace_back();
      // A search not made keeps the hits it had, read or not (the claim's finding was kept).
      if (!work[i].unsearched[j].empty()) {
        ids = work[i].unsearched[j];
        continue;
      }
      for (const auto& a : work[i].hits[j]) ids.push_back(a->doc.id);
    }
    results[i].plans = std::move(work[i].plans);
    results[i].claim = std::move(extracted[i]);
  }
  return results;
}

corpus::Corpus* Engine::Impl::second_index() {
  if (std::thread::hardware_concurrency() < 2) return nullptr;
  if (!corpus2) {
    corpus2 = corpus::Corpus::open(home, corpus::Corpus::Mode::kRead);
    for (const auto& shard : shards) corpus2->add_shard(shard);
    // The two handles search one story's claims at once: its postings are read once.
    corpus2->share_story_sets(*corpus);
  }
  return corpus2.get();
}

Engine::Engine(const fs::path& home, rules::RuleSet rules, const std::vector<std::string>& shards)
    : impl_(std::make_unique<Impl>(home, std::move(rules))) {
  impl_->shards = shards;
  for (const auto& shard : shards) impl_->corpus->add_shard(shard);
}

Engine::~Engine() = default;

std::optional<Report> Engine::Impl::run_check(const claims::Article& article,
                                              const CheckOptions& options, const Incremental& inc) {
  auto t0 = std::chrono::steady_clock::now();
  Report report;
  report.created_at = utc_now();
  report.article = article;
  report.article_hash = corpus::content_hash(article.text);
  report.corpus_size = corpus->size();
  report.story = options.story;
  if (report.story.empty()) {
    std::error_code ec;
    auto abs = article.path.empty() ? fs::path() : fs::absolute(article.path, ec);
    report.story = abs.empty() ? "sha256:" + report.article_hash : abs.string();
  }

  claims::Options opts;
  opts.reference_date = options.reference_date;
  auto extraction = claims::extract_claims(article, opts);
  auto& extracted = extraction.claims;
  report.claims_unread_from = extraction.unread_from;
  if (extraction.unread_from) {
    spdlog::warn("{}: {}", article.path.empty() ? "article" : article.path,
                 unread_note(article.text, *extraction.unread_from));
  }
  rules::ArticleContext ctx;
  ctx.published = options.reference_date.empty() ? article.published : options.reference_date;
  ctx.claims = extracted;
  // The rules read no further than the extractor did (an article's recurring names, a claim's
  // paragraph): past the limit the text is not read at all.
  ctx.text =
      extraction.unread_from ? article.text.substr(0, *extraction.unread_from) : article.text;
  // Per-article caches in the rules key on this instead of comparing the text per claim.
  static std::atomic<std::uint64_t> next_text_id{1};
  ctx.text_id = next_text_id.fetch_add(1);

  auto results = judge_all(std::move(extracted), ctx, inc, extraction.unread_from);
  if (!results) return std::nullopt;
  report.results = std::move(*results);
  check_citations(report.results, ctx, options);
  report.summary = summarize(report.results);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // Counted as the text report counts them: the article's own dateline is shown apart, not
  // among the unverified (the JSON report keeps the contract's counts).
  const std::size_t own_date = own_dates(report);
  spdlog::info(
      "checked {}: {} claims ({} supported, {} contradicted, {} disputed, {} "
      "unverified{}) in {:.3f} s",
      article.path.empty() ? "article" : article.path, report.results.size() - own_date,
      report.summary.supported, report.summary.contradicted, report.summary.disputed,
      report.summary.unverified - std::min<std::size_t>(own_date, report.summary.unverified),
      own_date > 0 ? "; not checked: the article's date" : "", report.seconds);
  if (options.store) {
    RunContext context;
    context.corpus_generation = corpus->generation();
    store.save(report, context);
  }
  return report;
}

void Engine::Impl::refresh() {
  corpus->refresh();
  if (corpus2) corpus2->refresh();
}

Report Engine::check(const claims::Article& article, const CheckOptions& options) {
  impl_->refresh();
  return *impl_->run_check(article, options, Impl::Incremental{});
}

Report Engine::load_run(std::int64_t run_id) const { return impl_->store.load(run_id); }

std::vector<Engine::RunInfo> Engine::list_runs(std::size_t limit) const {
  return impl_->store.list(limit);
}

std::vector<Engine::RunInfo> Engine::history(const std::string& story) const {
  return impl_->store.history(story);
}

std::vector<StoryInfo> Engine::stories() const { return impl_->store.stories(); }

void Engine::remove_runs(const std::vector<std::int64_t>& run_ids) {
  impl_->store.remove_runs(run_ids);
}

void Engine::remove_stories(const std::vector<std::string>& stories) {
  impl_->store.remove_stories(stories);
}

}  // namespace verify::engine
