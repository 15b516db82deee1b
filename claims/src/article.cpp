// Reading articles: .txt, .md, .html and .json into Article values, with furniture and links.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>

#include "claims_internal.h"
#include "verify/claims.h"
#include "verify/encoding.h"

namespace verify::claims {

namespace {

std::string label_for(const std::string& path) { return path.empty() ? "<input>" : path; }

bool is_blank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Rejects input that is not text: empty, UTF-16, NUL bytes, invalid UTF-8, blank.
void check_text(std::string_view bytes, const std::string& label) {
  if (bytes.empty()) throw InputError(label + ": file is empty");
  // A Windows export in UTF-16 holds NUL bytes too: said as what it is, with the cure.
  if (encoding::is_utf16(bytes)) throw InputError(label + ": " + encoding::utf16_message());
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    throw InputError(label + ": binary data, not text (NUL byte at byte " + std::to_string(nul) +
                     ")");
  }
  if (auto bad = encoding::first_invalid_utf8(bytes)) {
    throw InputError(label + ": " + encoding::invalid_utf8_message(bytes, *bad));
  }
  if (is_blank(bytes)) throw InputError(label + ": file contains only white space");
}

std::size_t url_end(std::string_view text, std::size_t p) {
  std::size_t e = p;
  while (e < text.size()) {
    char c = text[e];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '<' || c == '>' || c == '"' ||
        c == ')' || c == ']') {
      break;
    }
    ++e;
  }
  // Sentence punctuation right after a URL belongs to the sentence.
  while (e > p && std::strchr(".,;:!?'", text[e - 1]) != nullptr) --e;
  return e;
}

bool url_start_at(std::string_view text, std::size_t p) {
  return text.compare(p, 7, "http://") == 0 || text.compare(p, 8, "https://") == 0 ||
         (text.compare(p, 4, "www.") == 0 &&
          (p == 0 || !std::isalnum(static_cast<unsigned char>(text[p - 1]))));
}

// Removes the user info ("user:password@") of every http(s) URL written in `text` that carries
// a password: a password published by mistake must not travel on into claims, reports and the
// store. Returns the removed ranges as (offset in the original text, length), in text order.
std::vector<std::pair<std::size_t, std::size_t>> remove_url_passwords(std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> removed;
  std::string out;
  std::size_t copied = 0;
  std::size_t p = 0;
  while ((p = text.find("://", p)) != std::string::npos) {
    std::size_t scheme = p >= 5 && text.compare(p - 5, 5, "https") == 0  ? p - 5
                         : p >= 4 && text.compare(p - 4, 4, "http") == 0 ? p - 4
                                                                         : std::string::npos;
    std::size_t auth = p + 3;
    p = auth;
    if (scheme == std::string::npos) continue;
    std::size_t e = url_end(text, scheme);
    std::size_t host_end = auth;
    while (host_end < e && text[host_end] != '/' && text[host_end] != '?' && text[host_end] != '#')
      ++host_end;
    std::size_t at = text.rfind('@', host_end == 0 ? 0 : host_end - 1);
    if (at == std::string::npos || at < auth || at >= host_end) continue;
    if (text.find(':', auth) >= at) continue;  // a user name alone is no secret
    out.append(text, copied, auth - copied);
    removed.push_back({auth, at + 1 - auth});
    copied = at + 1;
  }
  if (removed.empty()) return removed;
  out.append(text, copied, std::string::npos);
  text = std::move(out);
  return removed;
}

// Where offset `pos` of the original text lies once `removed` ranges are taken out.
std::size_t after_removal(std::size_t pos,
                          const std::vector<std::pair<std::size_t, std::size_t>>& removed) {
  std::size_t shift = 0;
  for (const auto& [at, len] : removed) {
    if (pos <= at) break;
    shift += std::min(len, pos - at);
  }
  return pos - shift;
}

