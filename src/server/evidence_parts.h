#pragma once
// Splits an evidence sentence into consecutive pieces marking the source words, the
// event words and the target words, so that a page can highlight them without
// computing offsets (the store keeps byte offsets; browsers count UTF-16 units).
#include <cstddef>
#include <string>
#include <vector>

namespace parley::server {

struct TextPart {
  std::string text;
  const char* role = nullptr;  // "source", "event", "target" or nullptr
};

// `evidence` is the sentence text starting at byte `evidence_start` of the story;
// [event_start, event_end) are story byte offsets of the event words (ignored when
// empty or outside the sentence). The source and target words are found as the first
// occurrence of `source_text` / `target_text` that does not overlap a marked piece.
// The parts' texts joined are exactly `evidence`.
std::vector<TextPart> SplitEvidence(const std::string& evidence, std::size_t evidence_start, std::size_t event_start,
                                    std::size_t event_end, const std::string& source_text,
                                    const std::string& target_text);

}  // namespace parley::server
