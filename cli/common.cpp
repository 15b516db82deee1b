// Shared CLI plumbing: option resolution, the config file, colour, logging, output.
#include "common.h"

#include <simdjson.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <regex>
#include <set>

#include "verify/calendar.h"

namespace verify::cli {
namespace fs = std::filesystem;

namespace {

// 1-based line of the first `"key":` in `text`, or of the start when there is none; simdjson's
// DOM keeps no positions, so a field's line is found in the text it was parsed from.
std::size_t line_of_key(const std::string& text, std::string_view key) {
  std::string quoted = "\"" + std::string(key) + "\"";
  for (std::size_t pos = text.find(quoted); pos != std::string::npos;
       pos = text.find(quoted, pos + 1)) {
    std::size_t after = text.find_first_not_of(" \t\r\n", pos + quoted.size());
    if (after != std::string::npos && text[after] == ':') {
      return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + pos, '\n'));
    }
  }
  return 1;
}

std::vector<std::string> string_list(simdjson::dom::element value, const std::string& where) {
  simdjson::dom::array list;
  if (value.get_array().get(list)) throw std::runtime_error(where + "expected a list of strings");
  std::vector<std::string> out;
  for (auto item : list) {
    std::string_view s;
    if (item.get_string().get(s)) throw std::runtime_error(where + "expected a list of strings");
    out.emplace_back(s);
  }
  return out;
}

std::string one_of(simdjson::dom::element value, const std::string& where,
                   const std::vector<std::string>& choices) {
  std::string_view s;
  bool ok = !value.get_string().get(s) &&
            std::find(choices.begin(), choices.end(), std::string(s)) != choices.end();
  if (!ok) {
    std::string list;
    for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
    throw std::runtime_error(where + "expected one of " + list);
  }
  return std::string(s);
}

}  // namespace

Config load_config(const GlobalOptions& options) {
  Config config;
  fs::path file = options.config;
  if (file.empty()) {
    file = resolve_home(options) / "config.json";
    if (!fs::exists(file)) return config;
  } else if (!fs::is_regular_file(file)) {
    throw std::runtime_error("--config: cannot read '" + file.string() + "'");
  }
  config.file = file;
  std::string text;
  {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot read");
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (auto err = parser.parse(text).get(doc)) {
    throw std::runtime_error(file.string() + ": malformed JSON: " + simdjson::error_message(err));
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj)) {
    throw std::runtime_error(file.string() + ":1: expected an object of settings");
  }
  for (auto field : obj) {
    std::string key(field.key);
    std::string where =
        file.string() + ":" + std::to_string(line_of_key(text, key)) + ": field '" + key + "': ";
    if (key == "format") {
      config.format = one_of(field.value, where, {"text", "json", "md", "html"});
    } else if (key == "color") {
      config.color = one_of(field.value, where, {"auto", "always", "never"});
    } else if (key == "fetch") {
      bool b = false;
      if (field.value.get_bool().get(b)) throw std::runtime_error(where + "expected true or false");
      config.fetch = b;
    } else if (key == "max_age") {
      int64_t n = 0;
      if (field.value.get_int64().get(n) || n < 0) {
        throw std::runtime_error(where + "expected a number of seconds (0 or more)");
      }
      config.max_age = static_cast<long>(n);
    } else if (key == "shards") {
      config.shards = string_list(field.value, where);
    } else if (key == "exclude") {
      config.exclude = string_list(field.value, where);
      for (auto& pattern : config.exclude) {
        std::string problem = regex_validator()(pattern);
        if (!problem.empty()) throw std::runtime_error(where + problem);
      }
    } else if (key == "accept") {
      simdjson::dom::array list;
      if (field.value.get_array().get(list)) {
        throw std::runtime_error(where + "expected a list of HTTP status codes");
      }
      for (auto item : list) {
        int64_t code = 0;
        if (item.get_int64().get(code) || code < 100 || code > 599) {
          throw std::runtime_error(where + "expected a list of HTTP status codes (100 to 599)");
        }
        config.accept.push_back(static_cast<long>(code));
      }
    } else {
      throw std::runtime_error(where +
                               "unknown setting (known: format, color, fetch, max_age, exclude, "
                               "accept, shards)");
    }
  }
  return config;
}