// Markdown links "[anchor](url)" and bare URLs.
std::vector<Link> scan_links(std::string_view text, bool markdown) {
  std::vector<Link> links;
  std::vector<Span> taken;
  if (markdown) {
    std::size_t p = 0;
    while ((p = text.find("](", p)) != std::string_view::npos) {
      std::size_t close = text.find(')', p + 2);
      std::size_t open = text.rfind('[', p);
      std::size_t nl = text.find('\n', p + 2);
      if (close == std::string_view::npos || open == std::string_view::npos ||
          (nl != std::string_view::npos && nl < close) ||
          text.substr(open, p - open).find('\n') != std::string_view::npos) {
        p += 2;
        continue;
      }
      bool image = open > 0 && text[open - 1] == '!';
      std::string_view url = text.substr(p + 2, close - p - 2);
      if (auto sp = url.find(' '); sp != std::string_view::npos) url = url.substr(0, sp);
      if (!image && !url.empty()) {
        Span anchor{open + 1, p};
        if (anchor.end == anchor.start) anchor = {p + 2, p + 2 + url.size()};
        links.push_back({std::string(url), anchor});
      }
      taken.push_back({open, close + 1});
      p = close + 1;
    }
  }
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (!url_start_at(text, p)) continue;
    bool inside = false;
    for (const auto& t : taken) inside = inside || (p >= t.start && p < t.end);
    std::size_t e = url_end(text, p);
    if (!inside && e > p) links.push_back({std::string(text.substr(p, e - p)), {p, e}});
    p = e;
  }
  std::sort(links.begin(), links.end(),
            [](const Link& a, const Link& b) { return a.anchor.start < b.anchor.start; });
  return links;
}

std::string strip_markdown_heading(std::string_view line) {
  while (!line.empty() &&
         (line.front() == '#' || line.front() == ' ' || line.front() == '*' || line.front() == '_'))
    line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '*' || line.back() == '_' ||
                           line.back() == '#' || line.back() == '\r'))
    line.remove_suffix(1);
  return std::string(line);
}

// First line with content that is not furniture.
std::string first_content_line(std::string_view text, const std::vector<Span>& furniture) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    // Furniture spans come from detect_furniture in text order: the first one starting at or
    // after `pos` decides (a scan of all of them per line was quadratic when most lines are).
    auto f = std::lower_bound(furniture.begin(), furniture.end(), pos,
                              [](const Span& span, std::size_t p) { return span.start < p; });
    bool furn = f != furniture.end() && f->start < std::max(end, pos + 1);
    std::string line = strip_markdown_heading(text.substr(pos, end - pos));
    if (!furn && !is_blank(line)) return line;
    pos = end + 1;
  }
  return "";
}

// ---------------------------------------------------------------------------------------------
// HTML

class HtmlText {
 public:
  // Throws DepthError past kMaxHtmlDepth levels: the walk recurses once per level, and
  // 100,000 nested <div>s would overflow the stack.
  struct DepthError {};
  void walk(xmlNode* node) {
    if (++depth_ > kMaxHtmlDepth) throw DepthError{};
    for (xmlNode* n = node; n != nullptr; n = n->next) visit(n);
    --depth_;
  }
  std::string text_;
  std::vector<Link> links_;
  std::string title_;
  std::string base_, canonical_, og_url_;  // what relative hrefs are resolved against
  std::string h1_;
  std::string published_;

