// Searches confined to a story's documents, ranked outside Xapian's matcher from postings read
// once per story (internal to the corpus library).
//
// A check's figure, date and role searches all carry the same story filter (Query::filter_any),
// a few hundred to a few tens of thousands of documents. Xapian opens every term's posting
// list in every search and skip_to()s through the blocks that hold those documents, and Glass
// keeps no block cache, so the blocks of the terms an article's searches share were read and
// decoded about 17 times per check (docs/performance.md, "Where a filtered search's time
// goes"). Here each term's postings among the story's documents are read once and kept, and
// each search is scored from them with Xapian's BM25Weight formula and defaults (k1 = 1,
// k2 = 0, k3 = 1, b = 0.5, min_normlen = 0.5; xapian-core 1.4 weight/bm25weight.cc) and the
// index's own statistics, so the scores are those Xapian gives the same query over the whole
// index: exactly for words and phrases, and for a required clause of several alternatives
// (OP_SYNONYM) up to the rounding of Xapian's estimate of its term frequency, which depends on
// the order each shard merges the alternatives in (matcher/orpostlist.cc). An optional phrase
// is the exception: these searches read its positions, while the queries Xapian's matcher runs
// weigh it as the AND of its words (a Xapian 1.4.22 miscredit of phrases in an OR; corpus.cpp,
// build_query).
#pragma once

#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace verify::corpus::detail {

// One alternative of a clause: a single term, or the terms of an exact phrase, as the index
// holds them.
struct MatchAlt {
  std::vector<std::string> terms;
};

// A query as Corpus::search builds it: every required clause must match (its alternatives
// weighted as one term, OP_SYNONYM), the optional clauses add their alternatives' weights
// (OP_AND_MAYBE over an OP_OR). At least one clause.
struct MatchClause {
  std::vector<MatchAlt> alts;
  bool required = true;
};

// Query::published_from / published_to in the value slot's form ("YYYYMMDD", widened); a
// document without a value is undated.
struct DateBounds {
  bool active = false;
  std::string from, to;  // "" = open
  bool include_undated = true;
};

// Documents' terms with their wdf, and their lengths, read from their termlists and kept, for
// one snapshot of a database (one per read handle). A re-check's confined searches name a few
// documents each, mostly the same ones again and again (the new sources, the stories' earlier
// hits): reading a named document's terms once costs one termlist, where reading each search's
// terms among them opened some 30 posting lists per search and skipped through each
// (docs/performance.md, "Re-checks from the documents' own terms"). Not thread-safe.
class TermLists {
 public:
  struct Doc {
    std::string terms;                   // the terms, in the index's (byte) order, back to back
    std::vector<std::uint32_t> ends;     // where each term ends in `terms`
    std::vector<Xapian::termcount> wdf;  // each term's wdf
    Xapian::termcount length = 0;        // Xapian's doclength
    // The wdf of `t`, or nullopt when the document does not hold it.
    std::optional<Xapian::termcount> wdf_of(std::string_view t) const;
    // Whether the document holds a term beginning with `prefix`.
    bool holds_prefix(std::string_view prefix) const;
    // The k-th term; the index of the first term not below `t` (ends.size() if none).
    std::string_view term(std::size_t k) const;
    std::size_t first_not_below(std::string_view t) const;
  };
  // The document `did` of `db`, read on first need (shared: a full cache starts over, and a
  // search holding a document keeps it).
  std::shared_ptr<const Doc> of(const Xapian::Database& db, Xapian::docid did);
  void clear() {
    docs_.clear();
    bytes_ = 0;
  }

 private:
  // About 2.5 KB a wire story: some 6,000 documents before starting over. Most named documents
  // are named by one story's searches only, so a larger bound saves little: a 1,000-story
  // re-check at 200,000 documents (two jobs, four handles) took 15.3 s with 16 MB and 15.1 s
  // with 64 MB, peaking at 588 MB against 809 MB.
  static constexpr std::size_t kMaxBytes = 16u << 20;
  std::unordered_map<Xapian::docid, std::shared_ptr<const Doc>> docs_;
  std::size_t bytes_ = 0;
};

// The postings of one sorted set of documents of a database, read on first need and kept:
// each term's (document, wdf) pairs and frequency, which documents hold each phrase, the
// documents' lengths and dates. Valid for one snapshot of the database.
//
// A set without `lists` may be used by several threads at once, each passing its own handle
// of the same snapshot (a check searches a story on two handles, and each read every term's
// postings among the story's documents again: docs/performance.md, "One story, read once for
// both search threads"). What a thread reads from its handle is kept under a lock; two
// threads asking for the same term at once may both read it, and the first kept wins (the
// same postings either way). A set with `lists` is one handle's.
class DocSetPostings {
 public:
  using Posting = std::pair<std::uint32_t, Xapian::termcount>;  // index into docs(), wdf

  // Term frequencies of the whole database, by term, for one snapshot of it: shared by the
  // sets of one read handle, since a re-check makes a set per confined search, and each looked
  // every term's frequency up again. Not locked: a set given one is one handle's.
  using TermFreqs = std::unordered_map<std::string, Xapian::doccount>;
  // `docs`: ascending docids of `db` (the database later calls pass). `termfreqs`: where term
  // frequencies are kept (outliving this set), or null for a set of its own.
  // `lists`: when given, each term's postings and each document's length are read from the
  // documents' termlists kept there (for a set of a few documents), not from posting lists.
  explicit DocSetPostings(std::vector<Xapian::docid> docs, TermFreqs* termfreqs = nullptr,
                          TermLists* lists = nullptr);

