#include "server/gate.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include "server/request_stream.h"

namespace parley::server {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr std::size_t kReadChunk = 64u << 10;
constexpr std::size_t kMaxRequestsPerConnection = 1000;
constexpr milliseconds kLinger(1000);  // reading and dropping a refused body before closing

const char* Reason(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 408:
      return "Request Timeout";
    case 411:
      return "Length Required";
    case 413:
      return "Payload Too Large";
    case 414:
      return "URI Too Long";
    case 417:
      return "Expectation Failed";
    case 421:
      return "Misdirected Request";
    case 431:
      return "Request Header Fields Too Large";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    case 505:
      return "HTTP Version Not Supported";
  }
  return "Error";
}

// A JSON {code, message} error that closes the connection. Messages are our own ASCII
// text plus at most a quoted header value, which RequestFraming checked for controls.
std::string ErrorResponse(int status, const std::string& message) {
  std::string escaped;
  for (char c : message) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) ? '?' : c;
  }
  std::string body = fmt::format(R"({{"code":{},"message":"{}"}})", status, escaped);
  return fmt::format(
      "HTTP/1.1 {} {}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n"
      "Connection: close\r\n{}\r\n{}",
      status, Reason(status), body.size(), status == 503 ? "Retry-After: 1\r\n" : "", body);
}

std::string PeerAddress(const sockaddr_storage& addr, int* port) {
  char buf[INET6_ADDRSTRLEN] = {};
  *port = 0;
  if (addr.ss_family == AF_INET) {
    auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    ::inet_ntop(AF_INET, &a->sin_addr, buf, sizeof(buf));
    *port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    ::inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof(buf));
    *port = ntohs(a->sin6_port);
  }
  return buf;
}

enum class ConnState { kReading, kWorking, kDraining };

struct Conn {
  Conn(int f, std::string i, int p, const FramingLimits* limits) : fd(f), ip(std::move(i)), port(p), framing(limits) {}
  int fd;
  std::string ip;
  int port;
  std::string in;       // bytes read and not yet framed (a pipelined request's start)
  std::string request;  // the complete request, for the worker
  RequestFraming framing;
  Clock::time_point deadline;
  ConnState state = ConnState::kReading;
  std::size_t served = 0;
};

}  // namespace

struct Gate::Impl {
  GateOptions opt;
  RequestHandler handler;
  int listen_fd = -1, epoll_fd = -1, wake_fd = -1;
  std::atomic<bool> stopping{false};
  // Owned by the loop thread.
  std::unordered_map<int, std::unique_ptr<Conn>> conns;
  std::unordered_map<std::string, std::size_t> per_client;
  // Shared with the workers, under `mu`.
  std::mutex mu;
  std::condition_variable cv, idle_cv;
  std::deque<Conn*> ready;
  std::deque<std::pair<Conn*, bool>> returned;  // (connection, keep it open)
  std::size_t busy = 0;
  bool quit = false;
  std::vector<std::thread> workers;

  ~Impl() {
    {
      std::lock_guard<std::mutex> lock(mu);
      quit = true;
    }
    cv.notify_all();
    for (auto& t : workers) t.join();
    for (auto& [fd, c] : conns) ::close(fd);
    for (int fd : {listen_fd, epoll_fd, wake_fd})
      if (fd >= 0) ::close(fd);
  }

  void Wake() {
    std::uint64_t one = 1;
    [[maybe_unused]] auto n = ::write(wake_fd, &one, sizeof(one));
  }

  void Watch(Conn* c) {
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.fd = c->fd;
    ::epoll_ctl(epoll_fd, EPOLL_CTL_ADD, c->fd, &ev);
  }

