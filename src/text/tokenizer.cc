#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace parley::text {
namespace {

// Words whose trailing dot belongs to them (lower case, without the dot).
constexpr std::array<std::string_view, 56> kAbbreviations = {
    "mr",  "mrs", "ms",  "dr",     "prof", "gen", "lt",  "col",  "maj",  "capt", "sgt", "cpl",    "adm",  "gov",
    "sen", "rep", "rev", "st",     "jr",   "sr",  "sec", "amb",  "pres", "no",   "jan", "feb",    "mar",  "apr",
    "jun", "jul", "aug", "sep",    "sept", "oct", "nov", "dec",  "corp", "inc",  "ltd", "co",     "bros", "dept",
    "est", "vs",  "etc", "approx", "fig",  "mt",  "ft",  "cmdr", "brig", "pvt",  "hon", "messrs", "mme",  "mlle"};

bool IsAbbreviation(std::string_view lower) {
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// Folds typographic variants to their ASCII form.
int32_t Fold(int32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      return c;
  }
}

// Character classes with an ASCII fast path; ICU for everything else.
inline bool IsAlpha(int32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(c);
}
inline bool IsUpper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c);
}
inline bool IsDigit(int32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(c);
}

bool IsWordChar(int32_t c) {
  if (c < 0) return false;
  if (c < 0x80) return IsAlpha(c) || IsDigit(c);
  return u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t end) : text_(text), end_(end) {}
  // Code point at byte i (folded), its byte length in *len; -1 when invalid or at end.
  int32_t At(std::size_t i, std::size_t* len) const {
    if (i >= end_) {
      *len = 0;
      return -2;
    }
    unsigned char b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) {
      *len = 1;
      return b == '`' ? '\'' : b;
    }
    std::size_t j = i;
    int32_t c = NextCodePoint(text_.substr(0, end_), &j);
    *len = j - i;
    return c < 0 ? -1 : Fold(c);
  }
  int32_t Peek(std::size_t i) const {
    std::size_t l;
    return At(i, &l);
  }
  std::size_t Next(std::size_t i) const {
    std::size_t l;
    At(i, &l);
    return i + l;
  }
  std::string_view text() const { return text_; }
  std::size_t end() const { return end_; }

 private:
  std::string_view text_;
  std::size_t end_;
};

