#pragma once
// Story: one news article as read, before coding. Offsets in events point into `text`.
#include <cstddef>
#include <string>

namespace parley {

// A news story. `text` holds the bytes as read (for a plain-text file: the whole file);
// coding looks only at [body_begin, body_end), which excludes a `date ...` header line
// and a trailing `Source: [title](url)` line. Byte offsets in events index `text`.
struct Story {
  std::string id;     // from JSONL `id`, or the file name without directory
  std::string date;   // YYYY-MM-DD, or empty when unknown
  std::string title;  // optional
  std::string url;    // optional (JSONL `url`, or a text file's Source line)
  std::string dateline;  // optional (JSONL `dateline`, "WASHINGTON, April 24"), when the
                         // feed keeps it out of the text
  std::string text;   // the story bytes as read
  std::size_t body_begin = 0;
  std::size_t body_end = 0;  // set to text.size() by readers when there is no trailer
  std::string origin;        // "file:line" where the story came from, for messages
};

}  // namespace parley
