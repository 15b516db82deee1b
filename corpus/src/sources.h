// Turning inputs into validated Documents: JSON Lines records, .txt/.md/.html files, and the
// compact JSON kept as Xapian document data.
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "verify/corpus.h"

namespace verify::corpus::detail {

// Either a document or one problem line naming where and what is wrong.
struct SourceResult {
  std::optional<Document> doc;
  std::string problem;
};

// Validates one corpus JSON Lines record; `where` ("FILE:LINE") prefixes any problem.
SourceResult parse_jsonl_record(std::string_view line, std::string_view where,
                                simdjson::dom::parser& parser);

// Reads corpus JSON Lines record by record: lines end in LF, CRLF or a lone CR; a UTF-8
// byte-order mark before the first line is skipped; blank lines are passed over. Reads from
// `in` without owning it; not thread-safe.
class JsonlReader {
 public:
  // `origin` names the input in problems ("FILE:LINE: ...").
  JsonlReader(std::istream& in, std::string origin) : in_(in), origin_(std::move(origin)) {}

  // Validates the next non-blank line into `out` (a document or a problem); false at the end
  // of input. `parser` is reused between calls to save allocations.
  bool next(SourceResult& out, simdjson::dom::parser& parser);
  // Bytes consumed so far, line ends and blank lines included.
  std::size_t bytes() const { return bytes_; }
  // Number of the last line read (1-based; 0 before the first).
  std::size_t line() const { return lineno_; }
  // Offset of the first NUL byte read, which no JSON text holds raw: a sign of a binary file.
  std::optional<std::size_t> first_nul() const { return first_nul_; }
  // Whether the input was found not to be JSON Lines at all (UTF-16) and the rest passed over.
  bool stopped() const { return stopped_; }

 private:
  bool read_line();

  std::istream& in_;
  std::string origin_;
  std::string line_;
  std::size_t lineno_ = 0;
  std::size_t bytes_ = 0;
  bool stopped_ = false;  // the file is not JSON Lines at all (UTF-16): nothing more is read
  std::optional<std::size_t> first_nul_;
};

// Which file kinds a directory walk picks up.
enum class FileKind { kNone, kText, kMarkdown, kHtml, kJsonl };
FileKind file_kind(const std::filesystem::path& path);

// Builds a document from the bytes of a .txt/.md/.html file. `shown` names the file in
// problems (binary content, empty file, invalid UTF-8, HTML without text).
SourceResult document_from_file(std::string_view bytes, FileKind kind, std::string id,
                                std::string url, std::string_view shown);

// The document data stored with each Xapian document: compact JSON with every field, so that
// a hit from any shard carries what evidence needs.
std::string encode_document(const Document& doc);
// False when `data` is not such JSON.
bool decode_document(std::string_view data, simdjson::dom::parser& parser, Document& out);

}  // namespace verify::corpus::detail
