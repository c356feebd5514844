#include "server/store_writer.h"

#include <fmt/format.h>

namespace parley::server {

template <typename R, typename F>
R StoreWriter::Write(F&& f) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!store_) {
    auto opened = EventStore::Open(location_, /*read_only=*/false);
    if (!opened.ok()) return opened.status();
    store_ = std::move(opened).value();
  }
  R r = f(*store_);
  if (!r.ok() && r.status().code() == StatusCode::kIoError) store_.reset();
  return r;
}

Result<bool> StoreWriter::Store(const Story& story, const std::vector<Event>& events, IngestStats* stats) {
  return Write<Result<bool>>([&](EventStore& s) { return s.AddStory(story, events, stats); });
}

Result<Correction> StoreWriter::Correct(const Correction& c) {
  return Write<Result<Correction>>([&](EventStore& s) { return s.AddCorrection(c); });
}

std::string PastedStoryId(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("pasted-{:016x}", h);
}

}  // namespace parley::server
