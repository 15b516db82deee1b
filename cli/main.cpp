// Entry point of the `verify` binary: parses the command line and maps errors to exit codes.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "commands.h"
#include "verify/locking.h"

namespace {
using verify::cli::closest_word;
using verify::cli::kExitError;

// A mistyped word on the command line: reported as "unknown command 'chek'; did you mean
// 'check'?" with exit status 2, before anything runs.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

// Every spelling of the options of `app` and of its parents (whose options fall through).
std::vector<std::string> option_names(const CLI::App* app) {
  std::vector<std::string> names;
  for (; app; app = app->get_parent()) {
    for (const auto* opt : app->get_options()) {
      for (const auto& l : opt->get_lnames()) names.push_back("--" + l);
      for (const auto& s : opt->get_snames()) names.push_back("-" + s);
    }
  }
  return names;
}

std::string unknown(const std::string& what, const std::string& word,
                    const std::vector<std::string>& known) {
  std::string message = "unknown " + what + " '" + word + "'";
  std::string guess = closest_word(word, known);
  return guess.empty() ? message : message + "; did you mean '" + guess + "'?";
}

// Whether `a` is one of the options of `app` (not of its subcommands), and whether it takes
// a separate value.
bool is_option_of(const CLI::App& app, const std::string& a, bool& takes_value) {
  if (a.size() < 2 || a[0] != '-') return false;
  std::string name = a.substr(0, a.find('='));
  for (const auto* opt : app.get_options()) {
    bool match = false;
    if (name.starts_with("--")) {
      match = opt->check_lname(name.substr(2));
    } else {
      // -v, -vv, -q: short flags, possibly repeated in one word
      match = !opt->get_snames().empty() &&
              name.find_first_not_of(opt->get_snames()[0], 1) == std::string::npos;
    }
    if (match) {
      takes_value = opt->get_expected_max() > 0 && name.size() == a.size();
      return true;
    }
  }
  return false;
}

// `verify ARTICLE...` means `verify check ARTICLE...`: when the first positional argument names
// no subcommand but an existing file (or a file name), the subcommand is inserted before the
// first argument that is not a global option, so that check's own options may come first
// (`verify --no-fetch ARTICLE`). Any other word is a mistyped command: UsageError, so that
// `verify chek article.txt` checks and stores nothing.
std::vector<std::string> with_default_subcommand(const CLI::App& app, int argc, char** argv) {
  const std::vector<std::string> subcommands = subcommand_names(app);
  const CLI::App& check = *app.get_subcommand("check");
  std::vector<std::string> args(argv + 1, argv + argc);
  std::size_t first_local = SIZE_MAX;  // first argument that is not a global option
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    bool takes_value = false;
    if (is_option_of(app, a, takes_value)) {
      if (takes_value) ++i;
      continue;
    }
    if (first_local == SIZE_MAX) first_local = i;
    if (a.size() > 1 && a[0] == '-') {
      // check's own options may come first: `verify --format json ARTICLE`
      if (is_option_of(check, a, takes_value) && takes_value) ++i;
      continue;
    }
    if (std::find(subcommands.begin(), subcommands.end(), a) != subcommands.end()) break;
    std::error_code ec;
    bool file_like = a == "-" || std::filesystem::exists(a, ec) ||
                     a.find('/') != std::string::npos || a.find('.') != std::string::npos;
    if (!file_like) {
      std::string message = unknown("command", a, subcommands);
      if (message.find("did you mean") == std::string::npos) {
        message += ": neither a command nor a file; see 'verify help'";
      }
      throw UsageError(message);
    }
    args.insert(args.begin() + static_cast<std::ptrdiff_t>(first_local), "check");
    break;
  }
  // CLI11 parses a vector in reverse order.
  return {args.rbegin(), args.rend()};
}

// The deepest subcommand the command line selected (or `app` itself).
const CLI::App* selected(const CLI::App& app) {
  const CLI::App* at = &app;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const auto* sub : at->get_subcommands()) {
      at = sub;
      deeper = true;
      break;
    }
  }
  return at;
}

