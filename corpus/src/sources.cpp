// Turning inputs into validated Documents: JSON Lines records, .txt/.md/.html files, and the
// compact JSON kept as Xapian document data.
#include "sources.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <istream>
#include <string>
#include <vector>

#include "fetch_html.h"
#include "text.h"
#include "verify/encoding.h"

namespace verify::corpus::detail {
namespace {

namespace dom = simdjson::dom;

enum class FieldState { kAbsent, kNull, kString, kOther };

FieldState string_field(const dom::object& obj, std::string_view name, std::string_view& out) {
  dom::element value;
  if (obj.at_key(name).get(value) != simdjson::SUCCESS) return FieldState::kAbsent;
  if (value.is_null()) return FieldState::kNull;
  if (value.get_string().get(out) != simdjson::SUCCESS) return FieldState::kOther;
  return FieldState::kString;
}

std::string problem(std::string_view where, std::string_view what) {
  std::string p(where);
  p += ": ";
  p += what;
  return p;
}

// U+FFFF never occurs in real text, so it marks where invalid bytes were when looking for the
// field that holds them.
constexpr std::string_view kBadByteMarker = "\xEF\xBF\xBF";

std::string invalid_utf8_problem(std::string_view line, std::size_t bad, std::string_view where,
                                 dom::parser& parser) {
  std::string repaired;
  repaired.reserve(line.size() + 16);
  std::string_view rest = line;
  while (auto pos = first_invalid_utf8(rest)) {
    repaired.append(rest.substr(0, *pos));
    repaired.append(kBadByteMarker);
    rest.remove_prefix(*pos + 1);
  }
  repaired.append(rest);
  char place[96];
  std::snprintf(place, sizeof place, "invalid UTF-8 (byte 0x%02X at column %zu)",
                static_cast<unsigned>(static_cast<unsigned char>(line[bad])), bad + 1);
  // The usual cure, as an article's message gives it (docs/user-guide.md).
  const std::string detail = std::string(place) +
                             "; if the file is Latin-1 or Windows-1252, convert it: iconv -f "
                             "WINDOWS-1252 -t UTF-8 FILE > FILE.utf8";
  dom::element root;
  dom::object obj;
  if (parser.parse(repaired).get(root) == simdjson::SUCCESS &&
      root.get_object().get(obj) == simdjson::SUCCESS) {
    for (auto field : obj) {
      std::string_view s;
      bool in_key = field.key.find(kBadByteMarker) != std::string_view::npos;
      bool in_value = field.value.get_string().get(s) == simdjson::SUCCESS &&
                      s.find(kBadByteMarker) != std::string_view::npos;
      if (in_key || in_value) {
        std::string name = in_key ? std::string("name") : std::string(field.key);
        return problem(where, "field '" + name + "': " + detail);
      }
    }
  }
  return problem(where, detail);
}

// Whether `s` starts with digits and dashes in the places of "YYYY-MM-DD".
bool shaped_like_date(std::string_view s) {
  if (s.size() < 10) return false;
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

// Normalizes a "published" value: "YYYY-MM-DD", or an ISO 8601 date-time starting with one.
bool published_date(std::string_view s, std::string& out) {
  s = trim(s);
  if (s.empty()) {
    out.clear();
    return true;
  }
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return false;
  if (!is_iso_date(s.substr(0, 10))) return false;
  out = std::string(s.substr(0, 10));
  return true;
}

std::string_view first_nonempty_line(std::string_view text) {
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = trim(text.substr(0, nl));
    if (!line.empty()) return line;
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return {};
}

// Markdown: YAML front matter "title:"/"date:" when present, else the first ATX heading, else
// the first non-empty line. `bad_date` gets a front matter date that is no calendar date
// ("2026-02-30", "29 March"), as written, for the caller to reject the file.
void markdown_meta(std::string_view text, std::string& title, std::string& published,
                   std::string& bad_date) {
  std::string_view body = text;
  if (text.substr(0, 4) == "---\n") {
    auto end = text.find("\n---", 3);
    if (end != std::string_view::npos) {
      std::string_view front = text.substr(4, end - 4);
      while (!front.empty()) {
        auto nl = front.find('\n');
        std::string_view line = front.substr(0, nl);
        auto colon = line.find(':');
        if (colon != std::string_view::npos) {
          std::string_view key = trim(line.substr(0, colon));
          std::string_view value = trim(line.substr(colon + 1));
          if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
              value.back() == value.front()) {
            value = value.substr(1, value.size() - 2);
          }
          if (key == "title") title = std::string(value);
          if (key == "date" || key == "published") {
            std::string date;
            if (published_date(value, date)) {
              published = date;
            } else if (bad_date.empty()) {
              bad_date = std::string(key) + ": " + std::string(value.substr(0, 40));
            }
          }
        }
        if (nl == std::string_view::npos) break;
        front.remove_prefix(nl + 1);
      }
      auto body_start = text.find('\n', end + 4);
      body = body_start == std::string_view::npos ? std::string_view{} : text.substr(body_start);
    }
  }
  if (!title.empty()) return;
  std::string_view scan = body;
  while (!scan.empty()) {
    auto nl = scan.find('\n');
    std::string_view line = trim(scan.substr(0, nl));
    if (!line.empty() && line.front() == '#') {
      while (!line.empty() && line.front() == '#') line.remove_prefix(1);
      while (!line.empty() && line.back() == '#') line.remove_suffix(1);
      title = std::string(trim(line));
      if (!title.empty()) return;
    }
    if (nl == std::string_view::npos) break;
    scan.remove_prefix(nl + 1);
  }
  std::string_view line = first_nonempty_line(body);
  while (!line.empty() && line.front() == '#') line.remove_prefix(1);
  title = std::string(trim(line));
}

}  // namespace

SourceResult parse_jsonl_record(std::string_view line, std::string_view where,
                                dom::parser& parser) {
  SourceResult r;
  if (auto bad = first_invalid_utf8(line)) {
    r.problem = invalid_utf8_problem(line, *bad, where, parser);
    return r;
  }
  dom::element root;
  if (auto err = parser.parse(line.data(), line.size()).get(root); err != simdjson::SUCCESS) {
    // A line that does not open an object is most often not JSON at all (a stray header, a
    // plain-text line): say so rather than the parser's "Problem while parsing an atom …".
    const std::string_view t = trim(line);
    if (!t.empty() && t.front() != '{' && t.front() != '[') {
      std::size_t n = 1;
      while (n < t.size() && (static_cast<unsigned char>(t[n]) & 0xC0) == 0x80) ++n;
      r.problem =
          problem(where, "malformed JSON: the line starts with '" + std::string(t.substr(0, n)) +
                             "', not '{' (one JSON object per line)");
      return r;
    }
    r.problem = problem(where, std::string("malformed JSON: ") + simdjson::error_message(err));
    return r;
  }
  dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    r.problem = problem(where, "expected a JSON object per line");
    return r;
  }
  Document doc;
  std::string_view s;
  // Optional string fields: absent or null means "".
  struct Optional {
    const char* name;
    std::string* target;
  };
  for (Optional f : {Optional{"url", &doc.url}, Optional{"title", &doc.title},
                     Optional{"source", &doc.source}}) {
    switch (string_field(obj, f.name, s)) {
      case FieldState::kString:
        *f.target = std::string(trim(s));
        break;
      case FieldState::kOther:
        r.problem =
            problem(where, std::string("field '") + f.name + "': expected a string or null");
        return r;
      default:
        break;
    }
  }
  switch (string_field(obj, "published", s)) {
    case FieldState::kString:
      if (!published_date(s, doc.published)) {
        // The value as given, so "2026-13-45" (the right shape, no such day) is told from "29
        // March 2025" (another form).
        std::string given(trim(s).substr(0, 40));
        r.problem = problem(
            where, "field 'published': expected \"YYYY-MM-DD\" or null, got \"" + given + "\"" +
                       (shaped_like_date(trim(s)) ? ", which is no calendar date" : ""));
        return r;
      }
      break;
    case FieldState::kOther:
      r.problem = problem(where, "field 'published': expected \"YYYY-MM-DD\" or null");
      return r;
    default:
      break;
  }
  dom::element tier;
  if (obj.at_key("tier").get(tier) == simdjson::SUCCESS && !tier.is_null()) {
    int64_t t = -1;
    if (tier.get_int64().get(t) != simdjson::SUCCESS || t < 0 || t > 3) {
      r.problem = problem(where, "field 'tier': expected an integer 1..3 (0 = unknown) or null");
      return r;
    }
    doc.tier = static_cast<int>(t);
  }
  switch (string_field(obj, "text", s)) {
    case FieldState::kString:
      if (trim(s).empty()) {
        r.problem = problem(where, "field 'text': missing or empty");
        return r;
      }
      doc.text = std::string(s);
      break;
    case FieldState::kOther:
      r.problem = problem(where, "field 'text': expected a string");
      return r;
    default:
      r.problem = problem(where, "field 'text': missing or empty");
      return r;
  }
  switch (string_field(obj, "id", s)) {
    case FieldState::kString:
      doc.id = std::string(trim(s));
      break;
    case FieldState::kOther:
      r.problem = problem(where, "field 'id': expected a string");
      return r;
    default:
      break;
  }
  // Without an id the url is the most stable identity a record has.
  if (doc.id.empty()) doc.id = doc.url;
  if (doc.id.empty()) {
    r.problem = problem(where, "field 'id': missing or empty, and no 'url' to derive it from");
    return r;
  }
  if (doc.source.empty()) doc.source = url_host(doc.url);
  r.doc = std::move(doc);
  return r;
}

