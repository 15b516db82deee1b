#include "verify/locking.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace verify::locking {

std::optional<int> parse_lock_timeout(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

int lock_timeout_ms() {
  // Tests and impatient scripts shorten it; an editor's second verify waits for the first.
  if (const char* env = std::getenv("VERIFY_LOCK_TIMEOUT_MS"); env && *env) {
    if (auto ms = parse_lock_timeout(env)) return *ms;
  }
  return 5000;
}

std::string locked_hint() {
  return " is locked by another process (another verify, or a program with the file open); try "
         "again when it finishes";
}

}  // namespace verify::locking
