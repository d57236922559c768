#include "io/encoding.h"

#include <iconv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <unordered_set>

#include "chiso/io/text.h"
#include "chiso/message.h"
#include "io/legacy_font.h"

namespace chiso {

std::optional<Encoding> encoding_named(std::string_view name) {
  if (name.empty()) return Encoding::kDetect;
  if (name == "utf-8") return Encoding::kUtf8;
  if (name == "utf-16") return Encoding::kUtf16;
  if (name == "cp1258") return Encoding::kCp1258;
  if (name == "tcvn3") return Encoding::kTcvn3;
  if (name == "vni") return Encoding::kVni;
  return std::nullopt;
}

DecodedBytes decode_bytes(std::string_view bytes, const char* encoding) {
  DecodedBytes decoded;
  iconv_t converter = ::iconv_open("UTF-8", encoding);
  if (converter == reinterpret_cast<iconv_t>(-1)) return decoded;
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  std::array<char, 64 * 1024> buffer;
  bool valid = true;
  while (in_left > 0) {
    char* out = buffer.data();
    size_t out_left = buffer.size();
    const size_t result = ::iconv(converter, &in, &in_left, &out, &out_left);
    const int error = errno;
    decoded.text.append(buffer.data(), static_cast<size_t>(out - buffer.data()));
    if (result == static_cast<size_t>(-1) && error != E2BIG) {
      valid = false;
      break;
    }
  }
  if (valid) {
    // A stateful converter (CP1258, TCVN5712-1) still holds a base letter that waited for a
    // combining mark: a call without input writes it.
    char* out = buffer.data();
    size_t out_left = buffer.size();
    valid = ::iconv(converter, nullptr, nullptr, &out, &out_left) != static_cast<size_t>(-1);
    decoded.text.append(buffer.data(), static_cast<size_t>(out - buffer.data()));
  }
  decoded.complete = valid;
  ::iconv_close(converter);
  return decoded;
}

namespace {

constexpr std::string_view kUtf16Little = "\xFF\xFE";
constexpr std::string_view kUtf16Big = "\xFE\xFF";
constexpr std::string_view kUtf8Mark = "\xEF\xBB\xBF";

std::string read_all(std::FILE* file) {
  std::string bytes;
  std::array<char, 64 * 1024> buffer;
  size_t got = 0;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), file)) > 0)
    bytes.append(buffer.data(), got);
  return bytes;
}

std::string nfc(std::string_view text) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (length < 0) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
}

// `text` with `convert` applied to each line (so that utf8proc's buffers stay small, and a
// line stays a line); lines of ASCII alone are kept as they are.
template <typename Convert>
std::string by_line(std::string_view text, Convert convert) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  while (!text.empty()) {
    const size_t end = std::min(text.find('\n'), text.size() - 1) + 1;
    const std::string_view line = text.substr(0, end);
    if (std::all_of(line.begin(), line.end(), [](char c) { return (c & 0x80) == 0; })) {
      out.append(line);
    } else {
      out += convert(line);
    }
    text.remove_prefix(end);
  }
  return out;
}

// Where byte `offset` of `text` is: its line, and its column in characters (after a
// byte-order mark, as the reader counts them).
Location location_of(const std::string& path, std::string_view text, size_t offset,
                     int first_line = 1) {
  const std::string_view before = text.substr(0, offset);
  const size_t line_start =
      before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  const int line = first_line + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  std::string_view start = before.substr(line_start);
  if (line == 1 && start.substr(0, 3) == kUtf8Mark) start.remove_prefix(3);
  const auto column =
      std::count_if(start.begin(), start.end(), [](char c) { return (c & 0xC0) != 0x80; });
  return {path, line, static_cast<int>(column) + 1};
}

InputError lost_letters_error(Location where, const std::string& word) {
  return InputError(std::move(where), lost_letters_message(word));
}

Diagnostic legacy_font_warning(const std::string& path, const WordSet& words, LegacyFont font) {
  return {{path, 0, 0}, Severity::kWarning, legacy_font_message(words, font)};
}

Diagnostic cp1258_warning(const std::string& path) {
  return {{path, 0, 0},
          Severity::kWarning,
          tr("the file is not UTF-8 and was read as Windows-1258, as Excel's \"CSV (Comma "
             "delimited)\" saves it on Vietnamese Windows; to avoid this, save it as \"CSV "
             "UTF-8\" (in Excel 2010 and 2013, which have no \"CSV UTF-8\": as \"Unicode "
             "Text\"), or pass the .xlsx file itself")};
}

// UTF-16 `bytes` (after their byte-order mark, or little-endian without one) as UTF-8.
std::string from_utf16(std::string_view bytes, const std::string& path) {
  const char* encoding = "UTF-16LE";
  if (bytes.substr(0, 2) == kUtf16Big) encoding = "UTF-16BE";
  if (bytes.substr(0, 2) == kUtf16Big || bytes.substr(0, 2) == kUtf16Little) bytes.remove_prefix(2);
  DecodedBytes decoded = decode_bytes(bytes, encoding);
  if (!decoded.complete) {
    throw InputError(location_of(path, decoded.text, decoded.text.size()),
                     tr("invalid UTF-16 (the file starts with a UTF-16 byte-order mark); save it "
                        "again as \"CSV UTF-8\" or \"Unicode Text\""));
  }
  return by_line(decoded.text, nfc);
}

