// How long a write to the home's SQLite file waits for another process holding it, and what a
// write that waited in vain says: one setting and one wording for the corpus's document table,
// the fetch cache and the engine's run store.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace verify::locking {

// Milliseconds a write waits for another process's transaction before failing with "locked":
// VERIFY_LOCK_TIMEOUT_MS when set to a whole number of milliseconds, else 5000 (the command
// line refuses any other value before it starts: parse_lock_timeout).
int lock_timeout_ms();

// A VERIFY_LOCK_TIMEOUT_MS value: digits only, at most nine ("60000"); nullopt for anything
// else ("60s", "-1", "abc", "").
std::optional<int> parse_lock_timeout(std::string_view text);

// What follows the file's name in the error of a write that gave up: " is locked by another
// process (another verify, or a program with the file open); try again when it finishes". The
// holder may be any program (sqlite3 held it in a new user's trial).
std::string locked_hint();

}  // namespace verify::locking
