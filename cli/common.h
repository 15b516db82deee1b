// What every subcommand shares: global options, the home, config and rules locations, logging,
// colour, progress on a terminal, and writing output.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "verify/engine.h"

namespace verify::cli {

// Exit codes of the design brief.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // something contradicted or disputed
inline constexpr int kExitError = 2;     // usage or input error

// What a subcommand does once the whole command line has parsed without error. Commands
// never run from inside CLI11's parse: CLI11 runs callbacks before it rejects unexpected
// arguments, and a command line with a typo must change nothing.
using Action = std::function<int()>;

struct GlobalOptions {
  std::string home;                  // --home
  std::string rules;                 // --rules
  std::string config;                // --config (default HOME/config.json when it exists)
  std::vector<std::string> shards;   // --shard (added to the config's "shards")
  std::optional<std::string> color;  // --color auto|always|never (default: config, then auto)
  int verbose = 0;                   // -v count
  bool quiet = false;
};

// Defaults an editor sets once, read from HOME/config.json or --config FILE
// (docs/user-guide.md, "Configuration"). An unset field leaves the built-in default.
struct Config {
  std::filesystem::path file;  // the file read; empty when there was none
  std::optional<std::string> format;
  std::optional<std::string> color;
  std::optional<bool> fetch;
  std::optional<long> max_age;
  std::vector<std::string> exclude;  // cited-link patterns not to fetch (regular expressions)
  std::vector<long> accept;          // HTTP statuses that count as a live link
  std::vector<std::string> shards;
};

// Adds --home, --rules, --config, --shard, --color, --verbose, --quiet to `app`.
void add_global_options(CLI::App& app, GlobalOptions& options);

// Applies --verbose/--quiet and the colour choice to the default spdlog logger (stderr).
void setup_logging(const GlobalOptions& options);

// --home, else $VERIFY_HOME, else $XDG_DATA_HOME/verify, else ~/.local/share/verify.
std::filesystem::path resolve_home(const GlobalOptions& options);

// Reads --config FILE, else HOME/config.json when it exists, else gives an empty Config.
// Throws std::runtime_error naming the file, the line and the field at fault.
Config load_config(const GlobalOptions& options);

// Where the rules are: --rules, $VERIFY_RULES, then `share/verify/rules` beside the installed
// binary (BIN/../share/verify/rules); a binary still in its build tree uses the source tree's.
std::filesystem::path resolve_rules_dir(const GlobalOptions& options);

// Loads the rule set from resolve_rules_dir(). Throws rules::RuleError.
rules::RuleSet load_rules(const GlobalOptions& options);

// The shards to search besides the home's own index: the config's "shards", then every
// --shard. Throws std::runtime_error naming the file and field when the config is bad.
std::vector<std::string> resolve_shards(const GlobalOptions& options);

// An engine on the resolved home, rules and shards.
std::unique_ptr<engine::Engine> open_engine(const GlobalOptions& options);

// Whether progress lines may be drawn: stderr is a terminal and not --quiet.
bool show_progress(const GlobalOptions& options);

// A size for people, in decimal units with one decimal: "512 bytes", "48.3 kB", "12.0 MB",
// "1.3 GB". A small corpus file is not "0.0 MB".
std::string byte_size(std::uint64_t bytes);

// Whether output going to a terminal (`to_terminal`) or to stderr may be coloured: --color,
// else the config's "color", else auto; auto means a terminal and no $NO_COLOR.
bool use_color(const GlobalOptions& options, bool to_terminal);

// Parses a format name (text, json, md, html). Throws std::invalid_argument on a bad name.
engine::Format parse_format(const std::string& name);

// Adds `-f,--format` taking one of `choices` to `cmd`; the value stays unset when not given so
// that the config's default can apply.
CLI::Option* add_format_option(CLI::App* cmd, std::optional<std::string>& target,
                               const std::vector<std::string>& choices);

// The output format: the flag, else the config's "format" when `choices` has it, else text.
std::string resolve_format(const std::optional<std::string>& flag, const Config& config,
                           const std::vector<std::string>& choices);

// Adds --exclude PATTERN and --accept CODE (both repeatable, adding to the config's).
void add_link_filter_options(CLI::App* cmd, std::vector<std::string>& exclude,
                             std::vector<long>& accept);

// A CLI11 validator for regular expressions (ECMAScript, as std::regex reads them).
CLI::Validator regex_validator();

// A CLI11 validator for calendar dates written YYYY-MM-DD ("2026-02-30" is refused).
CLI::Validator iso_date_validator();

// Writes `content` to stdout, or atomically (temp file + rename) to `path` when given.
void write_output(const std::string& content, const std::string& path);
// Throws std::runtime_error ("cannot write 'PATH': the directory 'DIR' does not exist") when
// an output file could not be created where `path` says; nothing for "" or "-". Called before
// any work is done, so a mistyped -o stores no run and wastes no check.
void require_writable_output(const std::string& path);

// Whether stdout is a terminal.
bool stdout_is_terminal();

// The word of `known` that `word` is most likely a typo of, or "" when none is close.
std::string closest_word(const std::string& word, const std::vector<std::string>& known);

// The stored story a key names. A story checked without --story is keyed by the article's
// absolute path, so a path given relative to the current directory finds it too. Gives `key`
// itself when nothing matches (the engine then says the story is unknown).
std::string find_story(const engine::Engine& eng, const std::string& key);

// `s` as a JSON string literal, quotes included.
std::string json_quote(std::string_view s);

// `"schema_version": N, `: the first field of every JSON object a command prints on its own
// (each element of a list it prints as an array), as in the report JSON (docs/formats.md).
std::string json_schema_field();

// Warns (spdlog, hidden by --quiet) when an article gives no date of its own and `date` (the
// --date option) is empty, yet writes relative dates ("on Sunday", "yesterday", « lundi »,
// « hier »): those cannot be placed and are left out of its claims, which an editor would
// not otherwise notice. `path` names the article in the message.
void warn_undated_relative_dates(const claims::Article& article, const std::string& date,
                                 const std::string& path);

// The check of a --max-age value: a whole number of seconds, 0 or more (as the config file's
// max_age must be); CLI11's message otherwise names the option and says so.
CLI::Validator seconds_validator();

}  // namespace verify::cli
