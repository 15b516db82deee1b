// Private text helpers of the rules module: folding, tokens, stems, sentences, snippets.
#include "text.h"

#include <unicode/uchar.h>
#include <xapian.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <unordered_map>

namespace verify::rules::text {
namespace {

// Decodes one UTF-8 code point at s[i]; sets `len`. Invalid bytes decode as themselves.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
  auto b = static_cast<unsigned char>(s[i]);
  int n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (i + n > s.size()) n = 1;
  if (n == 1) {
    len = 1;
    return b;
  }
  char32_t cp = b & (0xFF >> (n + 1));
  for (int k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      len = 1;
      return b;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  len = n;
  return cp;
}

// ASCII replacement of a code point for folding; nullptr when it has none.
const char* fold_cp(char32_t cp) {
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "y"};
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) {
    struct Range {
      char32_t last;
      const char* to;
    };
    static const Range kExtA[] = {
        {0x105, "a"}, {0x10D, "c"},  {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"},
        {0x131, "i"}, {0x133, "ij"}, {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"},
        {0x151, "o"}, {0x153, "oe"}, {0x159, "r"}, {0x161, "s"}, {0x167, "t"}, {0x173, "u"},
        {0x175, "w"}, {0x178, "y"},  {0x17E, "z"}, {0x17F, "s"}};
    for (const auto& r : kExtA) {
      if (cp <= r.last) return r.to;
    }
  }
  switch (cp) {
    case 0xA0:
      return " ";
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return "-";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

bool is_ascii_alnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Letters and digits; non-ASCII letters outside the punctuation blocks count as letters.
bool is_word_cp(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(cp);
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  if (cp >= 0x370 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
      cp != 0xFEFF)
    return true;
  return false;
}

bool is_upper_cp(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
         (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0);
}

const std::set<std::string>& abbreviations() {
  static const std::set<std::string> k = {
      "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "lt", "col", "maj", "capt", "gov", "pres", "prof",
      "inc", "co", "corp", "jr", "sr", "vs", "no", "mt", "ft", "a", "b", "c", "d", "e", "f", "g",
      "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
      "wash", "calif", "no",
      // Ranks abbreviated before a name ("Cpl. Jo Hart", "Sgt. Ann Lee", "Supt. Ray Dunne").
      "cpl", "cst", "sgt", "supt", "insp", "cmdr"};
  return k;
}

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    char32_t cp = decode(s, i, len);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else if (const char* f = fold_cp(cp)) {
      out += f;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  bool pending_break = false, pending_comma = false, pending_colon = false;
  bool pending_open = false, pending_close = false, pending_possessive = false;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 1;
    char32_t cp = decode(s, i, len);
    bool ellipsis3 = s.compare(i, 3, "...") == 0;
    if (cp == 0x2026 || ellipsis3) {
      Token t;
      t.word = "...";
      t.start = i;
      t.end = i + (ellipsis3 ? 3 : len);
      t.ellipsis = true;
      t.break_before = pending_break;
      t.comma_before = pending_comma;
      pending_break = pending_comma = pending_colon = pending_open = pending_close = false;
      out.push_back(t);
      i = t.end;
      while (i < s.size() && s[i] == '.') ++i;
      continue;
    }
    if (!is_word_cp(cp)) {
      // A colon alone marks the break; any other break after it is a break of its own.
      // Spaces, and a currency sign before the figure ("Debt: $62 million").
      const bool space = cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F || cp == '$' ||
                         cp == 0xA3 || cp == 0x20AC || cp == 0xA5;
      pending_colon = cp == ':' && !pending_break ? true : pending_colon && space;
      if (cp == ';' || cp == '!' || cp == '?' || cp == ':' || cp == '\n') pending_break = true;
      if (cp == ',') pending_comma = true;
      if (cp == '(') pending_open = true;
      if (cp == ')') pending_close = true;
      if (cp == '.' && !out.empty() && i + 1 < s.size() &&
          (s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '"')) {
        const auto& prev = out.back();
        bool digit = !prev.word.empty() && prev.word[0] >= '0' && prev.word[0] <= '9';
        // An abbreviation's dot follows its letters ("Dr.", "M."); one after a sign ("3,6
        // M€.") ends the sentence.
        if (!abbreviations().count(prev.word) || digit || prev.end != i) pending_break = true;
      }
      i += len;
      continue;
    }
    Token t;
    t.start = i;
    t.capitalized = is_upper_cp(cp);
    bool digits = cp >= '0' && cp <= '9';
    std::size_t j = i;
    while (j < s.size()) {
      std::size_t l2 = 1;
      char32_t c2 = decode(s, j, l2);
      if (is_word_cp(c2)) {
        j += l2;
        continue;
      }
      // "3,085" and "28.5" stay whole: a separator between digits.
      if (digits && (c2 == ',' || c2 == '.') && j + 1 < s.size() && s[j + 1] >= '0' &&
          s[j + 1] <= '9' && j > i && s[j - 1] >= '0' && s[j - 1] <= '9') {
        j += 1;
        continue;
      }
      break;
    }
    t.end = j;
    std::string w = fold(s.substr(i, j - i));
    if (digits) w.erase(std::remove(w.begin(), w.end(), ','), w.end());
    t.word = std::move(w);
    t.break_before = pending_break;
    t.comma_before = pending_comma;
    t.colon_before = pending_break && pending_colon;
    t.paren_open_before = pending_open;
    t.paren_close_before = pending_close;
    // "J.-P.": a compound given name's initials are joined by the hyphen after the dot.
    t.hyphen_before = !out.empty() && i >= 1 && s[i - 1] == '-' &&
                      (out.back().end + 1 == i || (out.back().end + 2 == i && s[i - 2] == '.' &&
                                                   out.back().end == out.back().start + 1));
    t.possessive_before = pending_possessive;
    pending_possessive = false;
    pending_break = pending_comma = pending_colon = pending_open = pending_close = false;
    out.push_back(std::move(t));
    i = j;
    // Possessive "'s" (ASCII or typographic apostrophe) is dropped.
    std::size_t alen = 0;
    if (i < s.size() && s[i] == '\'') alen = 1;
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) alen = 3;
    if (alen && i + alen < s.size() && (s[i + alen] == 's' || s[i + alen] == 'S')) {
      std::size_t k = i + alen + 1;
      std::size_t l3 = 1;
      if (k >= s.size() || !is_word_cp(decode(s, k, l3))) {
        i = k;
        pending_possessive = true;
      }
    }
  }
  return out;
}

std::vector<CapitalPlace> capital_places(std::string_view s, const std::vector<Token>& toks) {
  std::vector<CapitalPlace> out(toks.size(), CapitalPlace::kFree);
  // The line of the token being read: its end, whether it holds a lower-case letter, and
  // whether it reads as a table's row. A line is read when its first token is reached (tokens
  // come in text order), and at most once more as the line before another, so a text of one
  // long line stays linear.
  constexpr std::size_t kMaxRowBytes = 60;
  struct Shape {
    bool blank = true, lower = false, row = false;
  };
  // A row's shape: short, with a figure, not ending a sentence.
  auto shape_of = [&](std::size_t start, std::size_t end) {
    Shape sh;
    bool digit = false;
    for (std::size_t i = start; i < end;) {
      std::size_t len = 1;
      const char32_t cp = decode(s, i, len);
      sh.blank = sh.blank && (cp == ' ' || cp == '\t' || cp == '\r');
      sh.lower = sh.lower || u_islower(static_cast<UChar32>(cp));
      digit = digit || (cp >= '0' && cp <= '9');
      i += len;
    }
    const std::size_t last =
        end == start ? std::string_view::npos : s.find_last_not_of(" \t\r", end - 1);
    const bool ends_sentence = last != std::string_view::npos && last >= start &&
                               (s[last] == '.' || s[last] == '!' || s[last] == '?');
    sh.row = digit && !ends_sentence && end - start <= kMaxRowBytes;
    return sh;
  };
  std::size_t line_end = 0;
  bool has_lower = true, row = false;
  auto enter_line = [&](std::size_t at) {
    const std::size_t nl = at == 0 ? std::string_view::npos : s.rfind('\n', at - 1);
    const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    const std::size_t end = s.find('\n', at);
    line_end = end == std::string_view::npos ? s.size() : end;
    const Shape here = shape_of(start, line_end);
    has_lower = here.lower;
    // A row stands apart from prose: indented, after a blank line (or none), or under another
    // row. A line wrapped inside a paragraph is none, however short.
    row = false;
    if (here.row) {
      const bool indented = s[start] == ' ' || s[start] == '\t';
      Shape before;  // blank: the text's first line
      if (start > 0) {
        const std::size_t pnl = start < 2 ? std::string_view::npos : s.rfind('\n', start - 2);
        before = shape_of(pnl == std::string_view::npos ? 0 : pnl + 1, start - 1);
      }
      row = indented || before.blank || before.row;
    }
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const auto& t = toks[k];
    const bool first_of_line = k == 0 || t.start >= line_end;
    if (first_of_line) enter_line(t.start);
    if (!has_lower) {
      out[k] = CapitalPlace::kCapsLine;
      continue;
    }
    if (first_of_line && row) {
      out[k] = CapitalPlace::kLabel;
      continue;
    }
    bool opener = k == 0;
    if (!opener && t.break_before) {
      // A sentence's end, or a paragraph's; not a line wrapped inside a sentence (wire copy
      // and plain-text mail break lines every 60-odd characters).
      const auto gap = s.substr(toks[k - 1].end, t.start - toks[k - 1].end);
      bool blank_line = false;
      for (auto nl = gap.find('\n'); nl != std::string_view::npos && !blank_line;
           nl = gap.find('\n', nl + 1)) {
        const auto next = gap.find_first_not_of(" \t\r", nl + 1);
        blank_line = next != std::string_view::npos && gap[next] == '\n';
      }
      // An indented line is a list's item, as a line after a blank one is a paragraph.
      const auto last = gap.rfind('\n');
      const bool indented = last != std::string_view::npos && last + 1 < gap.size() &&
                            (gap[last + 1] == ' ' || gap[last + 1] == '\t');
      opener = blank_line || indented || last == std::string_view::npos ||
               gap.find_first_of(".!?;:") != std::string_view::npos;
    }
    if (!opener) {
      // A spaced dash before the word, opening quotes or brackets aside: "BALTIMORE, March
      // 26 - Police", "-- Officials", « PARIS — Les ».
      std::size_t i = t.start;
      while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '"' || s[i - 1] == '(' || s[i - 1] == '\''))
        --i;
      if (i < t.start && i >= 2 && s[i - 1] == '-') opener = s[i - 2] == ' ' || s[i - 2] == '-';
      // "–" (U+2013) and "—" (U+2014) are E2 80 93 and E2 80 94 in UTF-8.
      if (i < t.start && i >= 3 && s.compare(i - 3, 2, "\xE2\x80") == 0 &&
          (s[i - 1] == '\x93' || s[i - 1] == '\x94'))
        opener = true;
    }
    // A row's first word after its dateline heads the row too ("NEW YORK, May 2 - Shr 12 cts").
    if (opener) out[k] = row ? CapitalPlace::kLabel : CapitalPlace::kOpener;
  }
  return out;
}

