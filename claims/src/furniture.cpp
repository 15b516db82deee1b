// Page furniture: lines of a page that are layout, not reporting, judged by their shape.
#include <cstring>
#include <string>
#include <unordered_map>

#include "claims_internal.h"

namespace verify::claims::internal {

namespace {

struct Line {
  Span span;
  std::string_view text;
};

bool ends_like_sentence(std::string_view s) {
  static constexpr std::string_view kEnds[] = {
      ".", "!", "?", ":", ";", "\"", ")", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6"};
  for (auto e : kEnds) {
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  }
  return false;
}

// Whether a link's anchor text reads as a sentence: eight words or more, or ending like one
// (emphasis marks around it aside).
bool is_sentence_anchor(std::string_view anchor) {
  while (!anchor.empty() && (anchor.back() == '*' || anchor.back() == '_' || anchor.back() == ' '))
    anchor.remove_suffix(1);
  std::size_t words = 0;
  bool in = false;
  for (char c : anchor) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++words;
    in = !sp;
  }
  return words >= 8 || (words >= 4 && !anchor.empty() && std::strchr(".!?", anchor.back()));
}

// Whether the line holds nothing but links, images and list markers.
bool link_only(std::string_view s) {
  std::string rest;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s.compare(i, 4, "http") == 0 || s.compare(i, 4, "www.") == 0) {
      while (i < s.size() && s[i] != ' ') ++i;
      continue;
    }
    if (s[i] == '[' || (s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[')) {
      std::size_t close = s.find("](", i);
      std::size_t paren = close == std::string_view::npos ? close : s.find(')', close);
      if (paren != std::string_view::npos) {
        // A whole paragraph set as one link ("[On Friday three men denied ...](url)") is
        // still the story; navigation and share links have anchors of a few words.
        if (s[i] == '[' && is_sentence_anchor(s.substr(i + 1, close - i - 1))) return false;
        i = paren + 1;
        continue;
      }
    }
    if (s[i] != ' ' && s[i] != '-' && s[i] != '*' && s[i] != '|' && s[i] != '\t') rest += s[i];
    ++i;
  }
  return rest.empty();
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

bool has_digit(std::string_view s) {
  for (char c : s) {
    if (is_ascii_digit(c)) return true;
  }
  return false;
}

// Verb-like words make a short line a heading or a sentence fragment with content.
bool has_verb_like(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    std::string w;
    for (std::size_t k = b; k < i; ++k) {
      char c = s[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || c == '\'') w += c;
    }
    if (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ing"))) return true;
    if (w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" ||
        w == "had" || w == "will" || w == "says" || w == "said" || w == "can" || w == "could") {
      return true;
    }
  }
  return false;
}

// A teaser of another story: a label of one to three words in capitals and a colon, then a
// headline with no sentence-final punctuation ("READ MORE: Rail strike ends", "LIRE AUSSI :
// ..."). A capitalised label before a full sentence ("UPDATE: The council voted.") is kept.
bool is_teaser(std::string_view s) {
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 30) return false;
  std::string_view label = s.substr(0, colon);
  std::size_t upper = 0;
  for (char c : label) {
    if (c >= 'a' && c <= 'z') return false;
    if (is_ascii_digit(c)) return false;
    if (is_ascii_upper(c)) ++upper;
  }
  if (upper < 2 || word_count(label) > 3) return false;
  std::string_view rest = s.substr(colon + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return !rest.empty() && !ends_like_sentence(rest);
}

}  // namespace

std::vector<Span> detect_furniture(std::string_view text, const std::string& title) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::size_t s = pos, e = end;
    while (s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r')) ++s;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    lines.push_back({{s, e}, text.substr(s, e - s)});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  std::unordered_map<std::string_view, int> seen;
  std::unordered_map<std::string_view, int> total;
  for (const auto& l : lines) {
    if (!l.text.empty()) ++total[l.text];
  }
  // A text without a given title whose first line is followed by its date line ("Port talks
  // resume" / "Published: March 14, 2026") opens with its headline, however short: it is not
  // a label, and the title is taken from it.
  std::size_t headline = SIZE_MAX;
  if (title.empty()) {
    std::size_t first = 0;
    while (first < lines.size() && lines[first].text.empty()) ++first;
    std::size_t next = first + 1;
    while (next < lines.size() && lines[next].text.empty()) ++next;
    if (next < lines.size() && !find_dateline_date(lines[next].text).empty()) headline = first;
    // So does a first line of three words or more over a paragraph (« Grève à la STM » then
    // « Les chauffeurs … syndicat. »): a label ("Advertisement banner") stands over a
    // headline, not over the story's first sentence.
    if (first < lines.size() && next < lines.size() && word_count(lines[first].text) >= 3 &&
        !ends_like_sentence(lines[first].text) && ends_like_sentence(lines[next].text) &&
        word_count(lines[next].text) >= 8)
      headline = first;
  }
  std::vector<Span> out;
  bool title_seen = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.text.empty()) continue;
    int copy = ++seen[l.text];
    std::size_t words = word_count(l.text);
    bool sentence_end = ends_like_sentence(l.text);
    bool is_title = (!title.empty() && l.text == title && !title_seen) || i == headline;
    if (is_title) title_seen = true;
    bool furniture = false;
    if (link_only(l.text) || is_teaser(l.text)) {
      furniture = true;
    } else if (total[l.text] > 1) {
      // A repeated short label is furniture every time; a repeated paragraph or headline only
      // from its second appearance (the story text itself is the first one).
      furniture = copy > 1 || (words <= 6 && !sentence_end && !is_title);
    } else if (words <= 4 && !sentence_end && !has_digit(l.text) && !has_verb_like(l.text) &&
               !is_title) {
      bool alone_before = i == 0 || lines[i - 1].text.empty();
      bool alone_after = i + 1 == lines.size() || lines[i + 1].text.empty();
      furniture = alone_before && alone_after;
    }
    if (furniture) out.push_back(l.span);
  }
  return out;
}

