// Private text helpers of the rules module: folding, word tokens with byte offsets,
// stemming, sentence spans and snippets cut on UTF-8 boundaries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verify::rules::text {

// One word (or an ellipsis) of a text, folded, with its byte span in that text.
struct Token {
  std::string word;  // folded: lower case, accents removed; "..." for an ellipsis
  std::size_t start = 0;
  std::size_t end = 0;
  bool capitalized = false;        // first letter upper case in the original
  bool ellipsis = false;           // "..." or "…"
  bool bridge = false;             // an attribution inside a quotation: skipped, absorbs nothing
  bool break_before = false;       // a ';' or sentence end lies between this and the previous token
  bool comma_before = false;       // a ',' lies between this and the previous token
  bool colon_before = false;       // the break before is a ':' alone ("Dette : 62 M€")
  bool paren_open_before = false;  // a '(' lies between this and the previous token
  bool paren_close_before = false;  // a ')' lies between this and the previous token
  bool hyphen_before = false;       // a '-' alone joins this to the previous word ("runners-up")
  bool possessive_before = false;   // the previous word's "'s" was dropped ("Sandstone's Marlow")
};

// Where a token's capital letter may come from its place rather than from the word.
enum class CapitalPlace : unsigned char {
  kFree,      // inside a sentence: the word is written with a capital
  kOpener,    // it begins the text, a sentence, a paragraph, an indented line, or follows a
              // spaced dash ("BALTIMORE, March 26 - Police ..."); not a line wrapped mid-sentence
  kLabel,     // it heads a table's row: the first word of a short line with a figure and no
              // sentence end ("Net 2.1 mln vs 1.5 mln", « Résultat net 2,1 M€ »)
  kCapsLine,  // its line has no lower-case letter (a headline in capitals)
};
// The place of each of `toks` (tokenize(s)). Linear in the size of `s`.
std::vector<CapitalPlace> capital_places(std::string_view s, const std::vector<Token>& toks);

// Indices of the first and last tokens lying wholly inside [start, end); `first` is
// toks.size() when none does.
struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;
};
TokenRange tokens_within(const std::vector<Token>& toks, std::size_t start, std::size_t end);

// Lower case, accents dropped (Latin-1 and Latin Extended-A), typographic quotes, dashes and
// "…" turned into ASCII. Idempotent.
std::string fold(std::string_view s);

// Words of `s` (letters/digits runs; "3,085" and "28.5" stay one token; a possessive "'s" is
// dropped), with offsets into `s`.
std::vector<Token> tokenize(std::string_view s);

// Stem for matching word families in English and French: Snowball's English stem (the
// index's) of the word with French endings written as their English cognates' ("ministre" and
// "minister", « blessées » and "blessés" share one). A word that begins with a digit is its own
// stem. Thread-safe.
std::string stem(std::string_view folded_word);

// Stem of a word of a title: a holder's compound ("chairwoman", "spokesperson") and an office's
// ("ambassadorship") have the stem of the title they are made from ("chair", "spokes",
// "ambassador"), which the five-letter prefix used to give them. Thread-safe.
std::string office_stem(std::string_view folded_word);

// Whether the folded, tokenized `hay` contains the folded phrase `needle` at word starts
// (a single word also matches a longer word with the same stem).
bool contains_phrase(const std::vector<Token>& hay, const std::vector<std::string>& needle);

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

// Simple sentence spans: a break after . ! ? followed by space and an upper-case letter, a
// digit or a quote, unless the word before is a known abbreviation.
std::vector<Span> sentences(std::string_view s);

// At most `max_bytes` of `s` around [start, end) (offsets into s), cut on UTF-8 boundaries,
// with each run of white space (line breaks included) shown as one space and none at either
// end; returns the excerpt and the mark's offsets inside it.
struct Snippet {
  std::string text;
  std::size_t mark_start = 0;
  std::size_t mark_end = 0;
};
Snippet snippet(std::string_view s, std::size_t start, std::size_t end, std::size_t max_bytes);

// Parses "1,985", "28.5", "6.4" to a number; false when it is not one.
bool parse_number(std::string_view word, double& out);

// Renders a number as an editor reads it: "2,719", "28.5", "70.1 billion".
std::string format_number(double value);
// `value` to two decimals at most, trailing zeros dropped, with `point` as the decimal mark:
// 1.50 -> "1.5", 48.0 -> "48", (1.2, ',') -> "1,2". No grouping of thousands.
std::string decimal_form(double value, char point = '.');
// The same figure as French writes it ("2,9", "45 millions", "1,2 milliard", "12 400"), when
// that differs from format_number's: sources of one story come in both languages, and a search
// for "2.9" or "45 million" does not find « 2,9 % » or « 45 millions d'euros ». Empty if none.
std::vector<std::string> french_number_forms(double value);

}  // namespace verify::rules::text