TokenRange tokens_within(const std::vector<Token>& toks, std::size_t start, std::size_t end) {
  // Tokens come in text order and do not overlap, so both their starts and their ends rise and
  // the tokens inside are one run: two binary searches, where a pass over every token made
  // framing each figure of a sentence of thousands quadratic.
  TokenRange r{toks.size(), 0};
  auto first = std::partition_point(toks.begin(), toks.end(),
                                    [&](const Token& t) { return t.start < start; });
  if (first == toks.end() || first->end > end) return r;
  auto past = std::partition_point(first, toks.end(), [&](const Token& t) { return t.end <= end; });
  r.first = static_cast<std::size_t>(first - toks.begin());
  r.last = static_cast<std::size_t>(past - toks.begin()) - 1;
  return r;
}

namespace {

bool ends_with(std::string_view s, std::string_view e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

// The word with a French ending written as its English cognate ends ("ministre" as
// "minister", « constitutionnelle » as "constitutional", « électorale » as "electoral",
// « Calédonie » as "Caledonia") and a feminine participle as the masculine (« blessées » as
// "blesses"), so that the English stemmer gives both languages' forms one stem. Sources of one
// story come in both languages and the words are folded, so their language is not known here.
// An English word with one of these endings ("committee", "website") is rewritten the same way
// in all its forms, so its family still shares a stem. Each rule keeps a few letters before
// the ending: « maire », "genre" are left alone.
std::string english_spelling(std::string_view word) {
  struct Ending {
    std::string_view french, english;
    std::size_t min_size;  // of the singular word
    bool plural_too;       // whether an "s" after it is a plural
  };
  static const Ending kEndings[] = {
      {"ionnelle", "ional", 9, true},
      {"ionnel", "ional", 8, true},
      {"ielle", "ial", 7, true},
      {"iel", "ial", 6, true},
      {"uelle", "ual", 7, true},
      {"uel", "ual", 6, true},
      {"ienne", "ian", 7, true},
      {"ien", "ian", 6, true},
      {"ique", "ic", 7, true},
      {"aire", "ary", 8, true},
      {"eur", "or", 6, true},
      {"ite", "ity", 7, true},
      {"if", "ive", 6, true},
      {"ale", "al", 6, true},
      {"ente", "ent", 6, true},
      {"ante", "ant", 6, true},
      {"ee", "e", 4, true},
      // Not after an "s": English plurals in "-ies" ("parties") are no French "-ie".
      {"ie", "ia", 6, false},
  };
  std::string s(word);
  // « généraux », « nationaux »: the plural of "-al".
  if (s.size() >= 7 && ends_with(s, "aux")) return s.substr(0, s.size() - 3) + "als";
  bool plural = s.size() > 4 && s.back() == 's' && s[s.size() - 2] != 's';
  if (plural) s.pop_back();
  for (const auto& e : kEndings) {
    if ((plural && !e.plural_too) || s.size() < e.min_size || !ends_with(s, e.french)) continue;
    s.replace(s.size() - e.french.size(), e.french.size(), e.english);
    return plural ? s + "s" : s;
  }
  // « ministre », « centre », « membre »: a consonant and "re", which English writes "er".
  if (s.size() >= 6 && ends_with(s, "re") &&
      std::string_view("aeiouy").find(s[s.size() - 3]) == std::string_view::npos) {
    s.replace(s.size() - 2, 2, "er");
    return plural ? s + "s" : s;
  }
  return std::string(word);
}

}  // namespace

std::string stem(std::string_view w) {
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return std::string(w);
  // The index's stemmer (corpus/ indexes with Snowball English). A Xapian::Stem must not be
  // shared between threads; one per thread is cheap.
  thread_local Xapian::Stem english("english");
  // Remembered per thread: a check stems the same few thousand words of its sources over
  // and over (Snowball was 4-5% of a check's time at 200,000 documents). Bounded, as a
  // re-check's thread reads many stories.
  constexpr std::size_t kMaxRemembered = 1 << 16;
  thread_local std::unordered_map<std::string, std::string> remembered;
  thread_local std::string key;
  key.assign(w);
  if (auto it = remembered.find(key); it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  return remembered.emplace(key, english(english_spelling(w))).first->second;
}

std::string office_stem(std::string_view w) {
  // French offices whose English names the ending rules of english_spelling cannot reach, so a
  // French source's « mairesse » holds the office an English article calls "Mayor", and words
  // copy uses for one office. Only true equivalents: « député » (a member of parliament) is no
  // "deputy".
  static const std::unordered_map<std::string_view, std::string_view> kOffices = {
      {"capitaine", "captain"},
      {"capitaines", "captains"},
      {"maire", "mayor"},
      {"maires", "mayors"},
      {"mairesse", "mayor"},
      {"mairesses", "mayors"},
      {"gouverneur", "governor"},
      {"gouverneurs", "governors"},
      {"gouverneure", "governor"},
      {"gouverneures", "governors"},
      {"procureur", "prosecutor"},
      {"procureurs", "prosecutors"},
      {"procureure", "prosecutor"},
      {"procureures", "prosecutors"},
      {"prefet", "prefect"},
      {"prefets", "prefects"},
      {"prefete", "prefect"},
      {"prefetes", "prefects"},
      {"juge", "judge"},
      {"juges", "judges"},
      // "head" and « chef » of a body are its chief: "Civil Protection head", "IMF chief", «
      // le chef de la protection civile » name one office.
      // British copy's abbreviations of ranks and titles ("Det Insp", "Ch Supt", "Sgt"). Not
      // "Maj": spelt out, "major" is far more often an adjective than a rank.
      {"det", "detective"},
      {"insp", "inspector"},
      {"supt", "superintendent"},
      {"sgt", "sergeant"},
      {"ch", "chief"},
      {"gen", "general"},
      {"capt", "captain"},
      {"col", "colonel"},
      {"lt", "lieutenant"},
      // Ranks in French and North American abbreviations, spelt as the English rank: one rank
      // in either language (lexicon `ranks`).
      {"cpl", "corporal"},
      {"caporal", "corporal"},
      {"caporale", "corporal"},
      {"cst", "constable"},
      {"sergent", "sergeant"},
      {"sergente", "sergeant"},
      {"capitaine", "captain"},
      {"colonelle", "colonel"},
      {"cmdr", "commander"},
      {"adm", "admiral"},
      {"gov", "governor"},
      {"sen", "senator"},
      {"prof", "professor"},
      {"head", "chief"},
      {"heads", "chiefs"},
      {"chef", "chief"},
      {"chefs", "chiefs"},
      {"cheffe", "chief"},
      {"cheffes", "chiefs"},
      // A ministry's portfolio, in French, is its English name: « ministre de la Santé » is
      // the "Health Minister" (role_portfolios).
      {"sante", "health"},
      {"etrangeres", "foreign"},
      {"economie", "economy"},
      {"travail", "labour"},
      {"logement", "housing"},
      {"industrie", "industry"},
      {"energie", "energy"},
      {"environnement", "environment"},
      {"tourisme", "tourism"},
      {"recherche", "research"},
      {"securite", "security"},
      {"emploi", "employment"},
      {"numerique", "digital"},
      {"jeunesse", "youth"},
      {"famille", "family"},
      {"peche", "fisheries"},
      {"interieur", "interior"},
      {"finances", "finance"}};
  if (auto it = kOffices.find(w); it != kOffices.end()) w = it->second;
  std::string s(w);
  // Where one ending ends another ("women" / "men"), the longer comes first.
  for (std::string_view suffix :
       {"ships", "ship", "woman", "women", "man", "men", "persons", "person", "people"}) {
    // At least four letters before it: "human", "German", "Norman" are not compounds.
    if (s.size() >= suffix.size() + 4 && ends_with(s, suffix)) {
      s.resize(s.size() - suffix.size());
      break;
    }
  }
  return stem(s);
}

bool contains_phrase(const std::vector<Token>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  std::vector<std::string> stems;
  for (const auto& n : needle) stems.push_back(stem(n));
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    bool ok = true;
    for (std::size_t k = 0; k < needle.size() && ok; ++k) {
      const auto& w = hay[i + k].word;
      ok = w == needle[k] || (needle[k].size() > 2 && stem(w) == stems[k]);
    }
    if (ok) return true;
  }
  return false;
}

std::vector<Span> sentences(std::string_view s) {
  std::vector<Span> out;
  std::size_t start = 0;
  auto push = [&](std::size_t a, std::size_t b) {
    while (a < b && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t' || s[a] == '\r')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\t' || s[b - 1] == '\r'))
      --b;
    if (b > a) out.push_back({a, b});
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n' && i + 1 < s.size() && s[i + 1] == '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (j < s.size() && (s[j] == '"' || s[j] == '\'' || s[j] == ')')) ++j;
    if (s.compare(j, 3, "\xE2\x80\x9D") == 0) j += 3;
    // A bare CR ends lines too (old Mac files, some CMS exports), as it does for ICU.
    if (j >= s.size() || (s[j] != ' ' && s[j] != '\n' && s[j] != '\r')) continue;
    std::size_t k = j;
    while (k < s.size() && (s[k] == ' ' || s[k] == '\n' || s[k] == '\r')) ++k;
    if (k >= s.size()) continue;
    auto n = static_cast<unsigned char>(s[k]);
    bool next_ok = (n >= 'A' && n <= 'Z') || (n >= '0' && n <= '9') || n == '"' || n >= 0xC0;
    if (!next_ok) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      std::string word = fold(s.substr(w, i - w));
      if (abbreviations().count(word)) continue;
    }
    push(start, j);
    start = j;
  }
  push(start, s.size());
  return out;
}

