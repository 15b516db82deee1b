// Fuzz target: the claim extractor (claims::extract) on input read as a Markdown article, the
// richest text format (links and furniture as well as sentences).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "verify/claims.h"

namespace claims = verify::claims;
using verify::fuzz::in_bounds;
using verify::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  claims::Article article;
  try {
    article = claims::parse_article(std::string(reinterpret_cast<const char*>(data), size), "md");
  } catch (const claims::InputError&) {
    return 0;
  }
  // A fixed reference date keeps weekdays and relative dates, and so the run, reproducible.
  claims::Options options;
  options.reference_date = "2026-02-19";
  // docs/formats.md: a claim's text and sentence are the slices of the text with its
  // hard-wrap line breaks given as spaces (claims::unwrap_lines; the same length).
  std::string text = article.text;
  claims::unwrap_lines(text);
  std::size_t previous_start = 0;
  for (const auto& c : claims::extract(article, options)) {
    // The offsets contract of docs/formats.md: reports and evidence marks rely on it.
    require(in_bounds(c.start, c.end, text.size()), "claim span inside the text");
    require(c.text == text.substr(c.start, c.end - c.start), "claim text equals its slice");
    require(in_bounds(c.sentence_start, c.sentence_end, text.size()),
            "sentence span inside the text");
    require(c.sentence.str() == text.substr(c.sentence_start, c.sentence_end - c.sentence_start),
            "claim sentence equals its slice");
    require(c.start >= previous_start, "claims in order of appearance");
    require(c.confidence >= 0 && c.confidence <= 1, "confidence in [0, 1]");
    previous_start = c.start;
  }
  return 0;
}
