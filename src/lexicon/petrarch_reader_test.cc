#include "lexicon/petrarch_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
using lexicon::Pattern;
using Kind = lexicon::PatternElement::Kind;

// A temporary folder with small PETRARCH dictionaries written by each test.
class PetrarchDicts : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley_petrarch_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
  // Loads the folder (or DIR/PREFIX) with parley's CAMEO table and grammar.
  std::shared_ptr<const Lexicon> Load(const std::string& prefix = "") {
    diags_.clear();
    auto lex = Lexicon::LoadPetrarch((dir_ / prefix).string(), testing::SourceDir() + "/data", &diags_);
    EXPECT_TRUE(lex.ok()) << lex.status().message();
    return lex.ok() ? lex.value() : nullptr;
  }
  bool HasDiag(const std::string& file, int line, Diagnostic::Severity s = Diagnostic::Severity::kError) {
    return std::any_of(diags_.begin(), diags_.end(), [&](const Diagnostic& d) {
      return d.file.find(file) != std::string::npos && d.line == line && d.severity == s;
    });
  }
  std::vector<std::string> Code(const std::shared_ptr<const Lexicon>& lex, const std::string& text,
                                const std::string& date = "1995-01-01") {
    Story s;
    s.id = "t";
    s.date = date;
    s.text = text;
    s.body_end = text.size();
    Coder coder(lex);
    CodeStats stats;
    std::vector<std::string> out = testing::Triples(coder.Code(s, &stats));
    std::sort(out.begin(), out.end());
    return out;
  }
  // The patterns read from `line` of the verbs file.
  static std::vector<const Pattern*> PatternsAt(const LexiconData& d, int line) {
    std::vector<const Pattern*> out;
    for (const Pattern& p : d.patterns)
      if (p.line == line) out.push_back(&p);
    return out;
  }
  static std::string Shape(const Pattern& p) {  // "W W . V . T" etc.
    std::string s;
    for (const auto& e : p.elements) {
      if (!s.empty()) s += ' ';
      s += e.kind == Kind::kWord     ? "W"
           : e.kind == Kind::kVerb   ? "V"
           : e.kind == Kind::kGap    ? "."
           : e.kind == Kind::kTarget ? "T"
                                     : "S";
    }
    return s;
  }
  fs::path dir_;
  std::vector<Diagnostic> diags_;
};

constexpr const char* kVerbs1 = R"(<!-- a PETRARCH-1 verbs file -->
&CURRENCY
+DOLLARS
+SWISS FRANCS
+GOLD_

--- RESTORE  [064]  ---
RESTORE    # a comment
- NOT * RELATIONS  [112]
- * TIES  [064]
- * DIPLXMATIC  [###]

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &CURRENCY [903]
- * &MISSING [904]
- SAID_* NOTHING
- WITHOUT VERB [010]

--- LEFT  [032:033]  ---
LEFT

--- MEET  [031:031]  ---
MEET
- % HAVE *  [191]

--- EXCLUDE  [1721]  ---
EXCLUDE
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
- + WAS_ * TO_ ^ FROM $  [174]
)";

TEST(PetrarchText, CommentsAndCodesWithHashes) {
  auto dir = fs::temp_directory_path() / ("parley_petrarch_lines_" + std::to_string(::getpid()));
  std::ofstream(dir.string()) << "# comment\n<!-- one\nstill comment -->\nA [###] # tail\n"
                                 "B ; old comment\n\n\t[C <950601]\n<! -- x -->\nD <!-- in line --> E\n";
  std::vector<lexicon::PetrarchLine> lines;
  ASSERT_TRUE(lexicon::ReadPetrarchFile(dir.string(), &lines).ok());
  fs::remove(dir);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "A [###]");
  EXPECT_EQ(lines[0].number, 4);
  EXPECT_EQ(lines[1].text, "B");
  EXPECT_TRUE(lines[2].indented);
  EXPECT_EQ(lines[2].text, "[C <950601]");
  EXPECT_EQ(lines[3].text, "D  E");
  EXPECT_FALSE(lexicon::ReadPetrarchFile("/nonexistent/file", &lines).ok());
}

