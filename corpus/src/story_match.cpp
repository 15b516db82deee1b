// Searches confined to a story's documents, ranked from postings read once (story_match.h).
#include "story_match.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <queue>

namespace verify::corpus::detail {

namespace {
bool by_index(const DocSetPostings::Posting& a, std::uint32_t i) { return a.first < i; }
}  // namespace

std::string_view TermLists::Doc::term(std::size_t k) const {
  const std::uint32_t from = k == 0 ? 0 : ends[k - 1];
  return std::string_view(terms).substr(from, ends[k] - from);
}

std::size_t TermLists::Doc::first_not_below(std::string_view t) const {
  std::size_t lo = 0, hi = ends.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (term(mid) < t) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

std::optional<Xapian::termcount> TermLists::Doc::wdf_of(std::string_view t) const {
  const std::size_t k = first_not_below(t);
  if (k == ends.size() || term(k) != t) return std::nullopt;
  return wdf[k];
}

bool TermLists::Doc::holds_prefix(std::string_view prefix) const {
  // The first term not below `prefix` is the least that can begin with it.
  const std::size_t k = first_not_below(prefix);
  return k != ends.size() && term(k).starts_with(prefix);
}

std::shared_ptr<const TermLists::Doc> TermLists::of(const Xapian::Database& db, Xapian::docid did) {
  if (auto it = docs_.find(did); it != docs_.end()) return it->second;
  auto made = std::make_shared<Doc>();
  Doc& d = *made;
  for (auto t = db.termlist_begin(did); t != db.termlist_end(did); ++t) {
    d.terms += *t;
    d.ends.push_back(static_cast<std::uint32_t>(d.terms.size()));
    d.wdf.push_back(t.get_wdf());
  }
  d.length = db.get_doclength(did);
  const std::size_t bytes = d.terms.size() + 8 * d.ends.size() + 64;
  if (bytes_ + bytes > kMaxBytes) clear();
  bytes_ += bytes;
  return docs_.emplace(did, std::move(made)).first->second;
}

const TermLists::Doc& DocSetPostings::doc_terms(const Xapian::Database& db, std::uint32_t i) {
  if (doc_terms_.empty()) doc_terms_.resize(docs_.size());
  if (!doc_terms_[i]) doc_terms_[i] = lists_->of(db, docs_[i]);
  return *doc_terms_[i];
}

DocSetPostings::DocSetPostings(std::vector<Xapian::docid> docs, TermFreqs* termfreqs,
                               TermLists* lists)
    : docs_(std::move(docs)), termfreqs_(termfreqs ? termfreqs : &own_termfreqs_), lists_(lists) {}

const DocSetPostings::Posting* DocSetPostings::posting(const Xapian::Database& db,
                                                       const std::string& t, std::uint32_t i) {
  const auto& list = term(db, t);
  auto at = std::lower_bound(list.begin(), list.end(), i, by_index);
  return at != list.end() && at->first == i ? &*at : nullptr;
}

const std::vector<DocSetPostings::Posting>& DocSetPostings::term(const Xapian::Database& db,
                                                                 const std::string& t) {
  {
    std::lock_guard lock(mu_);
    if (auto it = terms_.find(t); it != terms_.end()) return it->second;
  }
  // Read without the lock, so another thread's searches go on meanwhile.
  std::vector<Posting> out;
  const Xapian::doccount tf = docs_.empty() ? 0 : termfreq(db, t);
  if (tf != 0 && lists_) {
    for (std::size_t i = 0; i < docs_.size(); ++i) {
      if (const auto wdf = doc_terms(db, static_cast<std::uint32_t>(i)).wdf_of(t))
        out.emplace_back(static_cast<std::uint32_t>(i), *wdf);
    }
  } else if (tf != 0) {
    Xapian::PostingIterator p = db.postlist_begin(t);
    const Xapian::PostingIterator end = db.postlist_end(t);
    if (tf <= kWalkFactor * docs_.size() && docs_.size() < kTableMin) {
      // Short, against a small set (a re-check's confined search): walk it, each document
      // looked up among ours by binary search.
      auto from = docs_.begin();
      for (; p != end && from != docs_.end(); ++p) {
        from = std::lower_bound(from, docs_.end(), *p);
        if (from != docs_.end() && *from == *p)
          out.emplace_back(static_cast<std::uint32_t>(from - docs_.begin()), p.get_wdf());
      }
    } else if (tf <= kWalkFactor * docs_.size()) {
      // Not much longer than our set: walk it, each document looked up in a table of ours
      // (4 bytes per docid up to our last), made once and only read after.
      std::call_once(index_once_, [&] {
        index_of_.assign(docs_.back() + 1, kNone);
        for (std::size_t i = 0; i < docs_.size(); ++i)
          index_of_[docs_[i]] = static_cast<std::uint32_t>(i);
        entries_ += index_of_.size() / 2;
      });
      for (; p != end; ++p) {
        const Xapian::docid d = *p;
        if (d >= index_of_.size()) break;
        if (index_of_[d] != kNone) out.emplace_back(index_of_[d], p.get_wdf());
      }
    } else {
      // Much longer: skip to each of ours, so only the blocks holding them are decoded.
      for (std::size_t i = 0; i < docs_.size(); ++i) {
        p.skip_to(docs_[i]);
        if (p == end) break;
        if (*p == docs_[i]) out.emplace_back(static_cast<std::uint32_t>(i), p.get_wdf());
      }
    }
  }
  std::lock_guard lock(mu_);
  auto [it, fresh] = terms_.try_emplace(t, std::move(out));
  if (fresh) entries_ += it->second.size() + 1;
  return it->second;
}

Xapian::doccount DocSetPostings::termfreq(const Xapian::Database& db, const std::string& t) {
  {
    std::lock_guard lock(mu_);
    if (auto it = termfreqs_->find(t); it != termfreqs_->end()) return it->second;
  }
  const Xapian::doccount tf = db.get_termfreq(t);
  std::lock_guard lock(mu_);
  return termfreqs_->emplace(t, tf).first->second;
}

std::vector<std::uint8_t>& DocSetPostings::phrase_state(const Xapian::Database& db,
                                                        const std::vector<std::string>& terms) {
  std::string key;
  for (const auto& t : terms) (key += t) += '\n';
  const std::size_t n = term(db, terms[0]).size();
  std::lock_guard lock(mu_);
  auto [it, fresh] = phrases_.try_emplace(std::move(key));
  if (fresh) {
    it->second.assign(n, 0);
    entries_ += it->second.size() / 4 + 1;
  }
  return it->second;  // a node of the map: never moves
}

std::vector<DocSetPostings::PhraseCandidate> DocSetPostings::phrase_candidates(
    const Xapian::Database& db, const std::vector<std::string>& terms,
    const std::vector<std::uint8_t>& wanted) {
  std::vector<const std::vector<Posting>*> lists;
  for (const auto& t : terms) lists.push_back(&term(db, t));
  auto& state = phrase_state(db, terms);
  std::vector<PhraseCandidate> out;
  for (std::size_t n = 0; n < lists[0]->size(); ++n) {
    const auto [i, wdf0] = (*lists[0])[n];
    std::atomic_ref<std::uint8_t> st(state[n]);
    const std::uint8_t was = st.load(std::memory_order_relaxed);
    if (!wanted[i] || was == 2) continue;
    Xapian::termcount wdf = wdf0;
    bool all = true;
    for (std::size_t k = 1; k < lists.size() && all; ++k) {
      auto at = std::lower_bound(lists[k]->begin(), lists[k]->end(), i, by_index);
      all = at != lists[k]->end() && at->first == i;
      if (all) wdf = std::min(wdf, at->second);
    }
    if (!all) {
      st.store(2, std::memory_order_relaxed);
      continue;
    }
    out.push_back({i, wdf, was == 1});
  }
  return out;
}

bool DocSetPostings::holds_phrase(const Xapian::Database& db, const std::vector<std::string>& terms,
                                  std::uint32_t i) {
  const auto& first = term(db, terms[0]);
  auto at = std::lower_bound(first.begin(), first.end(), i, by_index);
  if (at == first.end() || at->first != i) return false;
  std::atomic_ref<std::uint8_t> state(
      phrase_state(db, terms)[static_cast<std::size_t>(at - first.begin())]);
  if (const std::uint8_t known = state.load(std::memory_order_relaxed); known != 0)
    return known == 1;
  // Where the phrase may begin, narrowed term by term; a term missing from the document
  // leaves none.
  std::vector<Xapian::termpos> starts, at_k;
  const Xapian::docid did = docs_[i];
  for (auto p = db.positionlist_begin(did, terms[0]); p != db.positionlist_end(did, terms[0]); ++p)
    starts.push_back(*p);
  for (std::size_t k = 1; k < terms.size() && !starts.empty(); ++k) {
    at_k.clear();
    for (auto p = db.positionlist_begin(did, terms[k]); p != db.positionlist_end(did, terms[k]);
         ++p)
      at_k.push_back(*p);
    std::erase_if(starts, [&](Xapian::termpos p0) {
      return !std::binary_search(at_k.begin(), at_k.end(), p0 + static_cast<Xapian::termpos>(k));
    });
  }
  state.store(starts.empty() ? 2 : 1, std::memory_order_relaxed);
  return !starts.empty();
}

Xapian::termcount DocSetPostings::length(const Xapian::Database& db, std::uint32_t i) {
  std::call_once(lengths_once_, [&] {
    lengths_.assign(docs_.size(), kUnknownLength);
    entries_ += docs_.size() / 2;
  });
  std::atomic_ref<Xapian::termcount> known(lengths_[i]);
  Xapian::termcount len = known.load(std::memory_order_relaxed);
  if (len == kUnknownLength) {
    len = lists_ ? doc_terms(db, i).length : db.get_doclength(docs_[i]);
    known.store(len, std::memory_order_relaxed);
  }
  return len;
}

const std::string& DocSetPostings::value(const Xapian::Database& db, Xapian::valueno slot,
                                         std::uint32_t i) {
  Values* of_slot;
  {
    std::lock_guard lock(mu_);
    auto [it, fresh] = values_.try_emplace(slot);
    if (fresh) {
      it->second.known.assign(docs_.size(), 0);
      it->second.values.resize(docs_.size());
      entries_ += docs_.size();
    }
    of_slot = &it->second;  // a node of the map: never moves
  }
  // A value is written once, under the lock, before it is marked known (release): a thread
  // that sees it known (acquire) reads a string no one writes any more.
  std::atomic_ref<std::uint8_t> known(of_slot->known[i]);
  if (known.load(std::memory_order_acquire)) return of_slot->values[i];
  std::string v = db.get_document(docs_[i], Xapian::DOC_ASSUME_VALID).get_value(slot);
  std::lock_guard lock(mu_);
  if (!known.load(std::memory_order_relaxed)) {
    of_slot->values[i] = std::move(v);
    known.store(1, std::memory_order_release);
  }
  return of_slot->values[i];
}

namespace {

// Xapian 1.4's BM25Weight with its default parameters (weight/bm25weight.cc): k1 = 1, k2 = 0
// (no extra per document), k3 = 1 with a query frequency of 1 (a factor of 1), b = 0.5,
// min_normlen = 0.5.
struct Bm25 {
  double collection_size = 0;
  double len_factor = 0;  // 1 / the average document length, 0 for an empty index

  // The term weight times (k1 + 1), for a term in `termfreq` documents.
  double termweight(double termfreq) const {
    double tw = (collection_size - termfreq + 0.5) / (termfreq + 0.5);
    if (tw < 2) tw = tw * 0.5 + 1;
    return std::log(tw) * 2.0;
  }
  double sumpart(double termweight, Xapian::termcount wdf, Xapian::termcount len) const {
    const double normlen = std::max(len * len_factor, 0.5);
    const double w = wdf;
    return termweight * (w / (normlen * 0.5 + 0.5 + w));
  }
};

// Xapian's estimate of how many documents match one alternative, from the whole index's
// statistics: a term's frequency; a phrase's, the product estimate of its terms' AND, rounded,
// divided by four (matcher/multiandpostlist.cc, exactphrasepostlist.cc).
Xapian::doccount alt_estimate(const Xapian::Database& db, DocSetPostings& set, const MatchAlt& alt,
                              double n) {
  if (alt.terms.size() == 1) return set.termfreq(db, alt.terms[0]);
  double est = set.termfreq(db, alt.terms[0]);
  for (std::size_t k = 1; k < alt.terms.size(); ++k) est = est * set.termfreq(db, alt.terms[k]) / n;
  return static_cast<Xapian::doccount>(est + 0.5) / 4;
}

// A required clause's term frequency, as Xapian weights an OP_SYNONYM: the alternatives'
// estimates merged two at a time, least frequent first, assuming independence and rounding
// at each step (api/queryinternal.cc OrContext::postlist, matcher/orpostlist.cc). A synonym
// of one term is that term.
Xapian::doccount synonym_estimate(const Xapian::Database& db, DocSetPostings& set,
                                  const MatchClause& clause, double n) {
  if (clause.alts.size() == 1) return alt_estimate(db, set, clause.alts[0], n);
  std::priority_queue<Xapian::doccount, std::vector<Xapian::doccount>, std::greater<>> heap;
  for (const auto& alt : clause.alts) heap.push(alt_estimate(db, set, alt, n));
  while (heap.size() > 1) {
    const double r = heap.top();
    heap.pop();
    const double l = heap.top();
    heap.pop();
    heap.push(static_cast<Xapian::doccount>(l + r - (l * r / n) + 0.5));
  }
  return heap.top();
}

}  // namespace

std::vector<ScoredDoc> match_within(const Xapian::Database& db, DocSetPostings& set,
                                    const std::vector<MatchClause>& clauses,
                                    const DateBounds& dates, Xapian::valueno slot,
                                    std::size_t limit, MatchScratch& scratch) {
  std::vector<ScoredDoc> out;
  const std::size_t m = set.docs().size();
  if (m == 0 || limit == 0) return out;
  Bm25 bm25;
  bm25.collection_size = db.get_doccount();
  if (bm25.collection_size > 0) {
    const double average = static_cast<double>(db.get_total_length()) / bm25.collection_size;
    if (average != 0) bm25.len_factor = 1 / average;
  }
  auto len = [&](std::uint32_t i) { return set.length(db, i); };
  // Scratch of the set's size, kept between searches: a story of 30,000 documents needs
  // about 0.5 MB of it per search, which the allocator would otherwise map and fault in anew.
  scratch.weight.assign(m, 0.0);
  scratch.alive.assign(m, 0);
  scratch.wdf.assign(m, 0);
  scratch.held.assign(m, 0);
  scratch.pending.assign(m, 0);
  auto& weight = scratch.weight;
  auto has_phrase = [](const MatchClause& c) {
    return std::any_of(c.alts.begin(), c.alts.end(),
                       [](const MatchAlt& a) { return a.terms.size() > 1; });
  };
  // Required clauses of words first, as Xapian's matcher narrows its candidates.
  std::vector<const MatchClause*> required;
  for (const auto& c : clauses)
    if (c.required && !has_phrase(c)) required.push_back(&c);
  for (const auto& c : clauses)
    if (c.required && has_phrase(c)) required.push_back(&c);
  const bool any_required = !required.empty();
  std::vector<double> required_tw;
  for (const MatchClause* clause : required)
    required_tw.push_back(
        bm25.termweight(synonym_estimate(db, set, *clause, bm25.collection_size)));
  // First pass, over whole posting lists: every document weighed as if each phrase whose
  // terms it holds were there, which bounds its weight from above (BM25 grows with the wdf
  // and every part is positive). A document so credited with a phrase not yet checked is
  // `pending`. Positions are read after, only for the documents that can reach the top
  // `limit`: a phrase of common words ("new york") is held by tens of thousands of a
  // story's documents, and Glass reads two blocks of position.glass per document and term.
  // A document matches when it holds every required clause or, with none, any optional one.
  auto& alive = scratch.alive;
  if (any_required) std::fill(alive.begin(), alive.end(), 1);
  auto& wdf = scratch.wdf;
  auto& held = scratch.held;
  auto& pending = scratch.pending;
  auto& touched = scratch.touched;
  std::vector<std::uint8_t> everywhere;  // for phrases of optional clauses without a required one
  for (std::size_t r = 0; r < required.size(); ++r) {
    touched.clear();
    auto add = [&](std::uint32_t i, Xapian::termcount f) {
      if (!held[i]) {
        held[i] = 1;
        wdf[i] = 0;
        touched.push_back(i);
      }
      wdf[i] += f;
    };
    for (const auto& alt : required[r]->alts) {
      if (alt.terms.size() == 1) {
        for (const auto& [i, f] : set.term(db, alt.terms[0])) add(i, f);
      } else {
        for (const auto& c : set.phrase_candidates(db, alt.terms, alive)) {
          add(c.i, c.wdf);
          if (!c.known) pending[c.i] = 1;
        }
      }
    }
    for (std::uint32_t i : touched) {
      // Only documents still matching are weighed (and have their length read).
      if (!alive[i]) continue;
      // Xapian clamps a synonym's wdf to the document's length (SynonymPostList::get_weight).
      weight[i] += bm25.sumpart(required_tw[r], std::min(wdf[i], len(i)), len(i));
    }
    for (std::size_t i = 0; i < m; ++i) {
      if (!held[i]) alive[i] = 0;
      held[i] = 0;
    }
  }
  // A phrase weighs as its terms do: each term's part added to `acc` in turn, by the first
  // pass and by the exact weight alike, so the two agree to the last bit.
  auto add_phrase_terms = [&](double& acc, const MatchAlt& alt, std::uint32_t i) {
    for (const auto& t : alt.terms)
      acc +=
          bm25.sumpart(bm25.termweight(set.termfreq(db, t)), set.posting(db, t, i)->second, len(i));
  };
  for (const auto& clause : clauses) {
    if (clause.required) continue;
    for (const auto& alt : clause.alts) {
      if (alt.terms.size() == 1) {
        const double tw = bm25.termweight(set.termfreq(db, alt.terms[0]));
        for (const auto& [i, f] : set.term(db, alt.terms[0])) {
          if (any_required && !alive[i]) continue;
          weight[i] += bm25.sumpart(tw, f, len(i));
          alive[i] = 1;
        }
        continue;
      }
      if (!any_required && everywhere.empty()) everywhere.assign(m, 1);
      for (const auto& c :
           set.phrase_candidates(db, alt.terms, any_required ? alive : everywhere)) {
        add_phrase_terms(weight[c.i], alt, c.i);
        if (!c.known) pending[c.i] = 1;
        if (!any_required) alive[c.i] = 1;
      }
    }
  }
  // The least wdf of the phrase's terms in docs()[i] when it holds the phrase, else nullopt.
  auto phrase_wdf = [&](const MatchAlt& alt, std::uint32_t i) -> std::optional<Xapian::termcount> {
    Xapian::termcount least = 0;
    for (std::size_t k = 0; k < alt.terms.size(); ++k) {
      const auto* p = set.posting(db, alt.terms[k], i);
      if (!p) return std::nullopt;
      least = k == 0 ? p->second : std::min(least, p->second);
    }
    if (!set.holds_phrase(db, alt.terms, i)) return std::nullopt;
    return least;
  };
  // The exact weight of a pending document, its phrases checked; nullopt when it does not
  // match. The same sums in the same order as the first pass.
  auto exact = [&](std::uint32_t i) -> std::optional<double> {
    double w = 0;
    for (std::size_t r = 0; r < required.size(); ++r) {
      Xapian::termcount f = 0;
      bool got = false;
      for (const auto& alt : required[r]->alts) {
        if (alt.terms.size() == 1) {
          if (const auto* p = set.posting(db, alt.terms[0], i)) {
            f += p->second;
            got = true;
          }
          continue;
        }
        if (auto least = phrase_wdf(alt, i)) {
          f += *least;
          got = true;
        }
      }
      if (!got) return std::nullopt;
      w += bm25.sumpart(required_tw[r], std::min(f, len(i)), len(i));
    }
    bool any = false;
    for (const auto& clause : clauses) {
      if (clause.required) continue;
      for (const auto& alt : clause.alts) {
        if (alt.terms.size() == 1) {
          if (const auto* p = set.posting(db, alt.terms[0], i)) {
            w += bm25.sumpart(bm25.termweight(set.termfreq(db, alt.terms[0])), p->second, len(i));
            any = true;
          }
          continue;
        }
        if (phrase_wdf(alt, i)) {
          add_phrase_terms(w, alt, i);
          any = true;
        }
      }
    }
    if (!any_required && !any) return std::nullopt;
    return w;
  };
  struct Candidate {
    ScoredDoc doc;
    std::uint32_t i;
    bool pending;
  };
  std::vector<Candidate> candidates;
  bool any_pending = false;
  for (std::uint32_t i = 0; i < m; ++i) {
    if (!alive[i]) continue;
    if (dates.active) {
      const std::string& v = set.value(db, slot, i);
      if (v.empty()
              ? !dates.include_undated
              : (!dates.from.empty() && v < dates.from) || (!dates.to.empty() && v > dates.to))
        continue;
    }
    candidates.push_back({{set.docs()[i], weight[i]}, i, pending[i] != 0});
    any_pending = any_pending || pending[i];
  }
  auto better = [](const ScoredDoc& a, const ScoredDoc& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.did < b.did;
  };
  if (!any_pending) {
    for (const auto& c : candidates) out.push_back(c.doc);
    if (out.size() > limit) {
      std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(limit), out.end(),
                        better);
      out.resize(limit);
    } else {
      std::sort(out.begin(), out.end(), better);
    }
    return out;
  }
  // Best first by bound: a document whose weight is exact and best of all bounds left is
  // final; a pending one at the top has its phrases checked and goes back with its exact
  // weight, or out.
  auto worse = [&](const Candidate& a, const Candidate& b) { return better(b.doc, a.doc); };
  std::make_heap(candidates.begin(), candidates.end(), worse);
  while (out.size() < limit && !candidates.empty()) {
    std::pop_heap(candidates.begin(), candidates.end(), worse);
    Candidate top = candidates.back();
    candidates.pop_back();
    if (!top.pending) {
      out.push_back(top.doc);
      continue;
    }
    if (auto w = exact(top.i)) {
      candidates.push_back({{top.doc.did, *w}, top.i, false});
      std::push_heap(candidates.begin(), candidates.end(), worse);
    }
  }
  return out;
}

}  // namespace verify::corpus::detail