// A CR never appears raw inside a JSON record, so it can only end a line (old Mac files).
bool JsonlReader::read_line() {
  line_.clear();
  if (stopped_) return false;
  std::size_t start = bytes_;
  std::streambuf* buf = in_.rdbuf();
  using Traits = std::char_traits<char>;
  for (;;) {
    Traits::int_type c = buf->sbumpc();
    if (Traits::eq_int_type(c, Traits::eof())) {
      if (bytes_ == start) in_.setstate(std::ios::eofbit);
      return bytes_ > start;
    }
    ++bytes_;
    if (c == '\n') return true;
    if (c == '\0' && !first_nul_) first_nul_ = bytes_ - 1;
    if (c == '\r') {
      if (buf->sgetc() == '\n') {
        buf->sbumpc();
        ++bytes_;
      }
      return true;
    }
    line_.push_back(Traits::to_char_type(c));
  }
}

bool JsonlReader::next(SourceResult& out, dom::parser& parser) {
  while (read_line()) {
    ++lineno_;
    // A UTF-8 byte-order mark, as some editors write at the start of a file, is no JSON.
    if (lineno_ == 1 && line_.starts_with("\xEF\xBB\xBF")) line_.erase(0, 3);
    // A file exported as UTF-16 is said to be one, once, rather than as each of its lines'
    // invalid bytes or malformed JSON; nothing of it is read.
    if (lineno_ == 1 && encoding::is_utf16(line_)) {
      out = SourceResult{};
      out.problem = problem(origin_, encoding::utf16_message());
      stopped_ = true;
      // The rest is passed over, not read: the reader still accounts for every byte (the
      // progress line's megabytes, the fuzz target's invariant).
      while (!std::char_traits<char>::eq_int_type(in_.rdbuf()->sbumpc(),
                                                  std::char_traits<char>::eof()))
        ++bytes_;
      return true;
    }
    if (trim(line_).empty()) continue;
    out = parse_jsonl_record(line_, origin_ + ":" + std::to_string(lineno_), parser);
    return true;
  }
  return false;
}

