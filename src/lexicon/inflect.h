#pragma once
// English verb inflection for dictionary lemmas: regular rules plus the irregular
// forms from WordNet (data/generated/verb_forms.tsv).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::lexicon {

enum class VerbForm { kBase, kThirdPerson, kPast, kGerund };

struct InflectedForm {
  std::string text;
  VerbForm form;
};

class Inflector {
 public:
  // Adds irregular forms for a lemma (past, participles, or any other).
  void AddIrregular(std::string_view lemma, std::string_view form);
  // Every form of `lemma`: base, 3rd person, past / participle, gerund.
  std::vector<InflectedForm> Forms(std::string_view lemma) const;
  std::size_t irregular_count() const { return irregular_.size(); }

 private:
  std::unordered_map<std::string, std::vector<std::string>> irregular_;
};

}  // namespace parley::lexicon
