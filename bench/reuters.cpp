// Reuters-21578 SGML reading and the deterministic corpus generator used by verify_bench.
#include "reuters.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>

namespace verify::bench {
namespace fs = std::filesystem;

namespace {

// Latin-1 to UTF-8: the files are ASCII but for one 0xFC byte (reut2-017.sgm), so reading
// them as Latin-1 is exact. Control characters other than newline and tab are dropped.
void append_latin1(std::string& out, unsigned char c) {
  if (c < 0x80) {
    if (c >= 0x20 || c == '\n' || c == '\t') out += static_cast<char>(c);
  } else {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes &lt; &gt; &amp; &quot; and &#N; (the control characters Reuters writes as &#2; ...).
std::string decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '&') {
      auto semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 8) {
        std::string_view ent = s.substr(i + 1, semi - i - 1);
        int code = -1;
        if (ent == "lt") code = '<';
        if (ent == "gt") code = '>';
        if (ent == "amp") code = '&';
        if (ent == "quot") code = '"';
        if (ent.size() > 1 && ent[0] == '#') {
          code = 0;
          for (char d : ent.substr(1))
            code = std::isdigit(static_cast<unsigned char>(d)) ? code * 10 + (d - '0') : -1000000;
        }
        if (code >= 0 && code < 256) {
          append_latin1(out, static_cast<unsigned char>(code));
          i = semi;
          continue;
        }
      }
    }
    append_latin1(out, c);
  }
  return out;
}

// Text between <tag ...> and </tag> inside `block`, or "".
std::string_view element(std::string_view block, std::string_view tag) {
  // Built by append: GCC 12 warns falsely (-Wrestrict) on "<" + std::string.
  std::string open("<"), close("</");
  open += tag;
  close += tag;
  close += '>';
  std::size_t a = block.find(open);
  while (a != std::string_view::npos) {
    char next = a + open.size() < block.size() ? block[a + open.size()] : '>';
    if (next == '>' || next == ' ') break;
    a = block.find(open, a + 1);
  }
  if (a == std::string_view::npos) return {};
  std::size_t gt = block.find('>', a);
  if (gt == std::string_view::npos) return {};
  std::size_t end = block.find(close, gt);
  if (end == std::string_view::npos) end = block.size();
  return block.substr(gt + 1, end - gt - 1);
}

std::vector<std::string> d_list(std::string_view block) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while ((pos = block.find("<D>", pos)) != std::string_view::npos) {
    std::size_t end = block.find("</D>", pos);
    if (end == std::string_view::npos) break;
    out.push_back(decode(block.substr(pos + 3, end - pos - 3)));
    pos = end;
  }
  return out;
}

std::string trim(std::string s) {
  auto sp = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!s.empty() && sp(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && sp(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

// "26-FEB-1987 15:01:01.79" (sometimes with trailing noise) -> "1987-02-26".
std::string parse_date(std::string_view s) {
  static const std::array<const char*, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  std::string t = trim(std::string(s));
  if (t.size() < 11 || t[2] != '-' || t[6] != '-') return "";
  int month = 0;
  for (int m = 0; m < 12; ++m) {
    if (t.compare(3, 3, kMonths[static_cast<std::size_t>(m)]) == 0) month = m + 1;
  }
  if (month == 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d-%s", t.substr(7, 4).c_str(), month,
                t.substr(0, 2).c_str());
  return buf;
}

std::vector<std::string> read_names(const fs::path& file, bool last_word) {
  std::vector<std::string> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (line.empty()) continue;
    if (last_word) {
      auto dash = line.rfind('-');
      if (dash != std::string::npos) line = line.substr(dash + 1);
    }
    if (line.size() < 3 || line.find('-') != std::string::npos) continue;
    line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
    out.push_back(line);
  }
  return out;
}

// Replaces whole-word occurrences of `from` with `to`.
void replace_word(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty() || from == to) return;
  std::string out;
  std::size_t pos = 0, last = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    bool start = pos == 0 || !std::isalnum(static_cast<unsigned char>(s[pos - 1]));
    std::size_t end = pos + from.size();
    bool stop = end >= s.size() || !std::isalnum(static_cast<unsigned char>(s[end]));
    if (start && stop) {
      out.append(s, last, pos - last);
      out += to;
      last = end;
    }
    pos = end;
  }
  if (last == 0) return;
  out.append(s, last, std::string::npos);
  s = std::move(out);
}

