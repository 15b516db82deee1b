// Re-checks of archived stories: one at a time per home, incremental, resumable.
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "engine_impl.h"
#include "mentions.h"
#include "verify/engine.h"

namespace verify::engine {
namespace {
namespace fs = std::filesystem;

// An exclusive flock on HOME/recheck.lock. The kernel drops it when the process dies, so a
// killed re-check never leaves a stale lock behind.
class RecheckLock {
 public:
  RecheckLock(const fs::path& path, bool wait) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) {
      throw StoreError("recheck: cannot open lock file '" + path.string() +
                       "': " + std::strerror(errno));
    }
    if (::flock(fd_, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0) {
      ::close(fd_);
      throw StoreError("recheck: another `verify recheck` is running on this home (lock '" +
                       path.string() + "'); try again later or pass --wait");
    }
  }
  ~RecheckLock() {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
  RecheckLock(const RecheckLock&) = delete;
  RecheckLock& operator=(const RecheckLock&) = delete;

 private:
  int fd_ = -1;
};

// Words of the sources added or changed since a generation, to decide cheaply which of them
// could answer a story's searches. Conservative: a search word matches a source word with the
// same index stem, or one it is a prefix of up to three more letters (the engine's own passage
// test), so no source the index would match is ever left out.
class ChangeIndex {
 public:
  using Docs = std::vector<std::uint32_t>;  // ascending document indices

  ChangeIndex(std::vector<corpus::Document> docs, const rules::RuleSet& rules) {
    std::sort(docs.begin(), docs.end(),
              [](const auto& a, const auto& b) { return a.generation < b.generation; });
    // Each distinct word once, with the (ascending) documents that hold it: building and
    // probing cost the postings once, not a sort of every (word, document) pair and a pass
    // over every new document per search word, which made a re-check of a few stories after a
    // large ingest slower than searching everything again.
    std::unordered_map<std::string, std::uint32_t> word_id, read_id;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      generations_.push_back(docs[i].generation);
      ids_.push_back(docs[i].id);
      generation_of_[docs[i].id] = docs[i].generation;
      for (auto& w : folded_words(claims::fold(docs[i].title + "\n" + docs[i].text))) {
        auto [it, fresh] = word_id.try_emplace(std::move(w), word_docs_.size());
        if (fresh) word_docs_.emplace_back();
        auto& list = word_docs_[it->second];
        if (list.empty() || list.back() != i) list.push_back(static_cast<std::uint32_t>(i));
      }
      // Its publisher's name (rules::StoryNames::admits_publisher).
      for (auto& w : corpus::publisher_words(docs[i].source))
        publisher_docs_[std::move(w)].push_back(static_cast<std::uint32_t>(i));
      // Its words as the judge reads them: what could name the story or hold a quote.
      auto read = rules.source_words(docs[i].title, docs[i].text, capitalised_words(docs[i].text));
      elides_.push_back(read.ellipsis);
      for (auto& w : read.words) {
        auto [it, fresh] = read_id.try_emplace(std::move(w), read_docs_.size());
        if (fresh) read_docs_.emplace_back();
        read_docs_[it->second].push_back(static_cast<std::uint32_t>(i));
      }
    }
    read_.assign(read_id.begin(), read_id.end());
    std::sort(read_.begin(), read_.end());
    words_.reserve(word_id.size());
    std::unordered_map<std::string, std::uint32_t> stem_id;
    for (auto& [word, id] : word_id) {
      auto [it, fresh] = stem_id.try_emplace(corpus::index_stem(word), stem_docs_.size());
      if (fresh) stem_docs_.emplace_back();
      auto& list = stem_docs_[it->second];
      list.insert(list.end(), word_docs_[id].begin(), word_docs_[id].end());
      words_.emplace_back(word, id);
    }
    for (auto& list : stem_docs_) {
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    stems_.assign(stem_id.begin(), stem_id.end());
    std::sort(words_.begin(), words_.end());
    std::sort(stems_.begin(), stems_.end());
  }

  bool empty() const { return generations_.empty(); }

  const std::string& id_at(std::uint32_t d) const { return ids_[d]; }

  // Whether the document was added or changed after `since`.
  bool newer(const std::string& id, std::uint64_t since) const {
    auto it = generation_of_.find(id);
    return it != generation_of_.end() && it->second > since;
  }

