#pragma once
// Vocabulary: interns normalized token strings as small integer ids so that the
// matchers compare integers. Id 0 means "not in any dictionary". Frozen after loading;
// lookups are then safe from many threads.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::lexicon {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Vocabulary {
 public:
  Vocabulary() { words_.emplace_back(); }
  uint32_t Intern(std::string_view w);
  uint32_t Find(std::string_view w) const;
  const std::string& Word(uint32_t id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> ids_;
  std::vector<std::string> words_;
};

}  // namespace parley::lexicon
