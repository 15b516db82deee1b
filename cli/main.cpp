// Entry point of the `verify` binary: parses the command line and maps errors to exit codes.
#include <spdlog/spdlog.h>

#include <cstdint>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "commands.h"

namespace {

// Options of the whole program (common.cpp), which may come before a subcommand.
bool is_global_flag(const std::string& a) {
  static const std::set<std::string> kFlags = {"--verbose", "--quiet", "--version", "--help", "-h"};
  if (kFlags.count(a)) return true;
  // -v, -vv, -q
  return a.size() > 1 && a[0] == '-' &&
         a.find_first_not_of(a[1] == 'v' ? "v" : "q", 1) == std::string::npos &&
         (a[1] == 'v' || a[1] == 'q');
}

// `verify ARTICLE...` means `verify check ARTICLE...`: when the first positional argument names
// no subcommand, insert the subcommand before the first argument that is not a global option,
// so that check's own options may come first (`verify --no-fetch ARTICLE`).
std::vector<std::string> with_default_subcommand(int argc, char** argv) {
  static const std::set<std::string> kSubcommands = {
      "check", "claims", "corpus", "show", "eval", "recheck", "history", "stories", "help"};
  static const std::set<std::string> kTakesValue = {"--home", "--rules", "--shard"};
  std::vector<std::string> args(argv + 1, argv + argc);
  std::size_t first_local = SIZE_MAX;  // first argument that is not a global option
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    if (kTakesValue.count(a)) {
      ++i;
      continue;
    }
    bool global_with_value =
        a.starts_with("--home=") || a.starts_with("--rules=") || a.starts_with("--shard=");
    if (global_with_value || is_global_flag(a)) continue;
    if (first_local == SIZE_MAX) first_local = i;
    if (a.size() > 1 && a[0] == '-') continue;
    if (!kSubcommands.count(a)) {
      args.insert(args.begin() + static_cast<std::ptrdiff_t>(first_local), "check");
    }
    break;
  }
  // CLI11 parses a vector in reverse order.
  return {args.rbegin(), args.rend()};
}

}  // namespace

int main(int argc, char** argv) {
  using namespace verify::cli;
  CLI::App app{
      "verify: checks the dates, counts, quotes, roles and figures of an article "
      "against an indexed corpus of sources.\n"
      "  verify ARTICLE...              check articles (same as `verify check`)"};
  app.set_version_flag("--version", std::string("verify ") + VERIFY_VERSION);
  app.fallthrough();
  app.require_subcommand(1);
  GlobalOptions global;
  add_global_options(app, global);
  int exit_code = kExitOk;
  register_check(app, global, exit_code);
  register_claims(app, global, exit_code);
  register_corpus(app, global, exit_code);
  register_show(app, global, exit_code);
  register_recheck(app, global, exit_code);
  register_eval(app, global, exit_code);
  app.parse_complete_callback([&] { setup_logging(global); });

  auto args = with_default_subcommand(argc, argv);
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  } catch (const std::exception& e) {
    std::cerr << "verify: " << e.what() << "\n";
    return kExitError;
  }
  return exit_code;
}