TEST(PetrarchText, DatesAndPhrases) {
  EXPECT_EQ(lexicon::ParsePetrarchDate("950601"), 19950601);
  EXPECT_EQ(lexicon::ParsePetrarchDate("200101"), 20200101);  // 00-30 -> 20yy
  EXPECT_EQ(lexicon::ParsePetrarchDate("20170120"), 20170120);
  EXPECT_EQ(lexicon::ParsePetrarchDate("1920030320"), 19200303);  // extra digits ignored
  EXPECT_EQ(lexicon::ParsePetrarchDate("950231"), -1);
  EXPECT_EQ(lexicon::ParsePetrarchDate("95x601"), -1);
  EXPECT_EQ(lexicon::PetrarchPhraseTokens("NEW_ZEALAND_"), (std::vector<std::string>{"new", "zealand"}));
  EXPECT_EQ(lexicon::PetrarchPhraseTokens("DID N'T"), (std::vector<std::string>{"did", "n't"}));
  EXPECT_EQ(lexicon::PetrarchPhraseTokens("U.S."), (std::vector<std::string>{"u.s."}));
}

TEST_F(PetrarchDicts, ActorsWithSynonymsRolesAndDates) {
  Write("x.actors.txt",
        "ARNOR_  [ARN]\n"
        "+ARNORIAN\n"
        "GOLLUM  # no code yet\n"
        "+SMEAGOL\n"
        "\t[HOB < 950601]\n"
        "\t[HOBGOV 19950601 - 19990815]\n"
        "\t[HOBREB >990816]\n"
        "SAM_GAMGEE [hob]\n"
        "\t[ORCHOB 20100109-20100112]\n"
        "\t[HOBMIL 20080120-20121109]\n"
        "THE_SHIRE [FRO/BIL/SAM]\n"
        "\t[BAD 990101]\n"  // 12: no < > or range
        "NAMELESS\n"        // 13: no code at all
        "\n"
        "\t[XYZ 950101-940101]\n");  // 15: end before start (group of NAMELESS)
  Write("x.verbs.txt", kVerbs1);
  auto lex = Load("x.");
  ASSERT_TRUE(lex);
  EXPECT_EQ(Code(lex, "Arnorian forces will restore ties with Smeagol.", "1995-01-01"),
            (std::vector<std::string>{"ARN HOB 064"}));
  EXPECT_EQ(Code(lex, "Arnor will restore ties with Smeagol.", "1997-05-05"),
            (std::vector<std::string>{"ARN HOBGOV 064"}));
  EXPECT_EQ(Code(lex, "Arnor will restore ties with Gollum.", "2001-01-01"),
            (std::vector<std::string>{"ARN HOBREB 064"}));
  // The first role whose dates cover the story wins, as in PETRARCH.
  EXPECT_EQ(Code(lex, "Sam Gamgee will restore ties with Arnor.", "2010-01-10"),
            (std::vector<std::string>{"ORCHOB ARN 064"}));
  EXPECT_EQ(Code(lex, "Sam Gamgee will restore ties with Arnor.", "2011-01-10"),
            (std::vector<std::string>{"HOBMIL ARN 064"}));
  // A leading THE is optional; a compound code names one actor per code (as in
  // PETRARCH-1; a whole "FRO/BIL/SAM" would split into a bogus country and agent).
  EXPECT_EQ(Code(lex, "Arnor will restore ties with the Shire."),
            (std::vector<std::string>{"ARN BIL 064", "ARN FRO 064", "ARN SAM 064"}));
  EXPECT_TRUE(HasDiag("x.actors.txt", 12));
  EXPECT_TRUE(HasDiag("x.actors.txt", 15));
  EXPECT_EQ(lex->Stats().actors, 4u);
}