  void Close(Conn* c) {
    if (--per_client[c->ip] == 0) per_client.erase(c->ip);
    ::epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c->fd, nullptr);
    int fd = c->fd;
    conns.erase(fd);
    ::close(fd);
  }

  // Sends the error, stops sending, and reads (and drops) what the client still sends
  // for a moment, so that it sees the answer rather than a reset.
  void Refuse(Conn* c, int status, const std::string& message) {
    std::string r = ErrorResponse(status, message);
    [[maybe_unused]] auto n = ::send(c->fd, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    ::shutdown(c->fd, SHUT_WR);
    c->state = ConnState::kDraining;
    c->in.clear();
    c->in.shrink_to_fit();
    c->deadline = Clock::now() + kLinger;
  }

  void Accept() {
    for (;;) {
      sockaddr_storage addr{};
      socklen_t len = sizeof(addr);
      int fd = ::accept4(listen_fd, reinterpret_cast<sockaddr*>(&addr), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) return;  // EAGAIN, or out of descriptors: the backlog holds the rest
      int port = 0;
      std::string ip = PeerAddress(addr, &port);
      if (conns.size() >= opt.max_connections || per_client[ip] >= opt.max_connections_per_client) {
        std::string r = ErrorResponse(503, "too many connections; retry later");
        [[maybe_unused]] auto n = ::send(fd, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (per_client[ip] == 0) per_client.erase(ip);
        ::close(fd);
        continue;
      }
      int yes = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof(yes));
      auto c = std::make_unique<Conn>(fd, ip, port, &opt.framing);
      c->deadline = Clock::now() + milliseconds(opt.request_timeout_ms);
      ++per_client[ip];
      Watch(c.get());
      conns.emplace(fd, std::move(c));
    }
  }

  void OnReadable(Conn* c) {
    char buf[kReadChunk];
    ssize_t n = ::recv(c->fd, buf, sizeof(buf), 0);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return;
    if (n <= 0) return Close(c);  // closed by the client, or reset
    if (c->state == ConnState::kDraining) return;
    if (!c->framing.started() && c->in.empty()) c->deadline = Clock::now() + milliseconds(opt.request_timeout_ms);
    c->in.append(buf, static_cast<std::size_t>(n));
    Advance(c);
  }

  void Advance(Conn* c) {
    RequestFraming::State s = c->framing.Feed(c->in);
    if (c->framing.TakeContinue()) {
      static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
      [[maybe_unused]] auto n = ::send(c->fd, kContinue, sizeof(kContinue) - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    if (s == RequestFraming::State::kError) return Refuse(c, c->framing.error_status(), c->framing.error_message());
    if (s != RequestFraming::State::kComplete) return;
    c->request = c->framing.TakeRequest();
    c->state = ConnState::kWorking;
    ::epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c->fd, nullptr);
    {
      std::lock_guard<std::mutex> lock(mu);
      ready.push_back(c);
    }
    cv.notify_one();
  }

  void OnReturned(Conn* c, bool keep) {
    ++c->served;
    if (!keep || stopping) return Close(c);
    c->state = ConnState::kReading;
    c->deadline = Clock::now() + milliseconds(c->in.empty() ? opt.idle_timeout_ms : opt.request_timeout_ms);
    Watch(c);
    if (!c->in.empty()) Advance(c);  // a pipelined request already read
  }

  // Closes connections past their deadline: a request not complete in time gets 408.
  void Sweep() {
    auto now = Clock::now();
    std::vector<Conn*> late;
    for (auto& [fd, c] : conns)
      if (c->state != ConnState::kWorking && now >= c->deadline) late.push_back(c.get());
    for (Conn* c : late) {
      if (c->state == ConnState::kReading && (c->framing.started() || !c->in.empty())) {
        std::string r = ErrorResponse(408, fmt::format("request not complete within {} ms", opt.request_timeout_ms));
        [[maybe_unused]] auto n = ::send(c->fd, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
      }
      Close(c);
    }
  }

  void Work() {
    for (;;) {
      Conn* c = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return quit || !ready.empty(); });
        if (ready.empty()) return;
        c = ready.front();
        ready.pop_front();
        ++busy;
      }
      bool must_close = stopping || c->served + 1 >= kMaxRequestsPerConnection;
      RequestStream stream(c->fd, std::move(c->request), c->ip, c->port,
                           Clock::now() + milliseconds(opt.write_timeout_ms));
      c->request = std::string();
      bool keep = false;
      try {
        keep = handler(stream, must_close) && !must_close;
      } catch (...) {
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        returned.emplace_back(c, keep);
        --busy;
      }
      idle_cv.notify_all();
      Wake();
    }
  }

  void DrainReturned() {
    std::deque<std::pair<Conn*, bool>> back;
    {
      std::lock_guard<std::mutex> lock(mu);
      back.swap(returned);
    }
    for (auto [c, keep] : back) OnReturned(c, keep);
  }

  // Stops accepting, drops waiting connections, cuts the sockets of requests in
  // progress (their writes fail at once) and waits up to a second for the workers.
  void Shutdown() {
    ::close(listen_fd);
    listen_fd = -1;
    {
      std::lock_guard<std::mutex> lock(mu);
      for (Conn* c : ready) c->state = ConnState::kReading;  // never started: close below
      ready.clear();
    }
    std::vector<Conn*> all;
    for (auto& [fd, c] : conns) all.push_back(c.get());
    for (Conn* c : all) {
      if (c->state == ConnState::kWorking)
        ::shutdown(c->fd, SHUT_RDWR);
      else
        Close(c);
    }
    std::unique_lock<std::mutex> lock(mu);
    idle_cv.wait_for(lock, milliseconds(900), [&] { return busy == 0; });
  }

  void Loop() {
    epoll_event events[64];
    auto next_sweep = Clock::now();
    while (!stopping) {
      int n = ::epoll_wait(epoll_fd, events, 64, 100);
      for (int i = 0; i < n && !stopping; ++i) {
        int fd = events[i].data.fd;
        if (fd == listen_fd) {
          Accept();
        } else if (fd == wake_fd) {
          std::uint64_t v;
          [[maybe_unused]] auto r = ::read(wake_fd, &v, sizeof(v));
          DrainReturned();
        } else if (auto it = conns.find(fd); it != conns.end()) {
          OnReadable(it->second.get());
        }
      }
      if (Clock::now() >= next_sweep) {
        Sweep();
        next_sweep = Clock::now() + milliseconds(100);
      }
    }
    Shutdown();
  }
};