// Turns CLI11's "The following argument was not expected: X" into what the user meant.
std::string explain_extras(const CLI::App& app) {
  const CLI::App* at = selected(app);
  for (const auto& extra : app.remaining(true)) {
    if (extra.size() > 1 && extra[0] == '-') {
      std::string name = extra.substr(0, extra.find('='));
      auto names = option_names(at);
      // The command's own option, written before the command: "did you mean '--no-fetch'?"
      // for '--no-fetch' would only puzzle.
      if (at != &app && std::find(names.begin(), names.end(), name) != names.end()) {
        return "option '" + name + "' belongs to '" + at->get_name() +
               "': write it after the command ('verify " + at->get_name() + " " + name + " …')";
      }
      return unknown("option", name, names);
    }
    auto subs = subcommand_names(*at);
    if (!subs.empty()) {
      std::string guess = closest_word(extra, subs);
      std::string message = "unknown command '" + at->get_name() + " " + extra + "'";
      return guess.empty() ? message
                           : message + "; did you mean '" + at->get_name() + " " + guess + "'?";
    }
    return "unexpected argument '" + extra + "' for '" + at->get_name() + "'";
  }
  return "unexpected arguments";
}

// "corpus add" for the subcommand `corpus add`.
std::string command_path(const CLI::App* at) {
  std::string path;
  for (; at && at->get_parent(); at = at->get_parent()) {
    path = path.empty() ? at->get_name() : at->get_name() + " " + path;
  }
  return path;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace verify::cli;
  CLI::App app{
      "verify: checks the dates, counts, quotes, roles and figures of an article "
      "against an indexed corpus of sources.\n"
      "  verify ARTICLE...              check articles (same as `verify check`)",
      "verify"};
  app.set_version_flag("--version", std::string("verify ") + VERIFY_VERSION);
  app.footer(
      "Examples:\n"
      "  verify corpus add sources.jsonl     index sources\n"
      "  verify article.txt                  check an article\n"
      "  verify help check                   the options of one command\n"
      "\n"
      "Exit status: 0 nothing contradicted or disputed, 1 something contradicted or disputed,\n"
      "2 a usage or input error.");
  app.fallthrough();
  app.require_subcommand(1);
  GlobalOptions global;
  add_global_options(app, global);
  Action action;
  register_check(app, global, action);
  register_claims(app, global, action);
  register_corpus(app, global, action);
  register_show(app, global, action);
  register_recheck(app, global, action);
  register_eval(app, global, action);
  register_home(app, global, action);
  register_housekeeping(app, global, action);
  register_help(app, action);
  app.parse_complete_callback([&] { setup_logging(global); });

  try {
    app.parse(with_default_subcommand(app, argc, argv));
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 checks required subcommands before it reports unexpected words, so `verify corpus
    // ad x` would only say that a subcommand is required; the word typed says more.
    bool extras = dynamic_cast<const CLI::ExtrasError*>(&e) || !app.remaining(true).empty();
    const CLI::App* at = selected(app);
    std::cerr << "verify: " << (extras ? explain_extras(app) : std::string(e.what())) << "\n"
              << "Run 'verify help" << (at == &app ? "" : " " + command_path(at))
              << "' for the options.\n";
    return kExitError;
  } catch (const std::exception& e) {
    std::cerr << "verify: " << e.what() << "\n";
    return kExitError;
  }
  // A lock wait written "60s" in a cron line would otherwise be read as 60 ms (or 0).
  if (const char* ms = std::getenv("VERIFY_LOCK_TIMEOUT_MS");
      ms && *ms && !verify::locking::parse_lock_timeout(ms)) {
    std::cerr << "verify: VERIFY_LOCK_TIMEOUT_MS must be a whole number of milliseconds (e.g. "
                 "60000), got '"
              << ms << "'\n";
    return kExitError;
  }
  try {
    return action ? action() : kExitError;
  } catch (const std::bad_alloc&) {
    // What was committed stays: the store writes a run in one transaction, the corpus a batch.
    std::cerr << "verify: out of memory: the input needs more memory than this process may "
                 "use (see 'Limits' in the user guide)\n";
    return kExitError;
  } catch (const std::exception& e) {
    std::cerr << "verify: " << e.what() << "\n";
    return kExitError;
  }
}