 private:
  static std::string name_of(xmlNode* n) {
    std::string s = n->name ? reinterpret_cast<const char*>(n->name) : "";
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  static std::string attr(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (v == nullptr) return "";
    std::string s = reinterpret_cast<const char*>(v);
    xmlFree(v);
    return s;
  }
  static std::string inner_text(xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    if (v == nullptr) return "";
    std::string raw = reinterpret_cast<const char*>(v);
    xmlFree(v);
    std::string out;
    bool space = false;
    for (char c : raw) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = !out.empty();
      } else {
        if (space) out += ' ';
        space = false;
        out += c;
      }
    }
    return out;
  }
  // Page furniture marked as such by its markup: a landmark role that is not the article
  // (navigation, complementary, contentinfo, banner), or a class or id word naming a box that
  // sits around articles (cookie and consent banners, newsletter and subscription boxes, share
  // bars, bylines, related and recommended lists, ads, breadcrumbs, comments). Captions
  // (figcaption) repeat or extend the story's facts beside a picture and are left out too, so
  // that the same article as HTML and as text gives the same claims. Words are whole: "share"
  // in "share-bar" counts, in "shareholders" it does not.
  static bool is_page_furniture(xmlNode* n) {
    std::string role = attr(n, "role");
    for (char& c : role) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (role == "navigation" || role == "complementary" || role == "contentinfo" ||
        role == "banner" || role == "dialog" || role == "alertdialog") {
      return true;
    }
    static const char* const kWords[] = {
        "cookie",       "cookies",    "consent",     "gdpr",          "newsletter", "subscribe",
        "subscription", "share",      "sharing",     "social",        "byline",     "related",
        "recommended",  "promo",      "advert",      "advertisement", "ad",         "ads",
        "sponsored",    "breadcrumb", "breadcrumbs", "comments",      "sidebar",    "paywall",
        "outbrain",     "taboola",    "readmore"};
    for (const char* key : {"class", "id"}) {
      std::string v = attr(n, key);
      std::string word;
      for (std::size_t i = 0; i <= v.size(); ++i) {
        char c =
            i < v.size() ? static_cast<char>(std::tolower(static_cast<unsigned char>(v[i]))) : ' ';
        if (std::isalnum(static_cast<unsigned char>(c))) {
          word += c;
          continue;
        }
        if (!word.empty()) {
          for (const char* w : kWords) {
            if (word == w) return true;
          }
        }
        word.clear();
      }
    }
    return false;
  }
  static bool is_block(const std::string& n) {
    static const char* kBlocks[] = {
        "p",      "div",     "h1",   "h2",      "h3",         "h4",         "h5",
        "h6",     "li",      "ul",   "ol",      "blockquote", "section",    "article",
        "header", "footer",  "main", "aside",   "figure",     "figcaption", "table",
        "tr",     "td",      "th",   "pre",     "dl",         "dt",         "dd",
        "hr",     "address", "body", "caption", "details",    "summary"};
    for (const char* b : kBlocks) {
      if (n == b) return true;
    }
    return false;
  }
  void note_published(const std::string& value) {
    if (!published_.empty() || value.empty()) return;
    if (auto iso = internal::parse_iso_day(value)) {
      published_ = internal::format_ymd(*iso);
      return;
    }
    std::string d = internal::find_dateline_date("Published: " + value);
    if (!d.empty()) published_ = d;
  }
  void append_text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pending_space_ = true;
        continue;
      }
      if (!text_.empty()) {
        if (pending_break_) {
          while (!text_.empty() && text_.back() == ' ') text_.pop_back();
          text_ += "\n\n";
        } else if (pending_line_) {
          while (!text_.empty() && text_.back() == ' ') text_.pop_back();
          text_ += "\n";
        } else if (pending_space_ && text_.back() != '\n') {
          text_ += ' ';
        }
      }
      pending_break_ = pending_line_ = pending_space_ = false;
      text_ += c;
    }
  }
  void visit(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) append_text(reinterpret_cast<const char*>(n->content));
      return;
    }
    if (n->type != XML_ELEMENT_NODE) return;
    std::string name = name_of(n);
    if (name == "script" || name == "style" || name == "nav" || name == "noscript" ||
        name == "template" || name == "svg" || name == "iframe" || name == "button" ||
        name == "form" || name == "select" || name == "aside" || name == "footer" ||
        name == "figcaption" || is_page_furniture(n)) {
      return;
    }
    if (name == "meta") {
      std::string key = attr(n, "property");
      if (key.empty()) key = attr(n, "name");
      if (key.empty()) key = attr(n, "itemprop");
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (key == "article:published_time" || key == "date" || key == "pubdate" ||
          key == "publishdate" || key == "dc.date" || key == "dc.date.issued" ||
          key == "og:published_time" || key == "datepublished" || key == "publish-date" ||
          key == "parsely-pub-date" || key == "sailthru.date") {
        note_published(attr(n, "content"));
      }
      if (key == "og:url" && og_url_.empty()) og_url_ = attr(n, "content");
      return;
    }
    if (name == "title") {
      if (title_.empty()) title_ = inner_text(n);
      return;
    }
    if (name == "base") {
      if (base_.empty()) base_ = attr(n, "href");
      return;
    }
    if (name == "link") {
      std::string rel = attr(n, "rel");
      for (char& c : rel) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (rel == "canonical" && canonical_.empty()) canonical_ = attr(n, "href");
      return;
    }
    if (name == "head") {
      walk(n->children);
      return;
    }
    if (name == "time") note_published(attr(n, "datetime"));
    if (name == "h1" && h1_.empty()) h1_ = inner_text(n);
    if (name == "br") {
      pending_line_ = true;
      return;
    }
    bool block = is_block(name);
    if (block) pending_break_ = true;
    std::size_t start = text_.size();
    walk(n->children);
    if (name == "a") {
      std::string href = attr(n, "href");
      std::size_t end = text_.size();
      while (start < end && (text_[start] == ' ' || text_[start] == '\n')) ++start;
      if (!href.empty() && href[0] != '#' && href.compare(0, 11, "javascript:") != 0 &&
          end > start) {
        links_.push_back({href, {start, end}});
      }
    }
    if (block) pending_break_ = true;
  }
  std::size_t depth_ = 0;
  bool pending_space_ = false;
  bool pending_line_ = false;
  bool pending_break_ = false;
};

