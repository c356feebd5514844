// `parley serve`: the HTTP API and the dashboard over an event store, read-only.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "commands.h"
#include "lexicon_loader.h"
#include "parley/server.h"
#include "parley/store.h"
#include "store_cli.h"

namespace parley::cli {
namespace {

HttpServer* g_server = nullptr;
void OnSignal(int) {
  if (g_server) g_server->Stop();
}

struct ServeArgs {
  ServerOptions opt;
  std::string dict, petrarch;
};

int RunServe(ServeArgs& a) {
  if (!IsPostgresLocation(a.opt.db) && !std::filesystem::exists(a.opt.db)) {
    std::cerr << "parley serve: no database " << a.opt.db << " (create it with `parley ingest --db " << a.opt.db
              << "`)\n";
    return 1;
  }
  if (!a.opt.web_dir.empty()) {
    if (Status assets = CheckDashboardAssets(a.opt.web_dir); !assets.ok()) {
      std::cerr << "parley serve: the dashboard needs " << assets.message()
                << ", which is missing: run `make web` (or serve the API alone with --web '')\n";
      return 2;
    }
  }
  auto lex = LoadDictionariesOrReport(a.dict, a.petrarch, false);
  if (!lex) return 1;
  HttpServer server(a.opt, lex);
  auto port = server.Bind();
  if (!port.ok()) {
    std::cerr << "parley serve: " << port.status().message() << "\n";
    return 1;
  }
  std::cout << "listening on http://" << a.opt.host << ":" << port.value() << "/" << std::endl;
  g_server = &server;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  bool ok = server.Listen();
  // Listen returns within a second of the signal; a pasted story still being coded
  // cannot be interrupted and its answer has nowhere to go, so the process ends here
  // instead of waiting for it in the server's destructor.
  std::fflush(nullptr);
  std::_Exit(ok ? 0 : 1);
}

}  // namespace

std::function<int()> RegisterServe(CLI::App& app) {
  auto a = std::make_shared<ServeArgs>();
#ifdef PARLEY_DEFAULT_WEB_DIR
  a->opt.web_dir = PARLEY_DEFAULT_WEB_DIR;
#endif
  auto* cmd = app.add_subcommand("serve", "Serve the HTTP API and the dashboard over an event store (read-only)");
  cmd->add_option("--db", a->opt.db, kDbHelp);
  cmd->add_option("--host", a->opt.host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", a->opt.port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--web", a->opt.web_dir, "Dashboard folder (default: parley's web/; '' serves the API alone)");
  cmd->add_option("--threads", a->opt.threads, "Worker threads: requests handled at once (default 64)")
      ->check(CLI::Range(2, 1024));
  cmd->add_option("--max-body-bytes", a->opt.max_body_bytes,
                  "Largest request body, any framing (default 1 MiB); larger is 413")
      ->check(CLI::Range(1, 1 << 30));
  cmd->add_option("--allow-host", a->opt.allowed_hosts,
                  "Also answer requests whose Host is NAME (repeatable; '*' any). Default: loopback names only");
  cmd->add_option("--max-client-connections", a->opt.max_client_connections,
                  "Open connections per client address (default 128); more get 503")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--max-coding", a->opt.max_coding_requests,
                  "POST /api/code requests at once (default: one per core); more get 503")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--max-coding-seconds", a->opt.max_coding_seconds,
                  "Longest time one POST /api/code story may take (default 10); longer gets 503. 0: no limit")
      ->check(CLI::Range(0.0, 86400.0));
  cmd->add_flag("--writable", a->opt.writable,
                "Let the dashboard store pasted stories (POST /api/stories); default: never write");
  cmd->add_option("--dict", a->dict, "Dictionary folder for POST /api/code (default: parley's data/)");
  cmd->add_option("--petrarch-dicts", a->petrarch, kPetrarchDictsHelp);
  return [a]() { return RunServe(*a); };
}

}  // namespace parley::cli