// Scales every number in `s` by `factor`, keeping integers integral and decimals at their
// precision, so "155,221 bags" and "5.93 mln" stay plausible but differ between variants.
std::string scale_numbers(const std::string& s, double factor) {
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    bool starts =
        std::isdigit(c) && (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])));
    if (!starts) {
      out += s[i++];
      continue;
    }
    std::size_t j = i;
    std::string digits;
    int decimals = -1;
    while (j < s.size()) {
      char d = s[j];
      bool more = j + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + 1]));
      if (std::isdigit(static_cast<unsigned char>(d))) {
        digits += d;
        if (decimals >= 0) ++decimals;
      } else if (d == ',' && more && decimals < 0) {
      } else if (d == '.' && more && decimals < 0) {
        digits += d;
        decimals = 0;
      } else {
        break;
      }
      ++j;
    }
    std::string number = digits;
    // Years and day numbers are dates, not quantities: the date shift handles those.
    bool year = digits.size() == 4 && (digits.rfind("19", 0) == 0 || digits.rfind("20", 0) == 0);
    if (!year && digits.size() > 1) {
      double v = std::stod(digits) * factor;
      char buf[64];
      if (decimals > 0) {
        std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
      } else {
        std::snprintf(buf, sizeof buf, "%.0f", v);
      }
      number = buf;
      if (decimals <= 0 && number.size() > 4) {
        std::string grouped;
        for (std::size_t k = 0; k < number.size(); ++k) {
          if (k > 0 && (number.size() - k) % 3 == 0) grouped += ',';
          grouped += number[k];
        }
        number = grouped;
      }
    } else {
      number = s.substr(i, j - i);
    }
    out += number;
    i = j;
  }
  return out;
}

}  // namespace

void json_string(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

std::vector<Story> read_reuters(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    auto name = e.path().filename().string();
    if (name.rfind("reut2-", 0) == 0 && e.path().extension() == ".sgm") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error("no reut2-*.sgm under '" + dir.string() + "'");
  std::vector<Story> out;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read '" + file.string() + "'");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t pos = 0;
    while ((pos = bytes.find("<REUTERS", pos)) != std::string::npos) {
      std::size_t end = bytes.find("</REUTERS>", pos);
      if (end == std::string::npos) end = bytes.size();
      std::string_view block(bytes.data() + pos, end - pos);
      pos = end;
      Story s;
      if (auto id = block.find("NEWID=\""); id != std::string_view::npos) {
        s.newid = std::atoi(std::string(block.substr(id + 7, 8)).c_str());
      }
      s.date = parse_date(element(block, "DATE"));
      s.title = trim(decode(element(block, "TITLE")));
      s.dateline = trim(decode(element(block, "DATELINE")));
      std::string body = decode(element(block, "BODY"));
      // Wire copy ends with a "Reuter" sign-off that is not part of the story.
      if (auto r = body.rfind("Reuter"); r != std::string::npos && body.size() - r < 12) {
        body.resize(r);
      }
      s.body = trim(body);
      s.places = d_list(element(block, "PLACES"));
      s.people = d_list(element(block, "PEOPLE"));
      s.orgs = d_list(element(block, "ORGS"));
      if (!s.body.empty()) out.push_back(std::move(s));
    }
  }
  return out;
}

Generator::Generator(std::vector<Story> stories, const fs::path& reuters_dir, std::uint64_t seed)
    : stories_(std::move(stories)),
      surnames_(read_names(reuters_dir / "all-people-strings.lc.txt", true)),
      places_(read_names(reuters_dir / "all-places-strings.lc.txt", false)),
      seed_(seed) {}

