// Shared CLI plumbing: option resolution, logging, output.
#include "common.h"

#include <simdjson.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

namespace verify::cli {
namespace fs = std::filesystem;

std::vector<std::string> resolve_shards(const GlobalOptions& options) {
  std::vector<std::string> shards;
  fs::path config = resolve_home(options) / "config.json";
  if (fs::exists(config)) {
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (auto err = parser.load(config.string()).get(doc)) {
      throw std::runtime_error(config.string() +
                               ": malformed JSON: " + simdjson::error_message(err));
    }
    simdjson::dom::object obj;
    if (doc.get_object().get(obj))
      throw std::runtime_error(config.string() + ": expected an object");
    for (auto field : obj) {
      if (field.key != "shards") {
        throw std::runtime_error(config.string() + ": unknown field '" + std::string(field.key) +
                                 "' (known: shards)");
      }
      simdjson::dom::array list;
      if (field.value.get_array().get(list)) {
        throw std::runtime_error(config.string() + ": field 'shards': expected a list of strings");
      }
      for (auto item : list) {
        std::string_view s;
        if (item.get_string().get(s)) {
          throw std::runtime_error(config.string() +
                                   ": field 'shards': expected a list of strings");
        }
        shards.emplace_back(s);
      }
    }
  }
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
                 "$XDG_DATA_HOME/verify or ~/.local/share/verify)");
  app.add_option("--rules", options.rules,
                 "Directory of rule files (default: $VERIFY_RULES or the bundled rules)");
  app.add_option("--shard", options.shards,
                 "Another index to search: a directory or tcp://HOST:PORT of xapian-tcpsrv "
                 "(repeatable; also \"shards\" in HOME/config.json)")
      ->allow_extra_args(false);
  app.add_flag("-v,--verbose", options.verbose, "More log output on stderr (-vv for debug)");
  app.add_flag("-q,--quiet", options.quiet, "Only errors on stderr, no progress");
}

void setup_logging(const GlobalOptions& options) {
  auto logger = spdlog::stderr_color_mt("verify");
  logger->set_pattern("verify: %^%l%$: %v");
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

rules::RuleSet load_rules(const GlobalOptions& options) {
  fs::path dir = options.rules;
  if (dir.empty()) {
    if (const char* r = std::getenv("VERIFY_RULES"); r && *r) dir = r;
  }
  if (dir.empty()) dir = VERIFY_RULES_DIR;
  if (!fs::is_directory(dir)) {
    throw rules::RuleError("rules directory '" + dir.string() +
                           "' does not exist; pass --rules DIR or set VERIFY_RULES");
  }
  return rules::RuleSet::load(dir);
}

bool show_progress(const GlobalOptions& options) { return !options.quiet && isatty(STDERR_FILENO); }

bool stdout_is_terminal() { return isatty(STDOUT_FILENO); }

engine::Format parse_format(const std::string& name) {
  if (name == "text") return engine::Format::kText;
  if (name == "json") return engine::Format::kJson;
  if (name == "md" || name == "markdown") return engine::Format::kMarkdown;
  if (name == "html") return engine::Format::kHtml;
  throw std::invalid_argument("unknown format '" + name + "' (use text, json, md or html)");
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
    std::ofstream out(tmp, std::ios::binary);
    out << content;
    if (!out.flush()) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw std::runtime_error("cannot write '" + path + "'");
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw std::runtime_error("cannot write '" + path + "': " + ec.message());
  }
}

}  // namespace verify::cli
