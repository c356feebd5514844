#pragma once
// CoNLL-U reader for training and evaluation. Keeps syntactic words only: multiword
// token ranges ("1-2") and empty nodes ("1.1") are skipped. Errors name file:line.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"
#include "syntax/parser.h"

namespace parley::syntax {

struct ConlluSentence {
  std::vector<std::string> forms;
  std::vector<Upos> upos;
  std::vector<int32_t> heads;             // 0-based; -1 = root
  std::vector<uint8_t> deprels;           // DeprelId(); 0 when the relation is not in the table
  std::vector<std::string> deprel_names;  // as written
  std::size_t line = 0;                   // first line of the sentence, for messages
};

// Parses CoNLL-U text. `name` (the file name) prefixes error messages: "name:line: ...".
// Checks: 10 tab-separated columns, ids 1..n in order, heads in 0..n, a known UPOS,
// exactly one root per sentence.
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text, const std::string& name);

// Reads and parses a file.
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

}  // namespace parley::syntax
