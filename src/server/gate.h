#pragma once
// The front of `parley serve`: its own listening socket and one event-loop thread that
// accepts connections and reads each request completely (RequestFraming: head and body
// within their caps, the whole request within a deadline) before a worker thread sees
// it. Slow, idle and oversized clients therefore cost a socket and a small buffer, never
// a worker (issue 20, D1). Workers hand keep-alive connections back to the loop, which
// also answers pipelined requests one after another. cpp-httplib (a compiled Debian
// library whose listen backlog and header limits cannot be changed) only parses and
// routes the complete, normalised request (see docs/RELIABILITY.md).
//
// Thread safety: Run() blocks in the calling thread; Stop() may be called from any
// thread or a signal handler (it only writes to an eventfd).
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "parley/status.h"
#include "server/request_framing.h"

namespace parley::server {

struct GateOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  FramingLimits framing;
  std::size_t workers = 64;
  int request_timeout_ms = 10000;  // first byte of a request to its last
  int idle_timeout_ms = 5000;      // keep-alive connection with no request
  int write_timeout_ms = 10000;    // a whole response
  std::size_t max_connections = 4096;
  std::size_t max_connections_per_client = 128;  // per remote address
  int backlog = 511;
};

// What a worker does with one complete request: answers it on `stream` (closing the
// connection when `must_close`) and returns whether the connection may stay open.
class RequestStream;
using RequestHandler = std::function<bool(RequestStream& stream, bool must_close)>;

class Gate {
 public:
  Gate(GateOptions options, RequestHandler handler);
  ~Gate();
  // Binds and listens; returns the port. "port N is in use" when another process holds it.
  Result<int> Bind();
  // Serves until Stop(); returns within about a second of it.
  void Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::server
