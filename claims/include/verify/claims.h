// Public interface of the claims module: reading articles and extracting the checkable claims
// (dates, counts, quotes, roles, percentages, money, citations) they make.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace verify::claims {

// Thrown when input cannot be read as an article: missing/unreadable file, empty file, binary
// data, invalid UTF-8 (the message names the byte offset), malformed JSON (names the field).
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class Kind { kDate, kCount, kQuote, kRole, kPercent, kMoney, kCitation };

// "date", "count", "quote", "role", "percent", "money", "citation".
std::string_view to_string(Kind kind);
// Inverse of to_string; nullopt for an unknown name.
std::optional<Kind> kind_from_string(std::string_view name);

// A half-open byte range [start, end) into some text.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

// A link target found in the article, with the span of its anchor (or of the bare URL).
struct Link {
  std::string url;
  Span anchor;
};

// An article ready for extraction. `text` is what every offset indexes into: for .txt and .md
// it is the file's bytes unchanged; for .html and .json it is the readable text recovered
// from them (paragraphs separated by blank lines).
struct Article {
  std::string path;       // file it came from; "" for in-memory text
  std::string format;     // "txt", "md", "html" or "json"
  std::string title;      // headline: first content line, <title>/<h1>, or the JSON "title"
  std::string published;  // the article's own date as "YYYY-MM-DD" (dateline/JSON), else ""
  std::string text;
  std::vector<Span> furniture;  // lines judged page furniture (skipped by extraction)
  std::vector<Link> links;      // cited links
};

// Largest article file load_article accepts.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{16} << 20;

// HTML articles: the deepest element nesting that can be read (libxml2's limit with
// XML_PARSE_HUGE); deeper input is an InputError naming it.
inline constexpr std::size_t kMaxHtmlDepth = 2048;
// HTML articles: a start tag with more attributes than this keeps only the ones the reader
// uses (href, property, name, itemprop, content, datetime); the parser's cost grows with the
// square of a tag's attributes.
inline constexpr std::size_t kMaxHtmlAttributes = 100;

// Reads and parses an article file; the format comes from the extension (.txt, .md, .markdown,
// .html, .htm, .json; anything else is read as text). Throws InputError, also for a file
// over kMaxArticleBytes.
Article load_article(const std::filesystem::path& path);

// Parses bytes already in memory. `format` as in Article::format. Throws InputError.
Article parse_article(std::string bytes, std::string_view format, std::string path = "");

// An immutable string that copies share: the claims of one sentence hold one copy of it, not
// one each (a sentence of thousands of dates would otherwise cost the square of its length).
// Reads like a const std::string; assigning a std::string replaces it. Copies are cheap and
// may be read from several threads.
class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT(google-explicit-constructor): used as a string
      : text_(std::make_shared<const std::string>(std::move(text))) {}

  const std::string& str() const { return text_ ? *text_ : empty_string(); }
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  bool empty() const { return str().empty(); }
  std::size_t size() const { return str().size(); }
  std::size_t find(std::string_view what, std::size_t pos = 0) const {
    return str().find(what, pos);
  }
  friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
  friend bool operator==(const SharedText& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }

 private:
  static const std::string& empty_string() {
    static const std::string kEmpty;
    return kEmpty;
  }
  std::shared_ptr<const std::string> text_;
};

// One checkable statement in an article (or in a source passage, when rules extract values
// from sources). All offsets are bytes into the text it was extracted from.
struct Claim {
  std::string id;  // "c1", "c2", ... in order of appearance
  Kind kind = Kind::kCount;
  std::string text;  // exactly text[start, end)
  std::size_t start = 0;
  std::size_t end = 0;
  SharedText sentence;  // exactly text[sentence_start, sentence_end), shared with its sentence
  std::size_t sentence_start = 0;
  std::size_t sentence_end = 0;

  // Normalized value. Dates: ISO "YYYY-MM-DD" / "YYYY-MM" / "YYYY" at the precision the text
  // gives; quotes: the quoted words without the marks; roles: "Person | role"; citations:
  // the URL. Counts, percents and money: `number` holds the value and `value` its decimal
  // rendering.
  std::string value;
  std::optional<double> number;
  std::string date_end;  // dates given as a range or season: inclusive end, ISO; else ""

  std::string unit;   // money: ISO 4217 code ("USD", "EUR"); percent: "%"; else ""
  std::string noun;   // what is counted/measured, as written ("French officials")
  std::string head;   // head noun of `noun`, lower-case singular ("official")
  std::string hedge;  // "at least", "about", "more than", "nearly", "up to", ... or ""

