// The tree role finder on hand-built UD trees (no model needed): each case is a
// construction that word positions get wrong.
#include "events/tree_roles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley::events {
namespace {

using syntax::Upos;

struct W {
  Upos upos;
  int head;  // 0-based, -1 root
  const char* rel;
};

const LexiconData& Lex() { return testing::ProjectLexicon()->data(); }

class TreeRolesTest : public ::testing::Test {
 protected:
  // `text` is tokenized by parley's tokenizer; `words` gives one entry per token.
  void Build(const std::string& text, const std::vector<W>& words, const std::vector<std::vector<uint32_t>>& groups) {
    text_ = text;
    std::size_t invalid = 0;
    tt_.Clear();
    text::Tokenize(text_, 0, text_.size(), &tt_, &invalid);
    for (text::Token& t : tt_.tokens) t.word = Lex().vocab.Find(tt_.Norm(t));
    ASSERT_EQ(tt_.tokens.size(), words.size()) << "token count of: " << text;
    std::vector<syntax::Word> parsed;
    for (const W& w : words) {
      uint8_t id = syntax::DeprelId(w.rel);
      ASSERT_NE(id, 0) << w.rel;
      parsed.push_back({w.upos, w.head, id});
    }
    tree_.Assign(0, parsed);
    group_of_.assign(words.size(), -1);
    for (std::size_t g = 0; g < groups.size(); ++g)
      for (uint32_t t : groups[g]) group_of_[t] = static_cast<int>(g);
    locative_.assign(groups.size(), false);
  }
  TreeRoles Find(uint32_t anchor) {
    TreeActors actors{&group_of_, &locative_, nullptr, &Lex()};
    return FindTreeRoles(tree_, tt_, actors, anchor);
  }

  std::string text_;
  text::TokenizedText tt_;
  SentenceTree tree_;
  std::vector<int> group_of_;
  std::vector<bool> locative_;
};

TEST_F(TreeRolesTest, AppositionStaysWithItsHead) {
  Build("China, a close ally of Islamabad, praised Pakistan's restraint.",
        {{Upos::kPropn, 8, "nsubj"},
         {Upos::kPunct, 4, "punct"},
         {Upos::kDet, 4, "det"},
         {Upos::kAdj, 4, "amod"},
         {Upos::kNoun, 0, "appos"},
         {Upos::kAdp, 6, "case"},
         {Upos::kPropn, 4, "nmod"},
         {Upos::kPunct, 4, "punct"},
         {Upos::kVerb, -1, "root"},
         {Upos::kPropn, 11, "nmod:poss"},
         {Upos::kPart, 9, "case"},
         {Upos::kNoun, 8, "obj"},
         {Upos::kPunct, 8, "punct"}},
        {{0}, {6}, {9}});
  TreeRoles r = Find(8);
  EXPECT_FALSE(r.passive);
  EXPECT_EQ(r.subject, 0);  // China, not Islamabad
  EXPECT_EQ(r.object, 2);   // Pakistan, through "Pakistan's restraint"
}

TEST_F(TreeRolesTest, PassiveAgentIsTheSource) {
  Build("Turkey was condemned by Egypt and Greece.",
        {{Upos::kPropn, 2, "nsubj:pass"},
         {Upos::kAux, 2, "aux:pass"},
         {Upos::kVerb, -1, "root"},
         {Upos::kAdp, 4, "case"},
         {Upos::kPropn, 2, "obl:agent"},
         {Upos::kCconj, 6, "cc"},
         {Upos::kPropn, 4, "conj"},
         {Upos::kPunct, 2, "punct"}},
        {{0}, {4, 5, 6}});
  TreeRoles r = Find(2);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.patient, 0);
  EXPECT_EQ(r.agent, 1);
}

