#include "syntax/conllu.h"

#include <gtest/gtest.h>

namespace parley::syntax {
namespace {

constexpr const char* kGood =
    "# sent_id = a\n"
    "# text = I can't go.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "4.1\tgone\tgo\tVERB\tVB\t_\t_\t_\t4:ref\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

TEST(ConlluTest, ReadsSyntacticWordsAndSkipsRangesAndEmptyNodes) {
  auto r = ParseConllu(kGood, "good.conllu");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r.value().size(), 2u);
  const ConlluSentence& s = r.value()[0];
  ASSERT_EQ(s.forms.size(), 5u);
  EXPECT_EQ(s.forms[1], "ca");
  EXPECT_EQ(s.upos[2], Upos::kPart);
  EXPECT_EQ(s.heads[0], 3);
  EXPECT_EQ(s.heads[3], -1);
  EXPECT_EQ(s.deprels[0], kNsubj);
  EXPECT_EQ(s.line, 3u);
  EXPECT_EQ(r.value()[1].forms[0], "Yes");  // no blank line at the end
}

void ExpectError(const std::string& text, const std::string& where, const std::string& what) {
  auto r = ParseConllu(text, "bad.conllu");
  ASSERT_FALSE(r.ok()) << "accepted: " << text;
  EXPECT_NE(r.status().message().find("bad.conllu:" + where), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find(what), std::string::npos) << r.status().message();
}

TEST(ConlluTest, MalformedInputNamesFileAndLine) {
  ExpectError("1\tI\tI\tPRON\n", "1:", "10 tab-separated columns");
  ExpectError("1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n3\tx\tx\tX\t_\t_\t1\tdep\t_\t_\n", "2:", "out of order");
  ExpectError("1\tI\tI\tFOO\t_\t_\t0\troot\t_\t_\n", "1:", "unknown UPOS");
  ExpectError("1\tI\tI\tPRON\t_\t_\tx\troot\t_\t_\n", "1:", "bad HEAD");
  ExpectError("1\tI\tI\tPRON\t_\t_\t1\troot\t_\t_\n", "1:", "its own head");
  ExpectError("1\tI\tI\tPRON\t_\t_\t5\tnsubj\t_\t_\n\n", "1:", "beyond the sentence end");
  ExpectError("1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n2\tx\tx\tX\t_\t_\t0\troot\t_\t_\n\n", "3:", "2 roots");
  ExpectError("x\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n", "1:", "bad ID");
}

TEST(ConlluTest, MissingFileIsNotFound) {
  auto r = ReadConlluFile("/nonexistent/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/x.conllu"), std::string::npos);
}

}  // namespace
}  // namespace parley::syntax
