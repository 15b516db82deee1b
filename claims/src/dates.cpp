// Date expressions: calendar arithmetic, the date patterns of news copy, datelines.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>

#include "claims_internal.h"

namespace verify::claims::internal {

long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

std::string format_ymd(const Ymd& date) {
  char buf[16];
  if (date.m == 0) {
    std::snprintf(buf, sizeof buf, "%04d", date.y);
  } else if (date.d == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", date.y, date.m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.y, date.m, date.d);
  }
  return buf;
}

std::optional<Ymd> parse_iso_day(std::string_view t) {
  if (t.size() < 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (std::from_chars(t.data(), t.data() + 4, y).ptr != t.data() + 4) return std::nullopt;
  if (std::from_chars(t.data() + 5, t.data() + 7, m).ptr != t.data() + 7) return std::nullopt;
  if (std::from_chars(t.data() + 8, t.data() + 10, d).ptr != t.data() + 10) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Ymd{y, m, d};
}

namespace {

long to_days(const Ymd& d) { return days_from_civil(d.y, d.m, d.d); }

// Monday = 0.
int weekday_of(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

std::string strip_possessive(std::string_view w) {
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
  return std::string(w);
}

class Scanner {
 public:
  Scanner(const std::vector<Token>& toks, std::size_t begin, std::size_t end,
          const std::optional<Ymd>& ref, bool french, const std::vector<int>* text_years,
          std::size_t max_matches)
      : t_(toks),
        begin_(begin),
        end_(end),
        ref_(ref),
        french_(french),
        text_years_(text_years),
        max_matches_(max_matches) {}

  std::vector<DateMatch> run() {
    std::size_t i = begin_;
    while (i < end_ && out_.size() < max_matches_) {
      std::optional<DateMatch> m = match_at(i);
      if (m) {
        flag_in_name(*m);
        i = m->last_tok + 1;
        if (!out_.empty() && join_day_range(out_.back(), *m)) continue;
        out_.push_back(std::move(*m));
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  static bool has_flag(const DateMatch& m, std::string_view f) {
    return std::find(m.flags.begin(), m.flags.end(), f) != m.flags.end();
  }

  // "from 23 May to 2 August", "between May 23 and Aug. 2", "23 May–2 August", "du 23 mai au
  // 2 août": two days joined as one range, `a` becoming the range. A year written on one end
  // only is the other's too (the start a year earlier when it would fall after the end).
  bool join_day_range(DateMatch& a, const DateMatch& b) const {
    auto da = parse_iso_day(a.value), db = parse_iso_day(b.value);
    if (!da || !db || a.value.size() != 10 || b.value.size() != 10 || !a.date_end.empty() ||
        !b.date_end.empty() || has_flag(a, "relative") || has_flag(b, "relative") ||
        b.first_tok != a.last_tok + 2) {
      return false;
    }
    std::size_t mid = a.last_tok + 1;
    std::string lead =
        a.first_tok > begin_ && word(a.first_tok - 1) ? t_[a.first_tok - 1].lower : "";
    bool joined = false;
    if (lw(mid, "to") || lw(mid, "until") || lw(mid, "through") || lw(mid, "till")) {
      joined = lead == "from";
    } else if (lw(mid, "and")) {
      joined = lead == "between";
    } else if (lw(mid, "au")) {
      joined = lead == "du";
    } else if (lw(mid, "et")) {
      joined = lead == "entre";
    } else {
      joined = dash(mid);
    }
    if (!joined) return false;
    bool a_guess = has_flag(a, "inferred_year"), b_guess = has_flag(b, "inferred_year");
    Ymd s = *da, e = *db;
    if (a_guess && !b_guess) s.y = e.y;
    if (b_guess && !a_guess) e.y = s.y;
    if (a_guess && b_guess) e.y = s.y;
    auto day = [](const Ymd& x) { return days_from_civil(x.y, x.m, x.d); };
    if (day(e) < day(s)) {
      if (b_guess) {
        ++e.y;
      } else if (a_guess) {
        --s.y;
      } else {
        return false;  // two written dates out of order are two dates
      }
    }
    s.d = std::min(s.d, days_in_month(s.y, s.m));
    e.d = std::min(e.d, days_in_month(e.y, e.m));
    a.value = format_ymd(s);
    a.date_end = format_ymd(e);
    a.last_tok = b.last_tok;
    a.full = a.full && b.full;
    for (const auto& f : b.flags) {
      if (!has_flag(a, f)) a.flags.push_back(f);
    }
    return true;
  }

  bool word(std::size_t k) const { return k < end_ && t_[k].type == TokType::kWord; }
  bool num(std::size_t k) const { return k < end_ && t_[k].type == TokType::kNumber; }
  bool punct(std::size_t k, std::string_view s) const {
    return k < end_ && t_[k].type == TokType::kPunct && t_[k].text == s;
  }
  bool dash(std::size_t k) const { return punct(k, "-") || punct(k, "\xE2\x80\x93"); }
  bool glued(std::size_t k) const { return k < end_ && !t_[k].space_before; }
  bool lw(std::size_t k, std::string_view s) const { return word(k) && t_[k].lower == s; }

  int int_value(std::size_t k) const {
    int v = -1;
    const auto& s = t_[k].text;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ptr != s.data() + s.size()) return -1;
    return v;
  }
  int year_at(std::size_t k) const {
    if (!num(k) || t_[k].text.size() != 4) return -1;
    int v = int_value(k);
    return v >= 1000 && v <= 2999 ? v : -1;
  }
  // A day of month, with its optional glued ordinal suffix; returns tokens used or 0.
  std::size_t day_at(std::size_t k, int* day) const {
    if (!num(k) || t_[k].text.size() > 2) return 0;
    int v = int_value(k);
    if (v < 1 || v > 31) return 0;
    if (punct(k + 1, ":")) return 0;  // a time such as "3:30"
    *day = v;
    if (word(k + 1) && glued(k + 1)) {
      const auto& s = t_[k + 1].lower;
      if (s == "st" || s == "nd" || s == "rd" || s == "th") return 2;
      if (french_ && s == "er" && v == 1) return 2;  // "1er décembre"
      return 0;                                      // "3D", "5G"
    }
    return 1;
  }
  // French writes months and weekdays in lower case ("lundi 2 décembre"); English capitalises
  // them, and "may" or "march" in lower case are ordinary words.
  int month_at(std::size_t k) const {
    if (!word(k)) return 0;
    if (french_) {
      if (int m = french_month_number(t_[k].lower)) return m;
    } else if (k > begin_ && num(k - 1)) {
      // An English text may carry a French date ("PARIS, 6 décembre 2024 —", a wire story's
      // dateline): a French month after a day, when English has no word so written ("Mars",
      // "Avril" and "mai" may be names or words, "sept", "oct" and "nov" are English too).
      static constexpr std::array<std::string_view, 11> kOnlyFrench = {"janvier",
                                                                       "f\xC3\xA9vrier",
                                                                       "fevrier",
                                                                       "juillet",
                                                                       "ao\xC3\xBBt",
                                                                       "aout",
                                                                       "septembre",
                                                                       "octobre",
                                                                       "novembre",
                                                                       "d\xC3\xA9"
                                                                       "cembre",
                                                                       "decembre"};
      std::string_view w = t_[k].lower;
      if (std::find(kOnlyFrench.begin(), kOnlyFrench.end(), w) != kOnlyFrench.end())
        return french_month_number(w);
    }
    if (!t_[k].upper) return 0;
    return month_number(t_[k].lower);
  }
  int weekday_at(std::size_t k) const {
    if (!word(k)) return -1;
    if (french_) {
      if (int d = french_weekday_number(t_[k].lower); d >= 0) return d;
    }
    if (!t_[k].upper) return -1;
    return weekday_number(strip_possessive(t_[k].lower));
  }

  // Year for a month and day given without one: the year that puts it nearest the reference.
  int infer_year(int m, int d) const {
    int best = ref_->y;
    long best_dist = -1;
    for (int y = ref_->y - 1; y <= ref_->y + 1; ++y) {
      long dist =
          std::labs(days_from_civil(y, m, std::min(d, days_in_month(y, m))) - to_days(*ref_));
      if (best_dist < 0 || dist < best_dist) {
        best_dist = dist;
        best = y;
      }
    }
    return best;
  }

  DateMatch make(std::size_t first, std::size_t last, const Ymd& v) const {
    DateMatch m;
    m.first_tok = first;
    m.last_tok = last;
    m.value = format_ymd(v);
    m.full = v.d != 0;
    return m;
  }

  std::optional<DateMatch> match_at(std::size_t i) {
    if (auto m = match_range(i)) return m;
    if (auto m = match_iso(i)) return m;
    if (auto m = match_numeric(i)) return m;
    if (auto m = match_weekday_or_month(i)) return m;
    if (auto m = match_day_month(i, i)) return m;
    if (auto m = match_season(i)) return m;
    if (auto m = match_period(i)) return m;
    if (auto m = match_context_year(i)) return m;
    if (auto m = match_relative(i)) return m;
    return std::nullopt;
  }

  // "between 2019 and 2021", "from 2019 to 2021", "2019-2021", "2019–21".
  std::optional<DateMatch> match_range(std::size_t i) {
    std::size_t y1 = i;
    bool lead = lw(i, "between") || lw(i, "from");
    if (lead) y1 = i + 1;
    int a = year_at(y1);
    if (a < 0) return std::nullopt;
    std::size_t sep = y1 + 1;
    bool word_sep = lw(sep, "and") || lw(sep, "to") || lw(sep, "until") || lw(sep, "through");
    if (word_sep && lead) {
      int b = year_at(sep + 1);
      if (b > a) {
        DateMatch m = make(y1, sep + 1, {a, 0, 0});
        m.date_end = format_ymd({b, 0, 0});
        return m;
      }
    }
    // "2019/20", "2022/23": a season or financial year written with a slash spans two
    // consecutive years; a third part ("2019/20/05") makes it something else.
    bool slash = punct(sep, "/") && !(punct(sep + 2, "/") && glued(sep + 2));
    if ((dash(sep) || slash) && glued(sep) && num(sep + 1) && glued(sep + 1)) {
      int b = -1;
      if (t_[sep + 1].text.size() == 4) b = year_at(sep + 1);
      if (t_[sep + 1].text.size() == 2) b = a / 100 * 100 + int_value(sep + 1);
      if (a % 100 == 99 && t_[sep + 1].text == "00") b = a + 1;  // "1999/00", "1999-00"
      if (b > a && b - a < 100 && (!slash || b == a + 1)) {
        DateMatch m = make(y1, sep + 1, {a, 0, 0});
        m.date_end = format_ymd({b, 0, 0});
        return m;
      }
    }
    return std::nullopt;
  }

  std::optional<DateMatch> match_iso(std::size_t i) {
    int y = year_at(i);
    if (y < 0 || !dash(i + 1) || !glued(i + 1) || !num(i + 2) || !glued(i + 2) ||
        t_[i + 2].text.size() != 2 || !dash(i + 3) || !glued(i + 3) || !num(i + 4) ||
        !glued(i + 4) || t_[i + 4].text.size() != 2) {
      return std::nullopt;
    }
    int m = int_value(i + 2), d = int_value(i + 4);
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return make(i, i + 4, {y, m, d});
  }

  // "12/06/2024": day, month and year in figures. French and most of the world
  // write the day first, American English the month; a part above 12 settles which is the
  // day. An English text's "05/06/2024" could be either: a date, but unresolved (no claim,
  // and its figures are not counts).
  std::optional<DateMatch> match_numeric(std::size_t i) {
    if (!num(i) || t_[i].text.size() > 2) return std::nullopt;
    if (!punct(i + 1, "/") || !glued(i + 1) || !num(i + 2) || !glued(i + 2) ||
        t_[i + 2].text.size() > 2 || !punct(i + 3, "/") || !glued(i + 3) || !glued(i + 4))
      return std::nullopt;
    int y = year_at(i + 4);
    if (y < 0 || (num(i + 5) && glued(i + 5))) return std::nullopt;
    int a = int_value(i), b = int_value(i + 2);
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return std::nullopt;
    int d = 0, m = 0;
    if (a > 12) {
      d = a, m = b;
    } else if (b > 12) {
      m = a, d = b;
    } else if (french_) {
      d = a, m = b;
    } else {
      return unresolved(i, i + 4);
    }
    if (d > days_in_month(y, m)) return std::nullopt;
    return make(i, i + 4, {y, m, d});
  }

  // [Weekday[,]] Month[.] Day[, Year] | Month Year | weekday alone | month alone.
  std::optional<DateMatch> match_weekday_or_month(std::size_t i) {
    std::size_t k = i;
    int wd = weekday_at(i);
    if (wd >= 0) {
      k = i + 1;
      if (punct(k, ",")) ++k;
      if (month_at(k) == 0) {
        if (auto m = match_day_month(k, i)) return m;
        return match_weekday_alone(i, wd);
      }
    }
    int month = month_at(k);
    if (month == 0) return std::nullopt;
    std::size_t p = k + 1;
    if (punct(p, ".") && glued(p)) ++p;
    int day = 0;
    std::size_t used = day_at(p, &day);
    if (used > 0) {
      std::size_t last = p + used - 1;
      std::size_t q = last + 1;
      int year = -1;
      if (punct(q, ",") && year_at(q + 1) > 0) {
        year = year_at(q + 1);
        last = q + 1;
      } else if (year_at(q) > 0) {
        year = year_at(q);
        last = q;
      }
      if (year < 0) {
        if (!ref_) return pinned_or_unresolved(i, last, month, day, wd);
        return yearless(i, last, month, day, wd);
      }
      if (day > days_in_month(year, month)) return std::nullopt;
      DateMatch m = make(i, last, {year, month, day});
      check_weekday(m, year, month, day, wd);
      return m;
    }
    int year = year_at(p);
    if (year < 0 && punct(p, ",")) year = year_at(++p);
    if (year > 0) return make(i, p, {year, month, 0});
    // A month on its own counts only after a time preposition ("in June"), because "May" and
    // "March" are also ordinary words.
    if (wd < 0 && k > begin_ && word(k - 1)) {
      std::string prev = t_[k - 1].lower;
      // The French words of the same times: « en juin », « depuis juin », « jusqu'en juin »,
      // « début juin », « fin juin »; « juin dernier » and « juin prochain » say which June
      // after it. Not « sept » (seven: « en sept minutes »), which French never writes for
      // « septembre » without its full stop.
      if (t_[k].is("sept") && !(punct(k + 1, ".") && glued(k + 1))) prev.clear();
      // "by the end of September", "at the start of March", « à la fin de septembre », « au
      // début de mars »: the part of the month, as "late", "early" and « fin » say it.
      if ((prev == "of" || prev == "de") && k > begin_ + 1 && word(k - 2)) {
        if (const std::string_view part = month_part(t_[k - 2].lower); !part.empty())
          prev = std::string(part);
      }
      if (prev == "en") prev = "in";
      if (prev == "depuis" || prev == "dès") prev = "since";
      if (prev == "jusqu'en" || prev == "d'ici") prev = "until";
      if (prev == "début") prev = "early";
      if (prev == "fin") prev = "late";
      std::size_t last_tok = k;
      if (word(k + 1) && (t_[k + 1].is("dernier") || t_[k + 1].is("prochain")) &&
          (prev == "in" || prev == "since" || prev == "until" || prev == "early" ||
           prev == "late")) {
        prev = t_[k + 1].is("dernier") ? "last" : "next";
        last_tok = k + 1;
      }
      if ((prev == "in" || prev == "since" || prev == "until" || prev == "by" || prev == "early" ||
           prev == "late" || prev == "mid" || prev == "last" || prev == "next" || prev == "this") &&
          ref_ && !(word(k + 1) && t_[k + 1].upper)) {
        // Past-looking words take the latest such month on or before the reference month,
        // "next" the first after it; "until"/"by" look ahead within the reference year.
        int y = ref_->y;
        if (prev == "next") {
          if (month <= ref_->m) ++y;
        } else if (prev == "last") {
          if (month >= ref_->m) --y;
        } else if (prev != "until" && prev != "by" && month > ref_->m) {
          --y;
        }
        DateMatch m = make(k, last_tok, {y, month, 0});
        m.flags.push_back("inferred_year");
        return m;
      }
    }
    return std::nullopt;
  }

  // [Weekday[,]] Day Month [Year] ("19 February 2026").
  std::optional<DateMatch> match_day_month(std::size_t k, std::size_t first) {
    int day = 0;
    std::size_t used = day_at(k, &day);
    if (used == 0) return std::nullopt;
    std::size_t mk = k + used;
    if (auto m = match_shared_month(k, first, day, mk)) return m;
    if (lw(mk, "of")) ++mk;
    int month = month_at(mk);
    if (month == 0) return std::nullopt;
    std::size_t last = mk;
    // "19 Feb. 2026": the dot of an abbreviated month belongs to it; a sentence's full stop
    // after "septembre." does not.
    // A month's whole name ("mars", "mai", "juin", "May", "June", "July") is no abbreviation:
    // the dot after it ends the sentence.
    static const std::set<std::string_view> kWholeShortNames = {"mars", "mai",  "juin",
                                                                "may",  "june", "july"};
    if (punct(last + 1, ".") && glued(last + 1) && t_[mk].text.size() <= 4 &&
        !kWholeShortNames.count(t_[mk].lower))
      ++last;
    int year = year_at(last + 1);
    std::size_t year_tok = last + 1;
    // "the 31st of March, 2019": a comma may part the month from its year, unless the number
    // counts the plural noun after it ("on 5 March, 2000 people marched").
    if (year < 0 && punct(last + 1, ",") && (year = year_at(last + 2)) > 0) {
      year_tok = last + 2;
      if (word(year_tok + 1) && !t_[year_tok + 1].upper) {
        const auto& nx = t_[year_tok + 1].lower;
        if (nx.size() > 3 && nx.back() == 's' && !is_stopword(nx)) year = -1;
      }
    }
    if (year > 0) {
      if (day > days_in_month(year, month)) return std::nullopt;
      DateMatch m = make(first, year_tok, {year, month, day});
      check_weekday(m, year, month, day, first < k ? weekday_at(first) : -1);
      return m;
    }
    if (!ref_)
      return pinned_or_unresolved(first, last, month, day, first < k ? weekday_at(first) : -1);
    return yearless(first, last, month, day, first < k ? weekday_at(first) : -1);
  }

  // Two days sharing the month written after the second: "3 to 7 July", "3-7 July", "du 3 au
  // 7 juillet", "between 3 and 7 July" are one range; "3 and 7 July", "les 3 et 7 juillet" two
  // days, of which this gives the first (the scanner then reads "7 July" on its own). `day` is
  // at token k, `sep` the token after it.
  std::optional<DateMatch> match_shared_month(std::size_t k, std::size_t first, int day,
                                              std::size_t sep) {
    if (month_at(sep) != 0) return std::nullopt;
    bool range = lw(sep, "to") || lw(sep, "through") || lw(sep, "au") || (dash(sep) && glued(sep));
    bool pair = lw(sep, "and") || lw(sep, "et");
    if (!range && !pair) return std::nullopt;
    if (pair && k > begin_ && (lw(k - 1, "between") || lw(k - 1, "entre"))) range = true;
    // « entre le 21 et le 27 janvier »: each day with its article.
    std::size_t at2 = sep + 1;
    if (pair && k > begin_ + 1 && lw(k - 1, "le") && lw(k - 2, "entre") && lw(at2, "le")) {
      range = true;
      ++at2;
    }
    int day2 = 0;
    if (day_at(at2, &day2) == 0 || day2 <= day) return std::nullopt;
    auto second = match_day_month(at2, at2);
    if (!second) return std::nullopt;
    if (second->value.empty()) return unresolved(first, range ? second->last_tok : k);
    if (second->value.size() != 10 || !second->date_end.empty()) return std::nullopt;
    char dd[3];
    std::snprintf(dd, sizeof dd, "%02d", day);
    DateMatch m = *second;
    m.first_tok = first;
    m.value = second->value.substr(0, 8) + dd;
    if (range) {
      m.date_end = second->value;
    } else {
      m.last_tok = k;
    }
    return m;
  }

  // A day and month with no year in a text with no date of its own. A weekday written with it
  // recurs with the day only every five to eleven years: a text names its own year or the
  // coming one ("the 2025 budget" is written in 2024), so among the years the text names and
  // the years before them, exactly one in which the day falls on that weekday is its year
  // ("lundi 2 décembre" in a text naming 2025 is 2024-12-02). A later year is never taken: a
  // text naming only 1962 is not dated 1963 by a weekday. Otherwise unresolved.
  DateMatch pinned_or_unresolved(std::size_t first, std::size_t last, int month, int day,
                                 int wd) const {
    auto no_year = [&] {
      DateMatch m = unresolved(first, last);
      char buf[8];
      std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
      m.yearless = buf;
      m.weekday = wd;
      return m;
    };
    if (wd < 0 || !text_years_ || text_years_->empty()) return no_year();
    std::vector<int> fits;
    for (int named : *text_years_) {
      for (int y = named - 1; y <= named; ++y) {
        if (day <= days_in_month(y, month) && weekday_of(days_from_civil(y, month, day)) == wd &&
            std::find(fits.begin(), fits.end(), y) == fits.end())
          fits.push_back(y);
      }
    }
    if (fits.size() != 1) return no_year();
    DateMatch m = make(first, last, {fits.front(), month, day});
    m.flags.push_back("inferred_year");
    m.flags.push_back("year_from_weekday");
    return m;
  }

  // A day and month with no year in a text that has no date to take one from: a date all the
  // same (its day is not a count: "30 June and 7 July" counts nothing), but an unresolved one,
  // which the extractor leaves out rather than guess a year (value "", flag "unresolved").
  DateMatch unresolved(std::size_t first, std::size_t last) const {
    DateMatch m;
    m.first_tok = first;
    m.last_tok = last;
    m.flags.push_back("unresolved");
    return m;
  }

  // A day and month given without a year, tokens [first, last], with the weekday written
  // beside it (or -1). The year is the one nearest the reference date, unless a weekday is
  // given: then the year, near the reference, in which that day falls on it ("Saturday,
  // Oct. 19"; flag year_from_weekday). Needs ref_.
  DateMatch yearless(std::size_t first, std::size_t last, int month, int day, int wd) const {
    int year = infer_year(month, day);
    bool pinned = false;
    // A day within weeks of the reference is that year's, whatever weekday is written with it:
    // "on Wednesday, April 16" in an article of 21 April 2026 (a Thursday then) has a wrong
    // weekday or day, not a year-old date (weekday_mismatch).
    const long near_days = std::labs(
        days_from_civil(year, month, std::min(day, days_in_month(year, month))) - to_days(*ref_));
    if (wd >= 0 && near_days <= kWeekdayNearDays) {
      DateMatch m = make(first, last, {year, month, std::min(day, days_in_month(year, month))});
      m.flags.push_back("inferred_year");
      check_weekday(m, year, month, day, wd);
      // A weekday that fits pins the year as before ("Saturday, Oct. 19" three days on).
      if (std::find(m.flags.begin(), m.flags.end(), "weekday_mismatch") == m.flags.end())
        m.flags.push_back("year_from_weekday");
      return m;
    }
    if (wd >= 0) {
      for (int y : {year, ref_->y, ref_->y - 1, ref_->y + 1}) {
        if (day <= days_in_month(y, month) && weekday_of(days_from_civil(y, month, day)) == wd) {
          year = y;
          pinned = true;
          break;
        }
      }
    }
    DateMatch m = make(first, last, {year, month, std::min(day, days_in_month(year, month))});
    m.flags.push_back("inferred_year");
    if (pinned) m.flags.push_back("year_from_weekday");
    return m;
  }

  // How far from the reference a day and month without a year are taken in the reference's
  // year whatever their weekday: six weeks either side, where a weekday is written to help a
  // reader place a recent or coming day, not to name another year.
  static constexpr long kWeekdayNearDays = 42;

  // A weekday written with a full date it does not fit ("Wednesday, April 16, 2026", a
  // Thursday): flags weekday_mismatch and the written weekday ("weekday:2", 0 = Monday).
  static void check_weekday(DateMatch& m, int year, int month, int day, int wd) {
    if (wd < 0 || day < 1 || day > days_in_month(year, month)) return;
    if (weekday_of(days_from_civil(year, month, day)) == wd) return;
    m.flags.push_back("weekday_mismatch");
    m.flags.push_back("weekday:" + std::to_string(wd));
  }

  std::optional<DateMatch> match_weekday_alone(std::size_t i, int wd) {
    if (!ref_) return std::nullopt;
    std::string prev = i > begin_ && word(i - 1) ? t_[i - 1].lower : "";
    // "Friday prayers", "Sunday services": a weekday used as a modifier of a plural noun. Not
    // in French, which puts such a weekday after the noun (« la prière du vendredi »): « mardi
    // dans la région », « lundi sous la pluie » are days.
    if (word(i + 1) && !t_[i + 1].upper && t_[i].lower.find('\'') == std::string::npos &&
        french_weekday_number(t_[i].lower) < 0) {
      const auto& nx = t_[i + 1].lower;
      if (nx.size() > 3 && nx.back() == 's' && !is_stopword(nx) && !is_speech_verb(nx) &&
          nx.substr(nx.size() - 2) != "ss" && nx.substr(nx.size() - 2) != "us") {
        return std::nullopt;
      }
    }
    // A capitalised word after it makes it part of a name ("Black Friday Sale").
    if (word(i + 1) && t_[i + 1].upper && !t_[i + 1].newline_before) return std::nullopt;
    long ref = to_days(*ref_);
    int ref_wd = weekday_of(ref);
    long day;
    std::size_t first = i, last = i;
    // French puts "next" and "last" after the day: « jeudi prochain », « mardi dernier ».
    const std::string after = word(i + 1) ? t_[i + 1].lower : "";
    const bool next_after = after == "prochain" || after == "prochaine";
    const bool last_after = after == "dernier" || after == "dernière";
    if (next_after || last_after) last = i + 1;
    if (prev == "next" || next_after) {
      int delta = (wd - ref_wd + 7) % 7;
      day = ref + (delta == 0 ? 7 : delta);
      if (prev == "next") first = i - 1;
    } else if (prev == "by" || prev == "until" || prev == "till") {
      // A deadline looks ahead: the first such day on or after the reference date.
      day = ref + (wd - ref_wd + 7) % 7;
    } else {
      int delta = (ref_wd - wd + 7) % 7;
      if (prev == "last" || prev == "past" || last_after) {
        if (delta == 0) delta = 7;
        if (!last_after) first = i - 1;
      }
      day = ref - delta;
    }
    DateMatch m = make(first, last, civil_from_days(day));
    m.flags.push_back("relative");
    m.confidence = 0.8;
    return m;
  }

  std::optional<DateMatch> match_season(std::size_t i) {
    if (!word(i)) return std::nullopt;
    std::string_view w = t_[i].lower;
    // French elides the article into the season (« à l'été 2024 », « l'hiver 2023 »); « été »
    // alone is also the participle of « être » (« a été 2 000 »), so it is a season only so.
    // (A token's `lower` writes a typographic apostrophe as '.)
    const bool elided = w.size() > 2 && w.substr(0, 2) == "l'";
    if (elided) w.remove_prefix(2);
    const std::string prev = i > begin_ && word(i - 1) ? t_[i - 1].lower : "";
    int start_month = 0;
    if (w == "spring" || w == "printemps") start_month = 3;
    if (w == "summer" || ((elided || prev == "cet") && w == "été")) start_month = 6;
    // ("fall" alone is mostly the verb: a season only with "last", "next", "this" or a year.)
    if (w == "autumn" || w == "fall" || w == "automne") start_month = 9;
    if (w == "winter" || w == "hiver") start_month = 12;
    if (start_month == 0) return std::nullopt;
    std::size_t y = i + 1;
    if (lw(y, "of") || lw(y, "de")) ++y;
    int year = year_at(y);
    if (year < 0) return relative_season(i, start_month, prev);
    DateMatch m = make(i, y, {year, start_month, 0});
    Ymd end = civil_from_days(days_from_civil(year, start_month, 1) + 62);
    m.date_end = format_ymd({end.y, end.m, 0});
    m.flags.push_back("season");
    return m;
  }

  // A season told from the reference date: "last summer", "next spring", "this winter", «
  // l'été dernier », « le printemps prochain », « cet hiver »: the latest such season that
  // ended before the reference date, the first that starts after it, or the one of its year (a
  // winter is the year of its December; "this winter" before July, the one that began last
  // December). Flags season, relative.
  std::optional<DateMatch> relative_season(std::size_t i, int start_month,
                                           const std::string& prev) {
    if (!ref_) return std::nullopt;
    const std::string after = word(i + 1) ? t_[i + 1].lower : "";
    const bool last = prev == "last" || prev == "past" || after == "dernier";
    const bool next = prev == "next" || after == "prochain";
    const bool current = prev == "this" || prev == "cet" || prev == "ce";
    if (!last && !next && !current) return std::nullopt;
    const long ref = to_days(*ref_);
    auto first_day = [&](int year) { return days_from_civil(year, start_month, 1); };
    auto last_day = [&](int year) {
      const int end_month = start_month + 2;
      const int ey = end_month > 12 ? year + 1 : year;
      const int em = end_month > 12 ? end_month - 12 : end_month;
      return days_from_civil(ey, em, days_in_month(ey, em));
    };
    int year = ref_->y;
    if (current) {
      // "This winter" in the first half of a year is the one that began last December.
      if (start_month == 12 && ref_->m <= 6) --year;
    } else if (last) {
      year = ref_->y + 1;
      while (last_day(year) >= ref) --year;
    } else {
      year = ref_->y - 1;
      while (first_day(year) <= ref) ++year;
    }
    const std::size_t from = prev == "last" || prev == "past" || prev == "next" || prev == "this" ||
                                     prev == "cet" || prev == "ce"
                                 ? i - 1
                                 : i;
    const std::size_t to = after == "dernier" || after == "prochain" ? i + 1 : i;
    DateMatch m = make(from, to, {year, start_month, 0});
    Ymd end = civil_from_days(first_day(year) + 62);
    m.date_end = format_ymd({end.y, end.m, 0});
    m.flags.push_back("season");
    m.flags.push_back("relative");
    m.confidence = 0.8;
    return m;
  }

  // A quarter or a half of a year: "the second quarter of 2027", "Q2 2027", "the first half
  // of 2026", « au deuxième trimestre 2027 », « le premier semestre de 2026 »: the months it
  // spans, as a range ("2027-04" to "2027-06"). Business news dates results and closings so.
  std::optional<DateMatch> match_period(std::size_t i) {
    if (!word(i)) return std::nullopt;
    std::string_view w = t_[i].lower;
    int index = 0, months = 0;
    std::size_t unit = i + 1;
    if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') {
      index = w[1] - '0';
      months = 3;
      unit = i;  // "Q2" is both
    } else if (w.size() == 2 && w[0] == 'h' && (w[1] == '1' || w[1] == '2')) {
      index = w[1] - '0';
      months = 6;
      unit = i;
    } else {
      static const std::unordered_map<std::string_view, int> kOrdinal = {
          {"first", 1},    {"second", 2},    {"third", 3},    {"fourth", 4},  {"1st", 1},
          {"2nd", 2},      {"3rd", 3},       {"4th", 4},      {"premier", 1}, {"1er", 1},
          {"deuxième", 2}, {"troisième", 3}, {"quatrième", 4}};
      auto it = kOrdinal.find(w);
      if (it == kOrdinal.end()) return std::nullopt;
      index = it->second;
      if (lw(unit, "quarter") || lw(unit, "trimestre")) months = 3;
      if (lw(unit, "half") || lw(unit, "semestre")) months = 6;
      if (months == 0 || index * months > 12) return std::nullopt;
    }
    std::size_t y = unit + 1;
    if (lw(y, "of") || lw(y, "de")) ++y;
    int year = year_at(y);
    if (year < 0) return std::nullopt;
    int first_month = (index - 1) * months + 1;
    DateMatch m = make(i, y, {year, first_month, 0});
    m.date_end = format_ymd({year, first_month + months - 1, 0});
    m.flags.push_back("period");
    return m;
  }

  // A bare year after a time word: "in 2023", "since early 2023", "mid-2024".
  std::optional<DateMatch> match_context_year(std::size_t i) {
    int year = year_at(i);
    if (year < 1000 || year > 2100 || i == begin_) return std::nullopt;
    std::size_t p = i - 1;
    if (dash(p) && glued(i) && p > begin_ && lw(p - 1, "mid")) p = p - 1;
    if (!word(p)) return std::nullopt;
    // How far back something goes: "dating back to 1538", "go back to 1538", « remontent à
    // 1538 », « datant de 1538 », « date de 1538 ».
    const std::string before = p > begin_ && word(p - 1) ? t_[p - 1].lower : "";
    const bool back_to =
        (t_[p].is("to") && before == "back") || (t_[p].is("à") && before.rfind("remont", 0) == 0) ||
        (t_[p].is("de") && (before.rfind("datant", 0) == 0 || before == "date" ||
                            before == "datent" || before == "datait" || before == "dataient"));
    // A year before 1800 only after "in", "since", "from" or such a phrase, and with no noun
    // after it ("in 1538" is a year, "in 1500 homes" a count).
    if (year < 1800) {
      const bool historic = back_to || t_[p].is("in") || t_[p].is("since") || t_[p].is("from") ||
                            t_[p].is("en") || t_[p].is("depuis");
      // (Any lower-case word after it but a function word: "from 1721 feet", "in 1500
      // homes", « en 1500 exemplaires ».)
      const bool counted = word(i + 1) && !t_[i + 1].upper && !is_stopword(t_[i + 1].lower) &&
                           !is_french_function_word(t_[i + 1].lower);
      if (!historic || counted) return std::nullopt;
    }
    if (back_to) return make(i, i, {year, 0, 0});
    // English and French: « en 2019 », « depuis 2019 », « jusqu'en 2030 », « début 2024 ».
    static const std::array<std::string_view, 27> kPrev = {
        "in",      "since",   "by",    "until",  "till",  "from",     "before",
        "after",   "during",  "early", "late",   "mid",   "through",  "throughout",
        "between", "of",      "en",    "depuis", "dès",   "jusqu'en", "avant",
        "après",   "pendant", "début", "fin",    "d'ici", "entre"};
    bool ok = false;
    for (auto s : kPrev) ok = ok || t_[p].lower == s;
    // A year results are for: "revenue of €4.6 billion for 2025", "for fiscal 2025", « pour
    // 2025 », « l'exercice 2025 ». Not a count ("for 2000 guests", « pour 1500 euros »): no
    // word may follow but a verb or a function word.
    if (!ok && (t_[p].is("for") || t_[p].is("fiscal") || t_[p].is("pour") || t_[p].is("exercice") ||
                t_[p].is("l'exercice"))) {
      const bool counted = word(i + 1) && !t_[i + 1].upper && t_[i + 1].lower.ends_with("s") &&
                           !t_[i + 1].is("was") && !t_[i + 1].is("is") && !t_[i + 1].is("has");
      ok = !counted && !(word(i + 1) && (t_[i + 1].is("euros") || t_[i + 1].is("dollars")));
    }
    const int event = !ok || t_[p].is("of") ? event_year(p, i) : 0;
    if (!ok && !event) return std::nullopt;
    if (!event && t_[p].is("of") &&
        !(p > begin_ && word(p - 1) && month_number(t_[p - 1].lower) == 0 &&
          (t_[p - 1].is("end") || t_[p - 1].is("start") || t_[p - 1].is("beginning") ||
           t_[p - 1].is("half")))) {
      return std::nullopt;
    }
    // "in 2023 people ..." is rare; "in 2,000 homes" has a comma and is not a year token.
    if (punct(i + 1, "%") || (dash(i + 1) && glued(i + 1))) return std::nullopt;
    DateMatch m = make(i, i, {year, 0, 0});
    if (event == 1) m.flags.push_back("attributive");
    return m;
  }

  // Whether the year at token i, after the word at p, names an event: 1 inside its noun phrase
  // (flag `attributive`), 2 after it, 0 not. Either after a definite determiner, before an
  // event's noun: "the 2024 general election", "the 2022 elections", "Labour's 2019
  // leadership contest" ("the 2000 workers", "the 1500 metre final" are counts and measures).
  // Or after an event's noun and "of" / « de », with nothing after it but punctuation or a
  // function word: "the floods of 2007", « la crue de 1857 », « les municipales de 2020, »;
  // not « de 2019 à 2023 », a span of years the range patterns read.
  int event_year(std::size_t p, std::size_t i) const {
    const std::string& before = t_[p].lower;
    // Definite: "a 1500 strong crowd" is a count.
    if ((is_determiner(before) && before != "a" && before != "an") ||
        (t_[p].upper && before.ends_with("'s"))) {
      // The noun the year dates: an event's, at most two words on ("the 2024 general
      // election"), or a name ("the 2019 World Cup"). Not a thing measured that year ("its 2021
      // score", "the 2025 budget"): the year says when of no happening.
      if (word(i + 1) && t_[i + 1].upper && !t_[i + 1].lower.ends_with("s")) return 1;
      for (std::size_t k = i + 1; k <= i + 3 && word(k) && !t_[k].upper; ++k) {
        const std::string& w = t_[k].lower;
        if (is_stopword(w) || is_french_function_word(w) || is_irregular_plural(w) ||
            is_unit_word(w))
          return 0;
        if (is_event_noun(w)) return 1;
      }
      return 0;
    }
    if (!(before == "of" || before == "de") || p == begin_ || !word(p - 1) ||
        !is_event_noun(t_[p - 1].lower))
      return 0;
    if (i + 1 >= end_) return 2;
    if (t_[i + 1].type == TokType::kPunct) return !punct(i + 1, "%") && !dash(i + 1) ? 2 : 0;
    if (!word(i + 1)) return 0;
    const std::string& after = t_[i + 1].lower;
    if (after == "to" || after == "à" || after == "au") return 0;
    return is_stopword(after) || is_french_function_word(after) ? 2 : 0;
  }

  std::optional<DateMatch> match_relative(std::size_t i) {
    if (!ref_ || !word(i)) return std::nullopt;
    std::string_view w = t_[i].lower;
    long ref = to_days(*ref_);
    auto rel = [&](DateMatch m) {
      m.flags.push_back("relative");
      m.confidence = 0.8;
      return m;
    };
    if (w == "yesterday") return rel(make(i, i, civil_from_days(ref - 1)));
    if (w == "today") return rel(make(i, i, *ref_));
    if (w == "tomorrow") return rel(make(i, i, civil_from_days(ref + 1)));
    // French: « hier », « aujourd'hui », « demain », « avant-hier », « après-demain ».
    if (french_) {
      const bool glued_dash = dash(i + 1) && glued(i + 1) && word(i + 2) && glued(i + 2);
      if (w == "avant" && glued_dash && t_[i + 2].is("hier"))
        return rel(make(i, i + 2, civil_from_days(ref - 2)));
      if (w == "après" && glued_dash && t_[i + 2].is("demain"))
        return rel(make(i, i + 2, civil_from_days(ref + 2)));
      const bool compound = i >= begin_ + 2 && dash(i - 1) && glued(i);  // the word after « - »
      if (w == "hier" && !compound) return rel(make(i, i, civil_from_days(ref - 1)));
      if (w == "demain" && !compound) return rel(make(i, i, civil_from_days(ref + 1)));
      if (w == "aujourd'hui") return rel(make(i, i, *ref_));
    }
    // Tokens [first, last] naming the week, month or year `dir` of them from the reference
    // date's: "last week", « le mois dernier », "this year".
    auto period = [&](std::size_t first, std::size_t last, std::string_view unit,
                      int dir) -> std::optional<DateMatch> {
      if (unit == "week") {
        long monday = ref - weekday_of(ref) + 7L * dir;
        DateMatch m = rel(make(first, last, civil_from_days(monday)));
        m.date_end = format_ymd(civil_from_days(monday + 6));
        return m;
      }
      if (unit == "month") {
        long months = ref_->y * 12L + (ref_->m - 1) + dir;
        return rel(make(first, last,
                        {static_cast<int>(months / 12), static_cast<int>(months % 12) + 1, 0}));
      }
      if (unit == "year") return rel(make(first, last, {ref_->y + dir, 0, 0}));
      return std::nullopt;
    };
    // French writes the unit first: « l'an dernier », « l'année prochaine », « la semaine
    // dernière », « le mois dernier »; and « cette année », « cette semaine », « ce mois ».
    auto french_unit = [](std::string_view u) -> std::string_view {
      if (u == "semaine") return "week";
      if (u == "mois") return "month";
      if (u == "an" || u == "année" || u == "l'an" || u == "l'année") return "year";
      return "";
    };
    if (word(i + 1)) {
      std::string_view nx = t_[i + 1].lower;
      if (auto u = french_unit(w); !u.empty()) {
        if (nx == "dernier" || nx == "dernière" || nx == "passé" || nx == "passée")
          return period(i, i + 1, u, -1);
        if (nx == "prochain" || nx == "prochaine") return period(i, i + 1, u, 1);
      } else if (w == "cette" || w == "ce") {
        if (auto m = period(i, i + 1, french_unit(nx), 0)) return m;
      }
    }
    std::size_t k = i;
    int dir = 0;
    bool have_dir = false;
    // "earlier this week" are the days of the week before the reference date, "later this week"
    // those after it: an article of Thursday March 12 that says "earlier this week" means March 9
    // to 11, not the whole week.
    if ((w == "earlier" || w == "later") && lw(i + 1, "this") && lw(i + 2, "week")) {
      const long monday = ref - weekday_of(ref);
      const long from = w == "earlier" ? monday : std::min(ref + 1, monday + 6);
      const long to = w == "earlier" ? std::max(monday, ref - 1) : monday + 6;
      DateMatch m = rel(make(i, i + 2, civil_from_days(from)));
      m.date_end = format_ymd(civil_from_days(to));
      return m;
    }
    if (w == "last" || w == "past" || w == "previous") {
      dir = -1;
      have_dir = true;
    } else if (w == "next" || w == "coming") {
      dir = 1;
      have_dir = true;
    } else if (w == "this" || w == "earlier" || w == "later") {
      if ((w == "earlier" || w == "later") && lw(i + 1, "this")) ++k;
      dir = 0;
      have_dir = true;
    }
    if (have_dir && word(k + 1)) {
      std::string_view unit = t_[k + 1].lower;
      if (w == "last" && unit == "night") return rel(make(i, k + 1, civil_from_days(ref - 1)));
      if (auto m = period(i, k + 1, unit, dir)) return m;
    }
    // "three days ago", "2 weeks ago".
    std::optional<double> n;
    if (num(i) && t_[i].text.find_first_of(",.") == std::string_view::npos) n = int_value(i);
    if (!n && (w == "a" || w == "one")) n = 1;
    if (!n) n = small_number_word(w);
    // Tokens [first, last] naming `count` days, weeks, months or years before the reference
    // date.
    auto ago = [&](std::size_t first, std::size_t last, std::string_view unit,
                   long count) -> std::optional<DateMatch> {
      if (unit == "day") return rel(make(first, last, civil_from_days(ref - count)));
      if (unit == "week") return rel(make(first, last, civil_from_days(ref - 7 * count)));
      if (unit == "month") {
        long months = ref_->y * 12L + (ref_->m - 1) - count;
        return rel(make(first, last,
                        {static_cast<int>(months / 12), static_cast<int>(months % 12) + 1, 0}));
      }
      if (unit == "year") return rel(make(first, last, {ref_->y - static_cast<int>(count), 0, 0}));
      return std::nullopt;
    };
    if (n && word(i + 1) && lw(i + 2, "ago"))
      return ago(i, i + 2, singular(t_[i + 1].lower), static_cast<long>(*n));
    // French puts it first: « il y a trois jours », « il y a deux ans » (not « il y a trois
    // jours de grève », "there are three days of strike", nor « il y a deux ans que »).
    if (french_ && w == "il" && lw(i + 1, "y") && lw(i + 2, "a") && word(i + 4)) {
      std::optional<double> count;
      if (num(i + 3) && t_[i + 3].text.find_first_of(",.") == std::string_view::npos)
        count = int_value(i + 3);
      if (!count && word(i + 3) && (t_[i + 3].is("un") || t_[i + 3].is("une"))) count = 1;
      if (!count && word(i + 3)) count = french_number_word(t_[i + 3].lower);
      const std::string_view after =
          word(i + 5) ? std::string_view(t_[i + 5].lower) : std::string_view();
      const bool complement = after == "de" || after == "du" || after == "des" ||
                              after.starts_with("d'") || after == "que" || after.starts_with("qu'");
      static const std::map<std::string_view, std::string_view> kUnits = {
          {"jour", "day"},      {"jours", "day"},  {"semaine", "week"},
          {"semaines", "week"}, {"mois", "month"}, {"an", "year"},
          {"ans", "year"},      {"année", "year"}, {"années", "year"}};
      if (auto it = kUnits.find(t_[i + 4].lower); count && !complement && it != kUnits.end())
        return ago(i, i + 4, it->second, static_cast<long>(*count));
    }
    return std::nullopt;
  }

  // A date followed by a capitalised word and preceded by one reads as part of a name
  // ("the September 11 Memorial").
  void flag_in_name(DateMatch& m) const {
    std::size_t nx = m.last_tok + 1;
    if (!word(nx) || !t_[nx].upper || !t_[nx].space_before || t_[nx].newline_before) return;
    if (month_number(t_[nx].lower) > 0 || weekday_number(t_[nx].lower) >= 0) return;
    if (m.first_tok == begin_) return;
    std::size_t pv = m.first_tok - 1;
    if (!word(pv)) return;
    if (t_[pv].is("the") || (t_[pv].upper && !is_stopword(t_[pv].lower))) {
      m.flags.push_back("in_name");
    }
  }

  const std::vector<Token>& t_;
  std::size_t begin_;
  std::size_t end_;
  const std::optional<Ymd>& ref_;
  bool french_ = false;
  const std::vector<int>* text_years_ = nullptr;
  std::size_t max_matches_;
  std::vector<DateMatch> out_;
};

bool starts_with_label(std::string_view line, std::size_t* after) {
  // French date lines too: « Publié le 14 mars 2026 », « Mis à jour le 15 mars ».
  static constexpr std::array<std::string_view, 13> kLabels = {
      "published",          "posted", "updated", "first published", "date",    "dated",
      "last updated",       "publié", "publiée", "mis à jour",      "modifié", "mise à jour",
      "date de publication"};
  std::string lower;
  for (std::size_t i = 0; i < line.size() && i < 24; ++i) {
    char c = line[i];
    lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  for (auto l : kLabels) {
    if (lower.compare(0, l.size(), l) == 0) {
      std::size_t p = l.size();
      while (p < line.size() && (line[p] == ' ' || line[p] == ':')) ++p;
      if (p + 3 < line.size() && (line.compare(p, 3, "on ") == 0 || line.compare(p, 3, "le ") == 0))
        p += 3;
      if (p == l.size()) continue;  // "Dateline" is not "Date:"
      *after = p;
      return true;
    }
  }
  return false;
}

// Whether a line that opens with a date (its last token `last` of `toks`, which tokenize the
// line's start) goes on as a sentence: "On Wednesday, August 12, 2026, the wildfire had
// burned ..." or « Le mercredi 12 août 2026, l'incendie ... » tell of something, where a date
// line gives only the date, a time ("Wednesday, August 12, 2026, 10:32 a.m.") or an outlet's
// name glued to it ("February 19, 2026Clash Report"). A sentence goes on after a comma with a
// word, or ends the line with its full stop after a few words.
bool sentence_after_date(std::string_view line, std::size_t last, const std::vector<Token>& toks) {
  if (last + 2 < toks.size() && toks[last + 1].type == TokType::kPunct &&
      toks[last + 1].text == "," && toks[last + 2].type == TokType::kWord)
    return true;
  std::size_t end = line.find_last_not_of(" \t\r");
  if (end == std::string_view::npos || (line[end] != '.' && line[end] != '!' && line[end] != '?'))
    return false;
  std::vector<Token> all = tokenize(line);
  std::size_t date_end = last < toks.size() ? toks[last].end : 0;
  std::size_t words = 0;
  for (const auto& t : all) words += t.start >= date_end && t.type == TokType::kWord;
  return words >= 4;
}

std::string first_full_date(std::string_view text) {
  std::vector<Token> toks = tokenize(text);
  // A dateline is too short to tell its language; lower-case French month names cannot be
  // mistaken there ("PARIS, 5 mars 2025 —").
  for (const auto& m : find_dates(toks, 0, toks.size(), std::nullopt, true)) {
    if (m.full) return m.value;
  }
  return "";
}

}  // namespace

std::vector<DateMatch> find_dates(const std::vector<Token>& toks, std::size_t begin,
                                  std::size_t end, const std::optional<Ymd>& ref, bool french,
                                  const std::vector<int>* text_years, std::size_t max_matches) {
  return Scanner(toks, begin, end, ref, french, text_years, max_matches).run();
}

std::size_t dateline_prefix(std::string_view line) {
  // An all-capitals place name ("OTTAWA", "NEW DELHI", "NOUMÉA", "SÃO PAULO") then a comma or
  // "(Reuters)". Capitals are any script's upper-case letters, not only ASCII.
  std::size_t i = 0;
  std::size_t caps = 0;
  while (i < line.size()) {
    char c = line[i];
    if (c == ' ' || c == '.' || c == '-' || c == '\'') {
      ++i;
      continue;
    }
    std::size_t next = i;
    char32_t cp = next_code_point(line, next);
    if (!(cp < 0x80 ? is_ascii_upper(static_cast<char>(cp)) : u_isupper(static_cast<UChar32>(cp))))
      break;
    ++caps;
    i = next;
  }
  if (caps < 2 || i >= line.size() || (line[i] != ',' && line[i] != '(')) {
    // Or a place written in mixed case, as regional papers print it ("Merrick, Man., Oct. 13,
    // 2026 —", « Val d'Arbey (VS), 26 juin 2026 — »): capitalised words and the lower-case
    // particles of place names, at most 40 bytes, then a comma or a parenthesis. The caller
    // still asks for a full date before the dash, so a sentence that opens with a name is none.
    static const std::set<std::string_view> kParticles = {
        "de",  "du", "des", "la",   "le", "les", "sur", "en", "lès", "lez",
        "aux", "au", "of",  "upon", "on", "the", "d",   "l",  "y"};
    i = 0;
    std::size_t words = 0;
    while (i < line.size() && i <= 40) {
      const char c = line[i];
      if (c == ' ' || c == '.' || c == '-' || c == '\'') {
        ++i;
        continue;
      }
      if (c == ',' || c == '(') break;
      // One word: up to the next separator.
      std::size_t e = i;
      while (e < line.size() && line[e] != ' ' && line[e] != '.' && line[e] != '-' &&
             line[e] != '\'' && line[e] != ',' && line[e] != '(')
        ++e;
      std::size_t next = i;
      const char32_t cp = next_code_point(line, next);
      const bool upper =
          cp < 0x80 ? is_ascii_upper(static_cast<char>(cp)) : u_isupper(static_cast<UChar32>(cp));
      if (!upper && !kParticles.count(line.substr(i, e - i))) return 0;
      words += upper ? 1 : 0;
      i = e;
    }
    if (words == 0 || i >= line.size() || i > 40 || (line[i] != ',' && line[i] != '(')) return 0;
  }
  std::size_t limit = std::min<std::size_t>(line.size(), i + 70);
  for (std::size_t p = i; p < limit; ++p) {
    if (line.compare(p, 3, "\xE2\x80\x94") == 0 || line.compare(p, 3, "\xE2\x80\x93") == 0) {
      return p + 3;
    }
    if (line.compare(p, 4, " -- ") == 0) return p + 3;
    if (line.compare(p, 3, " - ") == 0) return p + 2;
  }
  return 0;
}

DatelineLine locate_dateline(std::string_view text) {
  std::size_t pos = 0;
  int lines = 0;
  while (pos < text.size() && lines < 12 && pos < 4000) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? text.size() - pos : nl - pos);
    const std::size_t line_start = pos;
    const std::size_t line_end = line_start + line.size();
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    // The whole line as written, whatever is trimmed below.
    auto found = [&](std::string date) {
      return DatelineLine{std::move(date), {line_start, line_end}};
    };
    // White space, and Markdown emphasis around the line ("*Published June 18, 2026*",
    // "_Publié le 18 juin 2026_", "**Updated: ...**").
    auto trim = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '*' || c == '_'; };
    while (!line.empty() && trim(line.front())) line.remove_prefix(1);
    while (!line.empty() && trim(line.back())) line.remove_suffix(1);
    if (line.empty()) continue;
    ++lines;
    std::size_t after = 0;
    if (starts_with_label(line, &after)) {
      std::string_view rest = line.substr(after);
      if (auto iso = parse_iso_day(rest)) return found(format_ymd(*iso));
      std::string d = first_full_date(rest.substr(0, 60));
      if (!d.empty()) return found(d);
      continue;
    }
    if (std::size_t dl = dateline_prefix(line); dl > 0) {
      std::string d = first_full_date(line.substr(0, dl));
      // The prefix alone: the lede after its dash is the story's ("SAINT-AUBIN, 24 mars 2026
      // — … ont cessé le travail mardi matin": that Tuesday is the story's, though the same
      // day).
      const std::size_t prefix_start = static_cast<std::size_t>(line.data() - text.data());
      if (!d.empty()) return DatelineLine{std::move(d), {prefix_start, prefix_start + dl}};
      continue;
    }
    // A line that starts with a full date: "February 19, 2026Clash Report", « Le mercredi 12
    // août 2026 ». French month names are read as in a dateline (first_full_date): a full
    // date with a lower-case French month is not English.
    std::vector<Token> toks = tokenize(line.substr(0, std::min<std::size_t>(line.size(), 60)));
    auto dates = find_dates(toks, 0, toks.size(), std::nullopt, true);
    if (!dates.empty() && dates.front().first_tok <= 1 && dates.front().full &&
        !sentence_after_date(line, dates.front().last_tok, toks)) {
      return found(dates.front().value);
    }
    if (auto iso = parse_iso_day(line); iso && line.size() < 40) return found(format_ymd(*iso));
  }
  return {};
}

std::string find_dateline_date(std::string_view text) { return locate_dateline(text).date; }

}  // namespace verify::claims::internal