  std::string speaker;       // quotes: attributed person/body as written; roles: the person
  std::string role;          // roles: the title ("Interior Minister")
  std::string organization;  // roles: organisation or country ("Algeria")
  std::vector<std::string> entities;  // people/places/orgs of the sentence, folded (see fold)
  std::vector<std::string> flags;     // e.g. "relative", "in_quote", "in_name", "scare_quote"
  double confidence = 1.0;            // extraction confidence in [0, 1]
};

// Most claims read from one text. A news article has tens to hundreds; a 16 MB book-length text
// of ordinary prose about 3,000. Each claim costs 1-2 KB through a check, so without a limit a
// hostile 16 MB article (one sentence of 1.85 million numbers) took over 4 GB. Past it the
// rest of the text is not read for claims, and the result says from where (docs/user-guide.md,
// "Limits").
inline constexpr std::size_t kMaxClaimsPerArticle = 20000;
// Most tokens (words, numbers, punctuation marks) read from one text, for the same reason:
// reading costs about 140 bytes a token, and 15 MB of "a,a,a," is 15 million of them (2 GB).
// Ordinary prose has about one token per 5 bytes, so this reads some 10 MB of it.
inline constexpr std::size_t kMaxTokensPerArticle = 2000000;

struct Options {
  // Reference date "YYYY-MM-DD" for weekdays and relative dates; overrides the article's own.
  std::string reference_date;
  // Skip page-furniture lines. Off when extracting from source passages.
  bool skip_furniture = true;
  // A day and month that nothing gives a year to (a source with no date of its own, none in its
  // text): kept as a date claim of value "--MM-DD" with flag "yearless" (and "weekday:N",
  // 0 = Monday, when a weekday is written with it), so that a claim's day can be found in an
  // undated source. Off: left out, as for articles, whose dates always carry a year.
  bool keep_yearless = false;
  // The text's hard-wrap line breaks are joined already (unwrap_lines): they are not looked for
  // again, so a text is unwrapped once however it reaches the extractor (a second pass on the
  // joined lines could join an indented paragraph's first line to the one before).
  bool unwrapped = false;
  // At most this many claims are returned (see kMaxClaimsPerArticle), read from at most this
  // many tokens (kMaxTokensPerArticle).
  std::size_t max_claims = kMaxClaimsPerArticle;
  std::size_t max_tokens = kMaxTokensPerArticle;
};

struct Extraction {
  std::vector<Claim> claims;  // in order of appearance
  // When Options::max_claims or max_tokens was reached: the byte offset from which the text was
  // not read. The claims are then exactly those that start before it, and their sentences end
  // there at the latest. nullopt: the whole text was read.
  std::optional<std::size_t> unread_from;
  // The sentences of the text read (split_sentences of the text, or of its read prefix when
  // unread_from is set), so that a caller that needs both does not split the text twice.
  std::vector<Span> sentences;
};

// Extracts the claims of the article, in order of appearance, up to Options::max_claims. Never
// throws for odd text: what it cannot read it leaves out.
Extraction extract_claims(const Article& article, const Options& options = {});

// extract_claims(...).claims: for callers that need no word on the limit.
std::vector<Claim> extract(const Article& article, const Options& options = {});

// The language the text is written in, as a BCP 47 tag for a report's `lang`: "fr" when it
// reads as French (more French function words than English ones, the reading that decides how
// its numbers are read), else "en". Never throws.
std::string_view language_of(std::string_view text);

// Joins the lines of a hard-wrapped text: each line break that a fixed-width wrap put inside a
// paragraph (wire copy, e-mail; rules in text.cpp) becomes a space, and a CR before it too, so
// every byte offset is kept. Breaks the writer meant (blank lines, indented paragraph starts,
// table rows, a headline) stay. Returns whether anything was joined. Never throws.
bool unwrap_lines(std::string& text);

// Sentence boundaries of `text` (ICU-based, aware of abbreviations such as "Oct." and "Mr."),
// as spans covering the sentences without surrounding white space. A sentence runs over the
// breaks unwrap_lines would join (its span then holds a newline); with `unwrapped`, the text's
// breaks are joined already and are not looked for again (Options::unwrapped).
std::vector<Span> split_sentences(std::string_view text, bool unwrapped = false);

// Folds text for matching: lower case, accents removed ("Nuñez" -> "nunez"), typographic
// quotes/dashes to ASCII, possessive "'s" dropped. Idempotent.
std::string fold(std::string_view text);

// Checks that `bytes` is valid UTF-8; returns the offset of the first bad byte, or nullopt.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

}  // namespace verify::claims