  const std::vector<Xapian::docid>& docs() const { return docs_; }
  // Kept until the set is destroyed: the reference stays valid.
  const std::vector<Posting>& term(const Xapian::Database& db, const std::string& t);
  // The whole database's term frequency of `t`, looked up once.
  Xapian::doccount termfreq(const Xapian::Database& db, const std::string& t);
  // The posting of `t` in docs()[i], or null.
  const Posting* posting(const Xapian::Database& db, const std::string& t, std::uint32_t i);
  // A document that may hold a phrase: it holds every term. `wdf` is the least of the terms'
  // wdfs, as Xapian 1.4 estimates a phrase's (matcher/exactphrasepostlist.cc); `known` says
  // the phrase was already found in it (holds_phrase).
  struct PhraseCandidate {
    std::uint32_t i;
    Xapian::termcount wdf;
    bool known;
  };
  // Of the documents with `wanted[i]` set, ascending, those holding every term of the phrase
  // and not yet found to lack it. No positions are read.
  std::vector<PhraseCandidate> phrase_candidates(const Xapian::Database& db,
                                                 const std::vector<std::string>& terms,
                                                 const std::vector<std::uint8_t>& wanted);
  // Whether docs()[i] holds the terms at consecutive positions. Positions are read on the
  // first question per phrase and document, and the answer kept.
  bool holds_phrase(const Xapian::Database& db, const std::vector<std::string>& terms,
                    std::uint32_t i);
  // The length of docs()[i] (Xapian's doclength, the sum of its wdfs) and its value in `slot`,
  // each read on first need: a story of 30,000 documents whose searches match a few hundred
  // reads those only.
  Xapian::termcount length(const Xapian::Database& db, std::uint32_t i);
  const std::string& value(const Xapian::Database& db, Xapian::valueno slot, std::uint32_t i);
  // Pairs held, to bound a cache of these.
  std::size_t entries() const { return entries_.load(std::memory_order_relaxed); }

 private:
  // A list at most this many times longer than the set is walked whole; a longer one is
  // skipped through to each document of the set, so only the blocks holding them are decoded.
  // (2 and 8 measured the same on the benchmark's slowest article at 200,000 documents.)
  static constexpr std::size_t kWalkFactor = 2;
  static constexpr std::uint32_t kNone = UINT32_MAX;
  // Sets smaller than this look documents up by binary search, not through a table as large
  // as their last docid (a re-check's confined search names a few documents of 200,000).
  static constexpr std::size_t kTableMin = 1024;
  const std::vector<Xapian::docid> docs_;
  mutable std::mutex mu_;  // guards the maps below and the making of the per-document tables
  std::once_flag index_once_;
  std::vector<std::uint32_t> index_of_;  // docid -> index into docs_, kNone; built on first walk
  std::unordered_map<std::string, std::vector<Posting>> terms_;
  TermFreqs own_termfreqs_;
  TermFreqs* termfreqs_;                                          // own_termfreqs_ or the handle's
  TermLists* lists_;                                              // or null
  std::vector<std::shared_ptr<const TermLists::Doc>> doc_terms_;  // from lists_, on first need
  const TermLists::Doc& doc_terms(const Xapian::Database& db, std::uint32_t i);
  // Per phrase, per document holding its terms (in the order of its first term's postings):
  // 0 not checked yet, 1 holds it, 2 does not. Entries are read and written atomically.
  std::unordered_map<std::string, std::vector<std::uint8_t>> phrases_;
  std::vector<std::uint8_t>& phrase_state(const Xapian::Database& db,
                                          const std::vector<std::string>& terms);
  static constexpr Xapian::termcount kUnknownLength = UINT32_MAX;
  std::once_flag lengths_once_;
  std::vector<Xapian::termcount> lengths_;  // kUnknownLength until read; entries atomic
  // Per slot: whether each document's value was read (atomically: written after the value,
  // under mu_), and the values.
  struct Values {
    std::vector<std::uint8_t> known;
    std::vector<std::string> values;
  };
  std::unordered_map<Xapian::valueno, Values> values_;
  std::atomic<std::size_t> entries_{0};
};

// Per-document working space of match_within, reused by each search its owner makes (one per
// thread: a set may be searched by two at once).
struct MatchScratch {
  std::vector<double> weight;
  std::vector<std::uint8_t> alive, held, pending;
  std::vector<Xapian::termcount> wdf;
  std::vector<std::uint32_t> touched;
};

struct ScoredDoc {
  Xapian::docid did = 0;
  double weight = 0;
};

// The best `limit` documents of `set` matching `clauses` and `dates` (date values in `slot`),
// by weight, then ascending docid (Xapian's order for equal weights). `db` is the database
// whose statistics weight the terms: the one `set` was read from, whole.
// `scratch` is the calling thread's.
std::vector<ScoredDoc> match_within(const Xapian::Database& db, DocSetPostings& set,
                                    const std::vector<MatchClause>& clauses,
                                    const DateBounds& dates, Xapian::valueno slot,
                                    std::size_t limit, MatchScratch& scratch);

}  // namespace verify::corpus::detail
