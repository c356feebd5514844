#pragma once
// `parley serve`: the HTTP API and the dashboard over an event store (docs/API.md).
//
//   parley::ServerOptions o;
//   o.db = "news.db";
//   parley::HttpServer server(o, lexicon);
//   auto port = server.Bind();          // port 0 picks a free one
//   server.Listen();                    // blocks until Stop()
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "parley/lexicon.h"
#include "parley/status.h"

namespace parley {

struct ServerOptions {
  std::string db = "parley.db";  // SQLite path or postgresql:// URI, read-only unless `writable`
  std::string host = "127.0.0.1";
  int port = 8080;      // 0: any free port
  std::string web_dir;  // dashboard folder ("" = no dashboard)
  // Worker threads: requests handled at once. Connections still sending a request, or
  // idle between requests, hold none. Default: 64.
  std::size_t threads = 64;
  std::size_t max_body_bytes = 1u << 20;  // any framing; larger is 413. Default: 1 MiB
  // Host header names served besides localhost, 127.0.0.1, ::1 and `host`; "*" allows
  // any. Others get 421 (protects a loopback server from DNS rebinding). Default: none.
  std::vector<std::string> allowed_hosts;
  std::size_t max_client_connections = 128;  // open connections per remote address
  std::size_t max_coding_requests = 0;       // POST /api/code at once; 0: one per core
  double max_coding_seconds = 10;            // one story's coding time; past it 503 (0: no limit)
  // POST /api/stories stores pasted stories (through one writable connection); without
  // it the server never writes and that endpoint answers 403. Default: false.
  bool writable = false;
};

// NotFound naming the first file the dashboard page needs from web_dir/node_modules
// (installed by `make web`) that is missing.
Status CheckDashboardAssets(const std::string& web_dir);

// Thread safety: Bind and Listen from one thread; Stop from any thread or a signal handler.
class HttpServer {
 public:
  HttpServer(ServerOptions options, std::shared_ptr<const Lexicon> lexicon);
  ~HttpServer();
  // Checks the database and binds the port; returns the port.
  Result<int> Bind();
  // Serves until Stop(); returns within about a second of it.
  bool Listen();
  // Safe from a signal handler.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley
