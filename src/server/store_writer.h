#pragma once
// The writes of `parley serve --writable`: pasted stories (POST /api/stories) and
// corrections (POST /api/events/{id}/corrections), through one writable store opened
// on first use and shared by the requests one at a time. The read endpoints keep their
// read-only stores and see a write once it is committed. Thread-safe.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::server {

class StoreWriter {
 public:
  explicit StoreWriter(std::string location) : location_(std::move(location)) {}
  // Adds the story and its events in one transaction. False, adding nothing, when a
  // story with the same id, URL or text is already stored.
  Result<bool> Store(const Story& story, const std::vector<Event>& events, IngestStats* stats);
  // EventStore::AddCorrection: the stored correction, NotFound for an unknown event.
  Result<Correction> Correct(const Correction& c);

 private:
  // Runs f(store) under the lock, opening the store first; a failed write closes it,
  // so that the next one reopens rather than reuses a broken connection.
  template <typename R, typename F>
  R Write(F&& f);

  std::string location_;
  std::mutex mu_;
  std::unique_ptr<EventStore> store_;  // guarded by mu_
};

// The id of a pasted story given none: "pasted-" and a hash of its text, so that two
// different pasted stories never share one.
std::string PastedStoryId(const std::string& text);

}  // namespace parley::server