TEST_F(TreeRolesTest, RelativeClauseActorIsNotTheSubject) {
  Build("Brett McGurk, who was envoy against ISIL, also criticized the decision.",
        {{Upos::kPropn, 10, "nsubj"},
         {Upos::kPropn, 0, "flat"},
         {Upos::kPunct, 5, "punct"},
         {Upos::kPron, 5, "nsubj"},
         {Upos::kAux, 5, "cop"},
         {Upos::kNoun, 0, "acl:relcl"},
         {Upos::kAdp, 7, "case"},
         {Upos::kPropn, 5, "nmod"},
         {Upos::kPunct, 5, "punct"},
         {Upos::kAdv, 10, "advmod"},
         {Upos::kVerb, -1, "root"},
         {Upos::kDet, 12, "det"},
         {Upos::kNoun, 10, "obj"},
         {Upos::kPunct, 10, "punct"}},
        {{7}});
  TreeRoles r = Find(10);
  EXPECT_TRUE(r.has_subject);
  EXPECT_EQ(r.subject, -1);  // McGurk is no dictionary actor; ISIL is not the subject
}

TEST_F(TreeRolesTest, RelativePronounObjectIsTheNounTheClauseModifies) {
  Build("Iran, which the Americans blame, denied it.",
        {{Upos::kPropn, 7, "nsubj"},
         {Upos::kPunct, 5, "punct"},
         {Upos::kPron, 5, "obj"},
         {Upos::kDet, 4, "det"},
         {Upos::kPropn, 5, "nsubj"},
         {Upos::kVerb, 0, "acl:relcl"},
         {Upos::kPunct, 5, "punct"},
         {Upos::kVerb, -1, "root"},
         {Upos::kPron, 7, "obj"},
         {Upos::kPunct, 7, "punct"}},
        {{0}, {4}});
  TreeRoles r = Find(5);
  EXPECT_EQ(r.subject, 1);  // the Americans
  EXPECT_EQ(r.object, 0);   // blame Iran, through "which"
}

TEST_F(TreeRolesTest, LightVerbLendsItsSubjectToTheEventNoun) {
  Build("Iran held talks with Iraq.",
        {{Upos::kPropn, 1, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kNoun, 1, "obj"},
         {Upos::kAdp, 4, "case"},
         {Upos::kPropn, 2, "nmod"},
         {Upos::kPunct, 1, "punct"}},
        {{0}, {4}});
  TreeRoles r = Find(2);
  EXPECT_EQ(r.predicate, 1u);
  EXPECT_EQ(r.subject, 0);
  EXPECT_EQ(r.object, 1);
}

TEST_F(TreeRolesTest, EventNounTakesItsOwnModifierOrTheVerbsSubject) {
  // "after the Iraqi missile attack on the frigate": the noun's own modifier acts (the
  // trigger "missile" is a compound of the event noun).
  Build("Iran left after the Iraqi missile attack on Kuwait.",
        {{Upos::kPropn, 1, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kAdp, 6, "case"},
         {Upos::kDet, 6, "det"},
         {Upos::kAdj, 6, "amod"},
         {Upos::kNoun, 6, "compound"},
         {Upos::kNoun, 1, "obl"},
         {Upos::kAdp, 8, "case"},
         {Upos::kPropn, 6, "nmod"},
         {Upos::kPunct, 1, "punct"}},
        {{0}, {4}, {8}});
  TreeRoles r = Find(5);
  EXPECT_TRUE(r.nominal);
  EXPECT_EQ(r.subject, 1);
  EXPECT_EQ(r.object, 2);
  // "Shultz went into a meeting with Kohl": no modifier; the verb's subject.
  Build("Shultz went into a meeting with Kohl.",
        {{Upos::kPropn, 1, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kAdp, 4, "case"},
         {Upos::kDet, 4, "det"},
         {Upos::kNoun, 1, "obl"},
         {Upos::kAdp, 6, "case"},
         {Upos::kPropn, 4, "nmod"},
         {Upos::kPunct, 1, "punct"}},
        {{0}, {6}});
  r = Find(4);
  EXPECT_TRUE(r.nominal);
  EXPECT_EQ(r.subject, -1);
  EXPECT_TRUE(r.governor_known);
  EXPECT_EQ(r.governor_subject, 0);
  EXPECT_EQ(r.object, 1);
}

