#include "match/actor_matcher.h"

#include <algorithm>
#include <array>

#include "lexicon/actor_code.h"

namespace parley::match {
namespace {

using text::Token;
using text::TokenizedText;

struct RawSpan {
  uint32_t begin, end;
  std::string code;
  bool is_agent;
};

// Longest dictionary match at token i; returns its length (0 for none).
uint32_t LongestMatch(const lexicon::PhraseDictionary& dict, const TokenizedText& tt, uint32_t i, uint32_t end,
                      int date, bool need_capital, const lexicon::PhraseEntry** entry) {
  // Names start with a capital; references such as "the two countries" need none.
  const bool capital = tt.tokens[i].Has(text::kCapitalized) || tt.tokens[i].Has(text::kAllCaps);
  uint32_t node = 0, best = 0;
  bool all_caps = true;
  for (uint32_t j = i; j < end; ++j) {
    const Token& t = tt.tokens[j];
    if (t.word == 0) break;
    node = dict.trie().Child(node, t.word);
    if (node == 0) break;
    if (t.Has(text::kWord) && !t.Has(text::kAllCaps)) all_caps = false;
    if (!dict.trie().HasPayload(node)) continue;
    if (const lexicon::PhraseEntry* e = dict.Select(node, date, all_caps)) {
      if (need_capital && !capital && e->code[0] != '@') continue;
      best = j - i + 1;
      *entry = e;
    }
  }
  return best;
}

// Token i is written right after "pro-" or "anti-" (no spaces around the hyphen).
bool AttributePrefix(const TokenizedText& tt, uint32_t begin, uint32_t i) {
  if (i < begin + 2 || tt.Norm(i - 1) != "-") return false;
  std::string_view w = tt.Norm(i - 2);
  if (w != "pro" && w != "anti") return false;
  return tt.tokens[i - 2].byte_end == tt.tokens[i - 1].byte_begin &&
         tt.tokens[i - 1].byte_end == tt.tokens[i].byte_begin;
}

bool IsCountryLike(const std::string& code) { return code.size() >= 3 && code[0] != '@'; }

// Adds `agent` to an actor code that has no agent of its own yet.
std::string WithAgent(const std::string& code, const std::string& agent) {
  if (!agent.empty() && agent.back() == '~') return code[0] == '@' ? code : agent.substr(0, agent.size() - 1) + code;
  if (agent.empty() || code.size() != 3 || code[0] == '@') return code;
  return code + agent;
}

// "Germany said on Wednesday it would send tanks": a subject pronoun right after a
// speech verb refers to the speaker. Adds the speaker's mentions at the pronoun.
void ResolveReportedPronouns(const LexiconData& lex, const TokenizedText& tt, uint32_t begin, uint32_t end,
                             SentenceActors* out) {
  auto cls = [&](uint32_t t) { return lex.ClassOf(tt.tokens[t].word); };
  std::vector<MentionGroup> added;
  std::vector<Mention> new_mentions;
  for (uint32_t p = begin + 1; p < end; ++p) {
    std::string_view w = tt.Norm(p);
    if (w != "it" && w != "he" && w != "she" && w != "they" && w != "we") continue;
    // A speech verb at most 4 tokens back, no clause boundary in between.
    uint32_t s = p;
    for (uint32_t k = 1; k <= 4 && p >= begin + k; ++k) {
      uint32_t c = cls(p - k);
      if (c & kSpeech) {
        s = p - k;
        break;
      }
      if ((c & kClauseBoundary) || tt.Norm(p - k) == ",") break;
    }
    const MentionGroup* speaker = nullptr;
    if (s != p) {
      // The speaker: the group ending right before the speech verb (adverbs allowed).
      for (const MentionGroup& g : out->groups)
        if (g.tok_end <= s && g.tok_end + 3 >= s) speaker = &g;
    } else if (w == "they" && (tt.Norm(p - 1) == "but" || tt.Norm(p - 1) == "and") && p >= begin + 2 &&
               tt.Norm(p - 2) == ",") {
      // "Japan and the US replied that the charges were unfounded, but they were willing
      // to continue talks": "they" opening a coordinated clause is the sentence's opening
      // compound subject.
      for (const MentionGroup& g : out->groups)
        if (g.tok_begin <= begin + 2 && g.members.size() >= 2 && g.tok_end < p) speaker = &g;
    }
    // "he"/"she" is a person: never a bare country or an organisation ("A report,
    // monitored by the British Broadcasting Corporation, said he ...").
    if (speaker && (w == "he" || w == "she")) {
      bool person = false;
      for (uint32_t m : speaker->members) {
        const Mention& sm = out->mentions[m];
        const uint32_t last = sm.tok_end - 1;
        person = person || (sm.code.size() >= 6 && !(cls(last) & (kInstitutionWord | kOutlet)));
      }
      if (!person) speaker = nullptr;
    }
    if (!speaker) continue;
    MentionGroup g;
    g.tok_begin = p;
    g.tok_end = p + 1;
    for (uint32_t m : speaker->members) {
      Mention copy = out->mentions[m];
      if (copy.ref_tok_begin < 0) {
        copy.ref_tok_begin = static_cast<int32_t>(copy.tok_begin);
        copy.ref_tok_end = static_cast<int32_t>(copy.tok_end);
      }
      copy.tok_begin = p;
      copy.tok_end = p + 1;
      copy.locative = false;
      g.members.push_back(static_cast<uint32_t>(out->mentions.size() + new_mentions.size()));
      new_mentions.push_back(copy);
    }
    added.push_back(std::move(g));
  }
  if (added.empty()) return;
  for (Mention& m : new_mentions) out->mentions.push_back(std::move(m));
  for (MentionGroup& g : added) out->groups.push_back(std::move(g));
  // Keep groups (and their members' indices) in text order.
  std::sort(out->groups.begin(), out->groups.end(),
            [](const MentionGroup& a, const MentionGroup& b) { return a.tok_begin < b.tok_begin; });
  for (std::size_t g = 0; g < out->groups.size(); ++g)
    for (uint32_t m : out->groups[g].members) out->mentions[m].group = static_cast<int>(g);
}

// The state of FindActors for one sentence, passed through its phases in order:
// FindSpans -> MergeSpans -> ShareConjoinedAgents -> HandAgentsToActors ->
// KeepMentions -> MarkLocatives -> GroupMentions -> SplitCommaGroups ->
// ResolveReportedPronouns.
struct ActorState {
  ActorState(const LexiconData& lex_in, const TokenizedText& tt_in, const text::SentenceSpan& s, int date_in,
             const CodeOptions& options_in, SentenceActors* out_in)
      : lex(lex_in),
        tt(tt_in),
        begin(static_cast<uint32_t>(s.tok_begin)),
        end(static_cast<uint32_t>(s.tok_end)),
        date(date_in),
        options(options_in),
        out(out_in) {}
  uint32_t cls(uint32_t t) const { return lex.GrammarClass(tt.tokens[t].word); }
  std::string_view norm(uint32_t t) const { return tt.Norm(t); }