FileKind file_kind(const std::filesystem::path& path) {
  std::string ext = fold(path.extension().string());
  if (ext == ".txt") return FileKind::kText;
  if (ext == ".md" || ext == ".markdown") return FileKind::kMarkdown;
  if (ext == ".html" || ext == ".htm") return FileKind::kHtml;
  if (ext == ".jsonl") return FileKind::kJsonl;
  return FileKind::kNone;
}

SourceResult document_from_file(std::string_view bytes, FileKind kind, std::string id,
                                std::string url, std::string_view shown) {
  SourceResult r;
  if (encoding::is_utf16(bytes)) {
    r.problem = problem(shown, encoding::utf16_message());
    return r;
  }
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    r.problem = problem(
        shown, "binary file (NUL byte at offset " + std::to_string(nul) + "), not a text source");
    return r;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (trim(bytes).empty()) {
    r.problem = problem(shown, "empty file");
    return r;
  }
  Document doc;
  doc.id = std::move(id);
  doc.url = std::move(url);
  if (kind == FileKind::kHtml) {
    // The same reader as fetched pages: the declared charset (<meta charset>) is honoured,
    // then the page's title, date and main text are taken as for the web.
    std::string utf8 = fetch_detail::to_utf8(bytes, fetch_detail::charset_from_meta(bytes));
    fetch_detail::html_to_document(utf8, doc);
    if (doc.text.empty()) {
      r.problem = problem(shown, "no text found in HTML");
      return r;
    }
    // The conversion substitutes what it cannot decode, so this only guards the invariant.
    if (auto bad = first_invalid_utf8(doc.text)) {
      r.problem = problem(shown, "invalid UTF-8 in text at byte " + std::to_string(*bad));
      return r;
    }
  } else {
    if (auto bad = first_invalid_utf8(bytes)) {
      // Line and column for an editor, and the usual cure, as an article's reader says it.
      r.problem = problem(shown, encoding::invalid_utf8_message(bytes, *bad));
      return r;
    }
    doc.text = std::string(bytes);
    if (kind == FileKind::kMarkdown) {
      std::string bad_date;
      markdown_meta(bytes, doc.title, doc.published, bad_date);
      if (!bad_date.empty()) {
        r.problem = problem(shown, "front matter '" + bad_date +
                                       "': expected YYYY-MM-DD naming a day of the calendar");
        return r;
      }
    } else {
      doc.title = std::string(first_nonempty_line(bytes));
    }
  }
  r.doc = std::move(doc);
  return r;
}

