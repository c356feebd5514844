// parley_train: trains the tagger + parser model from UD English EWT (make model).
// Deterministic: fixed seed, fixed shuffles, one thread. Prints dev and test scores of
// the saved model as re-read from disk.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>

#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/model_data.h"
#include "syntax/train/trainer.h"

namespace {

using parley::syntax::ConlluSentence;

bool ReadOrReport(const std::string& path, std::vector<ConlluSentence>* out) {
  auto r = parley::syntax::ReadConlluFile(path);
  if (!r.ok()) {
    std::cerr << "parley_train: " << r.status().message() << "\n";
    return false;
  }
  *out = std::move(r).value();
  return true;
}

void Report(const char* name, const parley::syntax::EvalScores& s) {
  std::cout << fmt::format("{}: {} sentences, {} words, UPOS {:.4f} UAS {:.4f} LAS {:.4f}, {:.0f} words/s\n", name,
                           s.sentences, s.words, s.Upos(), s.Uas(), s.Las(), s.WordsPerSecond());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parley_train: trains the UD tagger + dependency parser model"};
  std::string dir = "../shared/treebanks/UD_English-EWT", prefix = "en_ewt-ud", out = "data/models/en_ewt.model";
  parley::syntax::TrainOptions o;
  app.add_option("--treebank", dir, "folder with PREFIX-{train,dev,test}.conllu");
  app.add_option("--prefix", prefix, "file name prefix");
  app.add_option("-o,--out", out, "model file to write");
  app.add_option("--tagger-epochs", o.tagger_epochs);
  app.add_option("--parser-epochs", o.parser_epochs);
  app.add_option("--folds", o.jackknife_folds, "jackknife folds for the parser's training tags (0 = none)");
  app.add_option("--seed", o.seed);
  app.add_option("--explore", o.explore);
  app.add_option("--prune", o.prune);
  app.add_option("--dict-min-count", o.dict_min_count);
  app.add_option("--dict-min-share", o.dict_min_share);
  app.add_option("--min-weight", o.min_weight, "drop quantised weights below this (of 32767)");
  std::string reprune;
  app.add_option("--reprune", reprune, "instead of training: apply --min-weight to this model file");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  std::vector<ConlluSentence> train, dev, test;
  const std::string base = dir + "/" + prefix;
  if (!ReadOrReport(base + "-train.conllu", &train) || !ReadOrReport(base + "-dev.conllu", &dev) ||
      !ReadOrReport(base + "-test.conllu", &test)) {
    return 1;
  }
  std::unique_ptr<parley::syntax::ModelData> model;
  if (!reprune.empty()) {
    auto old = parley::syntax::Model::Load(reprune);
    if (!old.ok()) {
      std::cerr << "parley_train: " << old.status().message() << "\n";
      return 1;
    }
    model = std::make_unique<parley::syntax::ModelData>(old.value()->data());
    model->parser = model->parser.Pruned(o.min_weight);
    model->tagger = model->tagger.Pruned(o.min_weight);
    model->info += fmt::format("; min weight {}", o.min_weight);
  } else {
    model = parley::syntax::TrainModel(train, dev, o, [](const std::string& line) { std::cout << line << std::endl; });
  }
  if (auto s = parley::syntax::SaveModel(*model, out); !s.ok()) {
    std::cerr << "parley_train: " << s.message() << "\n";
    return 1;
  }
  auto loaded = parley::syntax::Model::Load(out);
  if (!loaded.ok()) {
    std::cerr << "parley_train: " << loaded.status().message() << "\n";
    return 1;
  }
  parley::syntax::Parser parser(loaded.value());
  Report("dev", parley::syntax::Evaluate(&parser, dev));
  Report("test", parley::syntax::Evaluate(&parser, test));
  std::cout << fmt::format("model {}: {}; trained in {:.0f} s\n", out, loaded.value()->data().info,
                           std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return 0;
}
