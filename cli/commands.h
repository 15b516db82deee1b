// Registration of the subcommands; each lives in its own cmd_*.cpp file.
#pragma once

#include <CLI/CLI.hpp>

#include "common.h"

namespace verify::cli {

// Each register_x adds one subcommand; when the command line selects it, its callback sets
// `action` to the command's work, which main runs only once the whole line has parsed.
void register_check(CLI::App& app, const GlobalOptions& global, Action& action);
void register_claims(CLI::App& app, const GlobalOptions& global, Action& action);
void register_corpus(CLI::App& app, const GlobalOptions& global, Action& action);
void register_show(CLI::App& app, const GlobalOptions& global, Action& action);
void register_recheck(CLI::App& app, const GlobalOptions& global, Action& action);
void register_eval(CLI::App& app, const GlobalOptions& global, Action& action);
void register_home(CLI::App& app, const GlobalOptions& global, Action& action);
// `runs rm`, `stories rm`, `cache clear`, `corpus rm`: after register_recheck and
// register_corpus, whose commands it extends.
void register_housekeeping(CLI::App& app, const GlobalOptions& global, Action& action);
// `help [COMMAND...]`, `completion SHELL` and `man`: they read the whole command tree `app`.
void register_help(CLI::App& app, Action& action);

// Shell completion scripts and the man page, generated from the command tree.
std::string completion_script(const CLI::App& app, const std::string& shell);
std::string man_page(const CLI::App& app);

}  // namespace verify::cli
