// Text utilities of the claims module: kind names, UTF-8 checks, folding, sentence splitting.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "claims_internal.h"
#include "verify/claims.h"
#include "verify/encoding.h"

namespace verify::claims {

namespace {

constexpr std::array<std::string_view, 7> kKindNames = {"date",    "count", "quote",   "role",
                                                        "percent", "money", "citation"};

// Creating an ICU transliterator parses its rules, which costs far more than using it, so each
// thread keeps one.
icu::Transliterator* accent_stripper() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  return instance.get();
}

icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on ICU's suppression list of English abbreviations ("Mr.", "Dr.").
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en_US"), status));
      if (U_FAILURE(status)) it.reset();
    }
    return it;
  }();
  return instance.get();
}

char32_t map_typographic(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x00A0:
    case 0x2009:
    case 0x202F:
    case 0x2007:
      return ' ';
    default:
      return c;
  }
}

bool is_alnum_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

// Removes possessive "'s" until none is left, so that folding twice changes nothing.
void drop_possessives(std::string& s) {
  bool changed = true;
  while (changed) {
    changed = false;
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == 's' && i > 0 && is_alnum_byte(s[i - 1]) &&
          (i + 2 == s.size() || !is_alnum_byte(s[i + 2]))) {
        ++i;
        changed = true;
        continue;
      }
      out += s[i];
    }
    s = std::move(out);
  }
}

// Abbreviations after which a sentence almost never ends.
bool is_non_final_abbreviation(std::string_view lower) {
  static constexpr std::array<std::string_view, 62> kAbbr = {
      "mr",   "mrs",  "ms",   "dr",   "prof",   "sen", "rep",    "gov",  "gen",   "lt",   "col",
      "sgt",  "capt", "st",   "jan",  "feb",    "mar", "apr",    "jun",  "jul",   "aug",  "sep",
      "sept", "oct",  "nov",  "dec",  "no",     "vs",  "jr",     "sr",   "mt",    "ft",   "rev",
      "hon",  "supt", "insp", "cmdr", "adm",    "maj", "messrs", "wash", "calif", "mass", "conn",
      "fla",  "ill",  "mich", "minn", "tenn",   "tex", "ariz",   "colo", "ky",    "md",   "nev",
      "okla", "wis",  "ala",  "ark",  "approx", "cpl", "cst"};
  for (auto a : kAbbr) {
    if (a == lower) return true;
  }
  return false;
}

