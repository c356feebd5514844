#include "discourse/story_referents.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "discourse/actor_country.h"

namespace parley::discourse {
namespace {

// The word lists of this file are grammar classes (data/grammar/words.txt):
// institution-word (the last word of an organisation's or a place's name: "European
// Commission"), title-word ("Mr Brown") and name-particle ("Aart de Zeeuw").
constexpr uint64_t kReferentWords = kInstitutionWord | kTitleWord | kNameParticle;

// True when the word at t is in one of the word lists `cls`.
bool Is(const LexiconData& lex, const text::TokenizedText& tt, uint32_t t, uint64_t cls) {
  return lex.Is(tt.tokens[t].word, cls);
}

bool CapitalizedWord(const text::Token& t) {
  return t.Has(text::kWord) && t.Has(text::kCapitalized) && !t.Has(text::kAllCaps);
}

// A named person: a mention ending in two capitalised words, the last no institution
// word, coded with a country and an agent ("Gordon Brown" GBRGOV, "Foreign Minister
// Sergei Lavrov", "Tory spokesman David Davis").
bool PersonMention(const LexiconData& lex, const text::TokenizedText& tt, const match::Mention& m) {
  if (m.agent_only || m.tok_end < m.tok_begin + 2 || m.code.size() < 6 || !HasCountry(m.code)) return false;
  for (uint32_t t = m.tok_end - 2; t < m.tok_end; ++t)
    if (!CapitalizedWord(tt.tokens[t])) return false;
  return !Is(lex, tt, m.tok_end - 1, kInstitutionWord);
}

// Appends mentions (each a group of its own) and keeps groups in text order.
void AddMentions(std::vector<match::Mention>* added, match::SentenceActors* actors) {
  if (added->empty()) return;
  for (match::Mention& m : *added) {
    match::MentionGroup g;
    g.tok_begin = m.tok_begin;
    g.tok_end = m.tok_end;
    g.members.push_back(static_cast<uint32_t>(actors->mentions.size()));
    actors->mentions.push_back(std::move(m));
    actors->groups.push_back(std::move(g));
  }
  std::sort(actors->groups.begin(), actors->groups.end(),
            [](const match::MentionGroup& a, const match::MentionGroup& b) { return a.tok_begin < b.tok_begin; });
  for (std::size_t g = 0; g < actors->groups.size(); ++g)
    for (uint32_t m : actors->groups[g].members) actors->mentions[m].group = static_cast<int>(g);
}

}  // namespace

void TokenCoverage::Mark(const match::SentenceActors& actors, uint32_t tok_begin, uint32_t tok_end) {
  begin_ = tok_begin;
  covered_.assign(tok_end - tok_begin, 0);
  for (const match::Mention& m : actors.mentions)
    for (uint32_t t = std::max(m.tok_begin, tok_begin); t < m.tok_end && t < tok_end; ++t) covered_[t - tok_begin] = 1;
}

// The person a mention stands for, pointing at where the story first named them.
StoryReferents::Person StoryReferents::Named(const match::Mention& m) {
  if (m.ref_tok_begin >= 0) return {m.code, m.ref_tok_begin, m.ref_tok_end};
  return {m.code, static_cast<int32_t>(m.tok_begin), static_cast<int32_t>(m.tok_end)};
}

void StoryReferents::Clear() {
  surnames_.clear();
  last_person_ = {};
  last_leader_ = {};
  leaders_ = 0;
  people_.clear();
  times_named_.clear();
  recent_.clear();
}

StoryReferents::Person StoryReferents::SalientPerson() const {
  Person best = last_person_;
  int most = 0;
  if (auto it = times_named_.find(best.tok_begin); it != times_named_.end()) most = it->second;
  for (const Person& p : recent_) {
    auto it = times_named_.find(p.tok_begin);
    if (it != times_named_.end() && it->second > most) best = p, most = it->second;
  }
  return best;
}

const StoryReferents::Person* StoryReferents::TitledPerson(const text::TokenizedText& tt, uint32_t b,
                                                          uint32_t e) const {
  const Person* found = nullptr;
  for (const Person& p : people_) {
    const auto pb = static_cast<uint32_t>(p.tok_begin), pe = static_cast<uint32_t>(p.tok_end);
    if (pe - pb <= e - b) continue;  // the title and a name at least
    bool has = false;
    for (uint32_t s = pb; !has && s + (e - b) <= pe; ++s) {
      has = true;
      for (uint32_t k = 0; has && k < e - b; ++k) has = tt.Norm(s + k) == tt.Norm(b + k);
    }
    if (!has) continue;
    if (found && found->code != p.code) return nullptr;
    found = &p;
  }
  return found;
}

void StoryReferents::ResolveTitles(const text::TokenizedText& tt, match::SentenceActors* actors) const {
  // "Saudi Arabia's Crown Prince Abdullah ..." then "the Crown Prince": the one person
  // named with that title.
  for (match::Mention& m : actors->mentions) {
    if (!m.agent_only || m.code.compare(0, 3, "---") != 0 || m.tok_begin == 0 || tt.Norm(m.tok_begin - 1) != "the")
      continue;
    if (const Person* p = TitledPerson(tt, m.tok_begin, m.tok_end)) {
      m.code = p->code;
      m.agent_only = false;
      m.ref_tok_begin = p->tok_begin, m.ref_tok_end = p->tok_end;
    }
  }
  // Only when the story has named one government person: with two ("Tony Blair met
  // Jacques Chirac"), which one "the prime minister" is needs titles parley lacks.
  if (last_leader_.code.empty() || leaders_ != 1) return;
  for (match::Mention& m : actors->mentions) {
    if (!m.agent_only || m.code != "---GOV" || m.tok_begin == 0) continue;
    // "the president", "the prime minister", "the chancellor": a title after "the".
    std::string_view w = tt.Norm(m.tok_end - 1);
    bool title = w == "president" || w == "minister" || w == "premier" || w == "chancellor" || w == "leader";
    uint32_t det = m.tok_begin;
    if (tt.Norm(det) != "the") det = m.tok_begin - 1;
    if (!title || tt.Norm(det) != "the" || m.tok_end - det > 3) continue;
    m.code = last_leader_.code;
    m.agent_only = false;
    m.ref_tok_begin = last_leader_.tok_begin, m.ref_tok_end = last_leader_.tok_end;
  }
}

void StoryReferents::Resolve(const match::SentenceView& v, match::SentenceActors* actors) {
  AddReferences(v, actors);
  AddAppositionNames(v, actors);
  ResolveTitles(v.tt, actors);
  AddQuoteSpeakers(v, actors);
  Remember(v, *actors);
}

void StoryReferents::AddReferences(const match::SentenceView& v, match::SentenceActors* actors) {
  const LexiconData& lex = v.lex;
  const text::TokenizedText& tt = v.tt;
  const text::SentenceSpan& s = v.span;
  const uint32_t b = v.tok_begin(), e = v.tok_end();
  person_ending_.assign(e - b, -1);
  bool any_person = !last_person_.code.empty() || !surnames_.empty();
  for (std::size_t k = 0; k < actors->mentions.size(); ++k) {
    const match::Mention& m = actors->mentions[k];
    if (m.tok_end > b && m.tok_end <= e && PersonMention(lex, tt, m)) {
      person_ending_[m.tok_end - 1 - b] = static_cast<int32_t>(k);
      any_person = true;
    }
  }
  // No person named so far in the story or in this sentence: "he" and surnames refer to nobody.
  if (!any_person) return;
  covered_.Mark(*actors, b, e);
  std::vector<match::Mention>& added = added_;
  added.clear();
  Person person = SalientPerson();
  for (uint32_t t = b; t < e; ++t) {
    // A person named earlier in this sentence is who a later "he" means.
    if (person_ending_[t - b] >= 0) person = Named(actors->mentions[static_cast<std::size_t>(person_ending_[t - b])]);
    if (covered_(t)) continue;
    std::string_view w = tt.Norm(t);
    match::Mention m;
    m.tok_begin = t;
    m.tok_end = t + 1;
    if ((w == "he" || w == "she") && !person.code.empty()) {
      m.code = person.code;
      m.ref_tok_begin = person.tok_begin, m.ref_tok_end = person.tok_end;
    } else if (CapitalizedWord(tt.tokens[t]) && !surnames_.empty()) {
      auto it = surnames_.find(w);
      if (it == surnames_.end()) continue;
      // "Brown University", "James Brown": another name around it is another entity.
      if (t + 1 < s.tok_end && CapitalizedWord(tt.tokens[t + 1])) continue;
      if (t > s.tok_begin) {
        std::string_view prev = tt.Norm(t - 1);
        const Person& named = it->second;
        // "De Zeeuw" for "Aart de Zeeuw": the word before the surname in the first naming.
        const bool particle = named.tok_end - named.tok_begin >= 3 &&
                              tt.Norm(static_cast<uint32_t>(named.tok_end - 2)) == prev && !covered_(t - 1);
        // "Although Baker ...", "But Brown ...": a capitalised grammar word opening the
        // sentence is no first name (this file's word lists do not make a word one).
        const bool opener =
            t - 1 == s.tok_begin && (lex.ClassOf(tt.tokens[t - 1].word) & ~(kReferentWords | kCompanySuffix)) != 0;
        if ((Is(lex, tt, t - 1, kTitleWord) || particle) && !covered_(t - 1)) {
          m.tok_begin = t - 1;
        } else if (CapitalizedWord(tt.tokens[t - 1]) && !opener) {
          continue;
        }
      }
      m.code = it->second.code;
      m.ref_tok_begin = it->second.tok_begin, m.ref_tok_end = it->second.tok_end;
      person = it->second;
    } else {
      continue;
    }
    added.push_back(std::move(m));
  }
  AddMentions(&added, actors);
}

void StoryReferents::AddQuoteSpeakers(const match::SentenceView& v, match::SentenceActors* actors) {
  const LexiconData& lex = v.lex;
  const text::TokenizedText& tt = v.tt;
  const uint32_t b = v.tok_begin(), e = v.tok_end();
  if (actors->mentions.empty()) return;  // no speaker
  // The quoted span: from the first quote mark to the next one.
  uint32_t open = e, close = e;
  for (uint32_t t = b; t < e; ++t)
    if (tt.Norm(t) == "\"") {
      if (open == e)
        open = t;
      else {
        close = t;
        break;
      }
    }
  if (open == e || close == e) return;
  // The speaker: one actor mention next to a speech verb outside the quote
  // ("," Mr Abbas said", "," said Mr Abbas", "Mr Abbas said: "").
  const match::Mention* speaker = nullptr;
  for (uint32_t t = b; t < e && !speaker; ++t) {
    if ((t >= open && t <= close) || !(lex.ClassOf(tt.tokens[t].word) & kSpeech)) continue;
    for (const match::Mention& m : actors->mentions) {
      if (m.agent_only || (m.tok_begin >= open && m.tok_end <= close + 1)) continue;
      if ((m.tok_end <= t && m.tok_end + 2 >= t) || m.tok_begin == t + 1) {
        speaker = &m;
        break;
      }
    }
  }
  if (!speaker) return;
  covered_.Mark(*actors, b, e);
  std::vector<match::Mention>& added = added_;
  added.clear();
  for (uint32_t t = open + 1; t < close; ++t) {
    std::string_view w = tt.Norm(t);
    if ((w != "we" && w != "i") || covered_(t)) continue;
    match::Mention m;
    m.tok_begin = t;
    m.tok_end = t + 1;
    m.code = speaker->code;
    m.ref_tok_begin = speaker->ref_tok_begin >= 0 ? speaker->ref_tok_begin : static_cast<int32_t>(speaker->tok_begin);
    m.ref_tok_end = speaker->ref_tok_begin >= 0 ? speaker->ref_tok_end : static_cast<int32_t>(speaker->tok_end);
    added.push_back(std::move(m));
  }
  AddMentions(&added, actors);
}

namespace {

// An actor that can name a person's role: a country's or an organisation's part or
// official ("the U.S. ambassador" USAGOV, "the Senate" USALEG, "GATT" IGO...), or an
// agent without a country ("a government spokesman" ---GOV). Not a bare country.
bool RoleActor(const match::Mention& m) {
  if (m.ref_tok_begin >= 0 || m.code.empty() || m.code[0] == '@') return false;
  return m.code.size() >= 6 || m.code.compare(0, 3, "IGO") == 0 || m.code.compare(0, 3, "NGO") == 0;
}

// Two or three capitalised words from `b` that no mention covers and that end in no
// institution word, perhaps with lower-case particles inside ("Aart de Zeeuw", "Ursula
// von der Leyen"): an unlisted person's name. Returns one past its end, or 0.
uint32_t NameFrom(const LexiconData& lex, const text::TokenizedText& tt, const TokenCoverage& covered, uint32_t b,
                  uint32_t end) {
  uint32_t k = b, words = 0;
  while (k < end && k < b + 6 && !covered(k)) {
    if (CapitalizedWord(tt.tokens[k])) {
      ++words;
    } else if (k > b && k + 2 < end && Is(lex, tt, k, kNameParticle) && tt.Norm(k + 1) == "-" &&
               CapitalizedWord(tt.tokens[k + 2]) && !covered(k + 2)) {
      ++k;  // "Ahmed al-Assadi": the particle joined by a hyphen
    } else if (!(k > b && k + 1 < end && Is(lex, tt, k, kNameParticle) && CapitalizedWord(tt.tokens[k + 1]))) {
      break;
    }
    ++k;
  }
  if (words < 2 || words > 3 || Is(lex, tt, k - 1, kInstitutionWord)) return 0;
  return k;
}

const match::Mention* MentionAt(const match::SentenceActors& actors, uint32_t t) {
  for (const match::Mention& m : actors.mentions)
    if (m.tok_begin == t) return &m;
  return nullptr;
}

// The role actor of an apposition that starts at t: "the U.S. ambassador", "Japan's
// delegate", "chairman of the Senate Foreign Relations Committee", "a spokesman for
// the ministry" (a determiner, then the actor, or up to three lower-case role words and
// "of"/"for" before it). The apposition must end at a comma, a bracket or the sentence's
// end (`close` is set to where it ends).
const match::Mention* RoleApposition(const text::TokenizedText& tt, const match::SentenceActors& actors,
                                     const TokenCoverage& covered, uint32_t t, uint32_t end, uint32_t* close,
                                     bool relative = false) {
  auto det = [&](uint32_t x) {
    std::string_view w = tt.Norm(x);
    return w == "the" || w == "a" || w == "an";
  };
  if (t < end && det(t)) ++t;
  const match::Mention* m = MentionAt(actors, t);
  // "a spokesman for Hezbollah", "an adviser to the Iraqi government": a role with no
  // country of its own speaks for the actor it names.
  if (m && m->code.compare(0, 3, "---") == 0 && m->tok_end + 1 < end) {
    const std::string_view w = tt.Norm(m->tok_end);
    uint32_t k = m->tok_end + 1;
    if (k < end && det(k)) ++k;
    if (w == "for" || w == "of" || w == "to")
      if (const match::Mention* owner = MentionAt(actors, k)) m = owner;
  }
  if (!m) {
    uint32_t k = t;
    while (k < end && k < t + 3 && tt.tokens[k].Has(text::kWord) && !tt.tokens[k].Has(text::kCapitalized) &&
           !covered(k) && tt.Norm(k) != "of" && tt.Norm(k) != "for")
      ++k;
    if (k == t || k >= end || (tt.Norm(k) != "of" && tt.Norm(k) != "for")) return nullptr;
    ++k;
    if (k < end && det(k)) ++k;
    m = MentionAt(actors, k);
  }
  if (!m || !RoleActor(*m) || m->locative) return nullptr;
  // A relative clause ("who was Trump's envoy to the coalition until December,") may
  // go on past its role.
  if (relative) {
    *close = m->tok_end;
    return m;
  }
  // Up to three lower-case words may end the role ("the GATT negotiating group,").
  uint32_t k = m->tok_end;
  while (k < end && k < m->tok_end + 3 && tt.tokens[k].Has(text::kWord) && !tt.tokens[k].Has(text::kCapitalized) &&
         !covered(k))
    ++k;
  if (k < end) {
    std::string_view w = tt.Norm(k);
    if (w != "," && w != ")" && w != "." && w != ";" && w != "--") return nullptr;
  }
  *close = k;
  return m;
}

}  // namespace

// "John Smithers, the U.S. ambassador, said", "Aart de Zeeuw, chairman of GATT's
// negotiating group, met ...", "Japan's delegate, Minoru Endo, replied": an unlisted
// name in apposition with a role actor is that actor, in this sentence and (by its
// surname) in later ones.
void StoryReferents::AddAppositionNames(const match::SentenceView& v, match::SentenceActors* actors) {
  const text::TokenizedText& tt = v.tt;
  const uint32_t b = v.tok_begin(), e = v.tok_end();
  if (actors->mentions.empty()) return;  // no role actor
  covered_.Mark(*actors, b, e);
  std::vector<match::Mention>& added = added_;
  added.clear();
  for (uint32_t t = b; t + 3 < e; ++t) {
    if (!CapitalizedWord(tt.tokens[t]) || covered_(t)) continue;
    if (t > b && (CapitalizedWord(tt.tokens[t - 1]) || tt.Norm(t - 1) == "of")) continue;
    const uint32_t name_end = NameFrom(v.lex, tt, covered_, t, e);
    if (name_end == 0) continue;
    const match::Mention* role = nullptr;
    uint32_t close = 0;
    // The name first: "NAME, the U.S. ambassador,".
    if (name_end < e && tt.Norm(name_end) == ",") role = RoleApposition(tt, *actors, covered_, name_end + 1, e, &close);
    // Or in a relative clause that says what the person is: "NAME, who is the U.S.
    // ambassador,", "NAME, who was Trump's envoy to ...,".
    if (!role && name_end + 3 < e && tt.Norm(name_end) == "," && tt.Norm(name_end + 1) == "who") {
      uint32_t k = name_end + 2;
      if (tt.Norm(k) == "has" || tt.Norm(k) == "had") ++k;
      const std::string_view cop = tt.Norm(k);
      if (cop == "is" || cop == "was" || cop == "been" || cop == "becomes" || cop == "became")
        role = RoleApposition(tt, *actors, covered_, k + 1, e, &close, /*relative=*/true);
    }
    // The role first: "the U.S. ambassador, NAME," (the name then ends the apposition).
    if (!role && t >= b + 2 && tt.Norm(t - 1) == ",") {
      const std::string_view after = name_end < e ? tt.Norm(name_end) : std::string_view(".");
      if (after == "," || after == "." || after == ")") {
        for (const match::Mention& m : actors->mentions)
          if (m.tok_end + 1 == t && RoleActor(m) && !m.locative && m.code.compare(0, 3, "---") != 0) role = &m;
      }
    }
    if (!role) {
      t = name_end - 1;
      continue;
    }
    match::Mention m;
    m.tok_begin = t;
    m.tok_end = name_end;
    m.code = role->code;
    m.agent_only = false;
    Person p{m.code, static_cast<int32_t>(t), static_cast<int32_t>(name_end)};
    surnames_[std::string(tt.Norm(name_end - 1))] = p;
    last_person_ = p;
    added.push_back(std::move(m));
    t = name_end - 1;
  }
  AddMentions(&added, actors);
}

// "Armenian Deputy Foreign Minister Vahe Hakobyan", "Azerbaijani presidential aide Rauf
// Mammadov": a name the dictionaries do not know, right after a titled actor of a
// country, is that actor. Returns one past the name's last token, or 0 when no such
// name (two or three capitalized words, then a word that is not capitalized) follows.
uint32_t UnlistedNameAfter(const text::TokenizedText& tt, const match::SentenceActors& actors,
                           const match::Mention& m) {
  if (m.ref_tok_begin >= 0 || m.code.size() < 6 || !HasCountry(m.code)) return 0;
  uint32_t k = m.tok_end;
  while (k < tt.tokens.size() && k < m.tok_end + 4 && CapitalizedWord(tt.tokens[k])) ++k;
  if (k < m.tok_end + 2 || k > m.tok_end + 3 || k >= tt.tokens.size() || !tt.tokens[k].Has(text::kWord) ||
      CapitalizedWord(tt.tokens[k]))
    return 0;
  for (const match::Mention& o : actors.mentions)
    if (o.tok_begin < k && o.tok_end > m.tok_end) return 0;
  return k;
}

void StoryReferents::Remember(const match::SentenceView& v, const match::SentenceActors& actors) {
  const text::TokenizedText& tt = v.tt;
  uint32_t last_end = 0;
  std::vector<Person> named;
  for (const match::Mention& m : actors.mentions) {
    // Every naming of a person and every reference to one ("he", "Mr Brown", "the
    // Crown Prince") counts for the salience of that person.
    if (PersonMention(v.lex, tt, m) || (m.ref_tok_begin >= 0 && m.code.size() == 6 && HasCountry(m.code))) {
      ++times_named_[Named(m).tok_begin];
      named.push_back(Named(m));
    }
    if (uint32_t name_end = UnlistedNameAfter(tt, actors, m)) {
      Person p = Named(m);
      p.tok_end = static_cast<int32_t>(name_end);
      surnames_[std::string(tt.Norm(name_end - 1))] = p;
      if (name_end >= last_end) last_person_ = p, last_end = name_end;
      continue;
    }
    bool person = PersonMention(v.lex, tt, m);
    if (person && m.ref_tok_begin < 0) people_.push_back(Named(m));
    bool reference = m.tok_end == m.tok_begin + 1 && !m.agent_only && HasCountry(m.code) &&
                     (tt.Norm(m.tok_begin) == "he" || tt.Norm(m.tok_begin) == "she");
    if (person && m.ref_tok_begin < 0) surnames_[std::string(tt.Norm(m.tok_end - 1))] = Named(m);
    if ((person || reference) && m.tok_end >= last_end) {
      last_person_ = Named(m);
      last_end = m.tok_end;
    }
    if (person && m.ref_tok_begin < 0 && m.code.size() == 6 && m.code.compare(3, 3, "GOV") == 0) {
      std::string_view surname = tt.Norm(m.tok_end - 1);
      if (leaders_ == 0 || surname != tt.Norm(static_cast<uint32_t>(last_leader_.tok_end - 1))) ++leaders_;
      last_leader_ = Named(m);
    }
  }
  if (!named.empty()) recent_ = std::move(named);
}

}  // namespace parley::discourse