TEST_F(TreeRolesTest, AnEventNounThatSetsTheSceneIsNotTheSubjectsAct) {
  // "Syria lost men in the battle": the battle is where, not what Syria did.
  Build("Syria lost men in the battle.",
        {{Upos::kPropn, 1, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kNoun, 1, "obj"},
         {Upos::kAdp, 5, "case"},
         {Upos::kDet, 5, "det"},
         {Upos::kNoun, 1, "obl"},
         {Upos::kPunct, 1, "punct"}},
        {{0}});
  TreeRoles r = Find(5);
  EXPECT_TRUE(r.nominal);
  EXPECT_TRUE(r.governor_known);
  EXPECT_EQ(r.governor_subject, -1);
  // "in fighting with Iraq": a party of its own makes it the subject's act.
  Build("Iran advanced in fighting with Iraq.",
        {{Upos::kPropn, 1, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kAdp, 3, "case"},
         {Upos::kNoun, 1, "obl"},
         {Upos::kAdp, 5, "case"},
         {Upos::kPropn, 3, "nmod"},
         {Upos::kPunct, 1, "punct"}},
        {{0}, {5}});
  r = Find(3);
  EXPECT_EQ(r.governor_subject, 0);
  EXPECT_EQ(r.object, 1);
}

TEST_F(TreeRolesTest, SubjectOfFaceUndergoesTheEventNoun) {
  // "Iraq faced criticism from Iran": Iran acts on Iraq.
  Build("Iraq faced criticism from Iran.",
        {{Upos::kPropn, 1, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kNoun, 1, "obj"},
         {Upos::kAdp, 4, "case"},
         {Upos::kPropn, 2, "nmod"},
         {Upos::kPunct, 1, "punct"}},
        {{0}, {4}});
  TreeRoles r = Find(2);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.patient, 0);
  EXPECT_EQ(r.agent, 1);
  EXPECT_EQ(r.subject, -1);
}

TEST_F(TreeRolesTest, ModifierIsNoEvent) {
  Build("The accused men fled.",
        {{Upos::kDet, 2, "det"},
         {Upos::kVerb, 2, "amod"},
         {Upos::kNoun, 3, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kPunct, 3, "punct"}},
        {});
  EXPECT_TRUE(Find(1).modifier);
}

TEST_F(TreeRolesTest, IngWordOnTheNextNounIsAModifierEvenAfterANoun) {
  // "the GATT negotiating group": no negotiation, though a noun stands before it.
  Build("The GATT negotiating group met.",
        {{Upos::kDet, 3, "det"},
         {Upos::kPropn, 3, "compound"},
         {Upos::kNoun, 3, "compound"},
         {Upos::kNoun, 4, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kPunct, 4, "punct"}},
        {{1}});
  EXPECT_TRUE(Find(2).modifier);
}

TEST_F(TreeRolesTest, CoordinatedVerbSharesTheSubject) {
  Build("Kenya condemned the attack and sent troops to Somalia.",
        {{Upos::kPropn, 1, "nsubj"},
         {Upos::kVerb, -1, "root"},
         {Upos::kDet, 3, "det"},
         {Upos::kNoun, 1, "obj"},
         {Upos::kCconj, 5, "cc"},
         {Upos::kVerb, 1, "conj"},
         {Upos::kNoun, 5, "obj"},
         {Upos::kAdp, 8, "case"},
         {Upos::kPropn, 5, "obl"},
         {Upos::kPunct, 1, "punct"}},
        {{0}, {8}});
  TreeRoles r = Find(5);
  EXPECT_EQ(r.subject, 0);
  EXPECT_EQ(r.object, 1);
}

TEST_F(TreeRolesTest, ParticipleModifyingANounTakesItAsPatient) {
  Build("Militias backed by Iran attacked.",
        {{Upos::kNoun, 4, "nsubj"},
         {Upos::kVerb, 0, "acl"},
         {Upos::kAdp, 3, "case"},
         {Upos::kPropn, 1, "obl:agent"},
         {Upos::kVerb, -1, "root"},
         {Upos::kPunct, 4, "punct"}},
        {{0}, {3}});
  TreeRoles r = Find(1);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.patient, 0);
  EXPECT_EQ(r.agent, 1);
}

}  // namespace
}  // namespace parley::events
