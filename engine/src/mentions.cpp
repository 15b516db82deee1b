// How a source is read, and the stored form of what is read (mentions.h).
#include "mentions.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <utility>

#include "mentions_version.h"  // generated: kMentionsVersion
#include "verify/engine.h"

namespace verify::engine {

std::string date_in_url(std::string_view url) {
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > url.size()) return false;
    for (std::size_t k = at; k < at + n; ++k) {
      if (url[k] < '0' || url[k] > '9') return false;
    }
    return true;
  };
  auto plausible = [](int y, int m, int d) {
    return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  };
  for (std::size_t i = 0; i + 8 <= url.size(); ++i) {
    if (i > 0 && url[i - 1] >= '0' && url[i - 1] <= '9') continue;
    int y = 0, m = 0, d = 0;
    std::size_t end = 0;
    // "/2024/12/04/", "2024-12-04", "20241204" (not inside a longer number).
    if (digits(i, 4) && i + 10 <= url.size() && (url[i + 4] == '/' || url[i + 4] == '-') &&
        url[i + 7] == url[i + 4] && digits(i + 5, 2) && digits(i + 8, 2)) {
      y = std::stoi(std::string(url.substr(i, 4)));
      m = std::stoi(std::string(url.substr(i + 5, 2)));
      d = std::stoi(std::string(url.substr(i + 8, 2)));
      end = i + 10;
    } else if (digits(i, 8)) {
      y = std::stoi(std::string(url.substr(i, 4)));
      m = std::stoi(std::string(url.substr(i + 4, 2)));
      d = std::stoi(std::string(url.substr(i + 6, 2)));
      end = i + 8;
    } else {
      continue;
    }
    if (end < url.size() && url[end] >= '0' && url[end] <= '9') continue;
    if (!plausible(y, m, d)) continue;
    char buf[11];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  return "";
}

std::vector<std::string> capitalised_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    // A word starts with an ASCII capital or a Latin-1 capital (UTF-8 C3 80..9E: "É", "Ñ").
    bool upper = (c >= 'A' && c <= 'Z') || (c == 0xC3 && i + 1 < text.size() &&
                                            static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                                            static_cast<unsigned char>(text[i + 1]) <= 0x9E);
    bool starts = i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) ||
                              static_cast<unsigned char>(text[i - 1]) >= 0x80);
    if (!upper || !starts) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                 static_cast<unsigned char>(text[end]) >= 0x80))
      ++end;
    std::string w = claims::fold(text.substr(i, end - i));
    if (w.size() > 1) out.push_back(std::move(w));
    i = end;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void extract_mentions(AnalysedDoc& a) {
  const auto& doc = a.doc;
  claims::Article src;
  src.text = doc.text;
  src.published = doc.published;
  src.path = doc.id;
  claims::Options opts;
  opts.skip_furniture = false;
  opts.keep_yearless = true;  // an undated source's "samedi 18 mai" can still confirm a day
  opts.unwrapped = true;      // Engine::Impl::fill and the annotator joined its wraps
  opts.reference_date = doc.published.empty() ? date_in_url(doc.url) : doc.published;
  auto extraction = claims::extract_claims(src, opts);
  a.claims = std::move(extraction.claims);
  // The extractor's sentences are the whole text's unless it stopped reading early.
  a.sentences = extraction.unread_from ? claims::split_sentences(doc.text, true)
                                       : std::move(extraction.sentences);
  if (extraction.unread_from) {
    // Same limit as an article's; the source's later figures are then not compared.
    spdlog::warn("source {}: {}", doc.id, unread_note(doc.text, *extraction.unread_from));
  }
  a.names = capitalised_words(doc.text);
}

void fold_sentences(AnalysedDoc& a) {
  a.folded_sentences.clear();
  a.folded_sentences.reserve(a.sentences.size());
  for (const auto& s : a.sentences) {
    a.folded_sentences.push_back(
        claims::fold(std::string_view(a.doc.text).substr(s.start, s.end - s.start)));
  }
}

const std::string& source_reading_version() {
  static const std::string kVersion = kMentionsVersion;
  return kVersion;
}

namespace {

// Format: a version byte, then LEB128 unsigned integers and length-prefixed strings.
constexpr unsigned char kFormat = 1;

void put(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}
void put(std::string& out, std::string_view s) {
  put(out, s.size());
  out.append(s);
}
void put(std::string& out, const std::vector<std::string>& list) {
  put(out, list.size());
  for (const auto& s : list) put(out, std::string_view(s));
}
void put_double(std::string& out, double d) {
  char b[sizeof d];
  std::memcpy(b, &d, sizeof d);
  out.append(b, sizeof d);
}

// Reads what put wrote; any read past the end or absurd length sets `ok` false.
struct Reader {
  std::string_view in;
  std::size_t pos = 0;
  bool ok = true;

