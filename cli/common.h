// What every subcommand shares: global options, the home and rules locations, logging,
// progress on a terminal, and writing output.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

#include "verify/engine.h"

namespace verify::cli {

// Exit codes of the design brief.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // something contradicted or disputed
inline constexpr int kExitError = 2;     // usage or input error

struct GlobalOptions {
  std::string home;                 // --home
  std::string rules;                // --rules
  std::vector<std::string> shards;  // --shard (added to the home's config.json "shards")
  int verbose = 0;                  // -v count
  bool quiet = false;
};

// Adds --home, --rules, --verbose, --quiet to `app`.
void add_global_options(CLI::App& app, GlobalOptions& options);

// Applies --verbose/--quiet to the default spdlog logger (stderr).
void setup_logging(const GlobalOptions& options);

// --home, else $VERIFY_HOME, else $XDG_DATA_HOME/verify, else ~/.local/share/verify.
std::filesystem::path resolve_home(const GlobalOptions& options);

// Loads the rule set from --rules, $VERIFY_RULES, or the built-in rules directory.
rules::RuleSet load_rules(const GlobalOptions& options);

// The shards to search besides the home's own index: "shards" of HOME/config.json, then
// every --shard. Throws std::runtime_error naming the file and field when the config is bad.
std::vector<std::string> resolve_shards(const GlobalOptions& options);

// An engine on the resolved home, rules and shards.
std::unique_ptr<engine::Engine> open_engine(const GlobalOptions& options);

// Whether progress lines may be drawn: stderr is a terminal and not --quiet.
bool show_progress(const GlobalOptions& options);

// Parses --format; throws CLI::ValidationError-like std::invalid_argument on a bad name.
engine::Format parse_format(const std::string& name);

// Writes `content` to stdout, or atomically (temp file + rename) to `path` when given.
void write_output(const std::string& content, const std::string& path);

// Whether stdout is a terminal (colour allowed).
bool stdout_is_terminal();

}  // namespace verify::cli
