#include "server/filter_params.h"

#include <gtest/gtest.h>

#include "server/query_params.h"

namespace parley::server {
namespace {

httplib::Request With(std::initializer_list<std::pair<std::string, std::string>> params) {
  httplib::Request req;
  for (const auto& [k, v] : params) req.params.emplace(k, v);
  return req;
}

// The message of the HttpError `f` throws ("" when it throws none).
template <typename F>
std::string Error(F f) {
  try {
    f();
  } catch (const HttpError& e) {
    EXPECT_EQ(e.status, 400);
    return e.message;
  }
  return "";
}

TEST(FilterParams, ListsAreNormalised) {
  EventFilters f = ParseFilters(With({{"root", "19,3,19"},
                                      {"quad_class", "4,3"},
                                      {"modality", "intended,asserted"},
                                      {"goldstein_min", "-10"},
                                      {"goldstein_max", "-2.5"}}));
  EXPECT_EQ(f.roots, (std::vector<std::string>{"03", "19"}));
  EXPECT_EQ(f.quad_classes, (std::vector<int>{3, 4}));
  EXPECT_EQ(f.modalities, (std::vector<std::string>{"asserted", "intended"}));
  EXPECT_DOUBLE_EQ(*f.goldstein_min, -10);
  EXPECT_DOUBLE_EQ(*f.goldstein_max, -2.5);
  EXPECT_TRUE(ParseFilters(With({})).empty());
  // The same selection gives the same cache key, whatever the order written.
  EXPECT_EQ(FilterKey(f), FilterKey(ParseFilters(With({{"root", "03,19"},
                                                       {"quad_class", "3,4"},
                                                       {"modality", "asserted,intended"},
                                                       {"goldstein_min", "-10.0"},
                                                       {"goldstein_max", "-2.50"}}))));
  EXPECT_NE(FilterKey(f), FilterKey(ParseFilters(With({{"root", "03"}}))));
}

TEST(FilterParams, BadValuesNameTheParameter) {
  EXPECT_NE(Error([] { ParseFilters(With({{"root", "21"}})); }).find("root: '21'"), std::string::npos);
  EXPECT_NE(Error([] { ParseFilters(With({{"root", "1,,2"}})); }).find("root:"), std::string::npos);
  EXPECT_NE(Error([] { ParseFilters(With({{"root", "abc"}})); }).find("root:"), std::string::npos);
  EXPECT_NE(Error([] { ParseFilters(With({{"quad_class", "0"}})); }).find("quad_class:"), std::string::npos);
  EXPECT_NE(Error([] { ParseFilters(With({{"modality", "maybe"}})); }).find("modality: 'maybe'"), std::string::npos);
  EXPECT_NE(Error([] { ParseFilters(With({{"goldstein_min", "11"}})); }).find("goldstein_min"), std::string::npos);
  EXPECT_NE(Error([] { ParseFilters(With({{"goldstein_max", "1e3"}})); }).find("goldstein_max"), std::string::npos);
  EXPECT_NE(Error([] {
              ParseFilters(With({{"goldstein_min", "5"}, {"goldstein_max", "-5"}}));
            }).find("above"),
            std::string::npos);
  EXPECT_NE(Error([] {
              ParseIncludeHistorical(With({{"include_historical", "yes"}}));
            }).find("include_historical"),
            std::string::npos);
  EXPECT_TRUE(ParseIncludeHistorical(With({{"include_historical", "1"}})));
  EXPECT_FALSE(ParseIncludeHistorical(With({})));
}

TEST(FilterParams, EventsParamsTakeFiltersFormatAndDateOrder) {
  EventsParams p = ParseEventsParams(With({{"root", "18"}, {"format", "csv"}}));
  EXPECT_EQ(p.query.filters.roots, (std::vector<std::string>{"18"}));
  EXPECT_FALSE(p.query.include_historical);
  EXPECT_EQ(p.format, "csv");
  EXPECT_EQ(p.limit, 10000u);  // an export's default page
  EXPECT_NE(Error([] { ParseEventsParams(With({{"format", "xml"}})); }).find("format: 'xml'"), std::string::npos);
  EXPECT_NE(Error([] {
              ParseEventsParams(With({{"from", "2024-02-01"}, {"to", "2024-01-01"}}));
            }).find("after"),
            std::string::npos);
  EXPECT_NE(CacheKey(ParseEventsParams(With({{"root", "18"}}))), CacheKey(ParseEventsParams(With({{"root", "19"}}))));
  EXPECT_NE(CacheKey(ParseEventsParams(With({}))), CacheKey(ParseEventsParams(With({{"include_historical", "1"}}))));
}

}  // namespace
}  // namespace parley::server
