// Helpers shared by the end-to-end suites: the `verify` command line, and a cpp-httplib server
// started on 127.0.0.1 for the life of a test.
#pragma once

#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "test_support.h"

namespace verify::test {

// The real binary with `--home HOME` and `args` (already shell-quoted where needed).
inline std::string verify_cmd(const std::filesystem::path& home, const std::string& args) {
  return shell_quote(VERIFY_BINARY) + " --home " + shell_quote(home.string()) + " " + args;
}

// Binds `server` to a free port on 127.0.0.1, runs it on `thread` and waits until it listens.
// Returns the port. Stop it with server.stop() and join the thread.
inline int start_loopback(httplib::Server& server, std::thread& thread) {
  int port = server.bind_to_any_port("127.0.0.1");
  REQUIRE(port > 0);
  thread = std::thread([&server] { server.listen_after_bind(); });
  // cpp-httplib 0.11 has no wait_until_ready(): poll until the listener runs.
  for (int i = 0; i < 500 && !server.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  REQUIRE(server.is_running());
  return port;
}

}  // namespace verify::test
