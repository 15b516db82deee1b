// Turning inputs into validated Documents: JSON Lines records, .txt/.md/.html files, and the
// compact JSON kept as Xapian document data.
#include "sources.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "text.h"

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
  char detail[96];
  std::snprintf(detail, sizeof detail, "invalid UTF-8 (byte 0x%02X at column %zu)",
                static_cast<unsigned>(static_cast<unsigned char>(line[bad])), bad + 1);
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

// Collapses runs of whitespace to one space and trims.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
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
// the first non-empty line.
void markdown_meta(std::string_view text, std::string& title, std::string& published) {
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
            if (published_date(value, date)) published = date;
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

// HTML to text: the walk skips page furniture and breaks paragraphs at block elements.
class HtmlText {
 public:
  // With `text` false (inside <head>, <nav> ...) only the title and dates are picked up.
  void walk(xmlNode* node, bool text = true) {
    for (xmlNode* n = node; n; n = n->next) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (text && n->content) add_text(reinterpret_cast<const char*>(n->content));
        continue;
      }
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string_view name = reinterpret_cast<const char*>(n->name);
      if (name == "title" && title_.empty()) title_ = collapse_spaces(content(n));
      if (name == "h1" && h1_.empty()) h1_ = collapse_spaces(content(n));
      if (name == "meta") read_meta(n);
      if (name == "time" && time_.empty()) {
        std::string dt = attribute(n, "datetime");
        std::string date;
        if (published_date(dt, date)) time_ = date;
      }
      if (!text || skipped(name)) {
        if (name != "script" && name != "style") walk(n->children, false);
        continue;
      }
      bool block = is_block(name);
      if (block) end_paragraph();
      walk(n->children, true);
      if (block) end_paragraph();
    }
  }

  std::string text() {
    end_paragraph();
    std::string out;
    for (const auto& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }
  std::string title() const { return title_.empty() ? h1_ : title_; }
  std::string published() const { return meta_published_.empty() ? time_ : meta_published_; }
  const std::string& site_name() const { return site_name_; }

 private:
  static bool skipped(std::string_view name) {
    static constexpr std::string_view kSkip[] = {"script", "style",    "nav",  "header",
                                                 "footer", "noscript", "head", "template",
                                                 "svg",    "iframe"};
    return std::find(std::begin(kSkip), std::end(kSkip), name) != std::end(kSkip);
  }
  static bool is_block(std::string_view name) {
    static constexpr std::string_view kBlock[] = {
        "p",          "div",    "section",    "article", "main",  "h1",      "h2",
        "h3",         "h4",     "h5",         "h6",      "li",    "ul",      "ol",
        "dl",         "dt",     "dd",         "br",      "hr",    "pre",     "tr",
        "blockquote", "figure", "figcaption", "table",   "aside", "address", "body"};
    return std::find(std::begin(kBlock), std::end(kBlock), name) != std::end(kBlock);
  }
  static std::string content(xmlNode* n) {
    xmlChar* c = xmlNodeGetContent(n);
    std::string s = c ? reinterpret_cast<const char*>(c) : "";
    xmlFree(c);
    return s;
  }
  static std::string attribute(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
  }
  void read_meta(xmlNode* n) {
    std::string key = attribute(n, "property");
    if (key.empty()) key = attribute(n, "name");
    std::string value = attribute(n, "content");
    if (key == "article:published_time" && meta_published_.empty()) {
      std::string date;
      if (published_date(value, date)) meta_published_ = date;
    } else if (key == "og:site_name" && site_name_.empty()) {
      site_name_ = collapse_spaces(value);
    }
  }
  void add_text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        space_ = true;
        continue;
      }
      if (space_ && !current_.empty()) current_ += ' ';
      space_ = false;
      current_ += c;
    }
  }
  void end_paragraph() {
    if (!current_.empty()) paragraphs_.push_back(std::move(current_));
    current_.clear();
    space_ = false;
  }

  std::vector<std::string> paragraphs_;
  std::string current_;
  bool space_ = false;
  std::string title_, h1_, meta_published_, time_, site_name_;
};

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
        r.problem = problem(where, "field 'published': expected \"YYYY-MM-DD\" or null");
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
    htmlDocPtr html = htmlReadMemory(
        bytes.data(), static_cast<int>(bytes.size()), doc.url.c_str(), nullptr,
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!html) {
      r.problem = problem(shown, "cannot parse HTML");
      return r;
    }
    HtmlText walker;
    walker.walk(xmlDocGetRootElement(html));
    xmlFreeDoc(html);
    doc.text = walker.text();
    doc.title = walker.title();
    doc.published = walker.published();
    doc.source = walker.site_name();
    if (doc.text.empty()) {
      r.problem = problem(shown, "no text found in HTML");
      return r;
    }
    // libxml2 converts declared encodings to UTF-8, but a page that lies about its charset
    // can still leave stray bytes.
    if (auto bad = first_invalid_utf8(doc.text)) {
      r.problem = problem(shown, "invalid UTF-8 in text at byte " + std::to_string(*bad));
      return r;
    }
  } else {
    if (auto bad = first_invalid_utf8(bytes)) {
      char detail[64];
      std::snprintf(detail, sizeof detail, "invalid UTF-8 (byte 0x%02X at offset %zu)",
                    static_cast<unsigned>(static_cast<unsigned char>(bytes[*bad])), *bad);
      r.problem = problem(shown, detail);
      return r;
    }
    doc.text = std::string(bytes);
    if (kind == FileKind::kMarkdown) {
      markdown_meta(bytes, doc.title, doc.published);
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