Snippet snippet(std::string_view s, std::size_t start, std::size_t end, std::size_t max_bytes) {
  start = std::min(start, s.size());
  end = std::clamp(end, start, s.size());
  std::size_t a = 0, b = s.size();
  if (b - a > max_bytes) {
    std::size_t mark = end - start;
    std::size_t room = max_bytes > mark ? max_bytes - mark : 0;
    a = start > room / 2 ? start - room / 2 : 0;
    b = std::min(s.size(), a + std::max(max_bytes, mark));
    if (b == s.size()) a = b > max_bytes ? b - max_bytes : 0;
    a = std::min(a, start);
    b = std::max(b, end);
    // Prefer word boundaries, never past the mark.
    for (std::size_t k = a; k < std::min(start, a + 24); ++k) {
      if (a > 0 && s[k] == ' ') {
        a = k + 1;
        break;
      }
    }
    for (std::size_t k = b; k > std::max(end, b > 24 ? b - 24 : 0); --k) {
      if (b < s.size() && s[k - 1] == ' ') {
        b = k - 1;
        break;
      }
    }
    while (a > 0 && a < s.size() && (static_cast<unsigned char>(s[a]) & 0xC0) == 0x80) --a;
    while (b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) ++b;
  }
  // A passage may span paragraphs or table rows; an excerpt shown on one line of a report
  // reads them as one run of text, so each run of white space (line breaks, tabs, blank lines)
  // becomes one space, none at either end, and the mark keeps covering the same words.
  Snippet out;
  out.text.reserve(b - a);
  out.mark_start = out.mark_end = SIZE_MAX;
  bool pending_space = false;
  for (std::size_t k = a; k < b; ++k) {
    char ch = s[k];
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == '\v') {
      pending_space = !out.text.empty();
      continue;
    }
    if (k >= end && out.mark_end == SIZE_MAX) out.mark_end = out.text.size();
    if (pending_space) out.text.push_back(' ');
    pending_space = false;
    if (k >= start && out.mark_start == SIZE_MAX) out.mark_start = out.text.size();
    out.text.push_back(ch);
  }
  if (out.mark_start == SIZE_MAX) out.mark_start = out.text.size();
  if (out.mark_end == SIZE_MAX) out.mark_end = out.text.size();
  out.mark_end = std::max(out.mark_end, out.mark_start);
  return out;
}

