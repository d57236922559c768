// Tests of columns: headers matched to columns, found below title rows and over two rows, and
// --column.
#include "io/columns.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "messages.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

// The warnings open_with_header adds (of a file converted from another encoding): none here.
Diagnostics ignored;

class TemporaryFolder : public testing::TemporaryFolder {
 public:
  TemporaryFolder() : testing::TemporaryFolder("columns-test") {}
};

using testing::messages;
using testing::thrown_by;

const std::vector<ColumnSpec> kUnitsSpecs = {unit_column(), group_column(true)};

// The header open_with_header finds in `content`, and each data row after it, one per line:
// "line N: a|b|c".
std::string header_and_rows(const TemporaryFolder& folder, const std::string& content,
                            const std::vector<ColumnSpec>& specs = kUnitsSpecs,
                            const ReadOptions& options = {}) {
  CsvRecord record;
  auto rows = open_with_header(folder.write("sheet.csv", content), options, specs, record, ignored);
  std::string text;
  do {
    text += "line " + std::to_string(record.line) + ":";
    for (size_t i = 0; i < record.fields.size(); ++i) text += (i ? "|" : " ") + record.fields[i];
    text += "\n";
  } while (rows->next(record));
  return text;
}

}  // namespace

TEST_CASE("columns: a header is matched with its white space folded and underscores as spaces") {
  CHECK(header_key("Tên  cơ quan,\nđơn vị") == header_key("tên cơ quan, đơn vị"));
  CHECK(header_key("ten_co_quan") == "ten co quan");
  CHECK(names_column("TÊN CƠ QUAN, ĐƠN VỊ", unit_column()));
  CHECK(names_column("Ten don vi", unit_column()));
  CHECK_FALSE(names_column("", unit_column()));
  CHECK(is_ignored_header("STT"));
  CHECK(is_ignored_header("Số thứ tự"));
  CHECK(is_ignored_header("  "));
  CHECK_FALSE(is_ignored_header("unit"));
}

TEST_CASE("columns: the header is the first row that names the required columns") {
  TemporaryFolder folder;
  SUBCASE("a tidy file: the first row") {
    CHECK(header_and_rows(folder, "unit,group\nA,G\n") == "line 1: unit|group\nline 2: A|G\n");
  }
  SUBCASE("title rows and blank rows above the header are skipped") {
    CHECK(header_and_rows(folder,
                          "BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CCHC NĂM 2024;;\n;;\n"
                          "STT;Tên cơ quan, đơn vị;Nhóm\n1;A;G\n") ==
          "line 3: STT|Tên cơ quan, đơn vị|Nhóm\nline 4: 1|A|G\n");
  }
  SUBCASE("a title row narrower than the header does not cut the header") {
    CHECK(header_and_rows(folder, "Bảng điểm\nunit,x,y,group\nA,1,2,G\n") ==
          "line 2: unit|x|y|group\nline 3: A|1|2|G\n");
  }
  SUBCASE("a title line without a separator above a ';' header") {
    CHECK(header_and_rows(folder, "Bảng điểm năm 2024\nunit;group\nA;G\n") ==
          "line 2: unit|group\nline 3: A|G\n");
  }
  SUBCASE("no row that names them: the first row is the header") {
    TemporaryFolder other;
    CsvRecord header;
    Diagnostics diagnostics;
    const std::string path = other.write("u.csv", "Bảng điểm\nname,kind\nA,G\n");
    open_with_header(path, {}, kUnitsSpecs, header, ignored);
    CHECK(header.line == 1);
    match_columns(header, path, kUnitsSpecs, diagnostics);
    CHECK(messages(diagnostics) ==
          path + ":1:1: error: missing column 'unit'; the header has 'Bảng điểm'\n" + path +
              ":1:1: error: missing column 'group'; the header has 'Bảng điểm'\n");
  }
  SUBCASE("a file with blank rows only is empty") {
    const std::string path = folder.write("e.csv", ",\n,\n");
    CsvRecord header;
    CHECK(thrown_by([&] { open_with_header(path, {}, kUnitsSpecs, header, ignored); }) ==
          path + ":1:1: error: file is empty; it needs a header row and data rows\n");
  }
}

