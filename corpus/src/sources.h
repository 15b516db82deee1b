// Turning inputs into validated Documents: JSON Lines records, .txt/.md/.html files, and the
// compact JSON kept as Xapian document data.
#pragma once

#include <simdjson.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

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
