#pragma once
// Tree role finder: who acts and who is acted on for one event trigger, read off the
// dependency tree instead of word positions. The source is the subject of the event's
// predicate — or the `by` agent of a passive wherever it stands; subjects are shared
// down coordinated verbs, infinitive complements and participial clauses; apposition
// and relative clauses stay attached to their head noun ("China, a close ally of
// Islamabad, praised ..." has the subject China). Event nouns take the subject of
// their light verb ("held talks with", "launched an attack on").
#include <cstdint>
#include <vector>

#include "events/sentence_tree.h"
#include "lexicon/lexicon_data.h"
#include "text/tokenizer.h"

namespace parley::events {

struct TreeRoles {
  bool modifier = false;          // the trigger only modifies a noun ("Iranian-backed militias")
  bool passive = false;           // the predicate is passive ("was condemned by", "forces backed by")
  bool explicit_passive = false;  // marked so by the tree (nsubj:pass or aux:pass)
  bool has_subject = false;       // a subject word was found (actor or not)
  // The subject is a relative pronoun standing for a noun that is no actor ("acid rain
  // that has killed fish"): the tree is sure there is no actor subject.
  bool relative_non_actor = false;
  int subject = -1;               // group of the acting subject (active voice)
  int patient = -1;               // group of the passive subject (acted on)
  int agent = -1;                 // group of the `by` agent of a passive
  int object = -1;                // group of the object, or of the oblique the event acts on
  bool has_object = false;        // the predicate has a direct object word (actor or not)
  uint32_t predicate = 0;         // token of the predicate that carries the clause
  // An event noun with no light verb ("following U.S. destruction of ...", "in
  // retaliation for an attack on ..."): its source is its own possessor or modifier
  // (`subject`), else the subject of the verb whose phrase holds it (`governor_subject`,
  // -1 when none); a nearer actor by position is none of these.
  bool nominal = false;
  bool possessive_pronoun = false;  // the noun has "its"/"their"/... ("its attack on"): positions may tell whose
  int governor_subject = -1;
  bool governor_known = false;  // a verb above the noun has a subject word (actor or not): the tree decides
};

// What the finder needs to know about the sentence's actors.
struct TreeActors {
  // Group of each token of the sentence (index: token - tree.tok_begin()), -1 for none.
  const std::vector<int>* group_of;
  // Groups that are places ("in Cairo"): never objects.
  const std::vector<bool>* locative_group;
  // Tokens that trigger some event pattern (index: token - tree.tok_begin()), or null.
  const std::vector<bool>* event_anchor = nullptr;
  // Word classes (kAttackNoun, kTargetCase); null only in tests that need neither.
  const LexiconData* lex = nullptr;
};

// Token tok lies inside a clause or phrase that only describes another word — a
// relative clause, an apposition, or a participial clause ("Jack Straw, visiting
// Beijing, ...") — that does not hold the event's trigger `anchor`.
bool InModifierClause(const SentenceTree& tree, const text::TokenizedText& tt, uint32_t tok, uint32_t anchor);

TreeRoles FindTreeRoles(const SentenceTree& tree, const text::TokenizedText& tt, const TreeActors& actors,
                        uint32_t anchor);

}  // namespace parley::events
