// The JSON floor for benchmarks: parses every line of JSON Lines files with the same
// library parley uses and touches each story's text, doing no coding. parley's time
// is reported as a ratio to this.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

int main(int argc, char** argv) {
  std::size_t stories = 0, bytes = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i]);
    for (std::string line; std::getline(in, line);) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      bytes += j["text"].get_ref<const std::string&>().size();
      ++stories;
    }
  }
  std::cout << stories << " stories, " << bytes << " text bytes\n";
  return 0;
}
