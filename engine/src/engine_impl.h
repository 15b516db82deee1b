// Private to the engine: the state behind Engine (corpus, store, rules, analysed sources).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "mentions.h"
#include "store.h"
#include "verify/engine.h"
#include "verify/fetch.h"

namespace verify::engine {

// Letters, digits and any non-ASCII byte: the characters of a word in folded text (which is
// lower case).
bool is_word_char(char c);
// The words of folded text, in order.
std::vector<std::string> folded_words(std::string_view folded);

// Whether `needle` (folded) occurs in `hay` (folded) at a word start. A single word matches
// as a prefix of a longer word with at most a short suffix, which stands in for stemming
// ("official" ~ "officials", "expel" ~ "expelled").
bool mentions(std::string_view hay, std::string_view needle);

// Query::filter_any for the sources the same-story gate could admit (StoryNames::admits with
// rules::same_name, and StoryNames::admits_place): the lead's forms, every word of the
// dateline's place, or two names' forms; empty (no narrowing) when the
// article repeats no name. A necessary condition only: the judge still gates.
std::vector<std::vector<std::vector<std::string>>> story_filter(const rules::StoryNames& story);

// Claims are matched across runs by kind, words and occurrence (`seen` counts earlier ones),
// so a re-edited article's unchanged claims still pair up.
std::string claim_key(const claims::Claim& c, std::map<std::string, int>& seen);

// How many of `results` each verdict has (Report::summary), for a check and a re-check alike.
Summary summarize(const std::vector<ClaimResult>& results);

struct Engine::Impl {
  std::filesystem::path home;
  rules::RuleSet rules;
  std::unique_ptr<corpus::Corpus> corpus;
  std::vector<std::string> shards;  // added to every index handle
  // A second handle on the same index, opened on first need, for searching on two threads.
  std::unique_ptr<corpus::Corpus> corpus2;
  Store store;
  // By document id. Shared: a check's claims hold on to the entries they judge by.
  std::unordered_map<std::string, std::shared_ptr<AnalysedDoc>> docs;
  // The same entries by the content hash of their document (corpus::Hit::hash), so a search
  // need not read a document it already returned (corpus::Query::known). An entry here counts
  // only while `docs` still holds it under its id.
  std::unordered_map<std::string, std::shared_ptr<AnalysedDoc>> by_hash;

  Impl(const std::filesystem::path& h, rules::RuleSet r);

  const AnalysedDoc& analyse(const corpus::Document& doc);
  // The cached entry for `doc`, or a new one (added to `pending`, not yet analysed) that
  // replaces any entry of that id with another text.
  std::shared_ptr<AnalysedDoc> entry_for(const corpus::Document& doc,
                                         std::vector<AnalysedDoc*>& pending,
                                         const std::string& hash = "");
  // The cached entry of the document with content hash `hash`, or null.
  std::shared_ptr<AnalysedDoc> entry_by_hash(std::string_view hash) const;
  // Empties the analysed-document cache, by id and by hash.
  void forget_documents() {
    docs.clear();
    by_hash.clear();
  }
  // Fills in sentences and claims of an entry whose `doc` is set. Thread-safe.
  static void fill(AnalysedDoc& a);
  // Windows of one sentence and its neighbours around every sentence that mentions a word of
  // the plan: the rules judge these, not whole documents. Thread-safe.
  static void cut_passages(const AnalysedDoc& a, const rules::SearchPlan& plan,
                           std::vector<rules::Passage>& out);
  // Both index handles see sources committed since the engine opened them (an engine may
  // outlive several ingests).
  void refresh();
  // The second index handle, or nullptr on a single core.
  corpus::Corpus* second_index();
  // Articles with fewer claims than this are searched on one thread: a second handle's
  // start-up would cost more than it saves.
  static constexpr std::size_t kParallelSearchClaims = 8;
  // Accepts the ids of documents a re-check is waiting for (added or changed since a run).
  using HitFilter = std::function<bool(const std::string&)>;
  // For a re-check: the documents a plan's search may be confined to (its earlier hits and the
  // new sources that could match it), or nullopt to search the whole corpus.
  struct Scope {
    std::vector<std::string> ids;
    // false: the confined search only tells whether an awaited source could be among the
    // hits (one ranked among these ranks at least as high in the whole corpus, so none here
    // means none there); when one is, the whole corpus is searched for the hits judged.
    bool exact = true;
    // How many of `ids`, from the front, are the search's hits in the run re-checked: what a
    // claim that keeps its finding keeps as its hits when this search was only provisional.
    std::size_t earlier = 0;
  };
  using PlanScope = std::function<std::optional<Scope>(const rules::SearchPlan&)>;
  // What a re-check knows beyond a check: the sources it waits for, and optionally where each
  // search may look and the run it re-checks.
  struct Incremental {
    const HitFilter* must_find = nullptr;
    const PlanScope* scope = nullptr;
    // With `scope`: a claim whose searches were all confined and found none of the awaited
    // sources keeps its finding from this run (its hits are the ones that were judged).
    const Report* earlier = nullptr;
  };
  // Searches, analyses and judges every claim: searches on two index handles (one per half of
  // the claims), analysis alongside, judgement spread over the cores. With `must_find`, gives up
  // (nullopt) right after the searches when no hit is a document it accepts, so nothing could
  // have changed. With `scope`, each plan's search is confined to the documents it names; when
  // `must_find` accepts a hit, the searches confined only provisionally (Scope::exact) are made
  // again over the whole corpus, and their hits are the ones judged: those of the claims judged
  // again only (a claim none of whose searches found an awaited source keeps its finding).
  // `unread_from`: where the article's claims limit stopped reading it (Report).
  std::optional<std::vector<ClaimResult>> judge_all(std::vector<claims::Claim> extracted,
                                                    const rules::ArticleContext& ctx,
                                                    const Incremental& inc,
                                                    std::optional<std::size_t> unread_from);
  // Engine::check, with judge_all's re-check options; stores the run when options.store is set.
  std::optional<Report> run_check(const claims::Article& article, const CheckOptions& options,
                                  const Incremental& inc);
  // Fetches the article's cited links and judges each against its page (citations.cpp).
  void check_citations(std::vector<ClaimResult>& results, const rules::ArticleContext& ctx,
                       const CheckOptions& options);
  void judge_citation(const claims::Claim& citation, const corpus::FetchResult& got,
                      const rules::ArticleContext& ctx, LinkCheck& link, rules::Finding& f);
};

}  // namespace verify::engine
