// Model save/load round trip on a tiny model trained here, and corrupt files.
#include <gtest/gtest.h>

#include <filesystem>

#include "syntax/conllu.h"
#include "syntax/model_data.h"
#include "syntax/parser.h"
#include "syntax/train/trainer.h"

namespace parley::syntax {
namespace {

constexpr const char* kTiny =
    "1\tIran\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
    "2\taccused\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3\tIsrael\t_\tPROPN\t_\t_\t2\tobj\t_\t_\n"
    "4\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
    "1\tThe\t_\tDET\t_\t_\t2\tdet\t_\t_\n"
    "2\tarmy\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
    "4\tthe\t_\tDET\t_\t_\t5\tdet\t_\t_\n"
    "5\tvillage\t_\tNOUN\t_\t_\t3\tobj\t_\t_\n"
    "6\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n";

std::string TinyModelBytes() {
  auto corpus = ParseConllu(kTiny, "tiny");
  EXPECT_TRUE(corpus.ok());
  TrainOptions o;
  o.tagger_epochs = 5;
  o.parser_epochs = 5;
  o.jackknife_folds = 0;
  o.prune = 0;
  auto m = TrainModel(corpus.value(), corpus.value(), o, nullptr);
  return SerializeModel(*m);
}

TEST(ModelIoTest, RoundTripParsesTheTrainingSentences) {
  std::string bytes = TinyModelBytes();
  auto model = Model::FromBytes(bytes, "tiny.model");
  ASSERT_TRUE(model.ok()) << model.status().message();
  EXPECT_EQ(SerializeModel(model.value()->data()), bytes);  // byte-identical re-serialisation
  Parser p(model.value());
  std::vector<Word> words;
  p.Parse({"Iran", "accused", "Israel", "."}, &words);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[1].head, -1);
  EXPECT_EQ(words[1].deprel, kRoot);
  EXPECT_EQ(words[0].head, 1);
  EXPECT_EQ(words[0].deprel, kNsubj);
  EXPECT_EQ(words[2].deprel, kObj);
  EXPECT_EQ(words[0].upos, Upos::kPropn);
  p.Parse({}, &words);
  EXPECT_TRUE(words.empty());
}

TEST(ModelIoTest, SaveAndLoadFile) {
  auto corpus = ParseConllu(kTiny, "tiny");
  ASSERT_TRUE(corpus.ok());
  auto model = Model::FromBytes(TinyModelBytes(), "tiny.model");
  ASSERT_TRUE(model.ok());
  std::string path = (std::filesystem::temp_directory_path() / "parley_tiny_test.model").string();
  ASSERT_TRUE(SaveModel(model.value()->data(), path).ok());
  auto loaded = Model::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  std::filesystem::remove(path);
  auto missing = Model::Load(path);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find(path), std::string::npos);
}

TEST(ModelIoTest, TruncatedAndCorruptFilesGiveErrorsNamingTheFile) {
  const std::string bytes = TinyModelBytes();
  for (std::size_t len : {std::size_t{0}, std::size_t{7}, std::size_t{31}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = Model::FromBytes(bytes.substr(0, len), "cut.model");
    ASSERT_FALSE(r.ok()) << len;
    EXPECT_EQ(r.status().message().rfind("cut.model: ", 0), 0u) << r.status().message();
  }
  for (std::size_t pos = 0; pos < bytes.size(); pos += 1 + bytes.size() / 97) {
    std::string bad = bytes;
    bad[pos] = static_cast<char>(bad[pos] ^ 0x5a);
    auto r = Model::FromBytes(bad, "flip.model");
    EXPECT_FALSE(r.ok()) << "byte " << pos;
  }
  std::string wrong_version = bytes;
  wrong_version[8] = 9;
  auto r = Model::FromBytes(wrong_version, "v.model");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("version 9"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace parley::syntax
