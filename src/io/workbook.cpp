#include "chiso/io/workbook.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>
#include <tuple>

#include "chiso/diagnostic.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "io/workbook_import.h"

namespace chiso {
namespace {

bool ends_with_extension(std::string_view path, std::string_view extension) {
  if (path.size() <= extension.size()) return false;
  std::string_view tail = path.substr(path.size() - extension.size());
  return std::equal(tail.begin(), tail.end(), extension.begin(), [](char a, char b) {
    return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
  });
}

bool is_workbook_name(std::string_view path) {
  return ends_with_extension(path, ".xlsx") || ends_with_extension(path, ".ods") ||
         ends_with_extension(path, ".xls");
}

// Throws when `file` cannot be read as CsvReader::open says it, before orcus is asked to.
void check_readable(const std::string& file) {
  struct stat info;
  if (::stat(file.c_str(), &info) != 0) {
    throw InputError({}, tr("cannot open '{}': {}", file, std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode)) {
    throw InputError({}, tr("cannot open '{}': {}", file, std::strerror(EISDIR)));
  }
}

// liborcus 0.17 skips, without a word, what some writers put in an .xlsx: parts named from
// the archive's root (Target="/xl/worksheets/sheet1.xml") and text stored in the cell
// (t="inlineStr"), as openpyxl writes both. Reading on would rank a sheet with cells missing;
// the message says so, and how to get a workbook it reads.
std::optional<std::string> unreadable_in_xlsx(const std::string& file) {
  orcus::zip_archive_stream_fd stream(file.c_str());
  orcus::zip_archive archive(&stream);
  archive.load();
  std::vector<unsigned char> part;
  for (size_t i = 0; i < archive.get_file_entry_count(); ++i) {
    const std::string_view name = archive.get_file_entry_name(i);
    const bool is_relations = name.size() > 5 && name.substr(name.size() - 5) == ".rels";
    const bool is_sheet = name.rfind("xl/worksheets/", 0) == 0;
    if (!is_relations && !is_sheet) continue;
    if (!archive.read_file_entry(name, part)) continue;
    const std::string_view text(reinterpret_cast<const char*>(part.data()), part.size());
    if ((is_relations && text.find("Target=\"/") != std::string_view::npos) ||
        (is_sheet && text.find("t=\"inlineStr\"") != std::string_view::npos)) {
      return tr(
          "this .xlsx was written by a program whose way of storing sheets or text "
          "liborcus 0.17 cannot read (as openpyxl writes); open it in Excel or "
          "LibreOffice and save it again as .xlsx");
    }
  }
  return std::nullopt;
}

// liborcus 0.17 skips .ods cells whose value is a percentage, a currency or a time, without a
// word: reading on would rank a sheet with cells missing.
std::optional<std::string> unreadable_in_ods(const std::string& file) {
  orcus::zip_archive_stream_fd stream(file.c_str());
  orcus::zip_archive archive(&stream);
  archive.load();
  std::vector<unsigned char> part;
  if (!archive.read_file_entry("content.xml", part)) return std::nullopt;
  const std::string_view text(reinterpret_cast<const char*>(part.data()), part.size());
  auto has = [&](const char* type) {
    return text.find(fmt::format("office:value-type=\"{}\"", type)) != std::string_view::npos;
  };
  if (has("percentage")) {
    return tr(
        "the workbook has cells formatted as percentages, which liborcus 0.17 cannot read "
        "from an .ods file; format them as numbers, or save the workbook as .xlsx");
  }
  if (has("currency")) {
    return tr(
        "the workbook has cells formatted as currency, which liborcus 0.17 cannot read "
        "from an .ods file; format them as numbers, or save the workbook as .xlsx");
  }
  if (has("time")) {
    return tr(
        "the workbook has cells formatted as times, which liborcus 0.17 cannot read from "
        "an .ods file; format them as numbers or text, or save the workbook as .xlsx");
  }
  return std::nullopt;
}

std::string quoted_names(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "'" : ", '") + name + "'";
  return list;
}

}  // namespace

std::optional<WorkbookPath> workbook_path(const std::string& path) {
  if (is_workbook_name(path)) return WorkbookPath{path, std::nullopt};
  const size_t colon = path.rfind(':');
  if (colon == std::string::npos || !is_workbook_name(std::string_view(path).substr(0, colon)))
    return std::nullopt;
  return WorkbookPath{path.substr(0, colon), path.substr(colon + 1)};
}

Sheet read_sheet(const WorkbookPath& path) {
  const std::string& file = path.file;
  check_readable(file);
  if (ends_with_extension(file, ".xls")) {
    throw InputError({file, 0, 0},
                     tr("chiso cannot read Excel 97-2003 workbooks (.xls); save it as .xlsx "
                        "(in Excel: File, Save As, Excel Workbook), or convert it with "
                        "'soffice --headless --convert-to xlsx {}'",
                        file));
  }
  const bool is_ods = ends_with_extension(file, ".ods");
  WorkbookCells workbook(path.sheet);
  std::optional<std::string> unreadable;
  try {
    unreadable = is_ods ? unreadable_in_ods(file) : unreadable_in_xlsx(file);
    if (!unreadable && is_ods) orcus::orcus_ods(&workbook).read_file(file);
    if (!unreadable && !is_ods) orcus::orcus_xlsx(&workbook).read_file(file);
  } catch (const std::exception&) {
    // orcus's own sentences name its internals (a zip header, an XML token), not the fix.
    throw InputError({file, 0, 0},
                     is_ods ? tr("not a valid .ods workbook; open it in LibreOffice and save it "
                                 "again as .ods, or export the sheet as CSV UTF-8")
                            : tr("not a valid .xlsx workbook; open it in Excel and save it again "
                                 "as .xlsx, or export the sheet as CSV UTF-8"));
  }
  if (unreadable) throw InputError({file, 0, 0}, *unreadable);
  if (!workbook.chosen()) {
    if (workbook.names().empty()) throw InputError({file, 0, 0}, tr("the workbook has no sheet"));
    throw UnknownSheet(tr("no sheet '{}' in '{}'; its sheets are {}", *path.sheet, file,
                          quoted_names(workbook.names())));
  }
  return {file, workbook.names()[*workbook.chosen()], workbook.take_cells()};
}

}  // namespace chiso