std::vector<std::string> resolve_shards(const GlobalOptions& options) {
  std::vector<std::string> shards = load_config(options).shards;
  shards.insert(shards.end(), options.shards.begin(), options.shards.end());
  return shards;
}

std::unique_ptr<engine::Engine> open_engine(const GlobalOptions& options) {
  return std::make_unique<engine::Engine>(resolve_home(options), load_rules(options),
                                          resolve_shards(options));
}

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--home", options.home,
                 "Directory holding the index and the store (default: $VERIFY_HOME, "
                 "$XDG_DATA_HOME/verify or ~/.local/share/verify)")
      ->type_name("DIR");
  app.add_option("--rules", options.rules,
                 "Directory of rule files (default: $VERIFY_RULES, else the installed "
                 "share/verify/rules)")
      ->type_name("DIR");
  app.add_option("--config", options.config,
                 "Settings file (default: HOME/config.json when it exists)")
      ->type_name("FILE");
  app.add_option("--shard", options.shards,
                 "Another index to search: a directory or tcp://HOST:PORT of xapian-tcpsrv "
                 "(repeatable; also \"shards\" in the config)")
      ->type_name("LOCATION")
      ->allow_extra_args(false);
  app.add_option("--color", options.color,
                 "Colour: auto (a terminal, and $NO_COLOR unset), always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-v,--verbose", options.verbose, "More log output on stderr (-vv for debug)");
  app.add_flag("-q,--quiet", options.quiet, "Only errors on stderr, no progress");
}

void setup_logging(const GlobalOptions& options) {
  auto logger = spdlog::stderr_color_mt("verify");
  logger->set_pattern("verify: %^%l%$: %v");
  bool color = false;
  try {
    color = use_color(options, isatty(STDERR_FILENO));
  } catch (const std::exception&) {
    // A bad config file is reported by the command that reads it, as an error with its line;
    // logging must work before that, so it falls back to the terminal test here.
    const char* no_color = std::getenv("NO_COLOR");
    color = isatty(STDERR_FILENO) && !(no_color && *no_color);
  }
  if (!color) {
    auto* sink = dynamic_cast<spdlog::sinks::stderr_color_sink_mt*>(logger->sinks()[0].get());
    if (sink) sink->set_color_mode(spdlog::color_mode::never);
  }
  spdlog::set_default_logger(logger);
  if (options.quiet) {
    spdlog::set_level(spdlog::level::err);
  } else if (options.verbose >= 2) {
    spdlog::set_level(spdlog::level::debug);
  } else if (options.verbose == 1) {
    spdlog::set_level(spdlog::level::info);
  } else {
    spdlog::set_level(spdlog::level::warn);
  }
}

fs::path resolve_home(const GlobalOptions& options) {
  if (!options.home.empty()) return options.home;
  if (const char* h = std::getenv("VERIFY_HOME"); h && *h) return h;
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return fs::path(x) / "verify";
  if (const char* home = std::getenv("HOME"); home && *home) {
    return fs::path(home) / ".local" / "share" / "verify";
  }
  return fs::path(".verify");
}

namespace {

// The running binary's own path; empty when /proc is not mounted.
fs::path self_path() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : p;
}

bool is_under(const fs::path& path, const fs::path& dir) {
  std::error_code ec;
  fs::path a = fs::weakly_canonical(path, ec), b = fs::weakly_canonical(dir, ec);
  auto mismatch = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
  return mismatch.first == b.end();
}

}  // namespace

fs::path resolve_rules_dir(const GlobalOptions& options) {
  if (!options.rules.empty()) return options.rules;
  if (const char* r = std::getenv("VERIFY_RULES"); r && *r) return r;
  fs::path exe = self_path();
  // Relative to the binary, so that an installed tree can be moved (or unpacked from the
  // .deb into a scratch root) and still find its own rules.
  fs::path installed = exe.parent_path().parent_path() / "share" / "verify" / "rules";
  if (!exe.empty() && fs::is_directory(installed)) return installed.lexically_normal();
  // Only a binary still inside its build tree may use the source tree: an installed one
  // never reads from where it was built.
  if (!exe.empty() && is_under(exe, VERIFY_BUILD_DIR)) return VERIFY_SOURCE_RULES_DIR;
  return installed.lexically_normal();
}

