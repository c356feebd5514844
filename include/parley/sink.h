#pragma once
// Sinks write events somewhere. Adding an output format means adding a sink.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "parley/event.h"
#include "parley/story.h"

namespace parley {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Begin() {}
  virtual void Write(const Story& story, const std::vector<Event>& events) = 0;
  virtual void End() {}
};

// One JSON object per line with the fields documented in docs/OUTPUT.md.
std::unique_ptr<Sink> MakeJsonlSink(std::ostream* out);
// A header row, then GDELT-like tab-separated columns.
std::unique_ptr<Sink> MakeTsvSink(std::ostream* out);

// The JSON object for one event (used by the JSONL sink and the server).
std::string EventToJson(const Event& e);

}  // namespace parley