TEST_F(PetrarchDicts, AgentsSuffixPrefixPluralsAndMarkers) {
  Write("x.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
  Write("x.agents.txt",
        "!PERSON! = MAN, MEN\n"
        "MINISTER [~GOV]\n"
        "POLICE {} [ ~COP]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
        "CONGRESS!PERSON! [~LEG]\n"
        "MSF {} [NGO~]\n"
        "NO_CODE_HERE\n"         // 7
        "BAD [GOV]\n"            // 8: no '~'
        "WHAT!NOPE! [~XXX]\n");  // 9: undefined marker
  Write("x.verbs.txt", kVerbs1);
  auto lex = Load("x.");
  ASSERT_TRUE(lex);
  const auto& agents = lex->data().agents;
  auto code_of = [&](const std::vector<std::string>& words, bool* prefix = nullptr) -> std::string {
    uint32_t node = 0;
    for (const auto& w : words)
      if ((node = agents.trie().Child(node, lex->data().vocab.Find(w))) == 0) return "";
    if (agents.trie().Payload(node).empty()) return "";
    const auto& e = agents.entries()[agents.trie().Payload(node).front()];
    if (prefix) *prefix = e.prefix;
    return e.code;
  };
  EXPECT_EQ(code_of({"ministers"}), "GOV");
  EXPECT_EQ(code_of({"police"}), "COP");
  EXPECT_EQ(code_of({"polices"}), "");
  EXPECT_EQ(code_of({"attorneys", "general"}), "JUD");
  EXPECT_EQ(code_of({"congressmen"}), "LEG");
  bool prefix = false;
  EXPECT_EQ(code_of({"msf"}, &prefix), "NGO");
  EXPECT_TRUE(prefix);
  EXPECT_TRUE(HasDiag("x.agents.txt", 7));
  EXPECT_TRUE(HasDiag("x.agents.txt", 8));
  EXPECT_TRUE(HasDiag("x.agents.txt", 9));
  EXPECT_EQ(Code(lex, "Arnor police will restore ties with Gondor."), (std::vector<std::string>{"ARNCOP GON 064"}));
}

TEST_F(PetrarchDicts, DiscardsAreStoredForTheCoder) {
  Write("x.actors.txt", "ARNOR [ARN]\n");
  Write("x.discards.txt", "+TYPHOON   # story\nBASEBALL\nAFRICAN NATIONS CUP_\n");
  Write("x.verbs.txt", kVerbs1);
  auto lex = Load("x.");
  ASSERT_TRUE(lex);
  const auto& d = lex->data();
  auto kind = [&](const std::vector<std::string>& words) -> std::string {
    uint32_t node = 0;
    for (const auto& w : words)
      if ((node = d.discards.trie().Child(node, d.vocab.Find(w))) == 0) return "";
    return d.discards.trie().Payload(node).empty() ? "" : d.discards.entries()[d.discards.trie().Payload(node)[0]].code;
  };
  EXPECT_EQ(kind({"typhoon"}), "story");
  EXPECT_EQ(kind({"typhoons"}), "story");
  EXPECT_EQ(kind({"baseball"}), "sentence");
  EXPECT_EQ(kind({"african", "nations", "cup"}), "sentence");
  EXPECT_EQ(kind({"african", "nations", "cups"}), "");  // '_': whole word only
}

TEST_F(PetrarchDicts, Petrarch1VerbPatterns) {
  Write("x.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
  std::string verbs = Write("x.verbs.txt", kVerbs1);
  auto lex = Load("x.");
  ASSERT_TRUE(lex);
  const LexiconData& d = lex->data();
  // ` ` lets words stand between (a gap), `_` makes them touch.
  auto not_rel = PatternsAt(d, 9);
  ASSERT_EQ(not_rel.size(), 1u);
  EXPECT_EQ(Shape(*not_rel[0]), "W . V . W");
  EXPECT_EQ(not_rel[0]->code, "112");
  // [###] (TABARI's discard) is a null code.
  ASSERT_EQ(PatternsAt(d, 11).size(), 1u);
  EXPECT_EQ(PatternsAt(d, 11)[0]->code, "---");
  // A synset: one-word members (with plurals) in one element, a multi-word member as a
  // variant of the pattern.
  auto cur = PatternsAt(d, 15);
  ASSERT_EQ(cur.size(), 3u);  // one-word members; "swiss francs"; its plural
  EXPECT_EQ(Shape(*cur[0]), "V . W");
  EXPECT_EQ(cur[0]->elements[2].words.size(), 3u);  // dollars, dollarses, gold (no plural: '_')
  EXPECT_EQ(Shape(*cur[1]), "V . W W");
  EXPECT_TRUE(HasDiag("x.verbs.txt", 16));  // undefined synset
  EXPECT_TRUE(HasDiag("x.verbs.txt", 17));  // no [code]
  EXPECT_TRUE(HasDiag("x.verbs.txt", 18));  // no '*'
  // [032:033]: reverse code; [031:031]: mutual; % before the verb binds the source.
  auto left = PatternsAt(d, 21);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0]->code, "032");
  EXPECT_EQ(left[0]->reverse_code, "033");
  auto have = PatternsAt(d, 25);
  ASSERT_EQ(have.size(), 1u);
  EXPECT_EQ(Shape(*have[0]), "S . W . V");
  EXPECT_TRUE(have[0]->recip);
  // Multi-word verbs: the '+' word is inflected, the particles are literals; ^ is a gap.
  auto ex = PatternsAt(d, 31);
  ASSERT_EQ(ex.size(), 3u);                             // EXCLUDE, CORDON OFF, WIRE TAP
  EXPECT_EQ(Shape(*ex[1]), "T . W . V W . W . W . S");  // "WAS_ *" is TABARI's "WAS *"
  EXPECT_EQ(Shape(*ex[2]), "T . W . W V . W . W . S");
  // Codes the CAMEO table lacks are added, not rejected.
  EXPECT_TRUE(d.cameo.Contains("903"));
  EXPECT_TRUE(d.cameo.Contains("033"));
  ASSERT_NE(d.cameo.Find("903"), nullptr);
  EXPECT_EQ(d.cameo.Find("903")->quad_class, 0);
  EXPECT_EQ(d.cameo.Find("903")->goldstein, 0);
  EXPECT_EQ(Code(lex, "Arnor will restore diplomatic ties with Gondor."), (std::vector<std::string>{"ARN GON 064"}));
  EXPECT_EQ(Code(lex, "Arnor cordoned off the border with Gondor."), (std::vector<std::string>{"ARN GON 1721"}));
  EXPECT_EQ(Code(lex, "Arnor wire tapped the phones of Gondor."), (std::vector<std::string>{"ARN GON 1721"}));
  EXPECT_EQ(Code(lex, "Arnor contributed a million swiss francs to Gondor."),
            (std::vector<std::string>{"ARN GON 903"}));
}

