#include "server/story_writer.h"

#include <fmt/format.h>

namespace parley::server {

Result<bool> StoryWriter::Store(const Story& story, const std::vector<Event>& events, IngestStats* stats) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!store_) {
    auto opened = EventStore::Open(location_, /*read_only=*/false);
    if (!opened.ok()) return opened.status();
    store_ = std::move(opened).value();
  }
  auto added = store_->AddStory(story, events, stats);
  if (!added.ok()) store_.reset();  // reopen next time rather than reuse a broken connection
  return added;
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
