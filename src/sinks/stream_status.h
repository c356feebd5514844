#pragma once
// How the stream sinks turn the state of a std::ostream into a Status.
#include <cerrno>
#include <cstring>
#include <ostream>
#include <string>

#include "parley/status.h"

namespace parley::sinks {

// OK while `out` is good; else an IoError with the reason of the last failed system
// call (a failed write leaves it in errno), e.g. "No space left on device".
inline Status StreamStatus(const std::ostream& out) {
  if (out.good()) return Status::Ok();
  int err = errno;
  return Status::IoError(err != 0 ? std::string(std::strerror(err)) : std::string("write failed"));
}

// Flushes `out`, then reports as StreamStatus does.
inline Status FlushStatus(std::ostream& out) {
  if (out.good()) out.flush();
  return StreamStatus(out);
}

}  // namespace parley::sinks
