// fetch_bench: link-fetching throughput against a local cpp-httplib server on 127.0.0.1.
//
// Workloads (each run with a fresh Fetcher; the figure reported is the median of --runs):
//   cold        N distinct pages, empty cache: download, decode, HTML to text, cache write
//   revalidate  the same N pages again with max_age 0: conditional requests answered 304
//
// Flags: --n=400 --concurrent=8 --body-kb=8 --runs=3
// The server runs in-process, so figures measure the fetch layer (curl multi, parsing, SQLite),
// not a network. Example: fetch_bench --n=400 --concurrent=8
#include <httplib.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "verify/fetch.h"

namespace {

struct Flags {
  std::size_t n = 400;
  std::size_t concurrent = 8;
  std::size_t body_kb = 8;
  int runs = 3;
};

Flags parse_flags(int argc, char** argv) {
  Flags f;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      std::string prefix = std::string("--") + name + "=";
      return a.rfind(prefix, 0) == 0 ? argv[i] + prefix.size() : nullptr;
    };
    if (const char* v = value("n")) {
      f.n = std::strtoul(v, nullptr, 10);
    } else if (const char* v = value("concurrent")) {
      f.concurrent = std::strtoul(v, nullptr, 10);
    } else if (const char* v = value("body-kb")) {
      f.body_kb = std::strtoul(v, nullptr, 10);
    } else if (const char* v = value("runs")) {
      f.runs = std::atoi(v);
    } else {
      std::fprintf(stderr,
                   "usage: fetch_bench [--n=400] [--concurrent=8] [--body-kb=8] [--runs=3]\n");
      std::exit(2);
    }
  }
  f.concurrent = std::max<std::size_t>(1, f.concurrent);
  f.runs = std::max(1, f.runs);
  return f;
}

std::string make_page(std::size_t kb) {
  std::string html =
      "<!doctype html><html><head><title>Bench story</title>"
      "<meta property=\"article:published_time\" content=\"2026-02-19T08:00:00Z\">"
      "<script>var x = 1;</script></head><body><nav><a href=\"/\">Home</a></nav><article>";
  while (html.size() < kb * 1024) {
    html +=
        "<p>Algeria ordered 12 French officials to leave within 48 hours, the ministry said "
        "on Tuesday, in a move described as a response to the detention of a consular agent."
        "</p>\n";
  }
  return html + "</article><footer>Footer</footer></body></html>";
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// httplib listens with a backlog of 5: a burst of --concurrent connects overflows it and a
// dropped SYN costs a 1 s retransmit, which would be measured as fetcher time. Calling
// listen() again on the bound socket raises the backlog (Linux); httplib does not expose the
// socket, so find it by its port.
void raise_backlog(int port) {
  for (int fd = 0; fd < 1024; ++fd) {
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    int listening = 0;
    socklen_t optlen = sizeof listening;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) continue;
    if (addr.sin_family != AF_INET || ntohs(addr.sin_port) != port) continue;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &optlen) == 0 && listening) {
      listen(fd, 512);
    }
  }
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags = parse_flags(argc, argv);
  const std::string page = make_page(flags.body_kb);

  httplib::Server server;
  // More workers than transfers so the server is never the queue being measured.
  server.new_task_queue = [&] { return new httplib::ThreadPool(flags.concurrent * 2 + 4); };
  server.Get(R"(/page/(\d+))", [&](const httplib::Request& req, httplib::Response& res) {
    std::string etag = "\"p" + std::string(req.matches[1]) + "\"";
    res.set_header("ETag", etag);
    if (req.get_header_value("If-None-Match") == etag) {
      res.status = 304;
      return;
    }
    // A sized provider is sent uncompressed: httplib would otherwise brotli-compress each
    // response at top quality, and the server's compression would be what gets measured.
    res.set_content_provider(page.size(), "text/html; charset=utf-8",
                             [&](size_t offset, size_t length, httplib::DataSink& sink) {
                               sink.write(page.data() + offset, length);
                               return true;
                             });
  });
  // Headers and body go out in separate writes; with Nagle on, delayed ACKs add ~40 ms each.
  server.set_tcp_nodelay(true);
  // httplib closes a connection after 5 requests; keep them, as a real site would.
  server.set_keep_alive_max_count(1000000);
  int port = server.bind_to_any_port("127.0.0.1");
  if (port <= 0) {
    std::fprintf(stderr, "fetch_bench: cannot bind 127.0.0.1\n");
    return 1;
  }
  raise_backlog(port);
  std::thread listener([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  std::vector<std::string> urls;
  for (std::size_t i = 0; i < flags.n; ++i) {
    urls.push_back("http://127.0.0.1:" + std::to_string(port) + "/page/" + std::to_string(i));
  }
  verify::corpus::FetchOptions options;
  options.allow_private = true;
  options.max_concurrent = flags.concurrent;
  options.per_host = flags.concurrent;  // one host here; the politeness limit would dominate
  options.max_age_seconds = 0;

  std::printf("fetch_bench: %zu pages of %zu KB from 127.0.0.1, %zu concurrent, %d runs\n", flags.n,
              flags.body_kb, flags.concurrent, flags.runs);
  std::printf("%-11s %4s %9s %10s %8s %6s\n", "workload", "run", "seconds", "links/s", "MB/s",
              "ok");
  std::vector<double> cold, revalidate;
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("fetch_bench-" + std::to_string(::getpid()));
  for (int run = 1; run <= flags.runs; ++run) {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    for (const char* workload : {"cold", "revalidate"}) {
      verify::corpus::Fetcher fetcher(dir / "verify.db", options);
      auto start = std::chrono::steady_clock::now();
      auto results = fetcher.fetch(urls);
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::size_t ok = std::count_if(results.begin(), results.end(), [](const auto& r) {
        return r.status == verify::corpus::LinkStatus::kOk;
      });
      double rate = static_cast<double>(flags.n) / secs;
      bool is_cold = std::string(workload) == "cold";
      double mb = is_cold ? static_cast<double>(flags.n * page.size()) / 1e6 / secs : 0;
      (is_cold ? cold : revalidate).push_back(rate);
      std::printf("%-11s %4d %9.3f %10.1f %8.2f %6zu\n", workload, run, secs, rate, mb, ok);
    }
  }
  std::filesystem::remove_all(dir);
  std::printf("\n%-11s %10s\n", "median", "links/s");
  std::printf("%-11s %10.1f\n%-11s %10.1f\n", "cold", median(cold), "revalidate",
              median(revalidate));
  std::printf("peak RSS %.1f MB\n", static_cast<double>(peak_rss_kb()) / 1024.0);

  server.stop();
  listener.join();
  return 0;
}
