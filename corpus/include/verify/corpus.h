// Public interface of the corpus module: the sources a claim is checked against, indexed in
// Xapian (full text with positions) and listed in SQLite (ids, urls, content hashes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verify::corpus {

// Thrown when the index or the document table cannot be opened, read or written. The message
// names the path and the cause ("corpus: cannot open index at 'DIR': ...").
class CorpusError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One source document. Everything a piece of evidence needs travels with it, so a search
// over a remote shard can produce evidence without the SQLite file.
struct Document {
  std::string id;   // unique; from JSON "id", else derived from the url or path
  std::string url;  // may be ""
  std::string title;
  std::string published;         // "YYYY-MM-DD" or ""
  std::string source;            // outlet or domain
  int tier = 0;                  // reliability tier from JSON "tier" (1 best .. 3), 0 = unknown
  std::string text;              // UTF-8 body; evidence offsets index into it
  std::uint64_t generation = 0;  // corpus generation of its last add/update (changed_since only)
  // What the corpus's annotator attached at ingest (the engine's mentions of the document),
  // opaque to the corpus, and the annotator version that wrote it; both "" when none. Filled
  // by get() and search(); ignored by the add_* calls, which run the annotator themselves.
  std::string annotation;
  std::string annotation_version;
};

// Data attached to a document at ingest by whoever reads documents beyond their words (the
// engine stores each source's mentions this way, so they are read once, not at every check).
// `data` is stored with the document and comes back with it, also from a remote shard.
struct Annotation {
  std::string data;
};
// Computes a document's annotation. Called from the corpus's writer threads, so it must be
// safe to call concurrently. May throw; the document is then stored without an annotation.
using Annotator = std::function<Annotation(const Document&)>;

// Called during long ingests with (records done, bytes done, total bytes or 0 if unknown).
using Progress = std::function<void(std::size_t, std::uint64_t, std::uint64_t)>;

// What one ingest did. `problems` holds one line per rejected record naming the file, the
// line (for JSON Lines) and the field at fault; of a JSON Lines input at most
// kMaxMessagesPerInput, then one line "… and N more rejected lines in FILE", and of one that
// holds a NUL byte and no record one line saying it is a binary file. `rejected` counts every
// rejected record.
struct IngestReport {
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t skipped = 0;  // same id and same content hash as already indexed
  std::size_t rejected = 0;
  // JSON Lines records whose id an earlier record of the same ingest (one add_* call: a file,
  // the files of a directory, a stream, or every input of add_inputs) had: the later record
  // replaces the earlier one, and is counted here; the id itself counts once as added, updated
  // or skipped, by its last record against the corpus before the ingest.
  std::size_t repeated = 0;
  std::vector<std::string> problems;
  // Things indexed but worth telling: one line per repeated id, "FILE:LINE: id 'X' repeats
  // line N; the later record is kept" (or "... repeats OTHER:N ..." when the earlier record is
  // in another input), at most kMaxMessagesPerInput per input, then one line "… and N more
  // repeated ids in FILE".
  std::vector<std::string> warnings;
};

// One input of add_inputs: a path, as add_path takes it, or a JSON Lines stream.
struct IngestInput {
  std::filesystem::path path;
  std::istream* stream = nullptr;  // not owned; when set, read instead of `path`
  std::string origin;              // names the stream in messages ("<stdin>")
  Progress progress;               // this input's progress, as add_path's
};

// The most problems, and apart the most warnings, an ingest lists per JSON Lines input; the
// rest are counted in one closing line, so a wrong file cannot flood a terminal.
inline constexpr std::size_t kMaxMessagesPerInput = 20;

// What one compaction did: the index's bytes on disk before and after, shards rewritten.
struct CompactReport {
  std::size_t shards = 0;
  std::uint64_t bytes_before = 0, bytes_after = 0;
  double seconds = 0;
};

struct Stats {
  std::size_t documents = 0;
  std::size_t dated = 0;          // documents with a published date
  std::size_t sources = 0;        // distinct `source` values
  std::string oldest, newest;     // published date range, "" when no dated document
  std::uint64_t index_bytes = 0;  // size of the Xapian database on disk
  std::string last_change;        // UTC time of the last add/update/remove, ISO 8601
};

