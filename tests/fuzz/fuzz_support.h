// Helpers shared by the libFuzzer targets: invariant checks that stop the run with a report.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace verify::fuzz {

// A broken invariant is a bug like a crash, so it ends the run the way a crash does: libFuzzer
// sees the abort, saves the input as a crash artifact and the run fails.
inline void require(bool ok, std::string_view what) {
  if (ok) return;
  std::fprintf(stderr, "invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

// True when [start, end) is a well-formed range inside a text of `size` bytes.
inline bool in_bounds(std::size_t start, std::size_t end, std::size_t size) {
  return start <= end && end <= size;
}

}  // namespace verify::fuzz
