// What a date written "YYYY-MM-DD" must be wherever one is read: a corpus record's or source
// file's `published`, the command line's --date and --from/--to.
#pragma once

#include <string_view>

namespace verify::calendar {

// Whether `s` is exactly "YYYY-MM-DD" naming a day of the proleptic Gregorian calendar
// (std::chrono): "2026-02-30", "2025-02-29", "2026-04-31" and "2026-13-01" are none.
bool is_calendar_day(std::string_view s);

}  // namespace verify::calendar