// A search request, built by the engine from a claim's frame. A document matches when every
// required clause matches; optional clauses only raise the score. A clause matches when any
// of its alternatives occurs; an alternative of several words must occur as a phrase. In an
// index of 2,000 documents or more, an optional alternative of several words each found in at
// least 2% of the documents is left out (its weight is small, its positions costly to check).
// Words are matched stemmed (English) and accent/case folded.
struct Query {
  struct Clause {
    std::vector<std::string> alternatives;
    bool required = true;
  };
  std::vector<Clause> clauses;
  std::string published_from;   // inclusive "YYYY-MM-DD"; "" = open
  std::string published_to;     // inclusive; "" = open. Undated documents pass unless
  bool include_undated = true;  // ... this is false (only with a from/to bound).
  std::size_t limit = 20;
  // When set, only these documents can match. Scores still come from the whole index, so the
  // hits rank as they would among a full search's: a re-check ranks new sources against a
  // search's earlier hits this way instead of searching everything again. A read handle
  // looks each id up once per shard and snapshot (until refresh()), so naming the same
  // documents in many searches costs one lookup each.
  std::optional<std::vector<std::string>> only_ids;
  // When not empty, only documents that hold, for at least one group, a word of each of the
  // group's clauses can match: an OR of ANDs of ORs, unweighted, so the hits keep the scores
  // the clauses above give them and rank among themselves as in a search without it. A word
  // matches as the index holds it and by its English stem; one ending in '*' also matches
  // every word that starts with it; one the index splits into several words ("serre-haute")
  // matches a document holding them all. A word the index cannot hold at all (no letter or
  // digit) makes the filter match everything, so it never hides a document it was meant to
  // let through. An alternative made by publisher_filter_word matches a publisher's name. The
  // engine keeps a figure's, date's or role's searches to the sources the same-story gate could
  // admit (docs/rules.md, "Same story").
  std::vector<std::vector<std::vector<std::string>>> filter_any;
  // When set, called with each hit's content hash (Hit::hash) before its document is read. A
  // caller that already holds that document returns its id: the hit then comes back with
  // `known` set and only `document.id` filled, its stored text and mentions not read again (a
  // check's searches keep finding the same sources: at 200k documents about four hits in
  // five are documents an earlier search of the same check returned).
  std::function<std::optional<std::string>(std::string_view hash)> known;
  // With only_ids: the hits may come back with `id_only` set and only `document.id` filled,
  // nothing of the documents read (a re-check's confined search mostly tells only whether a
  // new source is among its hits; the few hits judged again are read after). A read handle of
  // local shards does so for a search with filter_any, and for any search when no shards were
  // added to it (the ids come from the names given); other hits come back whole.
  bool ids_only = false;
};

struct Hit {
  Document document;
  double score = 0;
  // Lower-case hex SHA-256 over the document's fields (id, url, title, published, source,
  // tier, text): equal hashes, equal documents. "" for a document indexed without one.
  std::string hash;
  bool known = false;    // Query::known returned an id: `document` holds only that id
  bool id_only = false;  // Query::ids_only: `document` holds only its id, `hash` is ""
};

// The corpus under a home directory: `HOME/index` (Xapian) and `HOME/verify.db` (SQLite,
// table `documents`). One writer at a time; readers may share. Not thread-safe per object.
class Corpus {
 public:
  enum class Mode { kRead, kWrite };

  // Opens (creating it in kWrite mode) the corpus under `home`. Throws CorpusError; a read
  // of a home that has no corpus yet gives an empty corpus, not an error.
  static std::unique_ptr<Corpus> open(const std::filesystem::path& home, Mode mode);

  ~Corpus();
  Corpus(const Corpus&) = delete;
  Corpus& operator=(const Corpus&) = delete;

  // Indexes sources from a path: a directory (recursively: .txt, .md, .html, .htm, .jsonl),
  // a .jsonl file (corpus JSON Lines contract), or a single .txt/.md/.html file. Records are
  // validated first; bad ones are rejected and reported, good ones committed in batches, each
  // batch one transaction in both stores. The ids of JSON Lines records are compared across
  // the whole call (every file of a directory): see IngestReport::repeated. Throws CorpusError
  // only for store failures.
  IngestReport add_path(const std::filesystem::path& path, const Progress& progress = {});
  // Same for JSON Lines read from a stream; `origin` names it in messages ("<stdin>").
  IngestReport add_jsonl(std::istream& in, std::string_view origin, const Progress& progress = {});
  // Adds several inputs in order as one ingest, as `verify corpus add a.jsonl b.jsonl` does:
  // each as add_path or add_jsonl would, but the ids of JSON Lines records are compared across
  // all of them, so a record whose id an earlier input's record had is a repeat, warned about
  // naming both ("b.jsonl:3: id 'a' repeats a.jsonl:1; the later record is kept"), and the id
  // counts once in the one report. Throws CorpusError only for store failures.
  IngestReport add_inputs(const std::vector<IngestInput>& inputs);
  // Adds already-built documents (used by URL fetching and tests).
  IngestReport add_documents(const std::vector<Document>& docs);