bool has_scheme(std::string_view url) {
  std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return std::isalpha(static_cast<unsigned char>(url[0])) != 0;
}

// `href` made absolute against `base` (RFC 3986, libxml2's resolver), or "" if it cannot be.
std::string build_uri(const std::string& href, const std::string& base) {
  xmlChar* built = xmlBuildURI(reinterpret_cast<const xmlChar*>(href.c_str()),
                               reinterpret_cast<const xmlChar*>(base.c_str()));
  if (built == nullptr) return "";
  std::string out = reinterpret_cast<const char*>(built);
  xmlFree(built);
  return out;
}

// A saved page's relative hrefs ("news/x.html", "/news/x.html") point into the site it came
// from: the page names that site with <base href>, else its canonical URL or og:url. A
// relative <base> is itself resolved against the canonical URL. Without an absolute base the
// hrefs are left as written (the fetcher refuses them as not absolute).
void resolve_links(std::vector<Link>& links, const std::string& base_href,
                   const std::string& canonical, const std::string& og_url) {
  std::string page = has_scheme(canonical) ? canonical : has_scheme(og_url) ? og_url : "";
  std::string base = base_href;
  if (!base.empty() && !has_scheme(base)) base = page.empty() ? "" : build_uri(base, page);
  if (base.empty()) base = page;
  if (base.empty()) return;
  for (auto& link : links) {
    if (has_scheme(link.url)) continue;
    std::string resolved = build_uri(link.url, base);
    if (!resolved.empty()) link.url = std::move(resolved);
  }
}

bool html_name_char(char c) {
  return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '>' && c != '/' &&
         c != '=';
}

bool html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Attributes HtmlText reads; a tag's other attributes never reach the article.
bool attribute_read(std::string_view name) {
  std::string n(name);
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return n == "href" || n == "property" || n == "name" || n == "itemprop" || n == "content" ||
         n == "datetime";
}

// libxml2 compares each attribute of a tag with all before it, so a tag with 100,000
// attributes took half a minute. A start tag with more than kMaxHtmlAttributes attributes
// keeps only those HtmlText reads; the others could not change the article.
std::string thin_attributes(std::string bytes) {
  std::string out;
  bool changed = false;
  std::size_t copied = 0;
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while ((i = bytes.find('<', i)) != std::string::npos) {
    std::size_t tag = i++;
    if (i >= n || !std::isalpha(static_cast<unsigned char>(bytes[i]))) continue;
    while (i < n && html_name_char(bytes[i])) ++i;
    std::size_t name_end = i;
    std::vector<std::pair<std::size_t, std::size_t>> attrs;  // [start, end) of each attribute
    std::vector<std::string_view> names;
    for (;;) {
      while (i < n && (html_space(bytes[i]) || bytes[i] == '/')) ++i;
      if (i >= n || bytes[i] == '>') break;
      std::size_t a = i;
      while (i < n && html_name_char(bytes[i])) ++i;
      if (i == a) ++i;  // a stray '=': skip it
      std::size_t name_end_at = i;
      std::size_t v = i;
      while (v < n && html_space(bytes[v])) ++v;
      if (v < n && bytes[v] == '=') {
        ++v;
        while (v < n && html_space(bytes[v])) ++v;
        if (v < n && (bytes[v] == '"' || bytes[v] == '\'')) {
          std::size_t close = bytes.find(bytes[v], v + 1);
          v = close == std::string::npos ? n : close + 1;
        } else {
          while (v < n && !html_space(bytes[v]) && bytes[v] != '>') ++v;
        }
        i = v;
      }
      attrs.push_back({a, i});
      names.push_back(std::string_view(bytes).substr(a, name_end_at - a));
    }
    if (i >= n) break;  // unterminated tag: left to the parser as it is
    if (attrs.size() > kMaxHtmlAttributes) {
      out.append(bytes, copied, name_end - copied);
      for (std::size_t k = 0; k < attrs.size(); ++k) {
        if (!attribute_read(names[k])) continue;
        out += ' ';
        out.append(bytes, attrs[k].first, attrs[k].second - attrs[k].first);
      }
      copied = bytes[i - 1] == '/' ? i - 1 : i;
      changed = true;
    }
    (void)tag;
  }
  if (!changed) return bytes;
  out.append(bytes, copied, std::string::npos);
  return out;
}

