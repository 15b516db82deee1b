// Charset conversion (ICU) and HTML-to-readable-text (libxml2) for fetched pages.
#include "fetch_html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <vector>

#include "text.h"

namespace verify::corpus::fetch_detail {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Collapses runs of whitespace (and U+00A0, which pages use as a layout space) to one space.
std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_space(s[i]) || (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) {
      if (s[i] == '\xC2') ++i;
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    if (n == 2 && c < 0xC2) return false;  // overlong
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    if (n == 3) {
      auto c1 = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return false;
    }
    if (n == 4) {
      auto c1 = static_cast<unsigned char>(s[i + 1]);
      if (c > 0xF4 || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) return false;
    }
    i += n;
  }
  return true;
}

// Browsers read these labels as windows-1252; strict ISO-8859-1 would turn the curly quotes
// and dashes pages really contain (0x80-0x9F) into control characters.
std::string canonical_label(std::string_view label) {
  std::string l = lower(trim(label));
  static constexpr std::array<std::string_view, 9> kLatin1 = {
      "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
      "us-ascii",   "ascii",     "cp819",      "ibm819"};
  if (std::find(kLatin1.begin(), kLatin1.end(), l) != kLatin1.end()) return "windows-1252";
  if (l == "utf8") return "utf-8";
  return l;
}

