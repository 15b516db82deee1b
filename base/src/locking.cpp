#include "verify/locking.h"

#include <algorithm>
#include <cstdlib>

namespace verify::locking {

int lock_timeout_ms() {
  // Tests and impatient scripts shorten it; an editor's second verify waits for the first.
  if (const char* env = std::getenv("VERIFY_LOCK_TIMEOUT_MS"); env && *env) {
    return std::max(0, std::atoi(env));
  }
  return 5000;
}

std::string locked_hint() {
  return " is locked by another process (another verify, or a program with the file open); try "
         "again when it finishes";
}

}  // namespace verify::locking
