// Parsing of rule files (simdjson DOM) into Config, with errors that name file, line, field.
#include "config.h"

#include <simdjson.h>

#include <algorithm>
#include <functional>

#include "text.h"
#include "verify/rules.h"

namespace verify::rules {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

std::size_t line_at(std::string_view raw, std::size_t offset) {
  offset = std::min(offset, raw.size());
  return 1 + static_cast<std::size_t>(std::count(raw.begin(), raw.begin() + offset, '\n'));
}

// Offset of the first JSON syntax error in `s` (simdjson does not report positions), or npos.
class SyntaxLocator {
 public:
  explicit SyntaxLocator(std::string_view s) : s_(s) {}
  std::size_t find() {
    ws();
    if (!value()) return pos_;
    ws();
    return pos_ < s_.size() ? pos_ : std::string_view::npos;
  }

 private:
  void ws() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t'))
      ++pos_;
  }
  bool lit(std::string_view w) {
    if (s_.compare(pos_, w.size(), w) != 0) return false;
    pos_ += w.size();
    return true;
  }
  bool string() {
    if (pos_ >= s_.size() || s_[pos_] != '"') return false;
    ++pos_;
    while (pos_ < s_.size() && s_[pos_] != '"') {
      if (s_[pos_] == '\n') return false;
      if (s_[pos_] == '\\') ++pos_;
      ++pos_;
    }
    if (pos_ >= s_.size()) return false;
    ++pos_;
    return true;
  }
  bool number() {
    std::size_t b = pos_;
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    while (pos_ < s_.size() &&
           (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' ||
            s_[pos_] == 'e' || s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-'))
      ++pos_;
    return pos_ > b;
  }
  bool value() {
    ws();
    if (pos_ >= s_.size()) return false;
    char c = s_[pos_];
    if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++pos_;
      ws();
      if (pos_ < s_.size() && s_[pos_] == close) {
        ++pos_;
        return true;
      }
      while (true) {
        ws();
        if (c == '{') {
          if (!string()) return false;
          ws();
          if (pos_ >= s_.size() || s_[pos_] != ':') return false;
          ++pos_;
        }
        if (!value()) return false;
        ws();
        if (pos_ < s_.size() && s_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < s_.size() && s_[pos_] == close) {
          ++pos_;
          return true;
        }
        return false;
      }
    }
    if (c == '"') return string();
    if (c == 't') return lit("true");
    if (c == 'f') return lit("false");
    if (c == 'n') return lit("null");
    return number();
  }
  std::string_view s_;
  std::size_t pos_ = 0;
};

// Reads one file's fields; every error names the file, the line of the key and the field.
class Reader {
 public:
  Reader(std::string_view raw, std::string_view origin) : raw_(raw), origin_(origin) {}

  // Line of the `nth` (0-based) occurrence of "key": in the raw text; 0 when not found.
  std::size_t key_line(std::string_view key, std::size_t nth) const {
    std::string needle = "\"" + std::string(key) + "\"";
    std::size_t pos = 0, seen = 0, last = std::string_view::npos;
    while ((pos = raw_.find(needle, pos)) != std::string_view::npos) {
      std::size_t k = pos + needle.size();
      while (k < raw_.size() && (raw_[k] == ' ' || raw_[k] == '\t' || raw_[k] == '\n')) ++k;
      if (k < raw_.size() && raw_[k] == ':') {
        last = pos;
        if (seen++ == nth) return line_at(raw_, pos);
      }
      pos += needle.size();
    }
    return last == std::string_view::npos ? 0 : line_at(raw_, last);
  }

  [[noreturn]] void fail(std::string_view key, std::size_t nth, const std::string& path,
                         const std::string& what) const {
    std::size_t line = key_line(key, nth);
    std::string where = std::string(origin_) + (line ? ":" + std::to_string(line) : "");
    throw RuleError(where + ": field '" + path + "': " + what);
  }