std::string encode_document(const Document& doc) {
  std::string out;
  out.reserve(doc.text.size() + doc.title.size() + doc.url.size() + 128);
  out += "{\"id\":";
  append_json_string(out, doc.id);
  out += ",\"url\":";
  append_json_string(out, doc.url);
  out += ",\"title\":";
  append_json_string(out, doc.title);
  out += ",\"published\":";
  append_json_string(out, doc.published);
  out += ",\"source\":";
  append_json_string(out, doc.source);
  out += ",\"tier\":";
  out += std::to_string(doc.tier);
  out += ",\"text\":";
  append_json_string(out, doc.text);
  out += '}';
  return out;
}

bool decode_document(std::string_view data, dom::parser& parser, Document& out) {
  dom::element root;
  dom::object obj;
  if (parser.parse(data.data(), data.size()).get(root) != simdjson::SUCCESS ||
      root.get_object().get(obj) != simdjson::SUCCESS) {
    return false;
  }
  std::string_view s;
  struct Field {
    const char* name;
    std::string* target;
  };
  for (Field f : {Field{"id", &out.id}, Field{"url", &out.url}, Field{"title", &out.title},
                  Field{"published", &out.published}, Field{"source", &out.source},
                  Field{"text", &out.text}}) {
    if (string_field(obj, f.name, s) == FieldState::kString) *f.target = std::string(s);
  }
  int64_t tier = 0;
  if (obj.at_key("tier").get_int64().get(tier) == simdjson::SUCCESS) {
    out.tier = static_cast<int>(tier);
  }
  return !out.id.empty();
}

}  // namespace verify::corpus::detail
