// Every explanation agrees with its evidence, over every claim of every development article
// checked against the development corpus (read in place from ../shared; skipped without it).
#include <simdjson.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_test_support.h"
#include "test_support.h"

namespace fs = std::filesystem;
using verify::test::run;
using verify::test::shell_quote;
using verify::test::TempDir;

namespace {

using verify::test::verify_cmd;

// The figures a text states, as plain decimal strings ("2,719" -> "2719", "3,5" -> "3.5",
// "1 000" -> "1000"). Words that mix letters and digits ("boston25news") and text inside
// parentheses (lists of outlets) are left out; so is a figure followed by "source".
std::set<std::string> figures_in(const std::string& text) {
  std::string t;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (depth == 0) t += c;
    if (c == ')' && depth > 0) --depth;
  }
  std::set<std::string> out;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  for (std::size_t i = 0; i < t.size();) {
    if (!digit(t[i]) || (i > 0 && letter(t[i - 1]))) {
      ++i;
      continue;
    }
    // An ISO date ("2025-04-05") is a date, not three figures.
    if (i + 10 <= t.size() && t[i + 4] == '-' && t[i + 7] == '-' && digit(t[i + 5])) {
      i += 10;
      continue;
    }
    std::string n;
    std::size_t j = i;
    while (j < t.size()) {
      if (digit(t[j])) {
        n += t[j++];
      } else if ((t[j] == ',' || t[j] == ' ' || t[j] == '.') && j + 3 < t.size() + 1 &&
                 digit(t[j + 1]) && j + 3 < t.size() && digit(t[j + 2]) && digit(t[j + 3]) &&
                 (j + 4 >= t.size() || !digit(t[j + 4])) && t[j] != '.') {
        j += 1;  // a thousands group
      } else if ((t[j] == '.' || t[j] == ',') && j + 1 < t.size() && digit(t[j + 1])) {
        n += '.';
        ++j;
      } else {
        break;
      }
    }
    // One number however many trailing zeros its decimals have: a source's "7.0" is the
    // explanation's "7".
    if (n.find('.') != std::string::npos) {
      while (n.back() == '0') n.pop_back();
      if (n.back() == '.') n.pop_back();
    }
    bool glued = j < t.size() && letter(t[j]) && t[j] != 'b' && t[j] != 'm';
    bool counts_sources = t.compare(j, 7, " source") == 0;
    if (!glued && !counts_sources) out.insert(n);
    i = j;
  }
  return out;
}

}  // namespace

TEST_CASE("figures an explanation names appear in its evidence, and 'no source found' has none",
          "[cli][dev]") {
  fs::path dev = fs::path(VERIFY_SHARED_DATA) / "data" / "news-dev";
  if (!fs::exists(dev / "corpus.jsonl")) {
    WARN("skipped: " << dev << " is absent (../shared is not beside this clone)");
    return;
  }
  TempDir tmp;
  auto home = tmp.path() / "home";
  REQUIRE(run(verify_cmd(home, "-q corpus add " + shell_quote((dev / "corpus.jsonl").string())),
              tmp.path())
              .status == 0);
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(dev / "articles")) {
    if (entry.path().extension() != ".txt") continue;
    auto r = run(verify_cmd(home, "check --no-fetch --no-store --format json " +
                                      shell_quote(entry.path().string())),
                 tmp.path());
    REQUIRE(r.status <= 1);
    simdjson::dom::parser parser;
    simdjson::dom::element doc = parser.parse(r.out);
    for (auto c : doc["claims"].get_array()) {
      std::string kind(c["kind"].get_string().value());
      std::string verdict(c["verdict"].get_string().value());
      std::string text(c["text"].get_string().value());
      std::string explanation(c["explanation"].get_string().value());
      std::string snippets;
      std::size_t evidence = 0;
      for (auto e : c["evidence"].get_array()) {
        ++evidence;
        std::string_view s;
        if (!e["passage"].get_string().get(s)) snippets += std::string(s) + "\n";
        if (!e["snippet"].get_string().get(s)) snippets += std::string(s) + "\n";
      }
      INFO(entry.path().filename().string()
           << ": [" << kind << "] '" << text << "' " << verdict << ": " << explanation);
      ++checked;
      if (verdict != "unverified") CHECK(evidence > 0);
      // "No source found …" and "N sources read; none …" both say nothing was found.
      if (explanation.rfind("No source found", 0) == 0 ||
          explanation.find(" read; none ") != std::string::npos)
        CHECK(evidence == 0);
      if (verdict == "unverified" || (kind != "count" && kind != "percent" && kind != "money"))
        continue;
      auto own = figures_in(text);
      double value = 0;
      if (!c["value"].get_double().get(value)) {
        // The claim's own figure as the explanation writes it ("six" is "6").
        char buf[64];
        std::snprintf(buf, sizeof buf, "%g", value);
        own.insert(buf);
        own.insert(std::to_string(static_cast<long long>(value)));
      }
      auto stated = figures_in(snippets);
      for (const auto& n : figures_in(explanation)) {
        if (own.count(n)) continue;
        INFO("figure " << n);
        CHECK(stated.count(n) == 1);
      }
    }
  }
  CHECK(checked > 100);
}
