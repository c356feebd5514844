#pragma once
// Sinks write events somewhere. Adding an output format means adding a sink.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "parley/event.h"
#include "parley/status.h"
#include "parley/story.h"

namespace parley {

// Receives the coded stories in input order: Begin() once, Write() per story, End()
// once. Each call says whether to go on: a non-OK Status (a failed or short write,
// e.g. a full disk, a file-size limit or a closed pipe) means stop; the caller reports
// it and must not treat the output as complete. The message gives the reason only
// ("No space left on device"); the caller names the destination. A sink does not own
// its stream; one sink is used by one thread.
class Sink {
 public:
  virtual ~Sink() = default;
  [[nodiscard]] virtual Status Begin() { return Status::Ok(); }
  [[nodiscard]] virtual Status Write(const Story& story, const std::vector<Event>& events) = 0;
  // Flushes the stream and reports any write that failed on the way.
  [[nodiscard]] virtual Status End() { return Status::Ok(); }
};

// One JSON object per line with the fields documented in docs/OUTPUT.md.
std::unique_ptr<Sink> MakeJsonlSink(std::ostream* out);
// A header row, then GDELT-like tab-separated columns.
std::unique_ptr<Sink> MakeTsvSink(std::ostream* out);

// The JSON object for one event (used by the JSONL sink and the server).
std::string EventToJson(const Event& e);

}  // namespace parley