Article parse_html(std::string bytes, Article a) {
  bytes = thin_attributes(std::move(bytes));
  // XML_PARSE_HUGE raises libxml2's nesting limit from 256 to 2048 levels (real pages nest
  // a few dozen deep); beyond it the parser stops and the rest of the text would be lost, so
  // that is reported instead of checking part of the article.
  std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> ctxt(htmlNewParserCtxt(),
                                                                      htmlFreeParserCtxt);
  if (!ctxt) throw InputError(label_for(a.path) + ": cannot parse HTML");
  htmlDocPtr doc =
      htmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, "UTF-8",
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                             HTML_PARSE_NONET | XML_PARSE_HUGE);
  if (doc == nullptr) throw InputError(label_for(a.path) + ": cannot parse HTML");
  const xmlError& err = ctxt->lastError;
  bool too_deep = err.message != nullptr && std::strstr(err.message, "Excessive depth") != nullptr;
  HtmlText h;
  if (!too_deep) {
    try {
      h.walk(xmlDocGetRootElement(doc));
    } catch (const HtmlText::DepthError&) {
      too_deep = true;
    }
  }
  xmlFreeDoc(doc);
  if (too_deep) {
    throw InputError(label_for(a.path) + ": HTML nests elements more than " +
                     std::to_string(kMaxHtmlDepth) +
                     " levels deep (the most an article's HTML may have); the text inside cannot "
                     "be read");
  }
  if (is_blank(h.text_)) throw InputError(label_for(a.path) + ": HTML has no readable text");
  a.text = std::move(h.text_);
  a.links = std::move(h.links_);
  resolve_links(a.links, h.base_, h.canonical_, h.og_url_);
  a.title = !h.title_.empty() ? h.title_ : h.h1_;
  a.published = h.published_;
  return a;
}

// ---------------------------------------------------------------------------------------------
// JSON

// Where the JSON text `padded` stops being JSON, as " at line L, column C", or "" when that
// cannot be told. simdjson's DOM parser reports only what is wrong; its On-Demand parser,
// walked value by value, stops where it is (document::current_location).
std::string json_error_place(const simdjson::padded_string& padded) {
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (parser.iterate(padded).get(doc)) return "";
  // Reads every value; false at the first error. Depth is bounded by the parser's own limit.
  std::function<bool(simdjson::ondemand::value)> walk = [&](simdjson::ondemand::value v) {
    simdjson::ondemand::json_type type;
    if (v.type().get(type)) return false;
    switch (type) {
      case simdjson::ondemand::json_type::object: {
        simdjson::ondemand::object obj;
        if (v.get_object().get(obj)) return false;
        for (auto field : obj) {
          simdjson::ondemand::value child;
          std::string_view key;
          if (field.unescaped_key().get(key) || field.value().get(child) || !walk(child))
            return false;
        }
        return true;
      }
      case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array arr;
        if (v.get_array().get(arr)) return false;
        for (auto element : arr) {
          simdjson::ondemand::value child;
          if (element.get(child) || !walk(child)) return false;
        }
        return true;
      }
      case simdjson::ondemand::json_type::string: {
        std::string_view str;
        return !v.get_string().get(str);
      }
      case simdjson::ondemand::json_type::number: {
        double d;
        return !v.get_double().get(d);
      }
      case simdjson::ondemand::json_type::boolean: {
        bool b;
        return !v.get_bool().get(b);
      }
      case simdjson::ondemand::json_type::null: {
        bool null = false;
        return !v.is_null().get(null) && null;
      }
    }
    return false;
  };
  simdjson::ondemand::value root;
  bool ok = !doc.get_value().get(root) && walk(root);
  if (ok) return "";
  const char* at = nullptr;
  if (doc.current_location().get(at) || at == nullptr) return "";
  const std::size_t offset = static_cast<std::size_t>(at - padded.data());
  if (offset > padded.size()) return "";
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (padded.data()[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(padded.data()[i]) & 0xC0) != 0x80) {
      ++column;  // characters, not bytes: a UTF-8 continuation byte is no column
    }
  }
  return " at line " + std::to_string(line) + ", column " + std::to_string(column);
}

