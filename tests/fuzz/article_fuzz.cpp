// Fuzz target: one article reader (claims::parse_article). Built once per format; the format
// comes from VERIFY_FUZZ_FORMAT ("txt", "md", "html" or "json").
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
    article = claims::parse_article(std::string(reinterpret_cast<const char*>(data), size),
                                    VERIFY_FUZZ_FORMAT);
  } catch (const claims::InputError&) {
    return 0;  // rejecting bad input with a message is the reader's contract
  }
  // Every later stage indexes into the text with these spans, so they must hold for any input.
  require(!claims::first_invalid_utf8(article.text), "article text is valid UTF-8");
  for (const auto& f : article.furniture) {
    require(in_bounds(f.start, f.end, article.text.size()), "furniture span inside the text");
  }
  for (const auto& link : article.links) {
    require(in_bounds(link.anchor.start, link.anchor.end, article.text.size()),
            "link anchor inside the text");
  }
  return 0;
}
