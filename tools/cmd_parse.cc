// `parley parse`: tags and parses text with the UD model and prints CoNLL-U or JSON;
// `parley parse --eval GOLD.conllu` scores the model on a gold treebank file.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "parley/options.h"
#include "parley/reader.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/parser.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> inputs;
  std::string input_format = "auto", format = "conllu", model, eval;
  bool json = false;
};

// One sentence to print: forms plus, for text input, byte offsets into the story.
struct Sentence {
  std::string id;
  std::string text;
  std::vector<std::string_view> forms;
  std::vector<std::pair<uint32_t, uint32_t>> offsets;  // empty for CoNLL-U input
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

void PrintConllu(const Sentence& s, const std::vector<syntax::Word>& words) {
  std::string out = fmt::format("# sent_id = {}\n", s.id);
  if (!s.text.empty()) out += fmt::format("# text = {}\n", s.text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const syntax::Word& w = words[i];
    std::string misc =
        s.offsets.empty() ? "_" : fmt::format("TokenRange={}:{}", s.offsets[i].first, s.offsets[i].second);
    out += fmt::format("{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t{}\n", i + 1, s.forms[i], Lower(s.forms[i]),
                       syntax::UposName(w.upos), w.head + 1, syntax::DeprelName(w.deprel), misc);
  }
  std::cout << out << "\n";
}

void PrintJson(const Sentence& s, const std::vector<syntax::Word>& words) {
  nlohmann::ordered_json j;
  j["id"] = s.id;
  j["text"] = s.text;
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < words.size(); ++i) {
    nlohmann::ordered_json w;
    w["id"] = i + 1;
    w["form"] = s.forms[i];
    w["upos"] = syntax::UposName(words[i].upos);
    w["head"] = words[i].head + 1;  // 0 = root, as in CoNLL-U
    w["deprel"] = syntax::DeprelName(words[i].deprel);
    if (!s.offsets.empty()) {
      w["byte_begin"] = s.offsets[i].first;
      w["byte_end"] = s.offsets[i].second;
    }
    arr.push_back(std::move(w));
  }
  j["words"] = std::move(arr);
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

std::shared_ptr<const syntax::Model> LoadModel(const ParseArgs& a) {
  auto m = syntax::Model::Load(a.model.empty() ? syntax::DefaultModelPath() : a.model);
  if (!m.ok()) {
    std::cerr << "parley parse: " << m.status().message() << "\n";
    return nullptr;
  }
  return m.value();
}

int RunEvalMode(const ParseArgs& a, syntax::Parser* parser) {
  auto gold = syntax::ReadConlluFile(a.eval);
  if (!gold.ok()) {
    std::cerr << "parley parse: " << gold.status().message() << "\n";
    return 1;
  }
  syntax::EvalScores s = syntax::Evaluate(parser, gold.value());
  static constexpr const char* kRelations[] = {"nsubj", "obj",       "nsubj:pass", "obl:agent", "appos",
                                               "conj",  "acl:relcl", "ccomp",      "xcomp"};
  if (a.json) {
    nlohmann::ordered_json j = {{"sentences", s.sentences}, {"words", s.words},
                                {"upos", s.Upos()},         {"uas", s.Uas()},
                                {"las", s.Las()},           {"words_per_second", s.WordsPerSecond()}};
    for (const char* r : kRelations) j["per_relation"][r] = s.F1(syntax::DeprelId(r));
    std::cout << j.dump() << "\n";
    return 0;
  }
  std::cout << fmt::format("sentences {}\nwords {}\nUPOS {:.4f}\nUAS {:.4f}\nLAS {:.4f}\nwords/s {:.0f}\n", s.sentences,
                           s.words, s.Upos(), s.Uas(), s.Las(), s.WordsPerSecond());
  std::cout << "per-relation F1 (full labels):\n";
  for (const char* r : kRelations) {
    uint8_t id = syntax::DeprelId(r);
    std::cout << fmt::format("  {:<11} F1 {:.4f}  (gold {}, predicted {})\n", r, s.F1(id), s.gold[id], s.predicted[id]);
  }
  return 0;
}

int ParseConlluInputs(const ParseArgs& a, syntax::Parser* parser) {
  std::vector<syntax::Word> words;
  for (const std::string& path : a.inputs) {
    auto gold = syntax::ReadConlluFile(path == "-" ? "/dev/stdin" : path);
    if (!gold.ok()) {
      std::cerr << "parley parse: " << gold.status().message() << "\n";
      return 1;
    }
    std::size_t k = 0;
    for (const syntax::ConlluSentence& g : gold.value()) {
      Sentence s{fmt::format("{}-{}", path, ++k), "", {g.forms.begin(), g.forms.end()}, {}};
      parser->Parse(s.forms, &words);
      a.format == "json" ? PrintJson(s, words) : PrintConllu(s, words);
    }
  }
  return 0;
}

int ParseStories(const ParseArgs& a, syntax::Parser* parser) {
  InputFormat fmt = a.input_format == "text"    ? InputFormat::kText
                    : a.input_format == "jsonl" ? InputFormat::kJsonl
                                                : InputFormat::kAuto;
  text::TokenizedText tt;
  std::vector<text::SentenceSpan> spans;
  std::vector<syntax::Word> words;
  const std::size_t max_tokens = CodeOptions().max_sentence_tokens;
  int rc = 0;
  auto on_story = [&](Story&& story) {
    std::size_t end = std::min(story.body_end ? story.body_end : story.text.size(), story.text.size());
    std::size_t invalid = 0;
    tt.Clear();
    text::Tokenize(story.text, std::min(story.body_begin, end), end, &tt, &invalid);
    spans.clear();  // SplitSentences appends
    text::SplitSentences(tt, max_tokens, &spans);
    for (std::size_t k = 0; k < spans.size(); ++k) {
      Sentence s;
      s.id = fmt::format("{}-{}", story.id, k + 1);
      for (std::size_t t = spans[k].tok_begin; t < spans[k].tok_end; ++t) {
        const text::Token& tok = tt.tokens[t];
        s.forms.push_back(std::string_view(story.text).substr(tok.byte_begin, tok.byte_end - tok.byte_begin));
        s.offsets.emplace_back(tok.byte_begin, tok.byte_end);
      }
      if (s.forms.empty()) continue;
      s.text = story.text.substr(s.offsets.front().first, s.offsets.back().second - s.offsets.front().first);
      for (char& c : s.text) c = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
      parser->Parse(s.forms, &words);
      a.format == "json" ? PrintJson(s, words) : PrintConllu(s, words);
    }
    return true;
  };
  auto on_problem = [&](const ReadProblem& p) {
    std::cerr << "parley parse: " << p.where << ": " << p.message << "\n";
    rc = 1;
  };
  ReadStats stats;
  if (Status st = ReadStories(a.inputs, fmt, on_story, on_problem, &stats); !st.ok()) {
    std::cerr << "parley parse: " << st.message() << "\n";
    return 1;
  }
  return rc;
}

int RunParse(ParseArgs a) {
  if (a.format != "conllu" && a.format != "json") {
    std::cerr << "parley parse: --format must be conllu or json\n";
    return 2;
  }
  auto model = LoadModel(a);
  if (!model) return 1;
  syntax::Parser parser(model);
  if (!a.eval.empty()) return RunEvalMode(a, &parser);
  if (a.inputs.empty()) a.inputs.push_back("-");
  bool conllu = a.input_format == "conllu" ||
                (a.input_format == "auto" && a.inputs.size() == 1 && a.inputs[0].ends_with(".conllu"));
  return conllu ? ParseConlluInputs(a, &parser) : ParseStories(a, &parser);
}

}  // namespace

std::function<int()> RegisterParse(CLI::App& app) {
  auto a = std::make_shared<ParseArgs>();
  auto* cmd = app.add_subcommand("parse", "POS-tag and dependency-parse text (Universal Dependencies v2)");
  cmd->add_option("INPUT", a->inputs, "Files, folders or - (stdin); default -");
  cmd->add_option("--input-format", a->input_format, "auto, text, jsonl or conllu (default auto)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "conllu"}));
  cmd->add_option("--format", a->format, "conllu or json (default conllu)")->check(CLI::IsMember({"conllu", "json"}));
  cmd->add_option("--model", a->model, "model file (default <data>/models/en_ewt.model)");
  cmd->add_option("--eval", a->eval, "score the model on a gold CoNLL-U file (gold tokenisation)");
  cmd->add_flag("--json", a->json, "with --eval: print one JSON object");
  return [a]() { return RunParse(*a); };
}

}  // namespace parley::cli