bool parse_number(std::string_view word, double& out) {
  std::string digits;
  int dots = 0;
  for (char c : word) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c == '.') {
      if (++dots > 1) return false;
      digits.push_back(c);
    } else if (c != ',') {
      return false;
    }
  }
  if (digits.empty() || digits == "." || digits.front() == '.') return false;
  // strtod, not stod: a run of hundreds of digits overflows, and that is "not a number here",
  // not an exception that ends the whole check.
  out = std::strtod(digits.c_str(), nullptr);
  return std::isfinite(out);
}

std::string format_number(double v) {
  char buf[64];
  double r = std::round(v);
  if (std::fabs(v - r) < 1e-9 && std::fabs(v) < 1e15) {
    if (std::fabs(v) >= 1e9 && std::fmod(r, 1e6) == 0) {
      std::snprintf(buf, sizeof buf, "%g billion", v / 1e9);
      return buf;
    }
    if (std::fabs(v) >= 1e6 && std::fmod(r, 1e5) == 0) {
      std::snprintf(buf, sizeof buf, "%g million", v / 1e6);
      return buf;
    }
    std::snprintf(buf, sizeof buf, "%.0f", r);
    std::string d = buf, out;
    int n = 0;
    for (auto it = d.rbegin(); it != d.rend(); ++it) {
      if (n && n % 3 == 0 && *it != '-') out.push_back(',');
      out.push_back(*it);
      ++n;
    }
    std::reverse(out.begin(), out.end());
    return out;
  }
  return decimal_form(v);
}

