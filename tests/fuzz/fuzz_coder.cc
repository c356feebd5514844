// libFuzzer target: the whole coder on arbitrary bytes as story text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parley::Story story;
  story.id = "fuzz";
  story.date = "2023-12-09";
  story.text.assign(reinterpret_cast<const char*>(data), size);
  story.body_end = story.text.size();
  parley::fuzz::CodeAndCheck(story);
  return 0;
}