bool is_citation_url(std::string_view url) {
  std::string u;
  for (char c : url.substr(0, 200))
    u += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view scheme : {"mailto:", "tel:", "sms:", "callto:", "javascript:", "data:"}) {
    if (u.rfind(scheme, 0) == 0) return false;
  }
  std::size_t host = u.find("://");
  host = host == std::string::npos ? 0 : host + 3;
  std::size_t path = u.find('/', host);
  std::string_view h =
      std::string_view(u).substr(host, path == std::string::npos ? u.npos : path - host);
  std::string_view p =
      path == std::string::npos ? std::string_view() : std::string_view(u).substr(path);
  if (h.rfind("www.", 0) == 0) h.remove_prefix(4);
  // Share buttons: the endpoints that post the article itself to a social site.
  struct Share {
    std::string_view host, path;
  };
  static constexpr Share kShare[] = {{"twitter.com", "/intent/"},
                                     {"x.com", "/intent/"},
                                     {"twitter.com", "/share"},
                                     {"x.com", "/share"},
                                     {"facebook.com", "/sharer"},
                                     {"facebook.com", "/dialog/share"},
                                     {"linkedin.com", "/sharearticle"},
                                     {"linkedin.com", "/sharing/"},
                                     {"reddit.com", "/submit"},
                                     {"pinterest.com", "/pin/create"},
                                     {"api.whatsapp.com", "/send"},
                                     {"wa.me", "/"},
                                     {"t.me", "/share"},
                                     {"telegram.me", "/share"},
                                     {"bsky.app", "/intent/"},
                                     {"tumblr.com", "/share"},
                                     {"threads.net", "/intent/"},
                                     {"news.ycombinator.com", "/submitlink"}};
  for (const auto& s : kShare) {
    if ((h == s.host || h == "m." + std::string(s.host)) && p.rfind(s.path, 0) == 0) return false;
  }
  return true;
}

}  // namespace verify::claims::internal
