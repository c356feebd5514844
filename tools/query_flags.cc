#include "query_flags.h"

#include <algorithm>
#include <filesystem>

#include "parley/lexicon.h"
#include "parley/reader.h"
#include "parley/store.h"
#include "terminal_text.h"

namespace parley::cli {

std::string NormaliseActor(const std::string& what, std::string* code) {
  if (NormaliseActorPrefix(code)) return "";
  return what + ": '" + TerminalSafe(*code) + "' is not an actor code (letters, digits and '-', e.g. USA or ARMGOV)";
}

std::string SplitDyad(const std::string& value, std::string* a, std::string* b) {
  if (std::count(value.begin(), value.end(), ',') != 1)
    return "--dyad: want two actor codes A,B (e.g. USA,JPN), got '" + TerminalSafe(value) + "'";
  std::size_t comma = value.find(',');
  *a = value.substr(0, comma);
  *b = value.substr(comma + 1);
  if (std::string bad = NormaliseActor("--dyad", a); !bad.empty()) return bad;
  return NormaliseActor("--dyad", b);
}

std::string CheckCameoCode(const std::string& code, const lexicon::CameoTable& cameo) {
  if (!IsCameoCodePrefix(code))
    return "--code: '" + TerminalSafe(code) + "' is not a CAMEO code (1 to 4 digits, e.g. 04 or 0841)";
  if (cameo.size() == 0) return "";  // no table to check against
  for (const auto& [c, entry] : cameo.all())
    if (c.compare(0, code.size(), code) == 0) return "";
  return "--code: no CAMEO code begins with '" + code + "' (roots are 01 to 20)";
}

std::string CheckDateRange(const std::string& from, const std::string& to) {
  for (const auto& [flag, d] : {std::pair{"--from", &from}, std::pair{"--to", &to}})
    if (!d->empty() && !IsValidDate(*d))
      return std::string(flag) + ": '" + TerminalSafe(*d) + "' is not a date (want YYYY-MM-DD)";
  if (!from.empty() && !to.empty() && from > to)
    return "--from " + from + " is after --to " + to + ": no date can match";
  return "";
}

std::string CheckDbPath(const std::string& db) {
  std::error_code ec;
  if (!IsPostgresLocation(db) && std::filesystem::is_directory(db, ec))
    return "--db: " + TerminalSafe(db) + " is a directory, not a database file";
  return "";
}

const lexicon::CameoTable& CameoCodes() {
  static const lexicon::CameoTable table = []() {
    lexicon::CameoTable t;
    std::vector<Diagnostic> diags;
    bool found = false;
    t.Load(DefaultDataDir() + "/cameo/codes.tsv", &diags, &found);
    return t;
  }();
  return table;
}

std::string CodeName(const std::string& code) {
  const lexicon::CameoCode* c = CameoCodes().Find(code);
  return c ? c->name : std::string();
}

}  // namespace parley::cli
