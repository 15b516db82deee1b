// How long a write to the home's SQLite file waits for another process holding it: one setting
// for the corpus's document table and the engine's run store.
#pragma once

namespace verify::locking {

// Milliseconds a write waits for another process's transaction before failing with "locked":
// VERIFY_LOCK_TIMEOUT_MS when set (negative values count as 0), else 5000.
int lock_timeout_ms();

}  // namespace verify::locking