bool has_utf16_mark(std::string_view bytes) {
  return bytes.substr(0, 2) == kUtf16Little || bytes.substr(0, 2) == kUtf16Big;
}

// Each byte as the Latin-1 character of the same number: how a legacy font's text looks.
std::string from_latin1(std::string_view bytes) {
  std::string text;
  text.reserve(bytes.size() * 2);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      text += c;
    } else {
      text += static_cast<char>(0xC0 | (byte >> 6));
      text += static_cast<char>(0x80 | (byte & 0x3F));
    }
  }
  return text;
}

std::string repaired(std::string_view text, LegacyFont font) {
  return by_line(text, [font](std::string_view line) { return repair_legacy_font(line, font); });
}

struct PartHash {
  using is_transparent = void;
  size_t operator()(std::string_view part) const { return std::hash<std::string_view>{}(part); }
};

// What a scan of a UTF-8 file found: whether it is valid, its words, and a lost letter.
struct Scan {
  bool valid = true;
  WordSet words;
  std::optional<Location> lost;
  std::string lost_word;
  // The non-ASCII parts of lines seen (see non_ascii_part), looked up without a copy.
  std::unordered_set<std::string, PartHash, std::equal_to<>> parts;
};

constexpr size_t kMostParts = 100000;

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The part of `line` from the word of its first non-ASCII byte to the word of its last: all
// that WordSet and the UTF-8 check need, since ASCII is valid and no evidence.
std::string_view non_ascii_part(std::string_view line) {
  // Eight bytes at a time: most lines are mostly ASCII.
  constexpr std::uint64_t kHighBits = 0x8080808080808080;
  auto high = [&](size_t at) {
    std::uint64_t bytes;
    std::memcpy(&bytes, line.data() + at, sizeof bytes);
    return (bytes & kHighBits) != 0;
  };
  size_t first = 0;
  while (first + 8 <= line.size() && !high(first)) first += 8;
  while (first < line.size() && (line[first] & 0x80) == 0) ++first;
  if (first == line.size()) return {};
  size_t end = line.size();
  while (end >= first + 8 && !high(end - 8)) end -= 8;
  while ((line[end - 1] & 0x80) == 0) --end;
  size_t last = end - 1;
  while (first > 0 && is_ascii_letter(line[first - 1])) --first;
  while (last + 1 < line.size() && is_ascii_letter(line[last + 1])) ++last;
  return line.substr(first, last + 1 - first);
}

// Scans whole lines `text`, the first of them line `first_line`. A line's non-ASCII part seen
// before (a unit's name on each of its rows) is skipped: a large file costs little more than a
// pass of memory reads and a hash a line.
int scan_lines(std::string_view text, int first_line, const std::string& path, Scan& scan) {
  int line = first_line;
  for (size_t start = 0; start < text.size(); ++line) {
    const size_t end = std::min(text.find('\n', start), text.size() - 1) + 1;
    const std::string_view row = text.substr(start, end - start);
    start = end;
    const std::string_view part = non_ascii_part(row);
    if (!part.empty() && scan.parts.find(part) == scan.parts.end()) {
      if (invalid_utf8_at(part)) {
        scan.valid = false;
        return line;
      }
      scan.words.add(part);
      if (scan.parts.size() < kMostParts) scan.parts.emplace(part);
    }
    if (scan.lost || row.find('?') == std::string_view::npos) continue;
    if (auto lost = find_lost_letter(row)) {
      scan.lost = location_of(path, row, lost->offset, line);
      scan.lost_word = lost->word;
    }
  }
  return line;
}

// Scans the text of a file converted or read whole.
Scan scan_text(const std::string& path, std::string_view text) {
  Scan scan;
  scan_lines(text, 1, path, scan);
  return scan;
}

// A text found in a file (UTF-16, Windows-1258), its legacy look-alikes repaired.
DecodedFile found_text(const std::string& path, std::string text,
                       std::vector<Diagnostic> warnings) {
  const Scan scan = scan_text(path, text);
  if (scan.lost) throw lost_letters_error(*scan.lost, scan.lost_word);
  const LegacyFont font = detect_legacy_font(scan.words);
  if (font == LegacyFont::kNone) return {std::move(text), std::move(warnings)};
  warnings.push_back(legacy_font_warning(path, scan.words, font));
  return {repaired(text, font), std::move(warnings)};
}

