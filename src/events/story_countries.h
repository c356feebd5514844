#pragma once
// The story's country, for actors that have none after their own sentence ("the
// ministry", "troops"): the one country its dateline names ("BAKU —"), else the first
// country its actors name (the title's, else the lead's). A dateline does not count
// when the lead (title and first sentence) names countries but not the dateline's and
// the story names the dateline's country less than half as often as the first named:
// wire hubs ("LONDON, March 5") date stories whose lead is "Iran said its troops
// repulsed Iraqi counter-attacks" and that name Britain once ("received in London"; the
// dateline alone took "the Revolutionary Guards" to GBR), while a local story's lead
// often names no country ("NIAMEY — Soldiers detained ...").
#include <string>
#include <vector>

#include "match/actor_matcher.h"
#include "parley/event.h"

namespace parley::events {

class StoryCountries {
 public:
  void Clear();
  // The dateline's country ("" when it names none or several).
  void SetDateline(std::string country) { dateline_ = std::move(country); }
  // Notes the countries of a sentence's named actors; `lead` for the title and the
  // first sentence.
  void Note(const match::SentenceActors& actors, bool lead);
  // The dateline's country unless the lead names only others and the story names it
  // less than half as often as the first named; else the first named; "" for none.
  std::string Main() const;
  // Gives each actor without a country ("---GOV") the main country, unless that would
  // make the event the country's own ("The government expressed appreciation for
  // China's assistance" with CHN the main country) or one party the other's double
  // (DEUGOV and DEUGOV). Then an event with no target is directed at the source's own
  // country (ESPAGR -> ESP).
  void Resolve(std::vector<Event>* events) const;

 private:
  std::string dateline_;
  std::string first_;           // the first country a named actor has
  bool lead_named_ = false;       // the lead names a country
  bool lead_has_dateline_ = false;  // the lead names the dateline's country
  int dateline_named_ = 0;          // mentions of named actors with the dateline's country
  int first_named_ = 0;             // and with the first named country
};

}  // namespace parley::events