TEST_CASE("columns: a second header row under a merged row is joined to it") {
  TemporaryFolder folder;
  const std::vector<ColumnSpec> specs = {unit_column()};
  SUBCASE("the lower row's cell heads its column where it has one") {
    CHECK(header_and_rows(folder,
                          "STT;Tên cơ quan, đơn vị;Lĩnh vực 1;;Lĩnh vực 2;;Tổng điểm\n"
                          ";;1.1;1.2;2.1;2.2;\n1;A;1;2;3;4;10\n",
                          specs) ==
          "line 1: STT|Tên cơ quan, đơn vị|1.1|1.2|2.1|2.2|Tổng điểm\nline 3: 1|A|1|2|3|4|10\n");
  }
  SUBCASE("a first data row, which names its unit, is never taken for a header") {
    CHECK(header_and_rows(folder, "unit;;x\nA;1;2\n", specs) == "line 1: unit||x\nline 2: A|1|2\n");
  }
  SUBCASE("a row with nothing under an empty header cell is data") {
    CHECK(header_and_rows(folder, "unit;x\n;2\n", specs) == "line 1: unit|x\nline 2: |2\n");
  }
}

TEST_CASE("columns: trailing columns without a header may be missing from a row") {
  TemporaryFolder folder;
  CHECK(header_and_rows(folder, "unit;group;;;\nA;G\nB;H;;;\n") ==
        "line 1: unit|group|||\nline 2: A|G|||\nline 3: B|H|||\n");
  SUBCASE("but a row that stops before a column with a header is reported") {
    CsvRecord record;
    Diagnostics diagnostics;
    const std::string path = folder.write("u.csv", "unit;group;x\nA;G\n");
    auto rows = open_with_header(path, {}, kUnitsSpecs, record, ignored);
    REQUIRE(rows->next(record));
    CHECK(has_wrong_field_count(record, 3, path, diagnostics));
    CHECK(messages(diagnostics) == path + ":2:3: error: row has 2 fields but the header has 3\n");
  }
}

TEST_CASE("columns: --column names the column of a header none of the aliases know") {
  TemporaryFolder folder;
  ReadOptions options;
  options.columns = {parse_column_choice("unit=tentinh_vie")};
  options.headers_read = std::make_shared<HeadersRead>();
  const std::vector<ColumnSpec> specs = with_choices({unit_column(), group_column(false)}, options);
  CsvRecord header;
  Diagnostics diagnostics;
  SUBCASE("the chosen header comes before an alias") {
    const std::string path = folder.write("s.csv", "tỉnh,tentinh_vie\nA,B\n");
    open_with_header(path, options, specs, header, ignored);
    CHECK(match_columns(header, path, specs, diagnostics) == std::vector<int>{1, -1});
    CHECK_NOTHROW(check_column_choices(options));
  }
  SUBCASE("a header no file has is a usage error listing the headers read") {
    const std::string path = folder.write("s.csv", "tinhid,tentinh\nA,B\n");
    open_with_header(path, options, {unit_column(), group_column(false)}, header, ignored);
    std::string error;
    try {
      check_column_choices(options);
    } catch (const ReadUsageError& e) {
      error = e.what();
    }
    CHECK(error ==
          "--column unit=tentinh_vie: no file read has a column headed 'tentinh_vie'; "
          "their headers are " +
              path + ": 'tinhid', 'tentinh'");
  }
  SUBCASE("a WHAT that is no kind of column must name a criterion column of a wide file") {
    options.columns = {parse_column_choice("unti=tentinh_vie")};
    open_with_header(folder.write("s.csv", "unit,tentinh_vie\nA,B\n"), options, {unit_column()},
                     header, ignored);
    std::string error;
    try {
      check_column_choices(options);
    } catch (const ReadUsageError& e) {
      error = e.what();
    }
    CHECK(error ==
          "--column unti=tentinh_vie: 'unti' is neither a kind of column (unit, year, group, "
          "total, criterion, score, rank, index, band) nor a criterion column of a wide scores "
          "file");
  }
  SUBCASE("WHAT=HEADER is parsed, the kind in any case") {
    CHECK(parse_column_choice("Unit = Tên tỉnh") == ColumnChoice{"unit", "Tên tỉnh"});
    CHECK(parse_column_choice("1.1=Tiêu chí 1") == ColumnChoice{"1.1", "Tiêu chí 1"});
    std::string error;
    try {
      parse_column_choice("unit");
    } catch (const ReadUsageError& e) {
      error = e.what();
    }
    CHECK(error == "'unit' is not WHAT=HEADER, such as unit=tentinh_vie");
  }
}

}  // namespace chiso