  // Annotates every document added from now on with `annotator`, recording `version` with
  // each (kWrite only). A document whose recorded version differs is re-annotated by
  // reannotate(), not by adding the same content again (that is skipped as unchanged).
  void set_annotator(Annotator annotator, std::string version);
  // Re-annotates the documents of this corpus's own index (not added shards) whose annotation
  // version is not the annotator's, committing as it goes (an interruption keeps what was
  // done). Needs set_annotator. Does not bump the generation: content is unchanged. Returns how
  // many documents were re-annotated. Throws CorpusError on an index failure.
  std::size_t reannotate(const Progress& progress = {});
  // How many documents of the own index carry an annotation of `version`.
  std::size_t annotated(std::string_view version) const;

  // Rewrites every shard of this corpus's own index compactly (Xapian's compaction: full
  // blocks of 32 KB, document ids kept, so searches return exactly what they did), then
  // switches to the new shards at once by replacing the stub file HOME/index/XAPIANDB; the old
  // shards are removed. At 200,000 documents the index is about 35% smaller and searches about
  // 15% faster (docs/performance.md, "Compacting the index"). Documents added later are
  // written into the compacted shards as usual. kWrite only. A reader opened before sees the
  // new shards after refresh(). Throws CorpusError (the index is then unchanged), also for an
  // index written before shards (HOME/index itself a database). `progress` gets (shards done,
  // bytes of them before, bytes of all before).
  CompactReport compact(const Progress& progress = {});

  // Removes a document by id; false when there is none.
  bool remove(std::string_view id);
  // Which documents remove_where() removes: those of one outlet (`source`, exactly as
  // indexed) and/or published within [published_from, published_to] ("YYYY-MM-DD",
  // inclusive; "" = open). Undated documents never match a date bound.
  struct RemoveFilter {
    std::string source;
    std::string published_from, published_to;
  };
  // Removes every matching document, in one SQLite transaction and one commit per shard, as one
  // corpus generation. Returns the ids removed, sorted. Throws CorpusError for an empty filter
  // (that would be everything: remove the home instead) and on a store failure.
  std::vector<std::string> remove_where(const RemoveFilter& filter);

  std::optional<Document> get(std::string_view id) const;
  Stats stats() const;
  std::size_t size() const;

  // A counter bumped by every committed add, update or remove (0 for a new corpus).
  std::uint64_t generation() const;
  // Documents added or updated after `generation`, each with its own generation set.
  std::vector<Document> changed_since(std::uint64_t generation) const;
  // Ids removed after `generation`, with the generation of their removal.
  std::vector<std::pair<std::string, std::uint64_t>> removed_since(std::uint64_t generation) const;

  // Runs a query; best first. Throws CorpusError on an index failure.
  std::vector<Hit> search(const Query& query) const;

  // Sees what was committed since the corpus was opened (by this or another process); cheap
  // when nothing was. A read handle otherwise keeps the index as it was when opened.
  void refresh();

  // Search across further shards (local directories, or "tcp://host:port" for xapian-tcpsrv)
  // together with this corpus's own index.
  void add_shard(const std::string& location);

  // Lets this read handle and `other` (a read handle of the same home) keep one copy of the
  // postings each story's searches read (Query::filter_any), so that a story searched on both
  // at once, from two threads, reads each term's postings once rather than once per handle.
  // Each handle still reads through its own Xapian database; a copy is shared only while both
  // are at the same revision of every shard, and never with added shards (each keeps its own).
  // Both must outlive the searches made through them.
  void share_story_sets(const Corpus& other);

 private:
  struct Impl;
  explicit Corpus(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The English stem the index matches a folded word by ("increased" and "increase" share
// one), for callers that must predict which documents a query can match.
std::string index_stem(std::string_view folded_word);

// The words naming a source's publisher, from Document::source: a domain's labels but the
// last (its top-level domain) and generic ones ("www", "gov", "com", "co", ...), each split at
// hyphens ("saint-aurele.example": saint, aurele; "holbrook.gov.example": holbrook); an
// outlet's name's words ("Holbrook Borough Council": holbrook, borough, council). Folded,
// letters only, three or more, unique, in order. An organisation's own pages rarely repeat
// its name ("our computer systems"): the index holds these words apart from the document's
// (publisher_filter_word), and the engine's same-story gate reads them as the publisher's.
std::vector<std::string> publisher_words(std::string_view source);

// A Query::filter_any alternative that matches the documents whose publisher_words hold
// `word` (folded), and no document for its words alone.
std::string publisher_filter_word(std::string_view word);

// Lower-case hex SHA-256 of `bytes`; used for content identity of sources and articles.
std::string content_hash(std::string_view bytes);

}  // namespace verify::corpus