Article parse_json(std::string bytes, Article a) {
  const std::string label = label_for(a.path);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(bytes);
  simdjson::dom::element doc;
  if (auto err = parser.parse(padded).get(doc); err) {
    throw InputError(label + ": malformed JSON" + json_error_place(padded) + ": " +
                     simdjson::error_message(err));
  }
  simdjson::dom::object obj;
  if (doc.get(obj)) throw InputError(label + ": JSON article must be an object");
  auto string_field = [&](const char* field, bool required) -> std::optional<std::string> {
    simdjson::dom::element v;
    if (obj.at_key(field).get(v)) {
      if (required) throw InputError(label + ": field \"" + field + "\" is missing");
      return std::nullopt;
    }
    if (v.is_null() && !required) return std::nullopt;
    std::string_view s;
    if (v.get(s)) throw InputError(label + ": field \"" + field + "\" must be a string");
    return std::string(s);
  };
  simdjson::dom::element probe;
  const char* body_field =
      obj.at_key("body").get(probe) && !obj.at_key("text").get(probe) ? "text" : "body";
  std::string body = *string_field(body_field, true);
  if (is_blank(body)) throw InputError(label + ": field \"" + body_field + "\" is empty");
  if (auto bad = first_invalid_utf8(body)) {
    throw InputError(label + ": field \"" + body_field + "\": invalid UTF-8 at byte " +
                     std::to_string(*bad));
  }
  a.text = std::move(body);
  if (auto t = string_field("title", false)) a.title = *t;
  if (auto p = string_field("published", false)) {
    if (auto iso = internal::parse_iso_day(*p)) {
      a.published = internal::format_ymd(*iso);
    } else if (!p->empty()) {
      a.published = internal::find_dateline_date("Published: " + *p);
      if (a.published.empty()) {
        throw InputError(label + ": field \"published\" is not a date: '" + *p + "'");
      }
    }
  }
  a.links = scan_links(a.text, false);
  return a;
}

std::string format_for_extension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".md" || ext == ".markdown") return "md";
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return "html";
  if (ext == ".json") return "json";
  return "txt";
}

}  // namespace

namespace internal {

std::vector<std::pair<std::size_t, std::size_t>> written_urls(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t p = text.find_first_of("hw"); p != std::string_view::npos;
       p = text.find_first_of("hw", p + 1)) {
    if (!url_start_at(text, p)) continue;
    std::size_t e = url_end(text, p);
    if (e > p) out.emplace_back(p, e);
    p = std::max(p, e);
  }
  return out;
}

}  // namespace internal

Article parse_article(std::string bytes, std::string_view format, std::string path) {
  Article a;
  a.path = std::move(path);
  a.format = format.empty() ? "txt" : std::string(format);
  const std::string label = label_for(a.path);
  check_text(bytes, label);
  if (a.format == "html") {
    a = parse_html(std::move(bytes), std::move(a));
  } else if (a.format == "json") {
    a = parse_json(std::move(bytes), std::move(a));
  } else {
    if (a.format != "md") a.format = "txt";
    remove_url_passwords(bytes);
    a.links = scan_links(bytes, a.format == "md");
    a.text = std::move(bytes);
  }
  if (a.format == "html" || a.format == "json") {
    auto removed = remove_url_passwords(a.text);
    for (auto& link : a.links) {
      link.anchor.start = after_removal(link.anchor.start, removed);
      link.anchor.end = after_removal(link.anchor.end, removed);
    }
    remove_url_passwords(a.title);
  }
  a.furniture = internal::detect_furniture(a.text, a.title);
  if (a.title.empty()) a.title = first_content_line(a.text, a.furniture);
  if (a.published.empty()) a.published = internal::find_dateline_date(a.text);
  return a;
}

Article load_article(const std::filesystem::path& path) {
  const std::string label = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError(label + ": is a directory");
  // A news article is kilobytes; anything this big is a wrong file (a database dump, a video)
  // and reading it whole would only stall the desk's machine.
  if (auto bytes = std::filesystem::file_size(path, ec); !ec && bytes > kMaxArticleBytes) {
    throw InputError(label + ": " + std::to_string(bytes) + " bytes is larger than the " +
                     std::to_string(kMaxArticleBytes >> 20) +
                     " MB an article may be; is it the right file?");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(label + ": cannot open file (" +
                     (std::filesystem::exists(path, ec) ? "permission denied" : "no such file") +
                     ")");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw InputError(label + ": read error");
  return parse_article(ss.str(), format_for_extension(path), label);
}

}  // namespace verify::claims
