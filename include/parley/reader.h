#pragma once
// Story readers: plain-text stories and JSON Lines, from files, directories or a
// stream. Bad content is reported per file:line and reading goes on.
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "parley/status.h"
#include "parley/story.h"

namespace parley {

enum class InputFormat { kAuto, kText, kJsonl };

struct ReadProblem {
  std::string where;  // "file:line" or "file"
  std::string message;
};

struct ReadStats {
  std::size_t stories = 0;
  std::size_t problems = 0;
  std::uint64_t bytes = 0;  // input bytes consumed so far (updated before each story)
};

// Called once per story read; return false to stop reading.
using StoryCallback = std::function<bool(Story&&)>;
using ProblemCallback = std::function<void(const ReadProblem&)>;

// Parses a plain-text story (`date YYYY-MM-DD` first line, `Source: [t](url)` trailer).
// `name` becomes the id and the origin. Returns an error for binary or NUL content
// and for an unreadable date.
Result<Story> ParseTextStory(std::string bytes, const std::string& name);

// Parses one JSON Lines record. `where` ("file:line") is used in messages.
Result<Story> ParseJsonlStory(const std::string& line, const std::string& where);

// How ReadStories reads.
struct ReadOptions {
  // A story longer than this many bytes (a text file, or one JSONL line) is reported
  // as bad input and skipped; it is never held whole in memory (the rest of it is read
  // and dropped). Default: 16 MiB.
  std::size_t max_story_bytes = 16u << 20;
  // Checked between reads and every 200 ms while waiting for input; when it returns
  // true, reading stops (the story being read is dropped). Default: none.
  std::function<bool()> stop;
  // Called when the reader is about to wait for input on a pipe or a terminal, e.g. to
  // store and commit the stories read so far. Default: none.
  std::function<void()> on_wait;
};

// Reads every story from `paths` (files, directories recursively; "-" is stdin).
// Unreadable paths, directories, links that lead nowhere or in a loop, and files that
// are no regular files inside a directory (FIFOs, sockets, devices) are reported as
// problems. Standard input with nothing but white space gives no story.
Status ReadStories(const std::vector<std::string>& paths, InputFormat format, const ReadOptions& options,
                   const StoryCallback& on_story, const ProblemCallback& on_problem, ReadStats* stats);
// The same with the default ReadOptions.
Status ReadStories(const std::vector<std::string>& paths, InputFormat format, const StoryCallback& on_story,
                   const ProblemCallback& on_problem, ReadStats* stats);

// The total size in bytes of the files `paths` name (directories recursively; 0 for
// stdin), for progress displays.
std::uint64_t InputBytes(const std::vector<std::string>& paths);

// True when `date` is a real calendar date written YYYY-MM-DD.
bool IsValidDate(const std::string& date);

}  // namespace parley
