#include "server/request_stream.h"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace parley::server {

RequestStream::RequestStream(int fd, std::string request, std::string remote_ip, int remote_port,
                             std::chrono::steady_clock::time_point write_deadline)
    : fd_(fd),
      request_(std::move(request)),
      remote_ip_(std::move(remote_ip)),
      remote_port_(remote_port),
      deadline_(write_deadline) {}

ssize_t RequestStream::read(char* ptr, size_t size) {
  std::size_t n = std::min(size, request_.size() - pos_);
  std::memcpy(ptr, request_.data() + pos_, n);
  pos_ += n;
  if (pos_ == request_.size()) {  // all with cpp-httplib now: free it before the handler runs
    std::string().swap(request_);
    pos_ = 0;
  }
  return static_cast<ssize_t>(n);
}

// The socket is non-blocking: waits for room until the response's deadline, so a client
// that does not read cannot hold the worker longer than that.
ssize_t RequestStream::write(const char* ptr, size_t size) {
  std::size_t done = 0;
  while (!failed_ && done < size) {
    ssize_t n = ::send(fd_, ptr + done, size - done, MSG_NOSIGNAL);
    if (n > 0) {
      done += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - std::chrono::steady_clock::now());
      pollfd p{fd_, POLLOUT, 0};
      if (left.count() > 0 && ::poll(&p, 1, static_cast<int>(left.count())) > 0 && !(p.revents & (POLLERR | POLLHUP)))
        continue;
    }
    failed_ = true;
  }
  return failed_ ? -1 : static_cast<ssize_t>(size);
}

void RequestStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = remote_ip_;
  port = remote_port_;
}

void RequestStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  ip.clear();
  port = 0;
  if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) return;
  char buf[INET6_ADDRSTRLEN] = {};
  if (addr.ss_family == AF_INET) {
    auto* a = reinterpret_cast<sockaddr_in*>(&addr);
    ::inet_ntop(AF_INET, &a->sin_addr, buf, sizeof(buf));
    port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    auto* a = reinterpret_cast<sockaddr_in6*>(&addr);
    ::inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof(buf));
    port = ntohs(a->sin6_port);
  }
  ip = buf;
}

}  // namespace parley::server
