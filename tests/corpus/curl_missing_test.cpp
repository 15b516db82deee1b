// libcurl is loaded on first use (corpus/src/curl_api.h). This executable builds that loader
// with the soname of a library no machine has, to see what a user without libcurl is told.
#include <catch2/catch.hpp>
#include <string>

#include "curl_api.h"
#include "verify/corpus.h"

using verify::corpus::CorpusError;
using verify::corpus::fetch_detail::libcurl;

TEST_CASE("without libcurl, fetching fails with the library's name and the package to install",
          "[fetch]") {
  std::string message;
  try {
    libcurl();
  } catch (const CorpusError& e) {
    message = e.what();
  }
  INFO(message);
  CHECK(message.find("cannot load libcurl") != std::string::npos);
  CHECK(message.find(VERIFY_LIBCURL_SONAME) != std::string::npos);
  CHECK(message.find("apt-get install libcurl4") != std::string::npos);
  // Every later use says the same, rather than crashing on a half-filled table.
  std::string again;
  try {
    libcurl();
  } catch (const CorpusError& e) {
    again = e.what();
  }
  CHECK(again == message);
}
