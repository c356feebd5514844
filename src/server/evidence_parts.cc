#include "server/evidence_parts.h"

#include <algorithm>
#include <cctype>

namespace parley::server {
namespace {

struct Span {
  std::size_t begin, end;
  const char* role;
};

bool Overlaps(const std::vector<Span>& spans, std::size_t b, std::size_t e) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return b < s.end && s.begin < e; });
}

// An occurrence of `words` in `text` that overlaps no span, on word edges when possible
// ("US" should not match inside "USA"): the source is looked for closest before the
// event words, the target closest after them, else the first free occurrence.
void Mark(const std::string& text, const std::string& words, const char* role, std::size_t anchor, bool before,
          std::vector<Span>* spans) {
  if (words.empty()) return;
  auto is_word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  for (int pass = 0; pass < 2; ++pass) {
    std::size_t best = std::string::npos, first = std::string::npos;
    for (std::size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + 1)) {
      std::size_t end = at + words.size();
      bool edges = (at == 0 || !is_word(static_cast<unsigned char>(text[at - 1]))) &&
                   (end == text.size() || !is_word(static_cast<unsigned char>(text[end])));
      if ((pass == 0 && !edges) || Overlaps(*spans, at, end)) continue;
      if (first == std::string::npos) first = at;
      if (anchor != std::string::npos) {
        if (before && end <= anchor) best = at;                               // the last one before the event words
        if (!before && at >= anchor && best == std::string::npos) best = at;  // the first one after
      }
    }
    std::size_t at = best != std::string::npos ? best : first;
    if (at != std::string::npos) {
      spans->push_back({at, at + words.size(), role});
      return;
    }
  }
}

}  // namespace

std::vector<TextPart> SplitEvidence(const std::string& evidence, std::size_t evidence_start, std::size_t event_start,
                                    std::size_t event_end, const std::string& source_text,
                                    const std::string& target_text) {
  std::vector<Span> spans;
  std::size_t ev_begin = std::string::npos, ev_end = std::string::npos;
  if (event_start < event_end && event_start >= evidence_start && event_end <= evidence_start + evidence.size()) {
    ev_begin = event_start - evidence_start, ev_end = event_end - evidence_start;
    spans.push_back({ev_begin, ev_end, "event"});
  }
  Mark(evidence, source_text, "source", ev_begin, true, &spans);
  if (target_text != source_text || source_text.empty()) Mark(evidence, target_text, "target", ev_end, false, &spans);
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<TextPart> parts;
  std::size_t at = 0;
  for (const Span& s : spans) {
    if (s.begin > at) parts.push_back({evidence.substr(at, s.begin - at), nullptr});
    parts.push_back({evidence.substr(s.begin, s.end - s.begin), s.role});
    at = s.end;
  }
  if (at < evidence.size()) parts.push_back({evidence.substr(at), nullptr});
  return parts;
}

}  // namespace parley::server