  const LexiconData& lex;
  const TokenizedText& tt;
  const uint32_t begin, end;  // the sentence's tokens
  const int date;
  const CodeOptions& options;
  SentenceActors* out;
  std::vector<RawSpan> spans;                   // FindSpans: dictionary matches
  std::vector<bool> drop;                       // per mention: handed its agent on
  std::vector<std::vector<std::string>> extra;  // per mention: more codes for the same words
  std::vector<bool> has_conj;                   // per group: joined by a conjunction somewhere
};

// 1. Dictionary spans, longest first, left to right.
void FindSpans(ActorState& st) {
  const TokenizedText& tt = st.tt;
  std::vector<RawSpan>& spans = st.spans;
  for (uint32_t i = st.begin; i < st.end;) {
    const lexicon::PhraseEntry* actor = nullptr;
    const lexicon::PhraseEntry* agent = nullptr;
    // "President obama": a name right after a capitalized title may be lower case.
    bool after_title = !spans.empty() && spans.back().is_agent && spans.back().end == i &&
                       tt.tokens[spans.back().begin].Has(text::kCapitalized) &&
                       spans.back().end == spans.back().begin + 1;
    uint32_t a = LongestMatch(st.lex.actors, tt, i, st.end, st.date, !after_title, &actor);
    uint32_t g = LongestMatch(st.lex.agents, tt, i, st.end, st.date, false, &agent);
    if (a == 0 && g == 0) {
      ++i;
      continue;
    }
    // "pro-EU demonstrators", "anti-government protesters": a name joined by a hyphen
    // to "pro"/"anti" describes the people that follow; it is no party of its own.
    if (a >= g && AttributePrefix(tt, st.begin, i)) {
      i += a;
      continue;
    }
    if (a >= g)
      spans.push_back({i, i + a, actor->code, false});
    else
      spans.push_back(
          {i, i + g, agent->prefix ? agent->code + "~" : agent->code, true});  // "~": a PETRARCH prefix agent ([NGO~])
    i += a >= g ? a : g;
  }
}

// Whether span j continues the mention that ends at token `gap_begin` and so far has
// the named-actor `code` and the `agent` (either may be empty).
bool SpanContinuesMention(const ActorState& st, uint32_t gap_begin, const RawSpan& next, const std::string& code,
                          const std::string& agent) {
  const TokenizedText& tt = st.tt;
  const uint32_t gap_end = next.begin;
  bool adjacent = gap_begin == gap_end;
  // One plain modifier may stand between ("Iranian nuclear negotiators").
  if (!adjacent && gap_end == gap_begin + 1 && next.is_agent) {
    const Token& t = tt.tokens[gap_begin];
    adjacent = t.Has(text::kWord) && !t.Has(text::kCapitalized) && st.cls(gap_begin) == 0 &&
               !(st.lex.ClassOf(t.word) & kVerbForm);
  }
  // "Russian general Igor Kirillov": a title word the agents do not list between a
  // country and a named actor of that country; the person is the mention.
  if (!adjacent && !next.is_agent && agent.empty() && code.size() == 3 && code[0] != '@' && next.code.size() > 3 &&
      next.code.compare(0, 3, code) == 0 && gap_end <= gap_begin + 2) {
    adjacent = true;
    for (uint32_t x = gap_begin; x < gap_end; ++x) {
      const Token& t = tt.tokens[x];
      if (!t.Has(text::kWord) || t.Has(text::kCapitalized) || t.Has(text::kAllCaps) || st.cls(x) != 0 ||
          (st.lex.ClassOf(t.word) & kVerbForm))
        adjacent = false;
    }
  }
  // Possessive: "Russia's army", "Russia's FSB security service".
  if (!adjacent && st.norm(gap_begin) == "'s" && next.is_agent && gap_end <= gap_begin + 3) {
    adjacent = true;
    for (uint32_t x = gap_begin + 1; x < gap_end; ++x)
      if (!tt.tokens[x].Has(text::kWord) || st.cls(x) != 0 || (st.lex.ClassOf(tt.tokens[x].word) & kVerbForm))
        adjacent = false;
  }
  return adjacent;
}

// An agent noun used as a modifier is no actor: "military cooperation".
bool IsModifyingAgent(const ActorState& st, const Mention& m) {
  if (!m.agent_only || m.tok_end >= st.end) return false;
  const Token& next = st.tt.tokens[m.tok_end];
  // "the government's plan": a possessive agent is the owner, an actor.
  // "demonstrators ahead of the vote", "protesters outside parliament": a
  // preposition or place adverb after the agent ends its noun phrase.
  const bool function_word = st.lex.Is(next.word, kAgentPhraseEnd);
  return next.Has(text::kWord) && !next.Has(text::kCapitalized) && st.cls(m.tok_end) == 0 && !function_word &&
         !(next.word != 0 && st.lex.agents.trie().Child(0, next.word) != 0);
}

// Part of a longer proper name: "the Sea of Japan", "Bank of England".
// A quantity or determiner before "of" is no name ("Thousands of Kenyan protesters").
// Nor is a plural noun capitalized only because it opens the sentence
// ("Supporters of Ousmane Sonko rioted"). `k` is the mention's first span.
bool InsideLongerName(const ActorState& st, const Mention& m, std::size_t k) {
  auto sentence_initial_plural = [&](uint32_t t) {
    std::string_view w = st.norm(t);
    return t == st.begin && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
           !st.tt.tokens[t].Has(text::kAllCaps);
  };
  return !m.agent_only && m.tok_begin >= st.begin + 2 && (st.cls(m.tok_begin - 1) & kOf) &&
         st.tt.tokens[m.tok_begin - 2].Has(text::kCapitalized) && !sentence_initial_plural(m.tok_begin - 2) &&
         !(st.cls(m.tok_begin - 2) & (kNumberWord | kDeterminer)) &&
         (st.spans.empty() || k == 0 || st.spans[k - 1].end != m.tok_begin - 1);
}

// 2. Merge adjacent spans into mentions: country, then named actor or agent nouns.
void MergeSpans(ActorState& st) {
  const std::vector<RawSpan>& spans = st.spans;
  for (std::size_t k = 0; k < spans.size();) {
    Mention m;
    m.tok_begin = spans[k].begin;
    m.tok_end = spans[k].end;
    std::string code = spans[k].is_agent ? "" : spans[k].code;
    std::string agent = spans[k].is_agent ? spans[k].code : "";
    std::string second_agent;
    std::size_t j = k + 1;
    while (j < spans.size()) {
      if (!SpanContinuesMention(st, m.tok_end, spans[j], code, agent)) break;
      if (spans[j].is_agent) {
        if (agent.empty()) agent = spans[j].code;
        // "An MSF Arnor diplomat": a prefix agent (NGO~) and a plain agent (GOV) both apply.
        else if (agent.back() == '~' && spans[j].code.back() != '~' && second_agent.empty())
          second_agent = spans[j].code;
      } else if (code.empty()) {
        code = spans[j].code;
      } else if (code.size() == 3 && spans[j].code.size() > 3 && spans[j].code.compare(0, 3, code) == 0) {
        code = spans[j].code;  // "American State Department" -> USAGOV
      } else if (code.size() == 3 && spans[j].code.size() > 3) {
        break;  // a different named actor: keep separate
      } else if (spans[j].code.size() == 3 && code.compare(0, 3, spans[j].code) == 0) {
        // "Bree President Romendacil": a title between a country and a name joins them
      } else if (spans[j].code.size() == 3) {
        break;  // "Armenia Azerbaijan" without a conjunction: two actors
      }
      m.tok_end = spans[j].end;
      ++j;
    }
    if (code.empty()) {
      m.agent_only = true;
      m.code = "---" + (agent.empty() || agent.back() != '~' ? agent : agent.substr(0, agent.size() - 1));
    } else if (code[0] == '@') {
      m.code = code;
    } else {
      m.agent_noun = code.size() == 3 && !agent.empty();
      m.code = WithAgent(code, agent);
      if (!second_agent.empty() && code.size() == 3 && m.code.size() == 6) m.code += second_agent;
    }
    if (IsModifyingAgent(st, m)) {
      k = j;
      continue;
    }
    if (InsideLongerName(st, m, k)) m.locative = true;
    st.out->mentions.push_back(std::move(m));
    k = j;
  }
}

// 2b. "Danish media and government": a bare agent joined by "and" to an actor with
//     an agent noun shares that actor ("DNKMED", "DNKGOV").
void ShareConjoinedAgents(ActorState& st) {
  std::vector<Mention>& ms = st.out->mentions;
  for (std::size_t k = 1; k < ms.size(); ++k) {
    Mention& prev = ms[k - 1];
    if (!ms[k].agent_only || prev.agent_only || !prev.agent_noun || prev.code.size() < 6) continue;
    if (ms[k].code.size() != 6 || ms[k].tok_begin != prev.tok_end + 1 || !(st.cls(prev.tok_end) & kConjunction))
      continue;
    uint32_t t = ms[k].tok_end;
    if (t < st.end && ((st.cls(t) & kOf) || st.norm(t) == "in" || st.norm(t) == "from")) continue;
    ms[k].code = prev.code.substr(0, prev.code.size() - 3) + ms[k].code.substr(3);
    ms[k].agent_only = false;
    ms[k].agent_noun = true;
  }
}

// The token where the actor of agent-only mention k must start for "of"/"in"/"from"
// to link them ("the mayor of the northern West Bank city of Nablus"), or 0 when the
// agent is followed by none of these words.
uint32_t LinkedActorStart(const ActorState& st, std::size_t k) {
  const std::vector<Mention>& ms = st.out->mentions;
  uint32_t t = ms[k].tok_end;
  if (t >= st.end) return 0;
  std::string_view w = st.norm(t);
  bool of = st.cls(t) & kOf;
  if (!of && w != "in" && w != "from") return 0;
  ++t;
  while (t < st.end && (st.cls(t) & kDeterminer)) ++t;
  // "the mayor of the northern West Bank city of Nablus": plain modifiers may precede.
  int modifiers = 0;
  for (; modifiers < 2 && t < st.end && t < ms[k + 1].tok_begin; ++modifiers) {
    const Token& tok = st.tt.tokens[t];
    if (!tok.Has(text::kWord) || tok.Has(text::kCapitalized) || tok.Has(text::kAllCaps) || st.cls(t) != 0) break;
    ++t;
  }
  // "civilians in the town of Bucha": a place noun after "in" names its place with "of".
  if (!of && modifiers > 0 && t < st.end && t < ms[k + 1].tok_begin && (st.cls(t) & kOf)) {
    ++t;
    while (t < st.end && (st.cls(t) & kDeterminer)) ++t;
  }
  return t;
}

// "Lawmakers and officials in France": a bare agent joined by "and" right before
// agent-only mention k shares its actor. Returns that agent ("" for none) and drops
// its mention.
std::string TakeCoAgent(ActorState& st, std::size_t k) {
  std::vector<Mention>& ms = st.out->mentions;
  if (k == 0 || !ms[k - 1].agent_only || st.drop[k - 1]) return "";
  bool conj = false, only_links = true;
  for (uint32_t x = ms[k - 1].tok_end; x < ms[k].tok_begin; ++x) {
    if (st.cls(x) & kConjunction)
      conj = true;
    else if (st.norm(x) != ",")
      only_links = false;
  }
  if (!conj || !only_links || ms[k - 1].code == ms[k].code) return "";
  st.drop[k - 1] = true;
  ms[k].tok_begin = ms[k - 1].tok_begin;
  return ms[k - 1].code.substr(3);
}

// 3. Agent of/in actor: "the leaders of Armenia and Azerbaijan", "a court in Guyana".
//    The agent is handed to the actor (and the compound that follows); the
//    agent-only mention disappears.
void HandAgentsToActors(ActorState& st) {
  std::vector<Mention>& ms = st.out->mentions;
  for (std::size_t k = 0; k + 1 < ms.size(); ++k) {
    if (!ms[k].agent_only) continue;
    uint32_t t = LinkedActorStart(st, k);
    if (t == 0) continue;
    if (ms[k + 1].tok_begin != t || ms[k + 1].agent_only || ms[k + 1].code[0] == '@') continue;
    std::string agent = ms[k].code.substr(3);
    // Each actor then stands for one mention per agent.
    const std::string co_agent = TakeCoAgent(st, k);
    auto add_co_agent = [&](std::size_t j, const std::string& base) {
      if (co_agent.empty()) return;
      std::string c = WithAgent(base, co_agent);
      if (c != ms[j].code) st.extra[j].push_back(c);
    };
    // Hand the agent to this actor and to each actor joined by "and": "the leaders
    // of Armenia and Azerbaijan", "lawmakers in France and Germany".
    std::size_t j = k + 1;
    std::string base = ms[j].code;
    ms[j].code = WithAgent(base, agent);
    add_co_agent(j, base);
    ms[j].tok_begin = ms[k].tok_begin;
    while (j + 1 < ms.size()) {
      uint32_t x = ms[j].tok_end;
      bool joined = false;
      while (x < ms[j + 1].tok_begin && (st.norm(x) == "," || (st.cls(x) & (kConjunction | kDeterminer)))) {
        joined = joined || st.norm(x) == "," || (st.cls(x) & kConjunction);
        ++x;
      }
      if (!joined || x != ms[j + 1].tok_begin || ms[j + 1].agent_only) break;
      ++j;
      base = ms[j].code;
      ms[j].code = WithAgent(base, agent);
      add_co_agent(j, base);
    }
    st.drop[k] = true;
  }
}

// Drops handed-on and (unless wanted) agent-only mentions; one mention per code.
// "a company of 120 Gurkhas": a unit of people counted after "of", not a firm.
bool UnitOfPeople(const ActorState& st, const Mention& m) {
  if (m.tok_end != m.tok_begin + 1 || m.tok_end + 1 >= st.end || st.norm(m.tok_end) != "of") return false;
  const std::string_view w = st.norm(m.tok_begin);
  if (w != "company" && w != "companies") return false;
  return st.tt.tokens[m.tok_end + 1].Has(text::kNumber) || (st.cls(m.tok_end + 1) & kNumberWord);
}

void KeepMentions(ActorState& st) {
  std::vector<Mention>& ms = st.out->mentions;
  std::vector<Mention> kept;
  for (std::size_t k = 0; k < ms.size(); ++k)
    if (!st.drop[k] && (!ms[k].agent_only || st.options.agent_only_actors) && !UnitOfPeople(st, ms[k])) {
      // A PETRARCH entry may name several actors at once ("[FRO/BIL/SAM]"): one
      // mention each, for the same words.
      std::string codes = ms[k].code;
      if (!ms[k].agent_only && codes.find('/') != std::string::npos) {
        std::size_t slash = codes.find('/');
        ms[k].code = codes.substr(0, slash);
        std::vector<std::string> more;
        for (std::size_t from = slash + 1; from <= codes.size();) {
          std::size_t next = std::min(codes.find('/', from), codes.size());
          if (next > from) more.push_back(codes.substr(from, next - from));
          from = next + 1;
        }
        st.extra[k].insert(st.extra[k].begin(), more.begin(), more.end());
      }
      kept.push_back(std::move(ms[k]));
      for (const std::string& c : st.extra[k]) {
        Mention copy = kept.back();
        copy.code = c;
        kept.push_back(std::move(copy));
      }
    }
  ms.swap(kept);
}

// 4. Locative mentions: after "in", "at", "from" (determiners may stand between).
void MarkLocatives(ActorState& st) {
  for (Mention& m : st.out->mentions) {
    uint32_t t = m.tok_begin;
    while (t > st.begin && (st.cls(t - 1) & kDeterminer)) --t;
    if (t > st.begin && (st.cls(t - 1) & kLocative)) m.locative = true;
  }
}

// Whether mention k joins the group of mention k-1 ("A and B", "A, B and C");
// *link_conj tells whether a conjunction links them.
bool JoinsPreviousGroup(const ActorState& st, std::size_t k, bool* link_conj) {
  const std::vector<Mention>& ms = st.out->mentions;
  if (k > 0 && ms[k].tok_begin == ms[k - 1].tok_begin && ms[k].tok_end == ms[k - 1].tok_end) {
    *link_conj = true;  // one mention, several agents
    return true;
  }
  *link_conj = false;
  if (k == 0 || ms[k].locative) return false;
  uint32_t x = ms[k - 1].tok_end;
  bool comma = false, conj = false;
  bool ok = true;
  uint32_t modifiers = 0;
  // "Japan's delegate, Minoru Endo, and U.S. Ambassador Michael Samuels": a name set off
  // by commas right after a mention is its apposition; the "and" after it joins the list.
  bool apposition = false;
  if (x < ms[k].tok_begin && st.norm(x) == ",") {
    uint32_t y = x + 1, names = 0;
    while (y < ms[k].tok_begin && names < 4 && st.tt.tokens[y].Has(text::kCapitalized) && st.cls(y) == 0) ++y, ++names;
    if (names > 0 && y < ms[k].tok_begin && st.norm(y) == "," && y + 1 < ms[k].tok_begin &&
        (st.cls(y + 1) & kConjunction)) {
      apposition = true;
      x = y + 1;
    }
  }
  for (; x < ms[k].tok_begin; ++x) {
    std::string_view w = st.norm(x);
    const Token& t = st.tt.tokens[x];
    if (modifiers > 0 && !(st.cls(x) & kDeterminer) &&
        !(t.Has(text::kWord) && !t.Has(text::kCapitalized) && !t.Has(text::kAllCaps) && st.cls(x) == 0)) {
      ok = false;
      break;
    }
    if (w == ",")
      comma = true;
    else if (st.cls(x) & kConjunction)
      conj = true;
    else if (st.cls(x) & kDeterminer)
      continue;
    // "Fornost and the evil awful Gondor": plain lowercase modifiers after the
    // separator, right before the next actor.
    else if ((comma || conj) && t.Has(text::kWord) && !t.Has(text::kCapitalized) && !t.Has(text::kAllCaps) &&
             st.cls(x) == 0 && ++modifiers <= 3)
      continue;
    else {
      ok = false;
      break;
    }
  }
  // "A and B", "A, B and C", "A, B, and C"; but "... towards Armenia, and an
  // official visited" joins clauses, not actors.
  bool list_so_far = !st.out->groups.empty() && st.out->groups.back().members.size() >= 2;
  bool joins = (conj && !comma) || (comma && !conj) || (comma && conj && list_so_far) || (apposition && conj);
  *link_conj = conj;
  return ok && joins && ms[k].agent_only == ms[k - 1].agent_only;
}

// Compounds: consecutive mentions joined by "and" or commas form one group.
void GroupMentions(ActorState& st) {
  std::vector<Mention>& ms = st.out->mentions;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    bool link_conj = false;
    if (JoinsPreviousGroup(st, k, &link_conj)) {
      MentionGroup& g = st.out->groups.back();
      g.members.push_back(static_cast<uint32_t>(k));
      g.tok_end = ms[k].tok_end;
      st.has_conj.back() = st.has_conj.back() || link_conj;
    } else {
      st.has_conj.push_back(false);
      MentionGroup g;
      g.members.push_back(static_cast<uint32_t>(k));
      g.tok_begin = ms[k].tok_begin;
      g.tok_end = ms[k].tok_end;
      st.out->groups.push_back(std::move(g));
    }
    ms[k].group = static_cast<int>(st.out->groups.size() - 1);
  }
  // "consulates in Karachi and Mumbai": the place preposition covers the whole list.
  for (const MentionGroup& g : st.out->groups)
    if (ms[g.members.front()].locative)
      for (uint32_t m : g.members) ms[m].locative = true;
}

// "Russia, the foreign ministry in Kyiv": commas alone (no "and") make no list.
// "Chinese and Japanese diplomats": the agent of the last member applies to all.
void SplitCommaGroups(ActorState& st) {
  std::vector<Mention>& ms = st.out->mentions;
  std::vector<MentionGroup> groups;
  for (std::size_t g = 0; g < st.out->groups.size(); ++g) {
    if (st.has_conj[g] || st.out->groups[g].members.size() == 1) {
      groups.push_back(std::move(st.out->groups[g]));
      continue;
    }
    for (uint32_t m : st.out->groups[g].members) groups.push_back({{m}, ms[m].tok_begin, ms[m].tok_end});
  }
  st.out->groups.swap(groups);
  for (std::size_t g = 0; g < st.out->groups.size(); ++g) {
    MentionGroup& group = st.out->groups[g];
    for (uint32_t m : group.members) ms[m].group = static_cast<int>(g);
    const Mention& last = ms[group.members.back()];
    if (group.members.size() < 2 || last.agent_only || !last.agent_noun || last.code.size() != 6) continue;
    std::string agent = last.code.substr(3);
    for (uint32_t m : group.members)
      if (ms[m].code.size() == 3 && IsCountryLike(ms[m].code) && !ms[m].agent_only) ms[m].code += agent;
  }
}

// 2a. "American Motors Corp", "British Petroleum Co Plc", "Japan Air Lines Co": a
// country that opens a company's name (capitalised words ending in a company suffix)
// names the company, a business of that country, not the state.
void CompanyNames(ActorState& st) {
  std::vector<Mention>& ms = st.out->mentions;
  for (std::size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.agent_only || !lexicon::HasCountry(m.code)) continue;
    const uint32_t limit = k + 1 < ms.size() ? ms[k + 1].tok_begin : st.end;
    uint32_t t = m.tok_end, suffix_end = 0;
    for (int n = 0; t < limit && n < 6; ++t, ++n) {
      const Token& tok = st.tt.tokens[t];
      if (st.norm(t) == "&") continue;
      if (!tok.Has(text::kWord) || !(tok.Has(text::kCapitalized) || tok.Has(text::kAllCaps))) break;
      if (st.lex.Is(tok.word, kCompanySuffix)) suffix_end = t + 1;
    }
    if (suffix_end == 0) continue;
    m.code = m.code.substr(0, 3) + "BUS";
    m.tok_end = suffix_end;
  }
}

}  // namespace

void FindActors(const SentenceView& v, SentenceActors* out) {
  out->Clear();
  ActorState st(v.lex, v.tt, v.span, v.actor_date, v.options, out);
  FindSpans(st);
  MergeSpans(st);
  CompanyNames(st);
  ShareConjoinedAgents(st);
  st.drop.assign(out->mentions.size(), false);
  st.extra.assign(out->mentions.size(), {});
  HandAgentsToActors(st);
  KeepMentions(st);
  MarkLocatives(st);
  GroupMentions(st);
  SplitCommaGroups(st);
  ResolveReportedPronouns(v.lex, v.tt, st.begin, st.end, out);
}

}  // namespace parley::match