std::string decimal_form(double value, char point) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  std::replace(s.begin(), s.end(), '.', point);
  return s;
}

std::vector<std::string> french_number_forms(double v) {
  std::vector<std::string> out;
  // "1.5" -> "1,5"; whole numbers keep no decimals.
  const std::string en = format_number(v);
  const double r = std::round(v);
  const bool whole = std::fabs(v - r) < 1e-9 && std::fabs(v) < 1e15;
  if (whole && std::fabs(v) >= 1e9 && std::fmod(r, 1e6) == 0) {
    const double m = v / 1e9;
    out.push_back(decimal_form(m, ',') + (std::fabs(m) >= 2 ? " milliards" : " milliard"));
  } else if (whole && std::fabs(v) >= 1e6 && std::fmod(r, 1e5) == 0) {
    const double m = v / 1e6;
    out.push_back(decimal_form(m, ',') + (std::fabs(m) >= 2 ? " millions" : " million"));
  } else if (whole) {
    // Thousands grouped by a space: "12 400".
    std::string fr = en;
    std::replace(fr.begin(), fr.end(), ',', ' ');
    out.push_back(fr);
  } else {
    out.push_back(decimal_form(v, ','));
  }
  if (out.front() == en) out.clear();
  return out;
}

}  // namespace verify::rules::text
