#include "verify/calendar.h"

#include <chrono>

namespace verify::calendar {

bool is_calendar_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const auto month = static_cast<unsigned>((s[5] - '0') * 10 + (s[6] - '0'));
  const auto day = static_cast<unsigned>((s[8] - '0') * 10 + (s[9] - '0'));
  return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month},
                                     std::chrono::day{day}}
      .ok();
}

}  // namespace verify::calendar