void AppendLower(TokenizedText* out, int32_t c) {
  if (c < 0x80) {
    out->norm.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  c = u_tolower(c);
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out->norm.append(buf, static_cast<std::size_t>(n));
}

// The state of Tokenize, passed through its phases for each token:
// SkipSeparator -> StartToken -> ScanWord (ConsumeRun, ExtendWord, SplitNegation) or
// ScanApostropheS or ScanPunct.
struct TokenizerState {
  Scanner sc;
  TokenizedText* out;
  std::size_t* invalid_utf8;  // may be null
  std::size_t i;              // next byte to read
  int newlines = 0;           // line breaks since the last token
};

// One word being scanned: its token, the byte after what is consumed so far, and what
// its letters look like.
struct WordScan {
  Token tok;
  std::size_t j;
  bool any_letter = false, all_upper = true, first_upper = false, all_digits = true;
  std::size_t letters = 0;
};

// Skips the separator at st.i (space, line break, invalid UTF-8); false when c starts
// a token.
inline bool SkipSeparator(TokenizerState& st, int32_t c, std::size_t len) {
  if (c == -1) {  // invalid sequence: a separator
    if (st.invalid_utf8) ++*st.invalid_utf8;
    st.i += len ? len : 1;
    return true;
  }
  if (c == '\n') {
    ++st.newlines;
    st.i += len;
    return true;
  }
  bool space = c < 0x80 ? (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c < 0x20 || c == 0x7F)
                        : (u_isUWhiteSpace(c) || c == 0xFEFF || u_charType(c) == U_CONTROL_CHAR ||
                           u_charType(c) == U_FORMAT_CHAR);
  if (!space) return false;
  st.i += len;
  return true;
}

inline Token StartToken(TokenizerState& st) {
  Token tok;
  tok.byte_begin = static_cast<uint32_t>(st.i);
  tok.norm_begin = static_cast<uint32_t>(st.out->norm.size());
  if (st.newlines >= 2)
    tok.flags |= kParagraphBefore | kNewlineBefore;
  else if (st.newlines == 1)
    tok.flags |= kNewlineBefore;
  st.newlines = 0;
  return tok;
}

// Appends the ASCII letters and digits at w.j to the word, the whole run at once.
inline void ConsumeAsciiRun(TokenizerState& st, WordScan& w) {
  const std::string_view text = st.sc.text();
  const std::size_t begin = w.j, end = st.sc.end();
  std::size_t j = begin, letters = 0, lower = 0;
  for (; j < end; ++j) {
    const unsigned char b = static_cast<unsigned char>(text[j]);
    if (static_cast<unsigned char>(b - '0') < 10) continue;
    if (static_cast<unsigned char>((b | 0x20) - 'a') >= 26) break;
    ++letters;
    lower += b >= 'a';
  }
  if (j == begin) return;
  if (letters > 0) w.any_letter = true, w.all_digits = false;
  if (lower > 0) w.all_upper = false;
  w.letters += letters;
  std::string& norm = st.out->norm;
  const std::size_t at = norm.size();
  norm.append(text.data() + begin, j - begin);
  for (char* c = norm.data() + at; c != norm.data() + norm.size(); ++c)
    if (*c >= 'A' && *c <= 'Z') *c = static_cast<char>(*c + 32);
  w.j = j;
}

// Appends the run of word characters at w.j to the word.
inline void ConsumeRun(TokenizerState& st, WordScan& w) {
  std::size_t l;
  int32_t d;
  for (;;) {
    ConsumeAsciiRun(st, w);
    // What stops an ASCII run is no word character, folded or not.
    if ((d = st.sc.At(w.j, &l)) < 0x80 || !IsWordChar(d)) return;
    if (IsAlpha(d)) {
      w.any_letter = true;
      ++w.letters;
      if (!IsUpper(d)) w.all_upper = false;
    }
    if (!IsDigit(d)) w.all_digits = false;
    AppendLower(st.out, d);
    w.j += l;
  }
}

// A dot after the word at w.j (`l` bytes): a decimal point (3.5), part of an acronym
// (U.S.) or of an abbreviation (Mr.), or the end of the word. True to scan on.
bool ExtendAtDot(TokenizerState& st, WordScan& w, std::size_t l) {
  TokenizedText* out = st.out;
  std::size_t k = w.j + l;
  int32_t after = st.sc.Peek(k);
  std::string_view word(out->norm.data() + w.tok.norm_begin, out->norm.size() - w.tok.norm_begin);
  if (w.all_digits && after >= 0 && IsDigit(after)) {  // 3.5
    out->norm.push_back('.');
    w.j = k;
    ConsumeRun(st, w);
    return true;
  }
  // Acronyms: single letters separated by dots (U.S., U.N., e.g.).
  if (w.letters == 1 || (word.find('.') != std::string_view::npos && word.size() - word.rfind('.') == 2)) {
    std::size_t after_len;
    st.sc.At(k, &after_len);
    if (after >= 0 && IsAlpha(after) && !IsWordChar(st.sc.Peek(k + after_len))) {
      out->norm.push_back('.');
      w.j = k;
      w.letters = 0;
      ConsumeRun(st, w);
      w.letters = 1;
      return true;
    }
    if (word.find('.') != std::string_view::npos || (w.letters == 1 && w.any_letter && w.all_upper)) {
      out->norm.push_back('.');
      w.j = k;
      w.tok.flags |= kAbbreviation;
      return false;
    }
  }
  if (IsAbbreviation(word)) {
    out->norm.push_back('.');
    w.j = k;
    w.tok.flags |= kAbbreviation;
  }
  return false;
}

// An apostrophe inside a word ("O'Brien") continues it; 's and n't are split off.
bool ExtendAtApostrophe(TokenizerState& st, WordScan& w, std::size_t l) {
  std::size_t k = w.j + l;
  std::size_t l2;
  int32_t a = st.sc.At(k, &l2);
  if (a < 0 || !IsAlpha(a)) return false;
  int32_t b = st.sc.Peek(k + l2);
  bool single = b < 0 || !IsWordChar(b);
  if (single && (a == 's' || a == 'S')) return false;  // 's split off
  if (single && (a == 't' || a == 'T') && st.out->norm.size() > w.tok.norm_begin && st.out->norm.back() == 'n') {
    return false;  // n't: give back the n (SplitNegation)
  }
  st.out->norm.push_back('\'');
  w.j = k;
  ConsumeRun(st, w);
  return true;
}

// Looks at the character after the word: true when the word goes on past it.
inline bool ExtendWord(TokenizerState& st, WordScan& w) {
  std::size_t l;
  int32_t d = st.sc.At(w.j, &l);
  if (d == '.') return ExtendAtDot(st, w, l);
  if (d == ',' && w.all_digits) {  // 1,000
    std::size_t k = w.j + l;
    int32_t after = st.sc.Peek(k);
    if (after < 0 || !IsDigit(after)) return false;
    w.j = k;  // drop the separator in the normalized form
    ConsumeRun(st, w);
    return true;
  }
  if (d == '\'') return ExtendAtApostrophe(st, w, l);
  return false;
}

// Splits "didn't" -> "did" "n't": emits both tokens and returns true, or false when
// the word does not end in n't.
bool SplitNegation(TokenizerState& st, WordScan& w) {
  TokenizedText* out = st.out;
  const std::size_t j = w.j;
  if (st.sc.Peek(j) != '\'' || out->norm.size() <= w.tok.norm_begin + 1 || out->norm.back() != 'n') return false;
  std::size_t l1;
  st.sc.At(j, &l1);
  int32_t t = st.sc.Peek(j + l1);
  if (t != 't' && t != 'T') return false;
  std::size_t l2;
  st.sc.At(j + l1, &l2);
  int32_t after = st.sc.Peek(j + l1 + l2);
  if (after >= 0 && IsWordChar(after)) return false;
  out->norm.pop_back();
  const std::size_t jn = j - 1;  // the 'n' is one ASCII byte
  w.tok.byte_end = static_cast<uint32_t>(jn);
  w.tok.norm_size = static_cast<uint32_t>(out->norm.size() - w.tok.norm_begin);
  w.tok.flags |= kWord;
  if (w.first_upper) w.tok.flags |= kCapitalized;
  out->tokens.push_back(w.tok);
  Token nt;
  nt.byte_begin = static_cast<uint32_t>(jn);
  nt.byte_end = static_cast<uint32_t>(j + l1 + l2);
  nt.norm_begin = static_cast<uint32_t>(out->norm.size());
  out->norm.append("n't");
  nt.norm_size = 3;
  nt.flags = kWord;
  out->tokens.push_back(nt);
  st.i = j + l1 + l2;
  return true;
}

// A word or number starting with word character c at st.i.
void ScanWord(TokenizerState& st, int32_t c, const Token& tok) {
  WordScan w;
  w.tok = tok;
  w.j = st.i;
  w.first_upper = IsUpper(c);
  ConsumeRun(st, w);
  while (ExtendWord(st, w)) {
  }
  if (SplitNegation(st, w)) return;
  w.tok.byte_end = static_cast<uint32_t>(w.j);
  w.tok.norm_size = static_cast<uint32_t>(st.out->norm.size() - w.tok.norm_begin);
  w.tok.flags |= w.all_digits ? kNumber : kWord;
  if (w.first_upper) w.tok.flags |= kCapitalized;
  if (w.any_letter && w.all_upper) w.tok.flags |= kAllCaps;
  st.out->tokens.push_back(w.tok);
  st.i = w.j;
}

// 's as its own token; false when c (`len` bytes) does not start one.
bool ScanApostropheS(TokenizerState& st, int32_t c, std::size_t len, Token tok) {
  if (c != '\'') return false;
  std::size_t l2;
  int32_t a = st.sc.At(st.i + len, &l2);
  if (a != 's' && a != 'S') return false;
  int32_t b = st.sc.Peek(st.i + len + l2);
  if (b >= 0 && IsWordChar(b)) return false;
  st.out->norm.append("'s");
  tok.byte_end = static_cast<uint32_t>(st.i + len + l2);
  tok.norm_size = 2;
  tok.flags |= kWord;
  st.out->tokens.push_back(tok);
  st.i += len + l2;
  return true;
}

// Any other character is a one-character punctuation token.
void ScanPunct(TokenizerState& st, int32_t c, std::size_t len, Token tok) {
  AppendLower(st.out, c);
  tok.byte_end = static_cast<uint32_t>(st.i + len);
  tok.norm_size = static_cast<uint32_t>(st.out->norm.size() - tok.norm_begin);
  tok.flags |= kPunct;
  st.out->tokens.push_back(tok);
  st.i += len;
}

}  // namespace

void Tokenize(std::string_view text, std::size_t begin, std::size_t end, TokenizedText* out,
              std::size_t* invalid_utf8) {
  TokenizerState st{Scanner(text, end), out, invalid_utf8, begin};
  while (st.i < end) {
    std::size_t len;
    int32_t c = st.sc.At(st.i, &len);
    if (SkipSeparator(st, c, len)) continue;
    Token tok = StartToken(st);
    if (IsWordChar(c))
      ScanWord(st, c, tok);
    else if (!ScanApostropheS(st, c, len, tok))
      ScanPunct(st, c, len, tok);
  }
}

std::vector<std::string> TokenizePhrase(std::string_view phrase) {
  TokenizedText t;
  Tokenize(phrase, 0, phrase.size(), &t, nullptr);
  std::vector<std::string> out;
  out.reserve(t.tokens.size());
  for (const Token& tok : t.tokens) out.emplace_back(t.Norm(tok));
  return out;
}

}  // namespace parley::text
