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

#include "parley/lexicon.h"
#include "parley/status.h"

namespace parley {

struct ServerOptions {
  std::string db = "parley.db";  // SQLite path or postgresql:// URI, opened read-only
  std::string host = "127.0.0.1";
  int port = 8080;           // 0: any free port
  std::string web_dir;       // dashboard folder ("" = no dashboard)
  std::size_t threads = 64;  // worker threads (one per open connection)
  std::size_t max_body_bytes = 1u << 20;
};

class HttpServer {
 public:
  HttpServer(ServerOptions options, std::shared_ptr<const Lexicon> lexicon);
  ~HttpServer();
  // Checks the database and binds the port; returns the port.
  Result<int> Bind();
  // Serves until Stop(); false when the server failed.
  bool Listen();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley
