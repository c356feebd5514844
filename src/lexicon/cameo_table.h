#pragma once
// CAMEO event code table: Goldstein weight, QuadClass and PLOVER type per code,
// loaded from data/cameo/codes.tsv.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/lexicon.h"

namespace parley::lexicon {

struct CameoCode {
  std::string code;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover;
  std::string name;
};

class CameoTable {
 public:
  void Load(const std::string& path, std::vector<Diagnostic>* diags, bool* found);
  // Reads act<TAB>intent lines (data/cameo/intent.tsv); both codes must be loaded already.
  void LoadIntents(const std::string& path, std::vector<Diagnostic>* diags);
  // The code for committing to `act` ("0841" -> "0353", "190" -> "138"): the entry of its
  // longest listed prefix, or "" when the act keeps its code when intended.
  std::string_view IntentOf(std::string_view act) const;
  // Reads act<TAB>refusal lines (data/cameo/refusal.tsv), codes of root 12.
  void LoadRefusals(const std::string& path, std::vector<Diagnostic>* diags);
  // The code for refusing `act` ("will not negotiate": "046" -> "125"), or "" when
  // refusing it is no CAMEO event.
  std::string_view RefusalOf(std::string_view act) const;
  // The entry for `code`, falling back to its parent codes; nullptr when unknown.
  const CameoCode* Find(std::string_view code) const;
  bool Contains(std::string_view code) const { return codes_.count(std::string(code)) > 0; }
  std::size_t size() const { return codes_.size(); }
  void Add(CameoCode c) { codes_[c.code] = std::move(c); }
  const std::unordered_map<std::string, CameoCode>& all() const { return codes_; }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
  std::unordered_map<std::string, std::string> intents_;
  std::unordered_map<std::string, std::string> refusals_;
};

// QuadClass of a CAMEO root (01..20): 1 verbal coop, 2 material coop, 3 verbal
// conflict, 4 material conflict; 0 when the root is not CAMEO.
int QuadClassOfRoot(int root);

}  // namespace parley::lexicon
