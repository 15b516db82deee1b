// Reuters-21578 for benchmarks: a tolerant SGML reader and a deterministic generator that
// scales the ~19k stories to any number of varied corpus JSON Lines documents.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace verify::bench {

// One story as the SGML gives it, converted to UTF-8, entities decoded, control chars dropped.
struct Story {
  int newid = 0;
  std::string date;  // "YYYY-MM-DD", "" when the <DATE> is unreadable
  std::string title, dateline, body;
  std::vector<std::string> places, people, orgs;  // category codes, lower case
};

// Reads every reut2-*.sgm under `dir` in name order; stories without a body are left out.
// Throws std::runtime_error naming the file when one cannot be read.
std::vector<Story> read_reuters(const std::filesystem::path& dir);

// A corpus JSON Lines record ({"id","url","title","published","source","text"}).
struct GeneratedDoc {
  std::string id, url, title, published, source, text;
};

// Scales the stories deterministically: document n is variant n / stories.size() of story
// n % stories.size(). Variant 0 is the story as published; later variants shuffle paragraphs,
// scale numbers, move the date to a year in 1985-2026 and swap people and place names, all
// drawn from a std::mt19937_64 seeded by (seed, n), so any n can be made on its own.
class Generator {
 public:
  Generator(std::vector<Story> stories, const std::filesystem::path& reuters_dir,
            std::uint64_t seed);
  GeneratedDoc make(std::size_t n) const;
  std::size_t stories() const { return stories_.size(); }
  const Story& story(std::size_t i) const { return stories_[i]; }

 private:
  std::vector<Story> stories_;
  std::vector<std::string> surnames_, places_;  // capitalised, from all-*-strings.lc.txt
  std::uint64_t seed_;
};

// Appends `s` to `out` as a JSON string, quotes included.
void json_string(std::string& out, const std::string& s);

// One JSON Lines record for `doc`, newline included.
std::string to_jsonl(const GeneratedDoc& doc);

// Writes documents [first, first + count) to `path` unless a complete file from an earlier
// run is there (written to a temporary name, then renamed). Returns the file's size in bytes.
std::uint64_t write_corpus(const Generator& gen, std::size_t first, std::size_t count,
                           const std::filesystem::path& path);

}  // namespace verify::bench
