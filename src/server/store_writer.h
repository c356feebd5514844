#pragma once
// POST /api/stories with `parley serve --writable`: stores a pasted story and its
// events through one writable store, opened on first use and shared by the requests
// one at a time. The read endpoints keep their read-only stores and see the story once
// it is committed. Thread-safe.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::server {

class StoryWriter {
 public:
  explicit StoryWriter(std::string location) : location_(std::move(location)) {}
  // Adds the story and its events in one transaction. False, adding nothing, when a
  // story with the same id, URL or text is already stored.
  Result<bool> Store(const Story& story, const std::vector<Event>& events, IngestStats* stats);

 private:
  std::string location_;
  std::mutex mu_;
  std::unique_ptr<EventStore> store_;  // guarded by mu_
};

// The id of a pasted story given none: "pasted-" and a hash of its text, so that two
// different pasted stories never share one.
std::string PastedStoryId(const std::string& text);

}  // namespace parley::server
