#include "output_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace parley::cli {
namespace {

Status ErrnoStatus(const std::string& what) {
  int err = errno;
  return Status::IoError(what + (err != 0 ? std::string(": ") + std::strerror(err) : std::string()));
}

// Writes the file's data to the disk (fsync needs no write access on Linux).
Status SyncFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open " + path + " to sync it");
  int rc = ::fsync(fd);
  Status st = rc == 0 ? Status::Ok() : ErrnoStatus("cannot sync " + path);
  ::close(fd);
  return st;
}

}  // namespace

OutputFile::~OutputFile() { Abandon(); }

Status OutputFile::Open(const std::string& path) {
  if (path.empty() || path == "-") {
    out_ = &std::cout;
    return Status::Ok();
  }
  name_ = path;
  std::error_code ec;
  auto st = std::filesystem::status(path, ec);
  bool special = !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
  if (special) {
    file_.open(path, std::ios::binary);
  } else {
    tmp_ = path + ".tmp-" + std::to_string(::getpid());
    file_.open(tmp_, std::ios::binary);
  }
  if (!file_) {
    tmp_.clear();
    return Status::IoError("cannot write " + path);
  }
  out_ = &file_;
  return Status::Ok();
}

Status OutputFile::Commit(bool interrupted, std::string* final_name) {
  *final_name = name_;
  out_->flush();
  if (!out_->good()) {
    Status st = ErrnoStatus("cannot write " + name_);
    Abandon();
    return st;
  }
  if (!file_.is_open()) return Status::Ok();  // stdout
  errno = 0;
  file_.close();
  if (file_.fail()) {
    Status st = ErrnoStatus("cannot write " + name_);
    Abandon();
    return st;
  }
  if (tmp_.empty()) return Status::Ok();  // a device or pipe, written in place
  if (Status st = SyncFile(tmp_); !st.ok()) {
    Abandon();
    return st;
  }
  *final_name = interrupted ? name_ + ".partial" : name_;
  std::error_code ec;
  std::filesystem::rename(tmp_, *final_name, ec);
  if (ec) {
    Status st = Status::IoError("cannot rename " + tmp_ + " to " + *final_name + ": " + ec.message());
    Abandon();
    return st;
  }
  tmp_.clear();
  // Make the rename itself durable.
  std::string dir = std::filesystem::path(*final_name).parent_path().string();
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  return Status::Ok();
}

void OutputFile::Abandon() {
  if (file_.is_open()) file_.close();
  if (tmp_.empty()) return;
  std::error_code ec;
  std::filesystem::remove(tmp_, ec);
  tmp_.clear();
}

}  // namespace parley::cli
