// The search box syntax (ParseTextQuery), its FTS5 and PostgreSQL renderings, and
// reading matched ranges back from highlighted text.
#include "store/search_sql.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TextQuery Parsed(const std::string& q) {
  auto r = ParseTextQuery(q);
  EXPECT_TRUE(r.ok()) << q << ": " << r.status().message();
  return r.ok() ? r.value() : TextQuery();
}

std::string Error(const std::string& q) {
  auto r = ParseTextQuery(q);
  return r.ok() ? "(parsed)" : r.status().message();
}

TEST(TextQuery, WordsPhrasesPrefixesOrAndExclusions) {
  TextQuery q = Parsed(R"(ceasefire "peace talks" truce OR negot* -Hamas)");
  ASSERT_EQ(q.groups.size(), 3u);
  EXPECT_EQ(q.groups[0], (std::vector<SearchTerm>{{"ceasefire", false, false}}));
  EXPECT_EQ(q.groups[1], (std::vector<SearchTerm>{{"peace talks", true, false}}));
  EXPECT_EQ(q.groups[2], (std::vector<SearchTerm>{{"truce", false, false}, {"negot", false, true}}));
  EXPECT_EQ(q.excluded, (std::vector<SearchTerm>{{"Hamas", false, false}}));
  // Lower-case "or" is a word; punctuation alone is no term; a lone '-' is no exclusion.
  EXPECT_EQ(Parsed("war or peace").groups.size(), 3u);
  EXPECT_EQ(Parsed("talks & -- , -").groups.size(), 1u);
  EXPECT_EQ(Parsed("Côte d'Ivoire").groups[0][0].text, "Côte");
}

TEST(TextQuery, BadQueriesNameTheProblem) {
  EXPECT_EQ(Error(""), "q: give words to search for");
  EXPECT_EQ(Error("   "), "q: give words to search for");
  EXPECT_EQ(Error(std::string(257, 'a')), "q: at most 256 bytes (got 257)");
  EXPECT_EQ(Error("\"peace talks"), "q: unbalanced quote: a phrase needs a closing \"");
  EXPECT_EQ(Error("*"), "q: '*' only ends a word of letters or digits, as in negot* (got '*')");
  EXPECT_EQ(Error("ne*got"), "q: '*' only ends a word of letters or digits, as in negot* (got 'ne*got')");
  EXPECT_EQ(Error("a-b*"), "q: '*' only ends a word of letters or digits, as in negot* (got 'a-b*')");
  EXPECT_EQ(Error("OR peace"), "q: OR needs a word to find on each side");
  EXPECT_EQ(Error("peace OR"), "q: OR needs a word to find on each side");
  EXPECT_EQ(Error("war OR OR peace"), "q: OR needs a word to find on each side");
  EXPECT_EQ(Error("war OR -peace"), "q: OR joins words to find, not -excluded ones");
  EXPECT_EQ(Error("-war -peace"), "q: nothing to find: give a word that is not -excluded");
  EXPECT_EQ(Error("&& ||"), "q: no letters or digits to search for");
  EXPECT_EQ(Error("a\x01"), "q: control characters");
  EXPECT_EQ(Error("caf\xC3"), "q: not valid UTF-8");
  EXPECT_EQ(Error("a b c d e f g h i j k l m n o p q"), "q: at most 16 words or phrases");
  EXPECT_EQ(Error("a b c d e f g h i j k l m n o p"), "(parsed)");
}

TEST(SearchSql, Fts5QuotesEveryTerm) {
  EXPECT_EQ(store::Fts5Match(Parsed(R"(NEAR AND "peace talks" truce OR negot* -Hamas)")),
            R"(((("NEAR") AND ("AND") AND ("peace talks") AND ("truce" OR "negot" *)) NOT "Hamas"))");
}

TEST(SearchSql, PostgresBindsEveryTerm) {
  std::vector<std::string> params;
  auto param = [&](std::string v) {
    params.push_back(std::move(v));
    std::string placeholder = "?";
    placeholder += std::to_string(params.size());
    return placeholder;
  };
  EXPECT_EQ(store::PgTsQuery(Parsed("peace truce OR negot* -Hamas"), param),
            "(((phraseto_tsquery('english', ?1)) && (phraseto_tsquery('english', ?2) || to_tsquery('english', "
            "quote_literal(?3) || ':*'))) && !!phraseto_tsquery('english', ?4))");
  EXPECT_EQ(params, (std::vector<std::string>{"peace", "truce", "negot", "Hamas"}));
}

TEST(SearchSql, MarkedRangesAreByteOffsetsOfTheText) {
  const std::string text = "Armenian troops attacked Azerbaijani peace-talks today.";
  std::string marked = "Armenian troops \x02" "attacked\x03 Azerbaijani \x02peace\x03-\x02talks\x03 today.";
  EXPECT_EQ(store::MarkedRanges(text, marked), (std::vector<TextMatch>{{16, 24}, {37, 48}}));
  // Adjacent words of a phrase become one range; other text between them keeps two.
  EXPECT_EQ(store::MarkedRanges("a b, c", "\x02" "a\x03 \x02" "b\x03, \x02" "c\x03"),
            (std::vector<TextMatch>{{0, 3}, {5, 6}}));
  EXPECT_EQ(store::MarkedRanges("café", "\x02" "café\x03"), (std::vector<TextMatch>{{0, 5}}));
  // Not the text with marks: no ranges rather than wrong ones.
  EXPECT_TRUE(store::MarkedRanges(text, "something else").empty());
  EXPECT_TRUE(store::MarkedRanges("ab", "\x02" "ab").empty());
  EXPECT_TRUE(store::MarkedRanges("ab", "a").empty());
}

}  // namespace
}  // namespace parley