Gate::Gate(GateOptions options, RequestHandler handler) : impl_(std::make_unique<Impl>()) {
  impl_->opt = std::move(options);
  impl_->handler = std::move(handler);
}

Gate::~Gate() = default;

Result<int> Gate::Bind() {
  Impl& m = *impl_;
  addrinfo hints{}, *res = nullptr;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  std::string port_text = std::to_string(m.opt.port);
  if (int e = ::getaddrinfo(m.opt.host.c_str(), port_text.c_str(), &hints, &res); e != 0)
    return Status::IoError(fmt::format("cannot resolve {}: {}", m.opt.host, ::gai_strerror(e)));
  int fd = ::socket(res->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  // SO_REUSEADDR (restart over TIME_WAIT) but never SO_REUSEPORT: a second server on a
  // busy port must fail, not share it (issue 15).
  int yes = 1;
  if (fd >= 0) ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  int err = fd < 0 ? errno : (::bind(fd, res->ai_addr, res->ai_addrlen) == 0 ? 0 : errno);
  ::freeaddrinfo(res);
  if (err == 0 && ::listen(fd, m.opt.backlog) != 0) err = errno;
  if (err != 0) {
    if (fd >= 0) ::close(fd);
    if (err == EADDRINUSE) return Status::IoError(fmt::format("port {} is in use", m.opt.port));
    return Status::IoError(fmt::format("cannot listen on {}:{}: {}", m.opt.host, m.opt.port, std::strerror(err)));
  }
  m.listen_fd = fd;
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = 0;
  PeerAddress(addr, &port);
  // Leave room under the descriptor limit for the database and the dashboard's files.
  rlimit lim{};
  if (::getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY && lim.rlim_cur > 128)
    m.opt.max_connections = std::min<std::size_t>(m.opt.max_connections, lim.rlim_cur - 64);
  m.epoll_fd = ::epoll_create1(EPOLL_CLOEXEC);
  m.wake_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (m.epoll_fd < 0 || m.wake_fd < 0) return Status::IoError("cannot create the event loop");
  for (int watched : {m.listen_fd, m.wake_fd}) {
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = watched;
    ::epoll_ctl(m.epoll_fd, EPOLL_CTL_ADD, watched, &ev);
  }
  return port;
}

void Gate::Run() {
  Impl& m = *impl_;
  for (std::size_t i = 0; i < std::max<std::size_t>(m.opt.workers, 1); ++i) m.workers.emplace_back([&m] { m.Work(); });
  m.Loop();
}

void Gate::Stop() {
  impl_->stopping = true;
  if (impl_->wake_fd >= 0) impl_->Wake();
}

}  // namespace parley::server