// Scans the regular file `file`, mapped into memory (the reader reads it again, and a copy
// would cost as much as the scan).
Scan scan_file(std::FILE* file, const std::string& path) {
  Scan scan;
  struct stat info;
  if (::fstat(::fileno(file), &info) != 0 || info.st_size == 0) return scan;
  const auto size = static_cast<size_t>(info.st_size);
  void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, ::fileno(file), 0);
  if (mapped == MAP_FAILED) {
    scan_lines(read_all(file), 1, path, scan);
    return scan;
  }
  scan_lines(std::string_view(static_cast<const char*>(mapped), size), 1, path, scan);
  ::munmap(mapped, size);
  return scan;
}

// A file of invalid UTF-8: Windows-1258 when it reads as Vietnamese, else a legacy font's own
// bytes when they read as one; nullopt when neither (the reader reports the invalid byte).
std::optional<DecodedFile> not_utf8(const std::string& path, std::string_view bytes) {
  DecodedBytes windows = decode_bytes(bytes, "CP1258");
  if (windows.complete) {
    std::string text = by_line(windows.text, nfc);
    const Scan scan = scan_text(path, text);
    if (!scan.words.words().empty() && scan.words.vietnamese_share() >= 0.9) {
      return found_text(path, std::move(text), {cp1258_warning(path)});
    }
  }
  const std::string look_alikes = from_latin1(bytes);
  const Scan scan = scan_text(path, look_alikes);
  const LegacyFont font = detect_legacy_font(scan.words);
  if (font == LegacyFont::kNone) {
    // A code page of Western Europe (Windows-1252) keeps á and ô but turns ở into '?'.
    if (scan.lost) throw lost_letters_error(*scan.lost, scan.lost_word);
    return std::nullopt;
  }
  return DecodedFile{repaired(look_alikes, font), {legacy_font_warning(path, scan.words, font)}};
}

// The text of `bytes` read in the encoding given, without detection nor warning.
DecodedFile forced(const std::string& path, std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::kUtf16) return {from_utf16(bytes, path), {}};
  if (encoding == Encoding::kCp1258) {
    DecodedBytes decoded = decode_bytes(bytes, "CP1258");
    if (!decoded.complete) {
      throw InputError(location_of(path, decoded.text, decoded.text.size()),
                       tr("a byte here has no character in Windows-1258 (--encoding cp1258); "
                          "give the encoding the file was saved in"));
    }
    return {by_line(decoded.text, nfc), {}};
  }
  const LegacyFont font = encoding == Encoding::kTcvn3 ? LegacyFont::kTcvn3 : LegacyFont::kVni;
  if (has_utf16_mark(bytes)) return {repaired(from_utf16(bytes, path), font), {}};
  if (!invalid_utf8_at(bytes)) return {repaired(bytes, font), {}};
  return {repaired(from_latin1(bytes), font), {}};
}

// detect on the bytes of a file read whole (standard input, a pipe): nullopt when they are read
// as they are.
std::optional<DecodedFile> detect_in_memory(const std::string& path, std::string_view bytes) {
  if (has_utf16_mark(bytes)) return found_text(path, from_utf16(bytes, path), {});
  if (invalid_utf8_at(bytes)) return not_utf8(path, bytes);
  const Scan scan = scan_text(path, bytes);
  if (scan.lost) throw lost_letters_error(*scan.lost, scan.lost_word);
  const LegacyFont font = detect_legacy_font(scan.words);
  if (font == LegacyFont::kNone) return std::nullopt;
  return DecodedFile{repaired(bytes, font), {legacy_font_warning(path, scan.words, font)}};
}

bool is_regular(std::FILE* file) {
  struct stat info;
  return ::fstat(::fileno(file), &info) == 0 && S_ISREG(info.st_mode);
}

}  // namespace

std::optional<DecodedFile> decode_file(std::FILE* file, const std::string& path,
                                       Encoding encoding) {
  if (encoding == Encoding::kUtf8) return std::nullopt;
  if (encoding != Encoding::kDetect) return forced(path, read_all(file), encoding);
  if (!is_regular(file)) {
    // A pipe is read once: whole, then from memory whatever it holds.
    std::string bytes = read_all(file);
    std::optional<DecodedFile> decoded = detect_in_memory(path, bytes);
    return decoded ? std::move(decoded) : DecodedFile{std::move(bytes), {}};
  }
  // A regular file is scanned first and converted into memory only when it needs it: a plain
  // UTF-8 file is then streamed by the reader as it always was.
  char start[2] = {};
  const size_t got = std::fread(start, 1, 2, file);
  std::rewind(file);
  if (has_utf16_mark(std::string_view(start, got))) {
    return found_text(path, from_utf16(read_all(file), path), {});
  }
  Scan scan = scan_file(file, path);
  std::rewind(file);
  if (!scan.valid) {
    std::optional<DecodedFile> decoded = not_utf8(path, read_all(file));
    std::rewind(file);
    return decoded;
  }
  if (scan.lost) throw lost_letters_error(*scan.lost, scan.lost_word);
  const LegacyFont font = detect_legacy_font(scan.words);
  if (font == LegacyFont::kNone) return std::nullopt;
  return DecodedFile{repaired(read_all(file), font), {legacy_font_warning(path, scan.words, font)}};
}

}  // namespace chiso