  // Whether a source newer than `since` could match one of the plans; `admitted(p)`, when
  // given, names the only documents that could answer plan p (nullptr: any).
  bool affects(const std::vector<rules::SearchPlan>& plans, std::uint64_t since,
               const std::function<const Docs*(std::size_t)>& admitted = {}) const {
    for (std::size_t p = 0; p < plans.size(); ++p) {
      if (!plans[p].required.empty() &&
          !candidate_docs(plans[p], since, admitted ? admitted(p) : nullptr).empty())
        return true;
    }
    return false;
  }

  // The sources newer than `since` that the same-story gate could admit for `story`: those with
  // words that could name the story's lead or headline name, its place, or two of its names.
  // nullopt:
  // every source (the article repeats no name). Conservative as the word test is: a name is
  // looked for under every word of the source, not its capitalised ones only.
  std::optional<Docs> about(const rules::StoryNames& story, std::uint64_t since) const {
    if (story.names.empty()) return std::nullopt;
    const std::uint32_t first = first_after(since);
    std::map<std::string, Docs> naming;
    for (const auto& name : story.names) naming[name] = docs_naming(name, first);
    // A compound's other words (StoryNames::partners) and the dateline's place
    // (StoryNames::place), which admits() asks for too.
    for (const auto& [name, mates] : story.partners) {
      for (const auto& m : mates) {
        if (!naming.count(m)) naming[m] = docs_naming(m, first);
      }
    }
    for (const auto& w : story.place) {
      if (!naming.count(w)) naming[w] = docs_naming(w, first);
    }
    Docs all;
    for (const auto& [name, docs] : naming) all.insert(all.end(), docs.begin(), docs.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    Docs out;
    for (auto d : all) {
      auto named = [&](const std::string& n) {
        const auto& docs = naming[n];
        return std::binary_search(docs.begin(), docs.end(), d);
      };
      if (story.admits(named) || story.admits_place(named)) out.push_back(d);
    }
    // An organisation's own pages, whose publisher is the story's lead or headline name.
    for (const auto& [word, docs] : publisher_docs_) {
      if (!story.admits_publisher({word})) continue;
      for (auto d : docs) {
        if (d >= first) out.push_back(d);
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // The sources newer than `since` that could hold the quote, verbatim or altered (what
  // rules::RuleSet::quote_words asks of them).
  Docs quoting(const rules::RuleSet::QuoteWords& quote, std::uint64_t since) const {
    const std::uint32_t first = first_after(since);
    std::map<std::string, std::size_t> times;
    for (const auto& w : quote.words) ++times[w];
    std::map<std::uint32_t, std::size_t> held;  // document -> quote words it holds
    for (const auto& [w, n] : times) {
      auto k = at(w);
      if (k == read_.size() || read_[k].first != w) continue;
      const auto& list = read_docs_[read_[k].second];
      for (auto it = std::lower_bound(list.begin(), list.end(), first); it != list.end(); ++it)
        held[*it] += n;
    }
    Docs out;
    for (const auto& [d, n] : held) {
      if (n >= quote.need || elides_[d]) out.push_back(d);
    }
    if (quote.need == 0) {  // nothing to hold: every source
      out.clear();
      for (auto d = first; d < ids_.size(); ++d) out.push_back(d);
    }
    return out;
  }

  // The sources newer than `since` that could match the plan's required words and, when
  // `admitted` is given, are among those documents (about(), quoting()).
  Docs candidate_docs(const rules::SearchPlan& plan, std::uint64_t since,
                      const Docs* admitted = nullptr) const {
    auto first = first_after(since);
    Docs out;
    if (first == generations_.size() || plan.required.empty()) return out;
    Docs alive;
    bool started = false;
    for (const auto& group : plan.required) {
      const auto any = group_docs(group, first);
      alive = started ? intersect(alive, *any) : *any;
      started = true;
      if (alive.empty()) return out;
    }
    return admitted ? intersect(alive, *admitted) : alive;
  }

  std::vector<std::string> ids_of(const Docs& docs) const {
    std::vector<std::string> out;
    out.reserve(docs.size());
    for (auto d : docs) out.push_back(ids_[d]);
    return out;
  }

  static Docs intersect(const Docs& a, const Docs& b) {
    Docs out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
  }

 private:
  std::uint32_t first_after(std::uint64_t since) const {
    return static_cast<std::uint32_t>(
        std::upper_bound(generations_.begin(), generations_.end(), since) - generations_.begin());
  }

  // Where `w` is, or would be, in read_.
  std::size_t at(const std::string& w) const {
    return static_cast<std::size_t>(
        std::lower_bound(read_.begin(), read_.end(), std::make_pair(w, std::uint32_t{0})) -
        read_.begin());
  }

  // Documents from index `first` on with a read word w of which rules::same_name(name, w):
  // w extends the name (by at most three letters), the name extends w, or w is one of its
  // rules::name_counterparts (a country's or a place's name in the other language).
  Docs docs_naming(const std::string& name, std::uint32_t first) const {
    const std::vector<std::string> forms = rules::name_shorter_forms(name);
    Docs out;
    auto take = [&](std::size_t k) {
      if (!rules::same_name(name, read_[k].first)) return;
      const auto& list = read_docs_[read_[k].second];
      out.insert(out.end(), std::lower_bound(list.begin(), list.end(), first), list.end());
    };
    // The name itself and the words it begins.
    for (std::size_t k = at(name);
         k < read_.size() && read_[k].first.compare(0, name.size(), name) == 0; ++k) {
      if (read_[k].first.size() <= name.size() + 3) take(k);
    }
    for (const auto& f : forms) {
      std::size_t k = at(f);
      if (k < read_.size() && read_[k].first == f) take(k);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Documents from index `first` on holding every word of `alternative` (a phrase is
  // approximated by its words): a word matches a source word with the same index stem, or one
  // it is a prefix of up to three more letters (the engine's own passage test), so no source
  // the index would match is ever left out.
  Docs docs_with(const std::string& alternative, std::uint32_t first) const {
    Docs result;
    bool started = false;
    for (const auto& w : folded_words(alternative)) {
      Docs with;
      auto add = [&](const Docs& list) {
        with.insert(with.end(), std::lower_bound(list.begin(), list.end(), first), list.end());
      };
      auto it = std::lower_bound(words_.begin(), words_.end(), std::make_pair(w, std::uint32_t{0}));
      for (; it != words_.end() && it->first.compare(0, w.size(), w) == 0; ++it) {
        if (it->first.size() <= w.size() + 3) add(word_docs_[it->second]);
      }
      std::string stem = corpus::index_stem(w);
      auto st =
          std::lower_bound(stems_.begin(), stems_.end(), std::make_pair(stem, std::uint32_t{0}));
      if (st != stems_.end() && st->first == stem) add(stem_docs_[st->second]);
      std::sort(with.begin(), with.end());
      with.erase(std::unique(with.begin(), with.end()), with.end());
      result = started ? intersect(result, with) : std::move(with);
      started = true;
      if (result.empty()) break;
    }
    return result;
  }

  // The documents from index `first` on that could match one of a required group's
  // alternatives, worked out once per group: the stories' plans share their groups (an event's
  // verbs, a figure's forms), and merging a group of twenty alternatives again for each plan
  // was a tenth of a re-check (docs/performance.md, "Re-checks from the documents' own terms").
  // Thread-safe: a re-check's engines share this index.
  std::shared_ptr<const Docs> group_docs(const std::vector<std::string>& group,
                                         std::uint32_t first) const {
    std::string key = std::to_string(first);
    for (const auto& alt : group) (key += '\0') += alt;
    {
      std::lock_guard lock(groups_mu_);
      if (auto it = groups_.find(key); it != groups_.end()) return it->second;
    }
    Docs any;
    for (const auto& alt : group) {
      auto docs = docs_with(claims::fold(alt), first);
      any.insert(any.end(), docs.begin(), docs.end());
    }
    std::sort(any.begin(), any.end());
    any.erase(std::unique(any.begin(), any.end()), any.end());
    auto shared = std::make_shared<const Docs>(std::move(any));
    std::lock_guard lock(groups_mu_);
    if (group_entries_ + shared->size() > kMaxGroupEntries) {
      groups_.clear();
      group_entries_ = 0;
    }
    if (groups_.emplace(std::move(key), shared).second) group_entries_ += shared->size() + 8;
    return shared;
  }

  // At most this many document indices kept in groups_ (4 bytes each) before starting over.
  static constexpr std::size_t kMaxGroupEntries = 8u << 20;
  mutable std::mutex groups_mu_;
  mutable std::unordered_map<std::string, std::shared_ptr<const Docs>> groups_;
  mutable std::size_t group_entries_ = 0;
  std::vector<std::uint64_t> generations_;
  std::vector<std::string> ids_;
  std::map<std::string, std::uint64_t> generation_of_;
  std::vector<Docs> word_docs_, stem_docs_;                   // by word id / stem id
  std::vector<std::pair<std::string, std::uint32_t>> words_;  // (word, word id), sorted
  std::vector<std::pair<std::string, std::uint32_t>> stems_;  // (index stem, stem id), sorted
  // The words as the judge reads them (rules::RuleSet::source_words).
  std::vector<Docs> read_docs_;                              // by read word id
  std::vector<std::pair<std::string, std::uint32_t>> read_;  // (read word, its id), sorted
  std::vector<bool> elides_;                                 // by document index
  std::map<std::string, Docs> publisher_docs_;               // corpus::publisher_words -> documents
};

// Above this many new sources that could match a search, a re-check's confined search only
// tells whether a new source could be among its hits; if one could, the story's searches
// with that many are made again over everything. Ranking a few hundred new sources among the
// earlier hits gives the hits the whole corpus would, but for a document whose rank rose as
// the corpus statistics moved; past that, the re-check reported too many changes `--full`
// does not (docs/performance.md).
constexpr std::size_t kMaxConfinedCandidates = 300;

bool alarming_verdict(rules::Verdict v) {
  return v == rules::Verdict::kContradicted || v == rules::Verdict::kDisputed;
}

// Whether two runs made the same searches for a claim (stored plans keep their required words
// only, so those are compared).
bool same_searches(const ClaimResult& a, const ClaimResult& b) {
  if (a.plans.size() != b.plans.size()) return false;
  for (std::size_t i = 0; i < a.plans.size(); ++i) {
    if (a.plans[i].required != b.plans[i].required) return false;
  }
  return true;
}

// What moved between a story's earlier run and this one. `news(id)` tells whether a source was
// added, changed or removed since the earlier run. A claim whose searches are the same and
// whose evidence, then and now, holds no such source moved only because the searches ranked
// sources differently: a full search re-ranks the whole corpus under its grown word
// statistics, so near-ties at the cut swap, and a new source that is no evidence (another
// story's, which the judge does not read) can push one that was out of the hits. That is not
// news, and is counted in `drifted` rather than reported. For the same reason only news
// sources are listed as new evidence.
std::vector<ClaimChange> diff_runs(const Report& before, const Report& now,
                                   const std::function<bool(const std::string&)>& news,
                                   std::size_t& drifted) {
  std::map<std::string, const ClaimResult*> previous;
  std::map<std::string, int> seen_before, seen_now;
  for (const auto& r : before.results) previous[claim_key(r.claim, seen_before)] = &r;
  std::vector<ClaimChange> changes;
  for (const auto& r : now.results) {
    auto it = previous.find(claim_key(r.claim, seen_now));
    ClaimChange change;
    change.now = r;
    if (it == previous.end()) {
      // A claim the earlier version did not make: only worth telling when it is a problem.
      if (!alarming_verdict(r.finding.verdict)) continue;
      change.kind = ClaimChange::Kind::kNewContradiction;
      changes.push_back(std::move(change));
      continue;
    }
    const auto& old = *it->second;
    change.before = old.finding.verdict;
    change.before_status = old.finding.status;
    if (old.link && r.link && old.link->status == "ok" && r.link->status != "ok") {
      change.kind = ClaimChange::Kind::kLinkDead;
      changes.push_back(std::move(change));
      continue;
    }
    // When the rules searched differently, or the earlier run kept no hits, the move cannot be
    // put down to the corpus alone, and every newly cited source is listed.
    const bool attributable = same_searches(old, r) && !old.hits.empty();
    bool touched = !attributable;
    auto look = [&](const ClaimResult& run) {
      for (const auto& e : run.finding.evidence) touched = touched || news(e.passage.doc_id);
    };
    if (!touched) look(old);
    if (!touched) look(r);
    std::set<std::string> old_docs;
    for (const auto& e : old.finding.evidence) old_docs.insert(e.passage.doc_id);
    bool evidence_moved = false;
    for (const auto& e : r.finding.evidence) {
      const auto& id = e.passage.doc_id;
      if (old_docs.count(id)) continue;
      evidence_moved = true;
      if (!attributable || news(id)) change.new_sources.push_back(id);
    }
    const bool verdict_moved = old.finding.verdict != r.finding.verdict;
    const bool status_moved = old.finding.status != r.finding.status;
    if (!touched) {
      if (verdict_moved || status_moved || evidence_moved) ++drifted;
      continue;
    }
    if (verdict_moved) {
      // Contradicted to disputed (or back) is a move, not a new alarm.
      if (alarming_verdict(r.finding.verdict) && !alarming_verdict(old.finding.verdict)) {
        change.kind = ClaimChange::Kind::kNewContradiction;
      } else if (r.finding.verdict == rules::Verdict::kSupported) {
        change.kind = ClaimChange::Kind::kNewlySupported;
      } else {
        change.kind = ClaimChange::Kind::kVerdictChanged;
      }
    } else if (status_moved) {
      change.kind = ClaimChange::Kind::kStatusChanged;
    } else if (!change.new_sources.empty()) {
      change.kind = ClaimChange::Kind::kNewEvidence;
    } else {
      continue;
    }
    changes.push_back(std::move(change));
  }
  return changes;
}

// A re-run that fetches no links would judge every cited link "not checked", and its verdict
// would seem to move though nobody looked at the link again. Each citation of `now` that
// `before` checked keeps that finding and link state instead (claims matched as diff_runs
// matches them); the summary is counted again. Returns how many were kept.
std::size_t keep_links(const Report& before, Report& now) {
  std::map<std::string, const ClaimResult*> previous;
  std::map<std::string, int> seen_before, seen_now;
  for (const auto& r : before.results) previous[claim_key(r.claim, seen_before)] = &r;
  std::size_t kept = 0;
  for (auto& r : now.results) {
    const std::string key = claim_key(r.claim, seen_now);
    if (r.claim.kind != claims::Kind::kCitation) continue;
    auto it = previous.find(key);
    if (it == previous.end() || !it->second->link) continue;
    r.finding = it->second->finding;
    r.link = it->second->link;
    ++kept;
  }
  if (kept == 0) return 0;
  now.summary = summarize(now.results);
  return kept;
}

// Stored text comes back through the same reader, so page furniture is recognised again.
claims::Article reread(claims::Article stored) {
  std::string format = stored.format == "md" ? "md" : "txt";
  claims::Article a = claims::parse_article(stored.text, format, stored.path);
  a.format = stored.format;
  a.title = stored.title;
  a.published = stored.published;
  return a;
}

}  // namespace

std::string claim_key(const claims::Claim& c, std::map<std::string, int>& seen) {
  std::string key = std::string(claims::to_string(c.kind)) + '\x1f' + c.text + '\x1f' + c.value;
  return key + '\x1f' + std::to_string(seen[key]++);
}

std::string_view to_string(ClaimChange::Kind kind) {
  switch (kind) {
    case ClaimChange::Kind::kNewContradiction:
      return "new-contradiction";
    case ClaimChange::Kind::kNewlySupported:
      return "newly-supported";
    case ClaimChange::Kind::kVerdictChanged:
      return "verdict-changed";
    case ClaimChange::Kind::kNewEvidence:
      return "new-evidence";
    case ClaimChange::Kind::kLinkDead:
      return "link-dead";
    case ClaimChange::Kind::kStatusChanged:
      return "status-changed";
  }
  return "verdict-changed";
}

bool RecheckResult::alarming() const {
  for (const auto& story : changed) {
    for (const auto& c : story.changes) {
      if (c.kind == ClaimChange::Kind::kNewContradiction ||
          c.kind == ClaimChange::Kind::kLinkDead) {
        return true;
      }
    }
  }
  return false;
}

RecheckResult Engine::recheck(const RecheckOptions& options) {
  RecheckLock lock(impl_->home / "recheck.lock", options.wait);
  auto& store = impl_->store;
  RecheckResult result;
  std::tie(result.batch, result.resumed) = store.open_batch(options);
  result.links_fetched = options.fetch;
  result.stories = store.batch_size(result.batch);
  auto pending = store.pending(result.batch);
  size_t done = result.stories - pending.size();
  if (result.resumed) {
    spdlog::info("resuming interrupted re-check batch {}: {} of {} stories left", result.batch,
                 pending.size(), result.stories);
  }

  impl_->refresh();
  const std::uint64_t generation = impl_->corpus->generation();
  std::uint64_t oldest = generation;
  for (const auto& st : pending) {
    oldest = std::min(oldest, std::max(st.run_generation, st.checked_generation));
  }
  // Sources changed since the oldest story was last looked at, read once for the batch.
  ChangeIndex changes(
      oldest < generation ? impl_->corpus->changed_since(oldest) : std::vector<corpus::Document>{},
      impl_->rules);
  auto removed = oldest < generation ? impl_->corpus->removed_since(oldest)
                                     : std::vector<std::pair<std::string, std::uint64_t>>{};

  std::map<std::string, std::uint64_t> removed_at(removed.begin(), removed.end());
  for (const auto& [id, gen] : removed) removed_at[id] = std::max(removed_at[id], gen);

  // A resumed batch first reports what the interrupted run found and stored but never printed:
  // each finished story's run against the run before it, news being what was added, changed or
  // removed since that earlier run. (A story found unaffected after that run and before the
  // batch cannot be told apart here, so its news may start earlier: more, never less.)
  if (result.resumed) {
    auto finished = store.finished(result.batch);
    std::uint64_t from = generation;
    for (const auto& f : finished) from = std::min(from, f.run_generation);
    std::map<std::string, std::uint64_t> changed_at;
    if (!finished.empty() && from < generation) {
      for (const auto& d : impl_->corpus->changed_since(from)) {
        changed_at[d.id] = std::max(changed_at[d.id], d.generation);
      }
      for (const auto& [id, gen] : impl_->corpus->removed_since(from)) {
        changed_at[id] = std::max(changed_at[id], gen);
      }
    }
    for (const auto& f : finished) {
      if (f.previous_run == 0) continue;
      auto news = [&](const std::string& id) {
        auto it = changed_at.find(id);
        return it != changed_at.end() && it->second > f.run_generation;
      };
      Report now = store.load(f.run_id);
      std::size_t drifted = 0;  // counted by the interrupted run's batch, not this report
      auto moved = diff_runs(store.load(f.previous_run), now, news, drifted);
      if (!moved.empty()) {
        result.changed.push_back(
            StoryChanges{f.story, now.article.title, f.previous_run, f.run_id, std::move(moved)});
      }
    }
    result.finished_before = finished.size();
  }

  // One story's way through the batch: routed and read from the store on this thread,
  // re-run on a worker, its outcome stored on this thread in batch order.
  struct StoryWork {
    StoryState st;
    std::uint64_t since = 0;
    bool affected = false;
    bool if_new_hit = false;  // re-run only if a new source is among its hits
    RunTerms terms;
    std::optional<claims::Article> article;
    std::optional<ChangeIndex::Docs> about;           // new sources about the story; nullopt: any
    std::map<std::string, ChangeIndex::Docs> quoted;  // new sources that could hold each quote
    std::optional<Report> before;                     // the run re-checked, for incremental
    std::optional<Report> now, previous;
    std::exception_ptr error;
    bool done = false;
  };
  auto gone = [&](const std::string& id, std::uint64_t since) {
    auto it = removed_at.find(id);
    return it != removed_at.end() && it->second > since;
  };
  // Whether the story must be re-run at all, and if only when a new source is among its hits.
  auto prepare = [&](StoryWork& w) {
    const auto& st = w.st;
    const std::uint64_t since = w.since = std::max(st.run_generation, st.checked_generation);
    w.affected = st.run_id == 0;
    auto quoting = [&](const std::string& quote) -> const ChangeIndex::Docs& {
      auto it = w.quoted.find(quote);
      if (it == w.quoted.end())
        it = w.quoted.emplace(quote, changes.quoting(impl_->rules.quote_words(quote), since)).first;
      return it->second;
    };
    if (!w.affected) {
      w.terms = store.run_terms(st.run_id);
      const auto& terms = w.terms;
      if (options.fetch && terms.has_citations) {
        w.affected = true;  // links die whatever the corpus does
      } else if (since < generation) {
        for (const auto& id : terms.evidence_docs) {
          if (gone(id, since)) w.affected = true;
        }
        // An earlier hit that changed or went away lets documents the earlier searches
        // ranked lower into the lists, which only searching everything again can tell.
        for (const auto& [key, ids] : terms.hits) {
          for (const auto& id : ids) {
            if (gone(id, since) || changes.newer(id, since)) w.affected = true;
          }
        }
        // The word test is cheap and never misses, but common words pass it easily. What
        // the judge reads is narrower: a figure, a date or a role only from sources about the
        // story (rules::StoryNames), a quote only from one that holds enough of its words. A
        // new source that matches the searches' words but neither of those cannot change a
        // finding. The story's own searches then tell whether such a source is among the hits.
        if (!w.affected && changes.affects(terms.plans, since)) {
          w.article = reread(store.latest_article(st.story_id));
          // The names the judge reads: from the text the run's extractor read.
          const std::string& text = w.article->text;
          w.about = changes.about(
              impl_->rules.story_names(terms.unread_from && *terms.unread_from < text.size()
                                           ? text.substr(0, *terms.unread_from)
                                           : text),
              since);
          auto admitted = [&](std::size_t p) -> const ChangeIndex::Docs* {
            const std::string& quote = terms.quote_of_plan[p];
            return quote.empty() ? (w.about ? &*w.about : nullptr) : &quoting(quote);
          };
          if (changes.affects(terms.plans, since, admitted)) {
            w.affected = w.if_new_hit = true;
            // Every quote's, before the searches (on two threads) look them up.
            for (const auto& [key, quote] : terms.quote_of_key) quoting(quote);
          }
        }
      }
    }
    if (!w.affected) return;
    if (!w.article) w.article = reread(store.latest_article(st.story_id));
    if (w.if_new_hit && options.incremental) w.before = store.load(st.run_id);
  };
  // Re-runs an affected story on `engine` (its own index handles and document cache); reads
  // `changes` and the work, writes only the work's results. Thread-safe for distinct works and
  // engines.
  auto execute = [&](StoryWork& w, Impl& engine) {
    const std::uint64_t since = w.since;
    const auto& terms = w.terms;
    CheckOptions check_options;
    check_options.store = false;
    check_options.story = w.st.story;
    check_options.fetch = options.fetch;
    check_options.max_age_seconds = options.max_age_seconds;
    check_options.allow_private = options.allow_private;
    check_options.exclude_links = options.exclude_links;
    check_options.accept_status = options.accept_status;
    // A new source among the hits matters only if the judge could read it for some claim of
    // the story (above); another story's that ranks among them can change no finding.
    std::unordered_set<std::string> readable;
    ChangeIndex::Docs readable_docs;  // the same, as ascending document indices
    if (w.about) {
      readable_docs = *w.about;
      for (const auto& [quote, docs] : w.quoted) {
        readable_docs.insert(readable_docs.end(), docs.begin(), docs.end());
      }
      std::sort(readable_docs.begin(), readable_docs.end());
      readable_docs.erase(std::unique(readable_docs.begin(), readable_docs.end()),
                          readable_docs.end());
      for (auto d : readable_docs) readable.insert(changes.id_at(d));
    }
    Impl::HitFilter is_new = [&](const std::string& id) {
      return changes.newer(id, since) && (!w.about || readable.count(id));
    };
    // Nothing ranked above an earlier hit is older than the run (those were the hits), so a
    // search's hits now are the best of its earlier hits and the new sources that could
    // match it: rank just those, with the whole index's statistics, instead of searching
    // everything. A plan the run did not make (the rules changed) searches everything.
    Impl::PlanScope scope = [&](const rules::SearchPlan& plan) -> std::optional<Impl::Scope> {
      const std::string key = plan_key(plan);
      auto it = terms.hits.find(key);
      if (it == terms.hits.end()) return std::nullopt;
      std::vector<std::string> ids = it->second;
      const std::size_t earlier = ids.size();
      // The search is made only if a new source the judge could read for its claim (above)
      // is among its candidates; a search that two kinds of claim make takes either's. Then
      // the other candidates are ranked too, since they take places among the hits as in a
      // full search; alone they could change no finding, and the search, confined to its
      // earlier hits, is not made at all (Impl::judge_all).
      auto quote = terms.quote_of_key.find(key);
      const ChangeIndex::Docs* admitted = nullptr;
      if (quote == terms.quote_of_key.end()) {
        if (w.about) admitted = &*w.about;
      } else if (!terms.story_keys.count(key)) {
        auto docs = w.quoted.find(quote->second);  // read-only here: filled by prepare
        if (docs != w.quoted.end()) admitted = &docs->second;
      }
      const auto docs = changes.candidate_docs(plan, since);
      if (admitted && ChangeIndex::intersect(docs, *admitted).empty()) {
        return Impl::Scope{std::move(ids), true, earlier};
      }
      if (docs.size() <= kMaxConfinedCandidates) {
        for (auto& id : changes.ids_of(docs)) ids.push_back(std::move(id));
        return Impl::Scope{std::move(ids), true, earlier};
      }
      // Provisional: the search only tells whether a new source `is_new` accepts ranks among
      // the hits. The other new candidates are left out (hundreds per search, each looked up
      // in the index): they could only rank such a source lower, so without them the test
      // says yes at least as often (the searches are then made over everything), and never
      // misses one.
      for (auto& id : changes.ids_of(w.about ? ChangeIndex::intersect(docs, readable_docs) : docs))
        ids.push_back(std::move(id));
      return Impl::Scope{std::move(ids), false, earlier};
    };
    Impl::Incremental inc;
    if (w.if_new_hit) {
      inc.must_find = &is_new;
      if (options.incremental) {
        inc.scope = &scope;
        inc.earlier = &*w.before;
      }
    }
    w.now = engine.run_check(*w.article, check_options, inc);
    if (w.now && w.before) w.previous = std::move(w.before);
    w.before.reset();
  };
  // Stores the outcome of a story, in batch order.
  auto finish = [&](StoryWork& w) {
    if (w.error) std::rethrow_exception(w.error);
    const auto& st = w.st;
    if (!w.now) {
      store.mark_skipped(result.batch, st.story_id, generation);
      ++result.skipped;
    } else {
      RunContext context;
      context.kind = "recheck";
      context.corpus_generation = generation;
      context.batch_id = result.batch;
      std::vector<ClaimChange> moved;
      if (st.run_id != 0) {
        auto news = [&](const std::string& id) {
          return changes.newer(id, w.since) || gone(id, w.since);
        };
        std::optional<Report> loaded;
        if (!w.previous) loaded = store.load(st.run_id);
        const Report& previous = w.previous ? *w.previous : *loaded;
        if (!options.fetch) result.links_kept += keep_links(previous, *w.now);
        moved = diff_runs(previous, *w.now, news, result.drifted);
      }
      store.save(*w.now, context);
      ++result.checked;
      if (!moved.empty()) {
        result.changed.push_back(StoryChanges{st.story, w.now->article.title, st.run_id,
                                              w.now->run_id, std::move(moved)});
      }
    }
    ++done;
    if (options.progress) options.progress(done, result.stories);
  };

  // Stories re-run two at a time, each on its own engine (index handles, document cache):
  // a re-check runs many small checks, each mostly one search after another on one core.
  // Cited links may be fetched by both at once: each fetch opens its own connection to the
  // fetch cache, which waits on the other's writes (WAL, busy timeout).
  const std::size_t workers = std::min(
      options.workers != 0 ? options.workers : (std::thread::hardware_concurrency() > 1 ? 2 : 1),
      std::max<std::size_t>(pending.size(), 1));
  if (workers <= 1) {
    for (const auto& st : pending) {
      StoryWork w;
      w.st = st;
      prepare(w);
      if (w.affected) execute(w, *impl_);
      finish(w);
    }
  } else {
    std::vector<std::unique_ptr<Impl>> others;
    for (std::size_t i = 1; i < workers; ++i) {
      auto& other = others.emplace_back(std::make_unique<Impl>(impl_->home, impl_->rules));
      other->shards = impl_->shards;
      for (const auto& shard : impl_->shards) other->corpus->add_shard(shard);
    }
    std::mutex mu;
    std::condition_variable wake;
    std::deque<StoryWork*> runnable;
    bool closing = false;
    auto work_on = [&](Impl& engine) {
      std::unique_lock lock(mu);
      for (;;) {
        wake.wait(lock, [&] { return closing || !runnable.empty(); });
        if (runnable.empty()) return;
        StoryWork* w = runnable.front();
        runnable.pop_front();
        lock.unlock();
        try {
          execute(*w, engine);
        } catch (...) {
          w->error = std::current_exception();
        }
        lock.lock();
        w->done = true;
        wake.notify_all();
      }
    };
    // A few stories per engine ahead at most: each holds its article and its previous run.
    // Declared before the threads, so that it outlives them when a failure unwinds this.
    const std::size_t window_size = 4 * workers;
    std::deque<std::unique_ptr<StoryWork>> window;
    std::vector<std::thread> threads;
    struct Join {
      std::function<void()> f;
      ~Join() { f(); }
    } join{[&] {
      {
        std::lock_guard lock(mu);
        closing = true;
        runnable.clear();
      }
      wake.notify_all();
      for (auto& t : threads) t.join();
    }};
    threads.emplace_back([&] { work_on(*impl_); });
    for (auto& other : others) threads.emplace_back([&, e = other.get()] { work_on(*e); });
    auto finish_ready = [&](bool wait) {
      while (!window.empty()) {
        {
          std::unique_lock lock(mu);
          if (wait) {
            wake.wait(lock, [&] { return window.front()->done; });
          } else if (!window.front()->done) {
            return;
          }
        }
        finish(*window.front());
        window.pop_front();
        if (!wait) continue;
        if (window.size() < window_size) return;
      }
    };
    for (const auto& st : pending) {
      auto w = std::make_unique<StoryWork>();
      w->st = st;
      prepare(*w);
      {
        std::lock_guard lock(mu);
        if (w->affected) {
          runnable.push_back(w.get());
        } else {
          w->done = true;
        }
      }
      wake.notify_all();
      window.push_back(std::move(w));
      finish_ready(false);
      if (window.size() >= window_size) finish_ready(true);
    }
    while (!window.empty()) finish_ready(true);
  }
  store.finish_batch(result.batch);
  if (result.drifted > 0) {
    spdlog::info(
        "re-check batch {}: {} claims moved with none of their evidence added, changed or "
        "removed (sources ranked differently); not reported as changes",
        result.batch, result.drifted);
  }
  spdlog::info("re-check batch {}: {} stories, {} re-run, {} skipped as unaffected, {} changed",
               result.batch, result.stories, result.checked, result.skipped, result.changed.size());
  return result;
}

}  // namespace verify::engine
