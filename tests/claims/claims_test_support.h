// Helpers shared by the claims test files: reading a body as an article, and the values of
// the claims of one kind.
#pragma once

#include <string>
#include <vector>

#include "verify/claims.h"

namespace verify::test {

// `body` read as an article dated `ref`: a text body gets a headline line before it; an HTML
// body is read as it is.
inline std::vector<claims::Claim> read(const std::string& body,
                                       const std::string& ref = "2025-11-20",
                                       const std::string& format = "txt") {
  claims::Article a =
      claims::parse_article(format == "html" ? body : "Headline\n\n" + body + "\n", format);
  claims::Options o;
  o.reference_date = ref;
  return claims::extract(a, o);
}

// The values of the claims of `kind`, in order.
inline std::vector<std::string> values_of(const std::vector<claims::Claim>& cs, claims::Kind kind) {
  std::vector<std::string> out;
  for (const auto& c : cs) {
    if (c.kind == kind) out.push_back(c.value);
  }
  return out;
}

}  // namespace verify::test