// Converts with ICU; false when ICU does not know `label`.
bool icu_convert(std::string_view bytes, const std::string& label, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(label.c_str(), &status);
  if (U_FAILURE(status) || !conv) return false;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, ucnv_close);
  // Every charset ICU supports yields at most two UTF-16 units per input byte.
  std::vector<UChar> units(bytes.size() * 2 + 2);
  int32_t n = ucnv_toUChars(conv, units.data(), static_cast<int32_t>(units.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  int32_t needed = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(nullptr, 0, &needed, units.data(), n, 0xFFFD, nullptr, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return false;
  out.assign(static_cast<std::size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), needed, nullptr, units.data(), n, 0xFFFD, nullptr, &status);
  return U_SUCCESS(status);
}

std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::string_view name_of(xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

template <std::size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

constexpr std::array<std::string_view, 19> kSkipped = {
    "head",     "script", "style", "noscript", "template", "nav",    "header",
    "footer",   "aside",  "form",  "svg",      "iframe",   "button", "select",
    "textarea", "object", "embed", "canvas",   "dialog"};

constexpr std::array<std::string_view, 34> kBlocks = {
    "address", "article",  "blockquote", "dd",      "details", "div",   "dl",
    "dt",      "fieldset", "figcaption", "figure",  "h1",      "h2",    "h3",
    "h4",      "h5",       "h6",         "hr",      "li",      "main",  "ol",
    "p",       "pre",      "section",    "table",   "tbody",   "thead", "tfoot",
    "tr",      "ul",       "summary",    "caption", "center",  "body"};

constexpr std::array<std::string_view, 5> kFurnitureRoles = {"navigation", "banner", "contentinfo",
                                                             "complementary", "search"};

bool hidden(xmlNode* n) {
  if (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden"))) return true;
  if (lower(attr(n, "aria-hidden")) == "true") return true;
  return one_of(lower(trim(attr(n, "role"))), kFurnitureRoles);
}

// Everything the document-wide pass finds: metadata and the candidate text roots.
struct Scan {
  std::string og_title, title_tag, h1, site_name;
  std::string meta_published;  // best meta date by priority
  int meta_priority = 100;     // lower is better
  std::string time_published;
  std::vector<xmlNode*> articles;
  xmlNode* main = nullptr;
  xmlNode* body = nullptr;
  std::string json_ld;  // concatenated application/ld+json scripts
};

std::string node_text(xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

// Meta names that carry a publication date, most trusted first.
int date_meta_priority(const std::string& key) {
  static constexpr std::array<std::string_view, 12> kKeys = {
      "article:published_time", "datepublished",   "og:published_time", "publishdate",
      "publish-date",           "pubdate",         "parsely-pub-date",  "sailthru.date",
      "dc.date.issued",         "dcterms.created", "dc.date",           "date"};
  auto it = std::find(kKeys.begin(), kKeys.end(), key);
  return it == kKeys.end() ? -1 : static_cast<int>(it - kKeys.begin());
}

void scan(xmlNode* node, Scan& s) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string_view name = name_of(n);
    if (name == "meta") {
      std::string key = lower(attr(n, "property"));
      if (key.empty()) key = lower(attr(n, "name"));
      if (key.empty()) key = lower(attr(n, "itemprop"));
      std::string content = attr(n, "content");
      if ((key == "og:title" || key == "twitter:title") && s.og_title.empty()) {
        s.og_title = collapse(content);
      }
      if (key == "og:site_name" && s.site_name.empty()) s.site_name = collapse(content);
      int p = date_meta_priority(key);
      if (p >= 0 && p < s.meta_priority) {
        std::string d = iso_date_prefix(trim(content));
        if (!d.empty()) {
          s.meta_published = d;
          s.meta_priority = p;
        }
      }
    } else if (name == "title" && s.title_tag.empty()) {
      s.title_tag = collapse(node_text(n));
    } else if (name == "h1" && s.h1.empty()) {
      s.h1 = collapse(node_text(n));
    } else if (name == "time" && s.time_published.empty()) {
      s.time_published = iso_date_prefix(trim(attr(n, "datetime")));
    } else if (name == "script") {
      if (lower(attr(n, "type")) == "application/ld+json") s.json_ld += node_text(n);
      continue;
    } else if (name == "article") {
      s.articles.push_back(n);
    } else if (name == "main" && !s.main) {
      s.main = n;
    } else if (name == "body" && !s.body) {
      s.body = n;
    }
    scan(n->children, s);
  }
}

// "datePublished": "2026-02-19..." inside JSON-LD, without a JSON parser: only the date matters.
std::string json_ld_date(std::string_view json) {
  constexpr std::string_view kKey = "\"datePublished\"";
  std::size_t at = json.find(kKey);
  if (at == std::string_view::npos) return "";
  std::size_t q = json.find('"', json.find(':', at + kKey.size()));
  if (q == std::string_view::npos) return "";
  return iso_date_prefix(json.substr(q + 1));
}

// Walks a subtree into paragraphs, breaking at block elements and skipping furniture.
class TextWalker {
 public:
  void walk(xmlNode* node) {
    for (xmlNode* n = node; n; n = n->next) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content) add(reinterpret_cast<const char*>(n->content));
        continue;
      }
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string_view name = name_of(n);
      if (one_of(name, kSkipped) || hidden(n)) continue;
      if (name == "br") {
        line_break();
        continue;
      }
      if (name == "td" || name == "th") space_ = true;
      bool block = one_of(name, kBlocks);
      if (block) end_paragraph();
      walk(n->children);
      if (block) end_paragraph();
    }
  }

  std::string finish() {
    end_paragraph();
    std::string out;
    for (const auto& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }

 private:
  void add(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (is_space(c) || (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) {
        if (c == '\xC2') ++i;
        space_ = true;
        continue;
      }
      if (space_ && !current_.empty() && current_.back() != '\n') current_ += ' ';
      space_ = false;
      current_ += c;
    }
  }
  void line_break() {
    if (!current_.empty() && current_.back() != '\n') current_ += '\n';
    space_ = false;
  }
  void end_paragraph() {
    while (!current_.empty() && (current_.back() == '\n' || current_.back() == ' ')) {
      current_.pop_back();
    }
    if (!current_.empty()) paragraphs_.push_back(std::move(current_));
    current_.clear();
    space_ = false;
  }

  std::vector<std::string> paragraphs_;
  std::string current_;
  bool space_ = false;
};

std::string text_of(xmlNode* root) {
  TextWalker w;
  w.walk(root->children);
  return w.finish();
}

}  // namespace

std::string charset_from_content_type(std::string_view content_type) {
  std::string l = lower(content_type);
  std::size_t at = l.find("charset=");
  if (at == std::string::npos) return "";
  std::string_view v = std::string_view(content_type).substr(at + 8);
  std::size_t end = v.find(';');
  v = trim(v.substr(0, end));
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
  return std::string(trim(v));
}