GeneratedDoc Generator::make(std::size_t n) const {
  const Story& s = stories_[n % stories_.size()];
  std::size_t variant = n / stories_.size();
  GeneratedDoc d;
  d.id = "reuters-" + std::to_string(s.newid) + "-v" + std::to_string(variant);
  d.url =
      "https://bench.example/reuters/" + std::to_string(s.newid) + "/" + std::to_string(variant);
  static const std::array<const char*, 8> kSources = {
      "reuters.com",     "wire.example",    "ledger.example",  "herald.example",
      "tribune.example", "gazette.example", "courier.example", "observer.example"};
  std::mt19937_64 rng(seed_ ^ (0x9E3779B97F4A7C15ull * (n + 1)));
  d.source = variant == 0 ? "reuters.com" : kSources[rng() % kSources.size()];
  std::string title = s.title, body = s.body, published = s.date;
  std::string dateline = s.dateline;
  if (variant > 0) {
    // Paragraphs are separated by a newline and an indent in the wire copy.
    std::vector<std::string> paras;
    std::size_t a = 0;
    while (a < body.size()) {
      std::size_t b = body.find("\n    ", a);
      if (b == std::string::npos) b = body.size();
      paras.push_back(body.substr(a, b - a));
      a = b + 5;
    }
    if (paras.size() > 2) std::shuffle(paras.begin() + 1, paras.end(), rng);
    body.clear();
    for (const auto& p : paras) body += (body.empty() ? "" : "\n\n") + p;
    double factor = std::uniform_real_distribution<double>(0.5, 2.0)(rng);
    body = scale_numbers(body, factor);
    title = scale_numbers(title, factor);
    int year = 1985 + static_cast<int>(rng() % 42);
    std::string old_year = published.size() >= 4 ? published.substr(0, 4) : "1987";
    std::string new_year = std::to_string(year);
    replace_word(body, old_year, new_year);
    if (published.size() == 10) published = new_year + published.substr(4);
    for (const auto& person : s.people) {
      auto dash = person.rfind('-');
      std::string surname = dash == std::string::npos ? person : person.substr(dash + 1);
      if (surname.empty() || surnames_.empty()) continue;
      surname[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(surname[0])));
      const std::string& other = surnames_[rng() % surnames_.size()];
      replace_word(body, surname, other);
      replace_word(title, surname, other);
    }
    for (const auto& place : s.places) {
      if (place.size() < 3 || places_.empty() || place.find('-') != std::string::npos) continue;
      std::string name = place;
      name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
      const std::string& other = places_[rng() % places_.size()];
      replace_word(body, name, other);
      replace_word(title, name, other);
      std::string upper = name, other_upper = other;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (auto& c : other_upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      replace_word(title, upper, other_upper);
      replace_word(dateline, upper, other_upper);
    }
  }
  // Titles are upper case on the wire; keep them, an editor's headline would be too.
  d.title = title;
  d.published = published;
  d.text = dateline.empty() ? body : dateline + " " + body;
  return d;
}

std::string to_jsonl(const GeneratedDoc& doc) {
  std::string out;
  out.reserve(doc.text.size() + doc.title.size() + 160);
  out += "{\"id\":";
  json_string(out, doc.id);
  out += ",\"url\":";
  json_string(out, doc.url);
  out += ",\"title\":";
  json_string(out, doc.title);
  out += ",\"published\":";
  if (doc.published.empty()) {
    out += "null";
  } else {
    json_string(out, doc.published);
  }
  out += ",\"source\":";
  json_string(out, doc.source);
  out += ",\"text\":";
  json_string(out, doc.text);
  out += "}\n";
  return out;
}

std::uint64_t write_corpus(const Generator& gen, std::size_t first, std::size_t count,
                           const fs::path& path) {
  std::error_code ec;
  if (fs::exists(path, ec)) return fs::file_size(path);
  fs::create_directories(path.parent_path(), ec);
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    for (std::size_t n = first; n < first + count; ++n) out << to_jsonl(gen.make(n));
    if (!out) throw std::runtime_error("cannot write '" + tmp.string() + "'");
  }
  fs::rename(tmp, path);
  return fs::file_size(path);
}

}  // namespace verify::bench
