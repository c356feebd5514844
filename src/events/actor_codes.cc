#include "events/actor_codes.h"

#include <algorithm>

#include "discourse/actor_country.h"

namespace parley::events {

using discourse::HasCountry;

// Agents that are the state itself: a country acting on them acts on itself.
bool StateAgent(std::string_view agent) {
  return agent == "GOV" || agent == "MIL" || agent == "COP" || agent == "SPY" || agent == "LEG";
}

// Agents of society that the state governs, polices or fights at home.
bool SocietyAgent(std::string_view agent) {
  static constexpr std::string_view kSociety[] = {"OPP", "CVL", "LAB", "AGR", "HLH", "REL", "MED",
                                                  "BUS", "REB", "UAF", "INS", "SEP", "CRM"};
  return std::find(std::begin(kSociety), std::end(kSociety), agent) != std::end(kSociety);
}

bool PoliticalAgent(std::string_view agent) {
  return agent == "GOV" || agent == "ELI" || agent == "OPP" || agent == "LEG" || agent == "PTY";
}

// Armed groups that are not the state.
bool ArmedAgent(std::string_view agent) {
  return agent == "REB" || agent == "UAF" || agent == "INS" || agent == "SEP" || agent == "CRM";
}

bool BusinessActor(std::string_view code) {
  return code.substr(0, 3) == "MNC" || (code.size() >= 6 && code.substr(3, 3) == "BUS");
}

// Two agents that face each other inside one country: state and society, or an armed
// group and civilians.
bool DomesticPair(std::string_view a, std::string_view b) {
  if ((StateAgent(a) || a == "JUD") && SocietyAgent(b)) return true;
  if ((StateAgent(b) || b == "JUD") && SocietyAgent(a)) return true;
  return (ArmedAgent(a) && b == "CVL") || (ArmedAgent(b) && a == "CVL");
}

// "Moscow ... the Kremlin": an actor does not act on itself, nor a state on its own
// government or forces. A state acting on its own opposition, civilians, rebels or
// courts is a real (domestic) event: BLR -> BLROPP.
bool SameActor(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (longer.compare(0, shorter.size(), shorter) != 0) return false;
  if (!HasCountry(shorter)) return true;
  return StateAgent(std::string_view(longer).substr(shorter.size(), 3));
}

void SplitActorCode(const std::string& code, Actor* a) {
  a->code = code;
  a->country.clear();
  a->agent.clear();
  if (code.size() < 3) return;
  const bool country = HasCountry(code);
  if (country) a->country = code.substr(0, 3);
  if (code.size() >= 6 && (country || code.compare(0, 3, "---") == 0)) a->agent = code.substr(3, 3);
}

}  // namespace parley::events