  double number(element v, std::string_view key, std::size_t nth, const std::string& path,
                double lo, double hi) const {
    double d = 0;
    if (v.get_double().get(d) || d < lo || d > hi) {
      fail(key, nth, path,
           "expected a number between " + text::format_number(lo) + " and " +
               text::format_number(hi));
    }
    return d;
  }
  int integer(element v, std::string_view key, std::size_t nth, const std::string& path, int lo,
              int hi) const {
    int64_t i = 0;
    if (v.get_int64().get(i) || i < lo || i > hi) {
      fail(key, nth, path,
           "expected a whole number between " + std::to_string(lo) + " and " + std::to_string(hi));
    }
    return static_cast<int>(i);
  }
  std::string string(element v, std::string_view key, std::size_t nth,
                     const std::string& path) const {
    std::string_view s;
    if (v.get_string().get(s)) fail(key, nth, path, "expected a string");
    return std::string(s);
  }
  bool boolean(element v, std::string_view key, std::size_t nth, const std::string& path) const {
    bool b = false;
    if (v.get_bool().get(b)) fail(key, nth, path, "expected true or false");
    return b;
  }
  // A list of strings, folded and trimmed; empty strings rejected.
  std::vector<std::string> words(element v, std::string_view key, std::size_t nth,
                                 const std::string& path) const {
    array a;
    if (v.get_array().get(a)) fail(key, nth, path, "expected a list of strings");
    std::vector<std::string> out;
    for (element e : a) {
      std::string_view s;
      if (e.get_string().get(s)) fail(key, nth, path, "expected a list of strings");
      std::string f = text::fold(s);
      while (!f.empty() && f.back() == ' ') f.pop_back();
      while (!f.empty() && f.front() == ' ') f.erase(f.begin());
      if (f.empty()) fail(key, nth, path, "empty string in list");
      out.push_back(std::move(f));
    }
    return out;
  }
  object obj(element v, std::string_view key, std::size_t nth, const std::string& path) const {
    object o;
    if (v.get_object().get(o)) fail(key, nth, path, "expected an object");
    return o;
  }
  array arr(element v, std::string_view key, std::size_t nth, const std::string& path) const {
    array a;
    if (v.get_array().get(a)) fail(key, nth, path, "expected a list");
    return a;
  }
  // Walks an object's fields; unknown names are errors (a typo must not disable a rule).
  void fields(object o, const std::string& prefix, const std::set<std::string>& allowed,
              std::size_t nth, const std::function<void(std::string_view, element)>& each) const {
    for (auto field : o) {
      std::string_view key = field.key;
      if (!allowed.count(std::string(key))) {
        std::size_t line = key_line(key, 0);
        throw RuleError(std::string(origin_) + (line ? ":" + std::to_string(line) : "") +
                        ": unknown field '" + prefix + std::string(key) + "'");
      }
      (void)nth;
      each(key, field.value);
    }
  }

