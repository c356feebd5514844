// libFuzzer target: the JSON Lines story reader, line by line, and the coder.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    auto story = parley::ParseJsonlStory(line, "fuzz.jsonl:" + std::to_string(++n));
    if (story.ok()) parley::fuzz::CodeAndCheck(story.value());
  }
  return 0;
}
