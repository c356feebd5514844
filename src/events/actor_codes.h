#pragma once
// The rules of CAMEO actor codes that event assembly shares: which agents are the state,
// which face it at home, when two codes name the same actor, and how a code splits into
// country and agent. (Country or not: discourse::HasCountry.)
#include <string>
#include <string_view>

#include "parley/event.h"

namespace parley::events {

// Agents that are the state itself: a country acting on them acts on itself.
bool StateAgent(std::string_view agent);
// Agents of society that the state governs, polices or fights at home.
bool SocietyAgent(std::string_view agent);
// Political agents: governments, parties, legislators, opposition and elites (former
// leaders) — never armed forces or bare states. Their fighting words are criticism.
bool PoliticalAgent(std::string_view agent);
// Armed groups that are not the state.
bool ArmedAgent(std::string_view agent);
// A firm: a multinational (MNC...) or a country's business agent (GBRBUS).
bool BusinessActor(std::string_view code);
// Two agents that face each other inside one country: state and society, or an armed
// group and civilians.
bool DomesticPair(std::string_view a, std::string_view b);
// "Moscow ... the Kremlin": an actor does not act on itself, nor a state on its own
// government or forces; a state acting on its own opposition is a domestic event.
bool SameActor(const std::string& a, const std::string& b);
// Fills country and agent from an actor code.
void SplitActorCode(const std::string& code, Actor* a);

}  // namespace parley::events