bool is_sentence_starter(std::string_view lower) {
  static constexpr std::array<std::string_view, 36> kStarters = {
      "the",   "a",   "an",  "he",  "she",     "it",        "they",      "we",     "i",
      "in",    "on",  "at",  "but", "and",     "this",      "that",      "these",  "those",
      "there", "its", "his", "her", "their",   "our",       "after",     "before", "when",
      "while", "as",  "if",  "so",  "however", "meanwhile", "officials", "for",    "by"};
  for (auto s : kStarters) {
    if (s == lower) return true;
  }
  return false;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Code points in a valid UTF-8 string.
std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// Whether the word that ends at `at` (back to the last space after `start`) holds a '/' or
// an '@': a link's or an address's.
bool in_link(std::string_view text, std::size_t start, std::size_t at) {
  while (at > start && !internal::is_space_cp(static_cast<unsigned char>(text[at - 1]))) {
    --at;
    if (text[at] == '/' || text[at] == '@') return true;
  }
  return false;
}

// Whether the fragment [start, end) ends with an abbreviation that should not end a sentence,
// given the first word of the following fragment.
bool ends_with_abbreviation(std::string_view text, std::size_t start, std::size_t end,
                            std::string_view next_word) {
  while (end > start && internal::is_space_cp(static_cast<unsigned char>(text[end - 1]))) --end;
  if (end == start || text[end - 1] != '.') return false;
  std::size_t w = end - 1;
  std::size_t b = w;
  // Letters beyond ASCII are the word's too (read code point by code point): read as bytes,
  // « la journée. » was the one-letter "e." of an initial, and « les blessés. Le maire … » one
  // sentence.
  while (b > start) {
    if (text[b - 1] == '.' || std::isalpha(static_cast<unsigned char>(text[b - 1]))) {
      --b;
      continue;
    }
    std::size_t p = b - 1;  // the first byte of the code point before b
    while (p > start && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    std::size_t i = p;
    const char32_t c = internal::next_code_point(text, i);
    if (p + 1 == b || !u_isalpha(static_cast<UChar32>(c))) break;
    b = p;
  }
  std::string_view word = text.substr(b, w - b);
  if (word.empty()) return false;
  // The end of a link or an address ("https://council.example/vote.html.", "info@site.org."):
  // no abbreviation, and the full stop ends the sentence.
  // A hyphen before one capital is a compound given name's initial ("J.-P. Martin", "Jean-P.
  // Martin"), unless the hyphen is inside a link or an address.
  const bool hyphen_initial = b > start && text[b - 1] == '-' && w - b == 1 &&
                              std::isupper(static_cast<unsigned char>(text[b])) &&
                              !in_link(text, start, b - 1);
  if (b > start && !hyphen_initial &&
      (text[b - 1] == '/' || text[b - 1] == ':' || text[b - 1] == '@' || text[b - 1] == '-' ||
       text[b - 1] == '_'))
    return false;
  const bool dotted = word.find('.') != std::string_view::npos;
  if (dotted) {
    // Dotted abbreviations have short parts ("U.S.", "p.m.", "Ph.D."); a file or domain name
    // ("vote.html", "council.example") has longer ones.
    std::size_t part = 0;
    for (char ch : word) {
      part = ch == '.' ? 0 : part + 1;
      if (part > 3) return false;
    }
  }
  if (dotted || code_points(word) == 1) {
    // Initials and dotted abbreviations ("F.", "U.S.", "p.m."): a new sentence would start with
    // a common sentence opener.
    return !is_sentence_starter(ascii_lower(next_word));
  }
  return is_non_final_abbreviation(ascii_lower(word));
}

std::string_view first_word(std::string_view text, std::size_t pos, std::size_t end) {
  // Past punctuation and spaces (a no-break space and « are bytes beyond ASCII, but no letters).
  while (pos < end && !std::isalpha(static_cast<unsigned char>(text[pos]))) {
    std::size_t i = pos;
    const char32_t c = internal::next_code_point(text, i);
    if (i > pos + 1 && u_isalpha(static_cast<UChar32>(c))) break;
    pos = std::max(i, pos + 1);
  }
  std::size_t b = pos;
  while (pos < end) {
    if (std::isalpha(static_cast<unsigned char>(text[pos]))) {
      ++pos;
      continue;
    }
    std::size_t i = pos;
    const char32_t c = internal::next_code_point(text, i);
    if (i == pos + 1 || !u_isalpha(static_cast<UChar32>(c))) break;
    pos = i;
  }
  return text.substr(b, pos - b);
}

// Trims white space (ASCII and Unicode) off both ends of [start, end).
Span trim_span(std::string_view text, std::size_t start, std::size_t end) {
  while (start < end) {
    std::size_t i = start;
    char32_t c = internal::next_code_point(text, i);
    if (!internal::is_space_cp(c) || i > end) break;
    start = i;
  }
  while (end > start) {
    std::size_t b = end - 1;
    while (b > start && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    std::size_t i = b;
    char32_t c = internal::next_code_point(text, i);
    if (!internal::is_space_cp(c)) break;
    end = b;
  }
  return {start, end};
}

// One line of a text, for telling a fixed-width wrap from a line break the writer meant.
struct LineShape {
  std::size_t start = 0;       // first byte of the line
  std::size_t content = 0;     // first byte after the indent
  std::size_t end = 0;         // end of the content (trailing white space and CR dropped)
  std::size_t brk = 0;         // the '\n' ending the line (text.size() for the last line)
  std::size_t width = 0;       // code points from start to end, indent included
  std::size_t indent = 0;      // leading spaces and tabs
  std::size_t first_word = 0;  // code points of the content's first space-delimited word
  bool blank() const { return content >= end; }
};

// Whether `line` ends with a typographic closing quote or parenthesis (”, », ’).
bool ends_with_closing_mark(std::string_view line) {
  for (std::string_view mark : {"\xE2\x80\x9D", "\xC2\xBB", "\xE2\x80\x99"}) {
    if (line.size() >= mark.size() && line.substr(line.size() - mark.size()) == mark) return true;
  }
  return false;
}

std::size_t code_points(std::string_view text, std::size_t a, std::size_t b) {
  std::size_t n = 0;
  for (std::size_t i = a; i < b; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

bool is_lower_at(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  return i < text.size() && u_islower(static_cast<UChar32>(internal::next_code_point(text, i)));
}

bool is_digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0;
}

// The line of `text` starting at byte `pos` (which is at most text.size()).
LineShape line_at(std::string_view text, std::size_t pos) {
  LineShape l;
  l.start = pos;
  std::size_t nl = text.find('\n', pos);
  l.brk = nl == std::string_view::npos ? text.size() : nl;
  std::size_t i = pos;
  while (i < l.brk && (text[i] == ' ' || text[i] == '\t')) ++i;
  l.content = i;
  l.indent = i - pos;
  std::size_t e = l.brk;
  while (e > i && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
  l.end = e;
  l.width = code_points(text, pos, e);
  std::size_t w = i;
  while (w < e && text[w] != ' ' && text[w] != '\t') ++w;
  l.first_word = code_points(text, i, w);
  return l;
}

// Calls `f(line, next)` for each pair of consecutive lines of `text`, in order. Memory stays
// constant however many lines there are (a hostile text may be all line breaks).
template <class F>
void each_line_pair(std::string_view text, F&& f) {
  LineShape a = line_at(text, 0);
  while (a.brk < text.size()) {
    LineShape b = line_at(text, a.brk + 1);
    f(a, b);
    a = b;
  }
}

// The offsets of the line breaks of `text` that a fixed-width wrap put inside a paragraph.
//
// Wire copy, e-mail and plain-text exports break lines at a set width (Reuters' 1987 copy at
// about 64 columns, mail at 72 to 78), wherever the next word would not fit, so a sentence,
// a name ("Defence Secretary Caspar / Weinberger") or a figure ("grew 8.8 / pct") runs over
// the break. A break is taken for a wrap when:
// - the next line opens with a lower-case letter, or with a digit after a line ending in a
//   lower-case letter or a comma (a sentence does not start so), in any text; or
// - the text is wrapped (its lines inside paragraphs reach a common width of 40 to 100
//   columns: at least two of them, and a third of all, reach 80% of the widest, and half of
//   those end inside a sentence, not at a stop), and
//   either the next line is unindented and this one is not the text's first line (which may
//   be a headline) unless that opens with a dateline; or both lines share an indent and the
//   next line's first word would not have fitted on this one (a table row's line does).
// Never when the next line is indented deeper than this one (a paragraph's first line), nor
// across a blank line.
std::vector<std::size_t> wrap_breaks(std::string_view text) {
  std::vector<std::size_t> out;
  // Widths of the lines inside paragraphs of two lines or more.
  std::size_t widest = 0, inner = 0, full = 0, open_ended = 0;
  each_line_pair(text, [&](const LineShape& a, const LineShape& b) {
    if (!a.blank() && !b.blank()) widest = std::max({widest, a.width, b.width});
  });
  if (widest == 0) return out;
  each_line_pair(text, [&](const LineShape& a, const LineShape& b) {
    if (a.blank() || b.blank()) return;
    ++inner;
    if (a.width * 5 < widest * 4) return;
    ++full;
    // A wrap falls anywhere in a sentence; a line per sentence ends at its stop.
    char last = text[a.end - 1];
    if (std::string_view(".!?:;\"')").find(last) == std::string_view::npos &&
        !ends_with_closing_mark(text.substr(a.start, a.end - a.start))) {
      ++open_ended;
    }
  });
  const bool wrapped =
      widest >= 40 && widest <= 100 && full >= 2 && full * 3 >= inner && open_ended * 2 >= full;
  // The text's first line with words, and whether it opens with a dateline (else it may be a
  // headline).
  std::size_t first = 0;
  while (first < text.size()) {
    LineShape l = line_at(text, first);
    if (!l.blank() || l.brk >= text.size()) break;
    first = l.brk + 1;
  }
  const LineShape first_line = line_at(text, std::min(first, text.size()));
  const bool first_is_dateline =
      !first_line.blank() && internal::dateline_prefix(text.substr(
                                 first_line.content, first_line.end - first_line.content)) > 0;
  each_line_pair(text, [&](const LineShape& a, const LineShape& b) {
    if (a.blank() || b.blank() || b.indent > a.indent) return;
    unsigned char last = static_cast<unsigned char>(text[a.end - 1]);
    bool join = is_lower_at(text, b.content) ||
                (is_digit_at(text, b.content) && (std::islower(last) != 0 || last == ','));
    if (!join && wrapped) {
      if (b.indent == 0) {
        join = a.start != first_line.start || first_is_dateline;
      } else if (b.indent == a.indent) {
        join = a.width + 1 + b.first_word > widest;
      }
    }
    if (join) out.push_back(a.brk);
  });
  return out;
}

// Splits one line (no newlines inside) into sentences, appending to `out`.
void split_line(std::string_view text, std::size_t start, std::size_t end, std::vector<Span>& out) {
  std::size_t dl = internal::dateline_prefix(text.substr(start, end - start));
  if (dl > 0) {
    Span s = trim_span(text, start, start + dl);
    if (s.end > s.start) out.push_back(s);
    start += dl;
  }
  std::vector<std::size_t> bounds;
  icu::BreakIterator* it = sentence_iterator();
  if (it != nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut =
        utext_openUTF8(nullptr, text.data() + start, static_cast<int64_t>(end - start), &status);
    if (U_SUCCESS(status)) {
      it->setText(ut, status);
      if (U_SUCCESS(status)) {
        for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) {
          bounds.push_back(start + static_cast<std::size_t>(p));
        }
      }
      // The iterator keeps a pointer to the UText; point it back at nothing before closing.
      icu::UnicodeString empty;
      it->setText(empty);
      utext_close(ut);
    }
  }
  if (bounds.empty() || bounds.back() != end) bounds.push_back(end);
  std::size_t seg_start = start;
  for (std::size_t k = 0; k < bounds.size(); ++k) {
    std::size_t seg_end = bounds[k];
    if (k + 1 < bounds.size() &&
        ends_with_abbreviation(text, seg_start, seg_end, first_word(text, seg_end, end))) {
      continue;
    }
    Span s = trim_span(text, seg_start, seg_end);
    if (s.end > s.start) out.push_back(s);
    seg_start = seg_end;
  }
}

}  // namespace

std::string_view to_string(Kind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<Kind> kind_from_string(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<Kind>(i);
  }
  return std::nullopt;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  return encoding::first_invalid_utf8(bytes);  // one reading for articles and sources
}

std::string fold(std::string_view text) {
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::string out;
  if (ascii) {
    out = ascii_lower(text);
  } else {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    // Lower-case before stripping marks: lower-casing can introduce combining marks ("İ").
    u.toLower(icu::Locale::getRoot());
    if (icu::Transliterator* t = accent_stripper()) t->transliterate(u);
    icu::UnicodeString mapped;
    for (int32_t i = 0; i < u.length();) {
      UChar32 c = u.char32At(i);
      mapped.append(static_cast<UChar32>(map_typographic(static_cast<char32_t>(c))));
      i += U16_LENGTH(c);
    }
    mapped.toUTF8String(out);
  }
  drop_possessives(out);
  return out;
}

namespace {

void join_at(std::string& text, const std::vector<std::size_t>& breaks) {
  for (std::size_t nl : breaks) {
    text[nl] = ' ';
    if (nl > 0 && text[nl - 1] == '\r') text[nl - 1] = ' ';
  }
}

}  // namespace

std::string_view language_of(std::string_view text) {
  return internal::detect_number_style(internal::tokenize(text)) == internal::NumberStyle::kFrench
             ? "fr"
             : "en";
}

bool unwrap_lines(std::string& text) {
  auto breaks = wrap_breaks(text);
  join_at(text, breaks);
  return !breaks.empty();
}

std::vector<Span> split_sentences(std::string_view text, bool unwrapped) {
  if (unwrapped) return internal::split_joined(text);
  // Sentences run over the breaks of a hard-wrapped text: the lines are split on a copy with
  // those breaks made spaces, which keeps every offset.
  if (auto breaks = wrap_breaks(text); !breaks.empty()) {
    std::string unwrapped(text);
    join_at(unwrapped, breaks);
    return internal::split_joined(unwrapped);
  }
  return internal::split_joined(text);
}

namespace internal {

std::vector<Span> split_joined(std::string_view text) {
  // A caller that splits a document and then extracts its claims splits the same text twice
  // (the engine does, for every source it analyses); ICU's break iteration is the costly part.
  thread_local std::string last_text;
  thread_local std::vector<Span> last_spans;
  thread_local bool have_last = false;
  if (have_last && text == last_text) return last_spans;
  std::vector<Span> out;
  std::size_t line_start = 0;
  while (line_start <= text.size()) {
    std::size_t nl = text.find('\n', line_start);
    std::size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    Span t = trim_span(text, line_start, line_end);
    if (t.end > t.start) split_line(text, t.start, t.end, out);
    if (nl == std::string_view::npos) break;
    line_start = nl + 1;
  }
  last_text.assign(text);
  last_spans = out;
  have_last = true;
  return out;
}

}  // namespace internal

}  // namespace verify::claims