std::string charset_from_meta(std::string_view html) {
  std::string head = lower(html.substr(0, 4096));
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    std::size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag = std::string_view(head).substr(pos, end - pos);
    std::size_t cs = tag.find("charset");
    pos = end;
    if (cs == std::string_view::npos) continue;
    std::string_view v = tag.substr(cs + 7);
    while (!v.empty() && (is_space(v.front()) || v.front() == '=')) v.remove_prefix(1);
    while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
    std::size_t stop = 0;
    while (stop < v.size() && !is_space(v[stop]) && v[stop] != '"' && v[stop] != '\'' &&
           v[stop] != ';' && v[stop] != '/' && v[stop] != '>') {
      ++stop;
    }
    if (stop > 0) return std::string(v.substr(0, stop));
  }
  return "";
}

std::string to_utf8(std::string_view bytes, std::string_view charset) {
  std::string label = canonical_label(charset);
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    label = "utf-8";
  } else if (bytes.size() >= 2 &&
             (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    label = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
    bytes.remove_prefix(2);
  }
  if ((label.empty() || label == "utf-8") && valid_utf8(bytes)) return std::string(bytes);
  std::string out;
  if (label.empty()) label = "windows-1252";
  if (icu_convert(bytes, label, out)) return out;
  // An unknown label: the same guess as for no label at all.
  if (valid_utf8(bytes)) return std::string(bytes);
  if (icu_convert(bytes, "windows-1252", out)) return out;
  return std::string(bytes);
}

std::string iso_date_prefix(std::string_view v) {
  auto digits = [&](std::size_t at, std::size_t n) {
    if (v.size() < at + n) return false;
    for (std::size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
    }
    return true;
  };
  std::string y, m, d;
  if (digits(0, 4) && v.size() >= 10 && (v[4] == '-' || v[4] == '/') && v[7] == v[4] &&
      digits(5, 2) && digits(8, 2)) {
    y = v.substr(0, 4);
    m = v.substr(5, 2);
    d = v.substr(8, 2);
  } else if (digits(0, 8) && !digits(8, 1)) {
    y = v.substr(0, 4);
    m = v.substr(4, 2);
    d = v.substr(6, 2);
  } else {
    return "";
  }
  const int yi = std::stoi(y);
  // A day of the calendar only: a page's "2026-02-30" leaves it undated rather than indexed
  // with a day that does not exist.
  const std::string iso = y + "-" + m + "-" + d;
  if (yi < 1800 || !detail::is_iso_date(iso)) return "";
  return iso;
}

void html_to_document(std::string_view utf8_html, Document& out) {
  // The bytes are already UTF-8: tell libxml2 so, and make it ignore <meta charset>, which
  // describes the bytes before our conversion.
  htmlDocPtr doc =
      htmlReadMemory(utf8_html.data(), static_cast<int>(utf8_html.size()), nullptr, "UTF-8",
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                         HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
  if (!doc) return;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> guard(doc, xmlFreeDoc);
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return;
  Scan s;
  scan(root, s);
  out.title = !s.og_title.empty() ? s.og_title : !s.title_tag.empty() ? s.title_tag : s.h1;
  if (out.source.empty()) out.source = s.site_name;
  if (!s.meta_published.empty()) {
    out.published = s.meta_published;
  } else if (std::string d = json_ld_date(s.json_ld); !d.empty()) {
    out.published = d;
  } else {
    out.published = s.time_published;
  }
  // Listing pages hold many small <article>s; the story is the one with the most text.
  std::string best;
  for (xmlNode* a : s.articles) {
    std::string t = text_of(a);
    if (t.size() > best.size()) best = std::move(t);
  }
  if (best.empty() && s.main) best = text_of(s.main);
  if (best.empty()) {
    // A document without <body> (a fragment) still has text under the root.
    if (s.body) {
      best = text_of(s.body);
    } else {
      TextWalker w;
      w.walk(root);
      best = w.finish();
    }
  }
  out.text = std::move(best);
}

void text_to_document(std::string_view utf8_text, Document& out) {
  std::string text;
  text.reserve(utf8_text.size());
  for (std::size_t i = 0; i < utf8_text.size(); ++i) {
    if (utf8_text[i] == '\r' && i + 1 < utf8_text.size() && utf8_text[i + 1] == '\n') continue;
    text += utf8_text[i];
  }
  std::string_view rest = text;
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view line = trim(rest.substr(0, nl));
    if (!line.empty()) {
      out.title = std::string(line.substr(0, 300));
      break;
    }
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  out.text = std::string(trim(text));
}

}  // namespace verify::corpus::fetch_detail
