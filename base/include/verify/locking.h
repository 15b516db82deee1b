// How long a write to the home's SQLite file waits for another process holding it, and what a
// write that waited in vain says: one setting and one wording for the corpus's document table,
// the fetch cache and the engine's run store.
#pragma once

#include <string>

namespace verify::locking {

// Milliseconds a write waits for another process's transaction before failing with "locked":
// VERIFY_LOCK_TIMEOUT_MS when set (negative values count as 0), else 5000.
int lock_timeout_ms();

// What follows the file's name in the error of a write that gave up: " is locked by another
// process (another verify, or a program with the file open); try again when it finishes". The
// holder may be any program (sqlite3 held it in a new user's trial).
std::string locked_hint();

}  // namespace verify::locking
