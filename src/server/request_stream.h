#pragma once
// A cpp-httplib Stream over one complete, normalised request held in memory (read side)
// and the client's socket (write side, with a deadline for the whole response). Used
// by the Gate's workers; one per request, not shared between threads.
#include <httplib.h>

#include <chrono>
#include <string>

namespace parley::server {

class RequestStream : public httplib::Stream {
 public:
  RequestStream(int fd, std::string request, std::string remote_ip, int remote_port,
                std::chrono::steady_clock::time_point write_deadline);

  bool is_readable() const override { return pos_ < request_.size(); }
  bool is_writable() const override { return !failed_; }
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return fd_; }

 private:
  int fd_;
  std::string request_;
  std::size_t pos_ = 0;
  std::string remote_ip_;
  int remote_port_;
  std::chrono::steady_clock::time_point deadline_;
  bool failed_ = false;
};

}  // namespace parley::server