 private:
  std::string_view raw_;
  std::string_view origin_;
};

void parse_lexicon(const Reader& r, object root, Lexicon& lex) {
  lex = Lexicon{};
  const std::set<std::string> allowed = {"version",         "kind",
                                         "description",     "classes",
                                         "generic_nouns",   "stopwords",
                                         "speech_verbs",    "pronouns",
                                         "hedges",          "scale_words",
                                         "speaker_aliases", "role_titles",
                                         "role_modifiers",  "historical_markers",
                                         "group_speakers",  "leader_titles",
                                         "party_words",     "months",
                                         "role_portfolios", "role_bodies",
                                         "legal_forms",     "past_office_words",
                                         "session_words",   "linking_verbs",
                                         "owner_nouns",     "idioms",
                                         "document_nouns",  "ranks"};
  auto to_set = [](const std::vector<std::string>& v) {
    return std::set<std::string>(v.begin(), v.end());
  };
  r.fields(root, "", allowed, 0, [&](std::string_view key, element v) {
    std::string k(key);
    if (k == "classes") {
      std::size_t i = 0;
      for (element e : r.arr(v, key, 0, k)) {
        std::string p = "classes[" + std::to_string(i) + "].";
        WordClass wc;
        bool has_forms = false;
        r.fields(r.obj(e, key, 0, k), p,
                 {"name", "type", "evolving", "position", "date_event", "severity", "forms"}, i,
                 [&](std::string_view f, element fv) {
                   std::string fp = p + std::string(f);
                   if (f == "name") wc.name = r.string(fv, f, i, fp);
                   if (f == "evolving") wc.evolving = r.boolean(fv, f, i, fp);
                   if (f == "position") wc.position = r.boolean(fv, f, i, fp);
                   if (f == "date_event") wc.date_event = r.boolean(fv, f, i, fp);
                   if (f == "severity") wc.severity = r.boolean(fv, f, i, fp);
                   if (f == "forms") {
                     wc.forms = r.words(fv, f, i, fp);
                     has_forms = true;
                   }
                   if (f == "type") {
                     std::string t = r.string(fv, f, i, fp);
                     if (t != "noun" && t != "event")
                       r.fail(f, i, fp, "expected \"noun\" or \"event\"");
                     wc.event = t == "event";
                   }
                 });
        if (wc.name.empty()) r.fail("classes", 0, p + "name", "missing");
        if (!has_forms || wc.forms.empty()) r.fail("classes", 0, p + "forms", "missing or empty");
        lex.classes.push_back(std::move(wc));
        ++i;
      }
    } else if (k == "hedges") {
      std::size_t i = 0;
      for (element e : r.arr(v, key, 0, k)) {
        std::string p = "hedges[" + std::to_string(i) + "].";
        Hedge h;
        r.fields(r.obj(e, key, 0, k), p, {"words", "below", "above"}, i,
                 [&](std::string_view f, element fv) {
                   std::string fp = p + std::string(f);
                   if (f == "words") {
                     h.words = r.words(fv, f, i, fp);
                     return;
                   }
                   std::optional<double> val;
                   if (!fv.is_null()) val = r.number(fv, f, i, fp, 0, 1);
                   (f == "below" ? h.below : h.above) = val;
                 });
        if (h.words.empty()) r.fail("hedges", 0, p + "words", "missing or empty");
        lex.hedges.push_back(std::move(h));
        ++i;
      }
    } else if (k == "scale_words") {
      auto& m = lex.scale_words;
      for (auto field : r.obj(v, key, 0, k)) {
        m[text::fold(field.key)] =
            r.number(field.value, field.key, 0, k + "." + std::string(field.key), 0, 1e15);
      }
    } else if (k == "speaker_aliases") {
      std::size_t i = 0;
      for (element e : r.arr(v, key, 0, k)) {
        lex.speaker_aliases.push_back(r.words(e, key, 0, k + "[" + std::to_string(i++) + "]"));
      }
    } else if (k == "legal_forms") {
      lex.legal_forms = to_set(r.words(v, key, 0, k));
    } else if (k == "generic_nouns") {
      lex.generic_nouns = to_set(r.words(v, key, 0, k));
    } else if (k == "session_words") {
      lex.session_words = to_set(r.words(v, key, 0, k));
    } else if (k == "linking_verbs") {
      lex.linking_verbs = to_set(r.words(v, key, 0, k));
    } else if (k == "owner_nouns") {
      lex.owner_nouns = to_set(r.words(v, key, 0, k));
    } else if (k == "document_nouns") {
      lex.document_nouns = to_set(r.words(v, key, 0, k));
    } else if (k == "idioms") {
      lex.idioms = r.words(v, key, 0, k);
    } else if (k == "stopwords") {
      lex.stopwords = to_set(r.words(v, key, 0, k));
    } else if (k == "speech_verbs") {
      lex.speech_verbs = to_set(r.words(v, key, 0, k));
    } else if (k == "pronouns") {
      lex.pronouns = to_set(r.words(v, key, 0, k));
    } else if (k == "role_titles") {
      lex.role_titles = to_set(r.words(v, key, 0, k));
    } else if (k == "role_modifiers") {
      lex.role_modifiers = to_set(r.words(v, key, 0, k));
    } else if (k == "past_office_words") {
      lex.past_office_words = to_set(r.words(v, key, 0, k));
    } else if (k == "role_portfolios") {
      lex.role_portfolios = to_set(r.words(v, key, 0, k));
    } else if (k == "role_bodies") {
      std::size_t i = 0;
      for (element e : r.arr(v, key, 0, k)) {
        lex.role_bodies.push_back(r.words(e, key, 0, k + "[" + std::to_string(i++) + "]"));
      }
    } else if (k == "historical_markers") {
      lex.historical_markers = r.words(v, key, 0, k);
    } else if (k == "months") {
      std::size_t i = 0;
      for (element e : r.arr(v, key, 0, k)) {
        lex.months.push_back(r.words(e, key, 0, k + "[" + std::to_string(i++) + "]"));
      }
      if (lex.months.size() != 12) r.fail(key, 0, k, "expected 12 lists, January first");
    } else if (k == "party_words") {
      lex.party_words = to_set(r.words(v, key, 0, k));
    } else if (k == "leader_titles") {
      lex.leader_titles = to_set(r.words(v, key, 0, k));
    } else if (k == "ranks") {
      lex.ranks = to_set(r.words(v, key, 0, k));
    } else if (k == "group_speakers") {
      lex.group_speakers = to_set(r.words(v, key, 0, k));
    }
  });
}

void parse_sources(const Reader& r, object root, Sources& src) {
  src = Sources{};
  r.fields(root, "", {"version", "kind", "description", "tier_weights", "tiers"}, 0,
           [&](std::string_view key, element v) {
             std::string k(key);
             if (k == "tier_weights") {
               for (auto field : r.obj(v, key, 0, k)) {
                 std::string fp = k + "." + std::string(field.key);
                 int tier = -1;
                 if (field.key.size() == 1 && field.key[0] >= '0' && field.key[0] <= '3')
                   tier = field.key[0] - '0';
                 if (tier < 0) r.fail(field.key, 0, fp, "expected a tier \"0\" to \"3\"");
                 src.tier_weights[tier] = r.number(field.value, field.key, 0, fp, 0, 1);
               }
             } else if (k == "tiers") {
               std::size_t i = 0;
               for (element e : r.arr(v, key, 0, k)) {
                 std::string p = "tiers[" + std::to_string(i) + "].";
                 int tier = 0;
                 std::vector<std::string> names;
                 r.fields(r.obj(e, key, 0, k), p, {"tier", "sources"}, i,
                          [&](std::string_view f, element fv) {
                            if (f == "tier") tier = r.integer(fv, f, i, p + "tier", 1, 3);
                            if (f == "sources") names = r.words(fv, f, i, p + "sources");
                          });
                 if (tier == 0) r.fail("tiers", 0, p + "tier", "missing");
                 for (auto& n : names) src.tier_of[n] = tier;
                 ++i;
               }
             }
           });
}

}  // namespace