TEST_F(PetrarchDicts, Petrarch2VerbPatterns) {
  Write("y_actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
  Write("y_verbs.txt",
        "&TIETYPES\n+ECONOMIC\n+MILITARY\n\n"
        "---  ABANDON   [1121]  ---\n"  // 5
        "ABANDON\n"
        "- * {NEW &TIETYPES RELATIONS} [1951]\n"  // 7
        "- * (FOR ASYLUM) [1032]\n"
        "- * EFFORT [080]\n"
        "- * (BEFORE COURT) [:173]\n"         // 10
        "- * EFFORT [081]\n"                  // 11: repeats line 9, the later code wins
        "- * (FOR ASYLUM [1]\n"               // 12: unclosed
        "~ a (a b ATTACK) SAY = a b 015\n");  // 13
  auto lex = Load("y_");
  ASSERT_TRUE(lex);
  const LexiconData& d = lex->data();
  auto np = PatternsAt(d, 7);
  ASSERT_EQ(np.size(), 1u);
  EXPECT_EQ(Shape(*np[0]), "V . W . W W");             // the head touches the modifier before it
  EXPECT_EQ(np[0]->elements.back().words.size(), 2u);  // relations, relationss
  EXPECT_EQ(Shape(*PatternsAt(d, 8)[0]), "V . W . W");
  EXPECT_TRUE(PatternsAt(d, 9).empty());
  EXPECT_EQ(PatternsAt(d, 11)[0]->code, "081");
  EXPECT_TRUE(PatternsAt(d, 10)[0]->reverse_only);
  EXPECT_TRUE(HasDiag("y_verbs.txt", 12));
  EXPECT_TRUE(HasDiag("y_verbs.txt", 13, Diagnostic::Severity::kWarning));
  EXPECT_EQ(Code(lex, "Arnor abandoned new global economic relations with Gondor."),
            (std::vector<std::string>{"ARN GON 1951"}));
  EXPECT_EQ(Code(lex, "Arnor abandoned all efforts with Gondor."), (std::vector<std::string>{"ARN GON 081"}));
}

TEST_F(PetrarchDicts, FileSelectionByPrefix) {
  Write("A.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
  Write("A.verbs.txt", kVerbs1);
  Write("A.verbs.2.0.txt", "--- X [010] ---\nX\n");
  Write("B.actors.txt", "ROHAN [ROH]\nGONDOR [GON]\n");
  Write("CAMEO.2.0.txt", "--- RESTORE [099] ---\nRESTORE\n");
  lexicon::PetrarchFiles files;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(lexicon::SelectPetrarchFiles((dir_ / "A.").string(), &files, &diags).ok());
  ASSERT_EQ(files.verbs.size(), 1u);
  EXPECT_NE(files.verbs[0].find("A.verbs.txt"), std::string::npos);  // the shortest name
  EXPECT_EQ(files.actors.size(), 1u);
  EXPECT_EQ(diags.size(), 1u);  // A.verbs.2.0.txt not read
  files = {};
  ASSERT_TRUE(lexicon::SelectPetrarchFiles((dir_ / "B.").string(), &files, &diags).ok());
  ASSERT_EQ(files.verbs.size(), 1u);
  EXPECT_NE(files.verbs[0].find("CAMEO.2.0.txt"), std::string::npos);  // no B verbs file
  auto lex = Load("B.");
  ASSERT_TRUE(lex);
  EXPECT_EQ(Code(lex, "Rohan restored ties with Gondor."), (std::vector<std::string>{"ROH GON 099"}));
}

TEST_F(PetrarchDicts, EntryWithSeveralCodesNamesSeveralActors) {
  Write("M.actors.txt", "GONDOR [GON]\nTHE_SHIRE [FRO/BIL/SAM]\n");
  Write("M.verbs.txt", kVerbs1);
  auto lex = Load("M.");
  ASSERT_TRUE(lex);
  EXPECT_EQ(Code(lex, "The Shire restored ties with Gondor."),
            (std::vector<std::string>{"BIL GON 064", "FRO GON 064", "SAM GON 064"}));
}

TEST_F(PetrarchDicts, PrefixAgentAndPlainAgentBothApply) {
  Write("P.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
  Write("P.agents.txt", "MINISTER [~GOV]\nMSF {} [NGO~]\n");
  Write("P.verbs.txt", kVerbs1);
  auto lex = Load("P.");
  ASSERT_TRUE(lex);
  EXPECT_EQ(Code(lex, "An MSF Arnor minister restored ties with Gondor."),
            (std::vector<std::string>{"NGOARNGOV GON 064"}));
}

TEST(PetrarchLoad, MissingFolderIsAClearError) {
  std::vector<Diagnostic> diags;
  auto lex = Lexicon::LoadPetrarch("/nonexistent/petrarch/dicts", testing::SourceDir() + "/data", &diags);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("/nonexistent/petrarch"), std::string::npos);
  auto lex2 = Lexicon::LoadPetrarch(testing::SourceDir() + "/data", "/nonexistent/parley", &diags);
  ASSERT_FALSE(lex2.ok());
}

}  // namespace
}  // namespace parley
