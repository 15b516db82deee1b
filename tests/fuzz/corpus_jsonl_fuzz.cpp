// Fuzz target: the corpus JSON Lines reader (line ends, byte-order mark, record validation),
// the code Corpus::add_jsonl runs before anything reaches the stores. Each accepted document
// must also survive the round trip through the data kept with it in the index.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_support.h"
#include "sources.h"
#include "text.h"

namespace detail = verify::corpus::detail;
using verify::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static simdjson::dom::parser parser;
  static simdjson::dom::parser data_parser;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  detail::JsonlReader reader(in, "<fuzz>");
  detail::SourceResult r;
  while (reader.next(r, parser)) {
    require(r.doc.has_value() != !r.problem.empty(), "a record is a document or a problem");
    if (!r.doc) continue;
    const auto& doc = *r.doc;
    require(!doc.id.empty(), "an accepted document has an id");
    require(!detail::first_invalid_utf8(doc.text), "document text is valid UTF-8");
    verify::corpus::Document back;
    require(detail::decode_document(detail::encode_document(doc), data_parser, back),
            "stored document data decodes");
    require(back.id == doc.id && back.url == doc.url && back.title == doc.title &&
                back.published == doc.published && back.source == doc.source &&
                back.tier == doc.tier && back.text == doc.text,
            "stored document data round-trips");
  }
  require(reader.bytes() == size, "the reader consumes the whole input");
  return 0;
}
