#include "events/story_countries.h"

#include <map>
#include <tuple>

#include "discourse/actor_country.h"
#include "events/actor_codes.h"

namespace parley::events {

void StoryCountries::Clear() {
  dateline_.clear();
  first_.clear();
  lead_named_ = lead_has_dateline_ = false;
  dateline_named_ = first_named_ = 0;
}

void StoryCountries::Note(const match::SentenceActors& actors, bool lead) {
  for (const match::Mention& m : actors.mentions) {
    if (m.agent_only || !discourse::HasCountry(m.code)) continue;
    if (first_.empty()) first_ = m.code.substr(0, 3);
    const bool dateline = !dateline_.empty() && m.code.compare(0, 3, dateline_) == 0;
    if (m.code.compare(0, 3, first_) == 0) ++first_named_;
    if (dateline) ++dateline_named_;
    if (!lead) continue;
    lead_named_ = true;
    lead_has_dateline_ = lead_has_dateline_ || dateline;
  }
}

std::string StoryCountries::Main() const {
  if (dateline_.empty()) return first_;
  return lead_has_dateline_ || !lead_named_ || 2 * dateline_named_ >= first_named_ ? dateline_ : first_;
}

void StoryCountries::Resolve(std::vector<Event>* events) const {
  const std::string main = Main();
  for (Event& e : *events)
    for (Actor* a : {&e.source, &e.target}) {
      if (!discourse::Unresolved(a->code)) continue;
      const Actor& other = a == &e.source ? e.target : e.source;
      if (other.code == main || other.code == main + a->code.substr(3)) continue;
      if (!main.empty()) SplitActorCode(main + a->code.substr(3), a);
    }
  // "Ecuadorean workers staged a general strike", "Tony Blair has rejected calls for an
  // inquiry", "Police detained him": an event that names no party to act on is a
  // domestic one, directed at the source's own state (the real-news sets code it so:
  // real_dev F1 0.234 -> 0.255, en_petr2_gsr 0.297 -> 0.311). The target keeps no text.
  // Not when one trigger has sources of several countries with no target ("Armenia and
  // Azerbaijan agree on prisoner release"): that act is between them, not domestic.
  using Trigger = std::tuple<int, std::size_t, std::string>;  // sentence, trigger start, code
  std::map<Trigger, std::string> country;                      // "" once two countries share it
  for (const Event& e : *events) {
    if (!e.target.code.empty() || !discourse::HasCountry(e.source.code)) continue;
    auto [it, added] = country.emplace(Trigger{e.sentence, e.event_begin, e.code}, e.source.code.substr(0, 3));
    if (!added && it->second != e.source.code.substr(0, 3)) it->second.clear();
  }
  for (Event& e : *events) {
    if (!e.target.code.empty() || !discourse::HasCountry(e.source.code)) continue;
    if (!country.at(Trigger{e.sentence, e.event_begin, e.code}).empty())
      SplitActorCode(e.source.code.substr(0, 3), &e.target);
  }
}

}  // namespace parley::events
