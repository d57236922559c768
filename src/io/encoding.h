// A file's bytes as UTF-8 NFC text: UTF-16 with a byte-order mark (Excel's "Unicode Text"),
// Windows-1258 (Excel's "CSV (Comma delimited)" on Vietnamese Windows), and Vietnamese typed in
// the legacy TCVN3 and VNI fonts are converted; letters lost to '?' are an error.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/io/read_options.h"

namespace chiso {

/// `bytes` converted from `encoding` (an iconv name such as "CP1258") to UTF-8, as far as they
/// are valid; `complete` is false when they are not all valid (or iconv lacks `encoding`).
struct DecodedBytes {
  std::string text;
  bool complete = false;
};
DecodedBytes decode_bytes(std::string_view bytes, const char* encoding);

/// A file converted to UTF-8 NFC text, line for line, and the warnings that say how.
struct DecodedFile {
  std::string text;
  std::vector<Diagnostic> warnings;
};

/// Reads `file` (opened from `path`) and decides how it is read. nullopt: the file is to be
/// read as it is, as UTF-8 (always with Encoding::kUtf8; with kDetect, when it is UTF-8 without
/// legacy look-alikes, or when it is not UTF-8 and reads as no encoding chiso knows, so that the
/// reader reports the first invalid byte at its place); `file` is then back at its start. A
/// file that is not a regular file (a pipe) is read whole, and its text returned as it is then.
/// Otherwise the converted text: from the encoding given, or from the one found (UTF-16 with a
/// byte-order mark, Windows-1258, TCVN3 or VNI, with a warning for the last three). Throws
/// InputError when letters were lost to '?' (kDetect only) or the bytes are not in the
/// encoding given.
std::optional<DecodedFile> decode_file(std::FILE* file, const std::string& path, Encoding encoding);

}  // namespace chiso