void parse_rule_file(std::string_view json, std::string_view origin, Config& cfg) {
  Reader r(json, origin);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json.data(), json.size());
  element root;
  if (auto err = parser.parse(padded).get(root)) {
    std::size_t at = SyntaxLocator(json).find();
    std::string where(origin);
    if (at != std::string_view::npos) where += ":" + std::to_string(line_at(json, at));
    throw RuleError(where + ": invalid JSON: " + simdjson::error_message(err));
  }
  object obj;
  if (root.get_object().get(obj)) {
    throw RuleError(std::string(origin) + ":1: expected a JSON object at the top level");
  }
  element version, kind_el;
  if (obj["version"].get(version)) r.fail("version", 0, "version", "missing");
  if (r.integer(version, "version", 0, "version", 1, 1000) != 1) {
    r.fail("version", 0, "version", "unsupported version (this build reads version 1)");
  }
  if (obj["kind"].get(kind_el)) r.fail("kind", 0, "kind", "missing");
  std::string kind = r.string(kind_el, "kind", 0, "kind");

  auto settings = [&](const std::set<std::string>& names,
                      const std::function<void(std::string_view, element)>& each) {
    std::set<std::string> allowed = names;
    allowed.insert({"version", "kind", "description"});
    r.fields(obj, "", allowed, 0, [&](std::string_view k, element v) {
      if (k != "version" && k != "kind" && k != "description") each(k, v);
    });
  };
  auto num = [&](std::string_view k, element v, double lo, double hi) {
    return r.number(v, k, 0, std::string(k), lo, hi);
  };
  auto whole = [&](std::string_view k, element v, int lo, int hi) {
    return r.integer(v, k, 0, std::string(k), lo, hi);
  };
  auto flag = [&](std::string_view k, element v) { return r.boolean(v, k, 0, std::string(k)); };

  if (kind == "lexicon") {
    parse_lexicon(r, obj, cfg.lexicon);
  } else if (kind == "sources") {
    parse_sources(r, obj, cfg.sources);
  } else if (kind == "count") {
    auto& c = cfg.count;
    c = CountRules{};
    settings(
        {"window_words", "round_number_tolerance", "source_bound_cap", "relaxed_support_quality",
         "sibling_bonus", "max_contradiction_ratio", "latest_window_days", "stale_source_days"},
        [&](std::string_view k, element v) {
          if (k == "window_words") c.window_words = whole(k, v, 1, 30);
          if (k == "round_number_tolerance") c.round_number_tolerance = num(k, v, 0, 1);
          if (k == "source_bound_cap") c.source_bound_cap = num(k, v, 0, 10);
          if (k == "relaxed_support_quality") c.relaxed_support_quality = num(k, v, 0, 1);
          if (k == "sibling_bonus") c.sibling_bonus = num(k, v, 0, 10);
          if (k == "max_contradiction_ratio") c.max_contradiction_ratio = num(k, v, 1, 1e6);
          if (k == "latest_window_days") c.latest_window_days = whole(k, v, 0, 366);
          if (k == "stale_source_days") c.stale_source_days = whole(k, v, 0, 36600);
        });
  } else if (kind == "date") {
    auto& d = cfg.date;
    d = DateRules{};
    settings({"window_words", "short_sentence_words", "extended_weight", "support_min_overlap",
              "contradict_min_overlap", "relative_ranges_contradict", "history_years"},
             [&](std::string_view k, element v) {
               if (k == "window_words") d.window_words = whole(k, v, 1, 40);
               if (k == "short_sentence_words") d.short_sentence_words = whole(k, v, 0, 40);
               if (k == "extended_weight") d.extended_weight = num(k, v, 0, 1);
               if (k == "support_min_overlap") d.support_min_overlap = num(k, v, 0, 20);
               if (k == "contradict_min_overlap") d.contradict_min_overlap = num(k, v, 0, 20);
               if (k == "relative_ranges_contradict") d.relative_ranges_contradict = flag(k, v);
               if (k == "history_years") d.history_years = whole(k, v, 0, 1000);
             });
  } else if (kind == "quote") {
    auto& q = cfg.quote;
    q = QuoteRules{};
    settings({"min_words_altered", "altered_min_aligned", "min_aligned_words", "max_diff_words",
              "rewritten_min_run"},
             [&](std::string_view k, element v) {
               if (k == "min_words_altered") q.min_words_altered = whole(k, v, 1, 100);
               if (k == "altered_min_aligned") q.altered_min_aligned = num(k, v, 0, 1);
               if (k == "min_aligned_words") q.min_aligned_words = whole(k, v, 1, 100);
               if (k == "max_diff_words") q.max_diff_words = whole(k, v, 1, 100);
               if (k == "rewritten_min_run") q.rewritten_min_run = whole(k, v, 1, 100);
             });
  } else if (kind == "role") {
    auto& ro = cfg.role;
    ro = RoleRules{};
    settings({"window_words", "support_min_overlap"}, [&](std::string_view k, element v) {
      if (k == "window_words") ro.window_words = whole(k, v, 1, 30);
      if (k == "support_min_overlap") ro.support_min_overlap = num(k, v, 0, 1);
    });
  } else if (kind == "verdict") {
    auto& vr = cfg.verdict;
    vr = VerdictRules{};
    settings({"dispute_min_share", "max_evidence", "snippet_bytes", "unverified_confidence",
              "latest_source_settles_figures"},
             [&](std::string_view k, element v) {
               if (k == "dispute_min_share") vr.dispute_min_share = num(k, v, 0, 0.5);
               if (k == "max_evidence") vr.max_evidence = whole(k, v, 1, 50);
               if (k == "snippet_bytes") vr.snippet_bytes = whole(k, v, 40, 4000);
               if (k == "unverified_confidence") vr.unverified_confidence = num(k, v, 0, 1);
               if (k == "latest_source_settles_figures")
                 vr.latest_source_settles_figures = r.boolean(v, k, 0, std::string(k));
             });
  } else {
    r.fail("kind", 0, "kind",
           "unknown kind '" + kind +
               "' (expected lexicon, sources, count, date, quote, role or verdict)");
  }
  cfg.loaded.push_back(std::string(origin) + ": " + kind + " v1");
}

}  // namespace verify::rules