rules::RuleSet load_rules(const GlobalOptions& options) {
  fs::path dir = resolve_rules_dir(options);
  if (!fs::is_directory(dir)) {
    throw rules::RuleError("rules directory '" + dir.string() +
                           "' does not exist; pass --rules DIR or set VERIFY_RULES");
  }
  return rules::RuleSet::load(dir);
}

bool show_progress(const GlobalOptions& options) { return !options.quiet && isatty(STDERR_FILENO); }

std::string byte_size(std::uint64_t bytes) {
  char buf[32];
  const double b = static_cast<double>(bytes);
  if (bytes < 1000) {
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
  } else if (bytes < 1'000'000) {
    std::snprintf(buf, sizeof buf, "%.1f kB", b / 1e3);
  } else if (bytes < 1'000'000'000) {
    std::snprintf(buf, sizeof buf, "%.1f MB", b / 1e6);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f GB", b / 1e9);
  }
  return buf;
}

bool stdout_is_terminal() { return isatty(STDOUT_FILENO); }

bool use_color(const GlobalOptions& options, bool to_terminal) {
  std::string when = options.color.value_or("");
  if (when.empty()) when = load_config(options).color.value_or("auto");
  if (when == "always") return true;
  if (when == "never") return false;
  // https://no-color.org: set and not empty means no colour, whatever the terminal.
  const char* no_color = std::getenv("NO_COLOR");
  return to_terminal && !(no_color && *no_color);
}

namespace {
// "markdown" is what a user types for md (a new-user trial was refused it); the flag and the
// config file take it alike.
std::string format_alias(std::string name) { return name == "markdown" ? "md" : name; }
}  // namespace

engine::Format parse_format(const std::string& given) {
  const std::string name = format_alias(given);
  if (name == "text") return engine::Format::kText;
  if (name == "json") return engine::Format::kJson;
  if (name == "md") return engine::Format::kMarkdown;
  if (name == "html") return engine::Format::kHtml;
  throw std::invalid_argument("unknown format '" + name + "' (use text, json, md or html)");
}

CLI::Option* add_format_option(CLI::App* cmd, std::optional<std::string>& target,
                               const std::vector<std::string>& choices) {
  std::string list;
  for (size_t i = 0; i < choices.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  }
  auto* option =
      cmd->add_option("-f,--format", target, "Output format: " + list + " (default: text)")
          ->type_name("FORMAT");
  if (std::find(choices.begin(), choices.end(), "md") != choices.end())
    option->transform(format_alias);
  return option->check(CLI::IsMember(choices));
}

std::string resolve_format(const std::optional<std::string>& flag, const Config& config,
                           const std::vector<std::string>& choices) {
  if (flag) return *flag;
  if (config.format) {
    const std::string format = format_alias(*config.format);
    if (std::find(choices.begin(), choices.end(), format) != choices.end()) return format;
  }
  return "text";
}

void add_link_filter_options(CLI::App* cmd, std::vector<std::string>& exclude,
                             std::vector<long>& accept) {
  cmd->add_option("--exclude", exclude,
                  "Do not fetch cited links matching this regular expression (repeatable; adds "
                  "to the config's \"exclude\")")
      ->type_name("PATTERN")
      ->allow_extra_args(false)
      ->check(regex_validator());
  cmd->add_option("--accept", accept,
                  "An HTTP status that counts as a live link, such as 403 (repeatable; adds to "
                  "the config's \"accept\")")
      ->type_name("CODE")
      ->allow_extra_args(false)
      ->check(CLI::Range(100, 599));
}

CLI::Validator regex_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        try {
          std::regex re(value, std::regex::ECMAScript);
        } catch (const std::regex_error& e) {
          return "'" + value + "' is not a regular expression: " + e.what();
        }
        return {};
      },
      "REGEX", "regular expression");
}