  std::uint64_t number() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= in.size()) break;
      auto b = static_cast<unsigned char>(in[pos++]);
      v |= std::uint64_t{b & 0x7Fu} << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false;
    return 0;
  }
  std::string string() {
    std::uint64_t n = number();
    if (!ok || n > in.size() - pos) {
      ok = false;
      return {};
    }
    std::string s(in.substr(pos, n));
    pos += n;
    return s;
  }
  std::vector<std::string> strings() {
    std::uint64_t n = number();
    std::vector<std::string> out;
    if (!ok || n > in.size() - pos) {  // every string takes at least one byte
      ok = false;
      return out;
    }
    out.reserve(n);
    for (std::uint64_t i = 0; i < n && ok; ++i) out.push_back(string());
    return out;
  }
  double real() {
    double d = 0;
    if (in.size() - pos < sizeof d) {
      ok = false;
      return 0;
    }
    std::memcpy(&d, in.data() + pos, sizeof d);
    pos += sizeof d;
    return d;
  }
};

}  // namespace

std::string encode_mentions(const AnalysedDoc& a) {
  std::string out;
  out.push_back(static_cast<char>(kFormat));
  put(out, a.sentences.size());
  for (const auto& s : a.sentences) {
    put(out, s.start);
    put(out, s.end);
  }
  put(out, a.claims.size());
  for (const auto& c : a.claims) {
    put(out, std::string_view(c.id));
    put(out, static_cast<std::uint64_t>(c.kind));
    put(out, c.start);
    put(out, c.end);
    put(out, c.sentence_start);
    put(out, c.sentence_end);
    put(out, std::string_view(c.value));
    put(out, c.number ? 1 : 0);
    if (c.number) put_double(out, *c.number);
    for (const std::string* f :
         {&c.date_end, &c.unit, &c.noun, &c.head, &c.hedge, &c.speaker, &c.role, &c.organization}) {
      put(out, std::string_view(*f));
    }
    put(out, c.entities);
    put(out, c.flags);
    put_double(out, c.confidence);
  }
  put(out, a.names);
  return out;
}

bool read_mentions(AnalysedDoc& a) {
  const auto& doc = a.doc;
  if (doc.annotation_version != source_reading_version() || doc.annotation.empty() ||
      static_cast<unsigned char>(doc.annotation[0]) != kFormat) {
    return false;
  }
  Reader r{doc.annotation, 1};
  const std::size_t size = doc.text.size();
  auto span_ok = [&](std::uint64_t start, std::uint64_t end) {
    return r.ok && start <= end && end <= size;
  };
  std::vector<claims::Span> sentences;
  std::uint64_t n = r.number();
  if (!r.ok || n > doc.annotation.size()) return false;
  sentences.reserve(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t start = r.number(), end = r.number();
    if (!span_ok(start, end)) return false;
    sentences.push_back({start, end});
  }
  std::vector<claims::Claim> claims;
  n = r.number();
  if (!r.ok || n > doc.annotation.size()) return false;
  claims.reserve(n);
  // The claims of one sentence share one copy of it, as the extractor's do.
  std::map<std::pair<std::size_t, std::size_t>, claims::SharedText> sentence_texts;
  for (std::uint64_t i = 0; i < n; ++i) {
    claims::Claim c;
    c.id = r.string();
    std::uint64_t kind = r.number();
    if (kind > static_cast<std::uint64_t>(claims::Kind::kCitation)) return false;
    c.kind = static_cast<claims::Kind>(kind);
    c.start = r.number();
    c.end = r.number();
    c.sentence_start = r.number();
    c.sentence_end = r.number();
    if (!span_ok(c.start, c.end) || !span_ok(c.sentence_start, c.sentence_end)) return false;
    c.text = doc.text.substr(c.start, c.end - c.start);
    auto key = std::make_pair(c.sentence_start, c.sentence_end);
    auto it = sentence_texts.find(key);
    if (it == sentence_texts.end()) {
      it = sentence_texts
               .emplace(key, claims::SharedText(doc.text.substr(c.sentence_start,
                                                                c.sentence_end - c.sentence_start)))
               .first;
    }
    c.sentence = it->second;
    c.value = r.string();
    if (r.number() == 1) c.number = r.real();
    for (std::string* f :
         {&c.date_end, &c.unit, &c.noun, &c.head, &c.hedge, &c.speaker, &c.role, &c.organization}) {
      *f = r.string();
    }
    c.entities = r.strings();
    c.flags = r.strings();
    c.confidence = r.real();
    if (!r.ok) return false;
    claims.push_back(std::move(c));
  }
  std::vector<std::string> names = r.strings();
  if (!r.ok || r.pos != doc.annotation.size()) return false;
  a.sentences = std::move(sentences);
  a.claims = std::move(claims);
  a.names = std::move(names);
  return true;
}

void read_sources_at_ingest(corpus::Corpus& corpus) {
  corpus.set_annotator(
      [](const corpus::Document& d) {
        AnalysedDoc a;
        a.doc = d;
        claims::unwrap_lines(a.doc.text);  // as Engine::Impl::fill reads it
        extract_mentions(a);
        return corpus::Annotation{encode_mentions(a)};
      },
      source_reading_version());
}

}  // namespace verify::engine
