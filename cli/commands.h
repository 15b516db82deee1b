// Registration of the subcommands; each lives in its own cmd_*.cpp file.
#pragma once

#include <CLI/CLI.hpp>

#include "common.h"

namespace verify::cli {

// Each register_x adds one subcommand whose callback stores its exit status in `exit_code`.
void register_check(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_claims(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_corpus(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_show(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_recheck(CLI::App& app, const GlobalOptions& global, int& exit_code);
void register_eval(CLI::App& app, const GlobalOptions& global, int& exit_code);

}  // namespace verify::cli