CLI::Validator iso_date_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return calendar::is_calendar_day(value)
                   ? std::string()
                   : "'" + value + "': expected YYYY-MM-DD, a calendar date";
      },
      "YYYY-MM-DD", "ISO date");
}

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_word(const std::string& word, const std::vector<std::string>& known) {
  std::string best;
  std::size_t best_distance = SIZE_MAX;
  for (const auto& k : known) {
    std::size_t d = edit_distance(word, k);
    if (d < best_distance) best = k, best_distance = d;
  }
  // A third of the word may be wrong: 'chek' finds 'check', 'xyz' finds nothing.
  std::size_t allowed = std::max<std::size_t>(1, std::min(word.size(), best.size()) / 3);
  return best_distance <= allowed ? best : "";
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string json_schema_field() {
  return "\"schema_version\": " + std::to_string(engine::kSchemaVersion) + ", ";
}

void write_output(const std::string& content, const std::string& path) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  fs::path target(path);
  fs::path tmp = target;
  tmp += ".tmp-" + std::to_string(::getpid());
  {
    errno = 0;
    std::ofstream out(tmp, std::ios::binary);
    const int open_errno = errno;
    out << content;
    if (!out.flush()) {
      const int err = open_errno ? open_errno : errno;
      std::error_code ec;
      fs::remove(tmp, ec);
      throw std::runtime_error("cannot write '" + path + "'" +
                               (err ? std::string(": ") + std::strerror(err) : std::string()));
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw std::runtime_error("cannot write '" + path + "': " + ec.message());
  }
}

void require_writable_output(const std::string& path) {
  if (path.empty() || path == "-") return;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw std::runtime_error("cannot write '" + path + "': the directory '" + dir.string() +
                             "' does not exist");
  if (fs::is_directory(target, ec))
    throw std::runtime_error("cannot write '" + path + "': it is a directory");
  if (::access(dir.c_str(), W_OK) != 0)
    throw std::runtime_error("cannot write '" + path + "': " + std::strerror(errno));
}

std::string find_story(const engine::Engine& eng, const std::string& key) {
  auto stories = eng.stories();
  auto known = [&](const std::string& k) {
    return std::any_of(stories.begin(), stories.end(),
                       [&](const engine::StoryInfo& s) { return s.story == k; });
  };
  if (known(key) || key.empty()) return key;
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(key, ec);
  if (ec) return key;
  if (known(abs.string())) return abs.string();
  for (const auto& s : stories) {
    if (std::filesystem::path(s.story).lexically_normal() == abs.lexically_normal()) {
      return s.story;
    }
  }
  return key;
}

void warn_undated_relative_dates(const claims::Article& article, const std::string& date,
                                 const std::string& path) {
  if (!article.published.empty() || !date.empty()) return;
  // The words the extractor resolves against a reference date. English weekdays count only
  // capitalised ("Monday"); French ones are written in lower case.
  static const std::set<std::string> kWords = {
      "Monday",    "Tuesday",   "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday",
      "yesterday", "Yesterday", "today",     "Today",    "tomorrow", "Tomorrow", "tonight",
      "lundi",     "mardi",     "mercredi",  "jeudi",    "vendredi", "samedi",   "dimanche",
      "Lundi",     "Mardi",     "Mercredi",  "Jeudi",    "Vendredi", "Samedi",   "Dimanche",
      "hier",      "Hier",      "demain",    "Demain"};
  const std::string& t = article.text;
  std::size_t count = 0;
  std::string first;
  auto letter = [&](std::size_t k) { return std::isalpha(static_cast<unsigned char>(t[k])) != 0; };
  for (std::size_t i = 0; i < t.size();) {
    if (!letter(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && letter(j)) ++j;
    // A word glued to other bytes (accented letters, digits) is not one of these.
    bool whole = (i == 0 || static_cast<unsigned char>(t[i - 1]) < 0x80) &&
                 (j == t.size() || static_cast<unsigned char>(t[j]) < 0x80);
    if (whole && j - i <= 9 && kWords.count(t.substr(i, j - i))) {
      if (count++ == 0) first = t.substr(i, j - i);
    }
    i = j;
  }
  if (count == 0) return;
  spdlog::warn(
      "{}: the article gives no date of its own (no dateline or 'Published:' line), so \"{}\"{} "
      "cannot be placed and {} left out; give --date YYYY-MM-DD",
      path, first,
      count > 1
          ? " and " + std::to_string(count - 1) + " other relative date" + (count > 2 ? "s" : "")
          : std::string(),
      count > 1 ? "are" : "is");
}

CLI::Validator seconds_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
          return c >= '0' && c <= '9';
        });
        return digits ? std::string()
                      : "'" + value + "' is no number of seconds (a whole number, 0 or more)";
      },
      "SECONDS");
}

}  // namespace verify::cli
