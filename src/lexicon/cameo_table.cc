#include "lexicon/cameo_table.h"

#include <cstdlib>

#include "lexicon/line_reader.h"

namespace parley::lexicon {

int QuadClassOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

static bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

void CameoTable::Load(const std::string& path, std::vector<Diagnostic>* diags, bool* found) {
  DiagnosticSink sink(diags, path);
  Status st = ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() < 4) {
      sink.Error(line.number, "expected code<TAB>goldstein<TAB>quad_class<TAB>plover<TAB>name");
      return;
    }
    CameoCode c;
    c.code = std::string(line.fields[0]);
    if (!IsCode(c.code)) {
      sink.Error(line.number, "bad CAMEO code '" + c.code + "'");
      return;
    }
    std::string g(line.fields[1]), q(line.fields[2]);
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end != '\0' || c.goldstein < -10 || c.goldstein > 10) {
      sink.Error(line.number, "bad Goldstein weight '" + g + "'");
      return;
    }
    c.quad_class = std::atoi(q.c_str());
    int root = std::atoi(c.code.substr(0, 2).c_str());
    if (c.quad_class != QuadClassOfRoot(root)) {
      sink.Error(line.number, "QuadClass " + q + " does not match root " + c.code.substr(0, 2));
      return;
    }
    c.plover = std::string(line.fields[3]);
    if (line.fields.size() > 4) c.name = std::string(line.fields[4]);
    if (codes_.count(c.code)) sink.Warning(line.number, "duplicate code " + c.code);
    codes_[c.code] = std::move(c);
  });
  *found = st.ok();
  if (!st.ok()) sink.Error(0, st.message());
}

// Reads act<TAB>code lines into `map`; `what` names the column ("intent", "refusal"),
// `roots` the roots its codes may have.
static void LoadActMap(const CameoTable& table, const std::string& path, const char* what,
                       std::initializer_list<std::string_view> roots, std::unordered_map<std::string, std::string>* map,
                       std::vector<Diagnostic>* diags) {
  DiagnosticSink sink(diags, path);
  Status st = ReadDictionaryFile(path, [&](const Line& line) {
    if (line.fields.size() != 2) {
      sink.Error(line.number, std::string("expected act<TAB>") + what);
      return;
    }
    std::string act(line.fields[0]), code(line.fields[1]);
    if (!table.Contains(act) || !table.Contains(code)) {
      sink.Error(line.number, "unknown CAMEO code '" + (table.Contains(act) ? code : act) + "'");
      return;
    }
    bool root_ok = false;
    for (std::string_view r : roots) root_ok = root_ok || code.compare(0, 2, r) == 0;
    if (!root_ok) {
      sink.Error(line.number, std::string(what) + " code " + code + " is not in an allowed root");
      return;
    }
    if (!map->emplace(act, code).second) sink.Warning(line.number, "duplicate act " + act);
  });
  // Without the table the events keep their act's code.
  if (!st.ok()) sink.Warning(0, st.message());
}

void CameoTable::LoadIntents(const std::string& path, std::vector<Diagnostic>* diags) {
  LoadActMap(*this, path, "intent", {"03", "13"}, &intents_, diags);
}

void CameoTable::LoadRefusals(const std::string& path, std::vector<Diagnostic>* diags) {
  LoadActMap(*this, path, "refusal", {"12"}, &refusals_, diags);
}

// The entry of `map` under the longest prefix of `code` of at least two digits
// ("0841" -> "084" -> "08"), or nullptr.
template <typename Map>
static const typename Map::mapped_type* LongestPrefix(const Map& map, std::string_view code) {
  for (std::string c(code); c.size() >= 2; c.pop_back())
    if (auto it = map.find(c); it != map.end()) return &it->second;
  return nullptr;
}

std::string_view CameoTable::IntentOf(std::string_view act) const {
  const std::string* intent = LongestPrefix(intents_, act);
  return intent ? std::string_view(*intent) : std::string_view();
}

std::string_view CameoTable::RefusalOf(std::string_view act) const {
  const std::string* refusal = LongestPrefix(refusals_, act);
  return refusal ? std::string_view(*refusal) : std::string_view();
}

const CameoCode* CameoTable::Find(std::string_view code) const { return LongestPrefix(codes_, code); }

}  // namespace parley::lexicon
