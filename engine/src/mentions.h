// Private to the engine: how a source is read. Every source is read by the claims extractor,
// the same one that reads articles, once at ingest; what it finds (its mentions) is stored with
// the document in the index and read back at check time (docs/architecture.md, "Mentions").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "verify/claims.h"
#include "verify/corpus.h"
#include "verify/engine.h"

namespace verify::engine {

// A source document as the rules see it: its sentences, the claims it makes (its mentions) and
// the names it gives.
struct AnalysedDoc {
  corpus::Document doc;
  std::vector<claims::Span> sentences;
  std::vector<std::string> folded_sentences;  // claims::fold of each sentence
  std::vector<claims::Claim> claims;          // offsets into doc.text
  std::vector<std::string> names;  // capitalised words of doc.text, folded, sorted, unique
  // corpus::publisher_words(doc.source): worked out once per document, not per passage.
  std::vector<std::string> publisher;
  // rules::opens_as_amendment(doc.text): the document is an update or a correction.
  bool amends = false;
};

// The capitalised words of a text, folded (claims::fold), sorted and unique: names a source
// gives, for telling whether it is about an article's story.
std::vector<std::string> capitalised_words(std::string_view text);
// A publication date written in a URL ("/2024/12/04/", "2024-12-04", "20241213" not inside a
// longer number), as "YYYY-MM-DD"; "" when none.
std::string date_in_url(std::string_view url);

// Reads `a.doc` with the claims extractor: sentences, claims and names (not folded_sentences).
// `a.doc.text` has its hard-wrap breaks joined already (claims::unwrap_lines, as
// Engine::Impl::fill and the ingest annotator do): they are not looked for again.
// The reference date for relative dates is the source's published date, else a date in its
// URL, else (inside the extractor) its dateline; without any they stay unresolved. Thread-safe.
void extract_mentions(AnalysedDoc& a);
// Fills folded_sentences from sentences. Thread-safe.
void fold_sentences(AnalysedDoc& a);

// Stored form of sentences, claims and names (binary; claim texts and sentences are not stored
// but cut from the document text again).
std::string encode_mentions(const AnalysedDoc& a);
// Reads `a.doc.annotation` into sentences, claims and names when its version is
// source_reading_version() and it is well formed (offsets inside the text); false otherwise, with
// `a` unchanged.
bool read_mentions(AnalysedDoc& a);

}  // namespace verify::engine
