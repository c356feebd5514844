// libFuzzer target: the plain-text story reader and the coder on whatever it accepts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto story = parley::ParseTextStory(bytes, "fuzz.txt");
  if (story.ok()) parley::fuzz::CodeAndCheck(story.value());
  return 0;
}
