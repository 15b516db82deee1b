// Hostile articles (issue 12): generated inputs whose extraction used to grow with the square
// of a sentence's claims, and inputs whose text was lost or leaked. Sizes stay small enough to
// run fast; bench/hostile_bench.cpp times the large versions.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "verify/claims.h"

namespace claims = verify::claims;
using claims::Kind;

namespace {

std::vector<claims::Claim> claims_of(const std::string& text, const std::string& format = "txt") {
  return claims::extract(claims::parse_article(text, format));
}

std::size_t count_kind(const std::vector<claims::Claim>& list, Kind kind) {
  std::size_t n = 0;
  for (const auto& c : list) n += c.kind == kind;
  return n;
}

}  // namespace

TEST_CASE("a sentence of 2,000 dates gives 2,000 date claims that share one copy of it",
          "[claims][hostile]") {
  std::string text = "Title\n\nThe strike ran on ";
  for (int i = 0; i < 2000; ++i) {
    text += (i ? ", " : "") + std::string("March ") + std::to_string(i % 28 + 1) + ", " +
            std::to_string(1900 + i % 200);
  }
  text += ".\n";
  auto list = claims_of(text);
  REQUIRE(count_kind(list, Kind::kDate) == 2000);
  CHECK(list.front().sentence == list.back().sentence);
  // One string, not one per claim: that is what keeps memory linear.
  CHECK(&list.front().sentence.str() == &list.back().sentence.str());
  CHECK(list.back().sentence.str() ==
        text.substr(list.back().sentence_start,
                    list.back().sentence_end - list.back().sentence_start));
}

TEST_CASE("every count of a long elliptical list borrows the nearest noun before it",
          "[claims][hostile]") {
  std::string text = "Title\n\nThe parties won 208 seats";
  for (int i = 0; i < 3000; ++i) text += ", " + std::to_string(10000 + i);
  text += ".\n";
  auto list = claims_of(text);
  REQUIRE(count_kind(list, Kind::kCount) == 3001);
  for (const auto& c : list) {
    CHECK(c.head == "seat");
  }
  CHECK(std::count(list.back().flags.begin(), list.back().flags.end(), "elliptical") == 1);
}

TEST_CASE("a sentence of 3,000 short quotes gives one quote claim per quote", "[claims][hostile]") {
  std::string text = "Title\n\nThey said ";
  for (int i = 0; i < 3000; ++i) {
    text += (i ? ", " : "") + std::string("\"word") + std::to_string(i) + " here\"";
  }
  text += " and left.\n";
  auto list = claims_of(text);
  CHECK(count_kind(list, Kind::kQuote) == 3000);
}

TEST_CASE("nested unbalanced French quotes are read as one unterminated quote",
          "[claims][hostile]") {
  std::string text = "# T\n\n";
  for (int i = 0; i < 2000; ++i) text += "Varela a dit : \xC2\xAB ";
  text += "fin.\n";
  auto list = claims_of(text, "md");
  REQUIRE(count_kind(list, Kind::kQuote) == 1);
}

TEST_CASE("a page of 20,000 one-word paragraphs is read, each line judged furniture",
          "[claims][hostile]") {
  std::string text = "Title\n\n";
  for (int i = 0; i < 20000; ++i) text += "word\n\n";
  auto article = claims::parse_article(text, "txt");
  CHECK(article.text == text);
  CHECK(article.furniture.size() >= 20000);
  CHECK(claims::extract(article).empty());
}

TEST_CASE("the password of a bare URL is removed from the text, the claims and the links",
          "[claims][hostile]") {
  const std::string text =
      "# Creds\n\nThe council said 85 workers were hired, per "
      "http://pw_user:barepw99@127.0.0.1:18081/a25 here.\n";
  for (const std::string format : {"md", "txt"}) {
    auto article = claims::parse_article(text, format);
    CHECK(article.text.find("barepw99") == std::string::npos);
    CHECK(article.text.find("http://127.0.0.1:18081/a25") != std::string::npos);
    REQUIRE(article.links.size() == 1);
    CHECK(article.links[0].url == "http://127.0.0.1:18081/a25");
    for (const auto& c : claims::extract(article)) {
      CHECK(c.value.find("barepw99") == std::string::npos);
      CHECK(c.sentence.find("barepw99") == std::string::npos);
      CHECK(c.text.find("barepw99") == std::string::npos);
    }
  }
  // A user name alone is no secret and stays.
  auto plain = claims::parse_article("Title\n\nSee http://alice@example.org/x today.\n", "txt");
  CHECK(plain.text.find("alice@example.org") != std::string::npos);
}

TEST_CASE("an HTML tag with 20,000 attributes is read and keeps the attributes the reader uses",
          "[claims][hostile]") {
  std::string html = "<html><body><p>The union said <a ";
  for (int i = 0; i < 20000; ++i) html += "a" + std::to_string(i) + "=\"x\" ";
  html += "href=\"https://example.org/report\">85 workers</a> were hired.</p></body></html>";
  auto article = claims::parse_article(html, "html");
  CHECK(article.text.find("85 workers were hired") != std::string::npos);
  REQUIRE(article.links.size() == 1);
  CHECK(article.links[0].url == "https://example.org/report");
}

TEST_CASE("HTML nested 1,000 levels deep is read; deeper than the limit is an input error",
          "[claims][hostile]") {
  auto nested = [](std::size_t depth) {
    std::string html = "<html><body>";
    for (std::size_t i = 0; i < depth; ++i) html += "<div>";
    html += "<p>The union said 85 workers were hired.</p>";
    for (std::size_t i = 0; i < depth; ++i) html += "</div>";
    return html + "</body></html>";
  };
  auto article = claims::parse_article(nested(1000), "html");
  CHECK(article.text.find("85 workers") != std::string::npos);
  try {
    claims::parse_article(nested(claims::kMaxHtmlDepth + 100), "html");
    FAIL("no error for HTML deeper than the limit");
  } catch (const claims::InputError& e) {
    CHECK(std::string(e.what()).find(std::to_string(claims::kMaxHtmlDepth) + " levels") !=
          std::string::npos);
  }
}
