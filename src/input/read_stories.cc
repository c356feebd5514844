// ReadStories: stories from files, directories and stdin, read in chunks so that a
// story over the byte limit is never held whole (issue 20, D6/D10).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

#include "input/byte_source.h"
#include "input/input_paths.h"
#include "parley/reader.h"

namespace parley {
namespace fs = std::filesystem;
namespace {

using input::ByteSource;
using input::Got;

// The state of reading one input.
struct OneInput {
  const ReadOptions& options;
  const StoryCallback& on_story;
  const ProblemCallback& on_problem;
  ReadStats* stats;
  std::string name;  // as messages show it: the path, or <stdin>

  void Problem(const std::string& where, const std::string& message) {
    ++stats->problems;
    on_problem({where, message});
  }
  std::string TooLong(const std::string& where, std::uint64_t length) const {
    return where + ": story of " + std::to_string(length) + " bytes is over the limit of " +
           std::to_string(options.max_story_bytes) + " bytes (--max-story-bytes), skipped";
  }
  // Reports what ended a read early. Returns false when reading must stop.
  bool Ended(Got got, const ByteSource& src) {
    if (got == Got::kError) Problem(name, name + ": read error: " + std::strerror(src.error()));
    return got != Got::kStopped;
  }
};

bool ReadJsonl(ByteSource& src, OneInput& in, std::uint64_t bytes_before) {
  std::string line;
  std::size_t number = 0;
  for (;;) {
    std::uint64_t length = 0;
    Got got = src.ReadLine(&line, in.options.max_story_bytes, &length);
    in.stats->bytes = bytes_before + src.consumed();
    if (got != Got::kData && got != Got::kTooLong) return got == Got::kEnd || in.Ended(got, src);
    std::string where = in.name + ":" + std::to_string(++number);
    if (got == Got::kTooLong) {
      in.Problem(where, in.TooLong(where, length));
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<Story> story = ParseJsonlStory(line, where);
    if (!story.ok()) {
      in.Problem(where, story.status().message());
      continue;
    }
    ++in.stats->stories;
    if (!in.on_story(std::move(story).value())) return false;
  }
}

bool ReadText(ByteSource& src, OneInput& in, std::uint64_t bytes_before, bool is_stdin) {
  std::string text;
  std::uint64_t length = 0;
  Got got = src.ReadAll(&text, in.options.max_story_bytes, &length);
  in.stats->bytes = bytes_before + src.consumed();
  if (got == Got::kTooLong) {
    in.Problem(in.name, in.TooLong(in.name, length));
    return true;
  }
  if (got != Got::kData) return in.Ended(got, src);
  // Nothing on stdin (`ingest </dev/null`, e.g. to migrate a database) is no story.
  if (is_stdin && text.find_first_not_of(" \t\r\n") == std::string::npos) return true;
  Result<Story> story = ParseTextStory(std::move(text), in.name);
  if (!story.ok()) {
    in.Problem(in.name, story.status().message());
    return true;
  }
  ++in.stats->stories;
  return in.on_story(std::move(story).value());
}

bool LooksJsonl(const std::string& path, ByteSource& src) {
  std::string ext = fs::path(path).extension().string();
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return true;
  if (ext == ".txt") return false;
  return src.SkipSpaceAndPeek() == '{';
}

// Closes a descriptor it opened (never stdin).
struct Fd {
  int fd = 0;
  ~Fd() {
    if (fd > 0) ::close(fd);
  }
};

// Reads one file, FIFO or stdin. False when reading must stop.
bool ReadOne(const std::string& path, InputFormat format, OneInput& in) {
  Fd fd;
  in.name = path == "-" ? "<stdin>" : path;
  if (path != "-") {
    // O_NONBLOCK: opening a FIFO must not block where no stop flag is checked; reads
    // then block again (and ByteSource polls).
    fd.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd.fd < 0) {
      in.Problem(path, input::PathProblem(path, std::error_code(errno, std::generic_category())));
      return true;
    }
    ::fcntl(fd.fd, F_SETFL, ::fcntl(fd.fd, F_GETFL) & ~O_NONBLOCK);
  }
  ByteSource src(fd.fd, in.options.stop, in.options.on_wait);
  const std::uint64_t before = in.stats->bytes;
  bool jsonl = format == InputFormat::kJsonl || (format == InputFormat::kAuto && LooksJsonl(path, src));
  if (jsonl) return ReadJsonl(src, in, before);
  struct stat st;
  if (::fstat(fd.fd, &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<std::uint64_t>(st.st_size) > in.options.max_story_bytes) {
    in.Problem(in.name, in.TooLong(in.name, static_cast<std::uint64_t>(st.st_size)));  // not read at all
    in.stats->bytes = before + static_cast<std::uint64_t>(st.st_size);
    return true;
  }
  return ReadText(src, in, before, path == "-");
}

}  // namespace

Status ReadStories(const std::vector<std::string>& paths, InputFormat format, const ReadOptions& options,
                   const StoryCallback& on_story, const ProblemCallback& on_problem, ReadStats* stats) {
  OneInput in{options, on_story, on_problem, stats, {}};
  for (const std::string& p : paths)
    for (const input::InputPath& file : input::ResolveInputs({p}, on_problem, stats))
      if (!ReadOne(file.path, format, in)) return Status::Ok();
  return Status::Ok();
}

Status ReadStories(const std::vector<std::string>& paths, InputFormat format, const StoryCallback& on_story,
                   const ProblemCallback& on_problem, ReadStats* stats) {
  return ReadStories(paths, format, ReadOptions{}, on_story, on_problem, stats);
}

std::uint64_t InputBytes(const std::vector<std::string>& paths) {
  std::uint64_t total = 0;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") continue;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

}  // namespace parley
