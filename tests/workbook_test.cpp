// Tests of workbook: workbook paths, the cells of a sheet read with liborcus, the sheet's rows
// as CSV records, and the errors that name a workbook, a sheet and a cell. The workbooks are
// tests/fixtures/workbooks/, written by tests/fixtures/make-workbooks.
#include "chiso/io/workbook.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "chiso/io/csv_reader.h"
#include "chiso/io/diagnostic_format.h"
#include "io/sheet_records.h"
#include "printers.h"
#include "temporary_folder.h"

namespace chiso {
namespace {

const std::string kWorkbooks = CHISO_WORKBOOKS;

// A record as one readable line: "row| field@column | \"text\"@column", numbers unquoted.
std::string describe(const CsvRecord& record) {
  std::string text = std::to_string(record.line) + "|";
  for (size_t i = 0; i < record.fields.size(); ++i) {
    const std::string field = record.quoted[i] ? "\"" + record.fields[i] + "\"" : record.fields[i];
    text += " " + field + "@" + std::to_string(record.columns[i]) + " |";
  }
  if (record.dropped > 0) text += " +" + std::to_string(record.dropped);
  return text;
}

// The records of a sheet of cells, the header first, one described record per line.
std::string records_of(std::vector<SheetCell> cells) {
  SheetRecords sheet(Sheet{"Bang-diem.xlsx", "Điểm 2024", std::move(cells)});
  CsvRecord record;
  std::string text;
  if (!sheet.read_header(record)) return "(empty)";
  text += describe(record) + "\n";
  while (sheet.next(record)) text += describe(record) + "\n";
  return text;
}

SheetCell text_cell(int row, int column, std::string text) {
  return {row, column, CellKind::kText, std::move(text), 0};
}

SheetCell number_cell(int row, int column, double number) {
  return {row, column, CellKind::kNumber, {}, number};
}

// The one diagnostic `read` throws, formatted as chiso prints it.
template <typename Read>
std::string error_of(Read read) {
  try {
    read();
  } catch (const InputError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    return format_diagnostic(e.diagnostics().front());
  }
  return "(no error)";
}

TEST_CASE("workbook: a path names a workbook by its extension, and a sheet after the last ':'") {
  CHECK(workbook_path("Bang-diem.xlsx") == WorkbookPath{"Bang-diem.xlsx", std::nullopt});
  CHECK(workbook_path("data/BANG.XLSX") == WorkbookPath{"data/BANG.XLSX", std::nullopt});
  CHECK(workbook_path("Bang-diem.ods") == WorkbookPath{"Bang-diem.ods", std::nullopt});
  CHECK(workbook_path("Bang-diem.xls") == WorkbookPath{"Bang-diem.xls", std::nullopt});
  CHECK(workbook_path("Bang-diem.xlsx:Điểm 2024") == WorkbookPath{"Bang-diem.xlsx", "Điểm 2024"});
  CHECK(workbook_path("a:b/Bang.xlsx:Sheet1") == WorkbookPath{"a:b/Bang.xlsx", "Sheet1"});
  CHECK(workbook_path("Bang.xlsx:") == WorkbookPath{"Bang.xlsx", ""});
  CHECK(workbook_path("scores.csv") == std::nullopt);
  CHECK(workbook_path("scores.csv:Sheet1") == std::nullopt);
  CHECK(workbook_path(".xlsx") == std::nullopt);
}

TEST_CASE("workbook: the first sheet is read by default, with text, numbers and shared strings") {
  const Sheet sheet = read_sheet({kWorkbooks + "/scores-2022.xlsx", std::nullopt});
  CHECK(sheet.name == "Sheet1");
  CHECK(sheet.display_name() == kWorkbooks + "/scores-2022.xlsx:Sheet1");
  REQUIRE(sheet.cells.size() > 33);
  CHECK(sheet.cells[0] == SheetCell{1, 1, CellKind::kText, "unit", 0});
  CHECK(sheet.cells[1] == SheetCell{1, 2, CellKind::kNumber, {}, 1.1});  // typed 1.1: a number
  CHECK(sheet.cells[10] == SheetCell{1, 11, CellKind::kText, "3.2.1", 0});
  CHECK(sheet.cells[32] == SheetCell{2, 1, CellKind::kText, "Sở Nội vụ", 0});
  CHECK(sheet.cells[33] == SheetCell{2, 2, CellKind::kNumber, {}, 2.5});
  CHECK(sheet.cells[34] == SheetCell{2, 3, CellKind::kNumber, {}, 3.25});
}

TEST_CASE("workbook: a sheet is chosen by its name; a formula's saved value is its cell's value") {
  const std::string file = kWorkbooks + "/two-sheets-2022.xlsx";
  CHECK(read_sheet({file, std::nullopt}).name == "Ghi chú");
  const Sheet sheet = read_sheet({file, "Điểm 2022"});
  CHECK(sheet.name == "Điểm 2022");
  // M2: =SUM('Ghi chú'!B3:C3), Sở Nội vụ's 3.3.1, saved as 5.18 by LibreOffice.
  auto m2 = std::find_if(sheet.cells.begin(), sheet.cells.end(),
                         [](const SheetCell& cell) { return cell.row == 2 && cell.column == 13; });
  REQUIRE(m2 != sheet.cells.end());
  CHECK(*m2 == SheetCell{2, 13, CellKind::kNumber, "=SUM('Ghi chú'!B3:C3)", 5.18});
}

TEST_CASE("workbook: an .ods is read as the .xlsx it was saved from") {
  const Sheet ods = read_sheet({kWorkbooks + "/scores-2022.ods", std::nullopt});
  const Sheet xlsx = read_sheet({kWorkbooks + "/scores-2022.xlsx", std::nullopt});
  CHECK(ods.name == "Sheet1");
  CHECK(ods.cells == xlsx.cells);
}

TEST_CASE("workbook: a number shown as a percentage is the text it shows, in full") {
  const Sheet sheet = read_sheet({kWorkbooks + "/published-2021.xlsx", std::nullopt});
  CHECK(sheet.name == "Xếp hạng 2021");
  REQUIRE(sheet.cells.size() > 9);
  CHECK(sheet.cells[3] == SheetCell{1, 4, CellKind::kText, "Chỉ số (%)", 0});
  CHECK(sheet.cells[6] == SheetCell{2, 2, CellKind::kNumber, {}, 1});      // the rank: a number
  CHECK(sheet.cells[8] == SheetCell{2, 4, CellKind::kText, "95.63%", 0});  // 0.9563 as 0.00%
}

TEST_CASE("workbook: an .ods whose cells liborcus would skip is refused, not read half") {
  const std::string file = kWorkbooks + "/published-2021.ods";
  CHECK(error_of([&] {
          read_sheet({file, std::nullopt});
        }) == file +
                  ": error: the workbook has cells formatted as percentages, which liborcus 0.17 "
                  "cannot read from an .ods file; format them as numbers, or save the workbook as "
                  ".xlsx");
}

TEST_CASE("workbook: a sheet no sheet is named is a usage error listing the sheets") {
  const std::string file = kWorkbooks + "/two-sheets-2022.xlsx";
  CHECK_THROWS_WITH_AS(
      read_sheet({file, "Diem 2022"}),
      ("no sheet 'Diem 2022' in '" + file + "'; its sheets are 'Ghi chú', " + "'Điểm 2022'")
          .c_str(),
      UnknownSheet);
}

TEST_CASE("workbook: an .xls, a file that is no workbook and a missing file are errors") {
  testing::TemporaryFolder folder("workbook");
  const std::string xls = folder.write("Bang-diem.xls", "\xD0\xCF\x11\xE0 an old workbook");
  CHECK(error_of([&] {
          read_sheet({xls, std::nullopt});
        }) == xls +
                  ": error: chiso cannot read Excel 97-2003 workbooks (.xls); save it as .xlsx (in "
                  "Excel: File, Save As, Excel Workbook), or convert it with 'soffice --headless "
                  "--convert-to xlsx " +
                  xls + "'");
  const std::string text = folder.write("scores.xlsx", "unit,1.1\nSở Nội vụ,2.5\n");
  CHECK(error_of([&] {
          read_sheet({text, std::nullopt});
        }) ==
        text +
            ": error: not a valid .xlsx workbook; open it in Excel and save it again as .xlsx, "
            "or export the sheet as CSV UTF-8");
  const std::string ods = folder.write("scores.ods", "PK\x03\x04 cut short");
  CHECK(error_of([&] {
          read_sheet({ods, std::nullopt});
        }) == ods +
                  ": error: not a valid .ods workbook; open it in LibreOffice and save it again as "
                  ".ods, or export the sheet as CSV UTF-8");
  CHECK(error_of([&] {
          read_sheet({folder.path("none.xlsx"), std::nullopt});
        }) ==
        "chiso: error: cannot open '" + folder.path("none.xlsx") + "': No such file or directory");
}

TEST_CASE("workbook: an .xlsx whose cells liborcus would skip is refused, not read half") {
  const std::string file = kWorkbooks + "/openpyxl-2022.xlsx";
  CHECK(error_of([&] {
          read_sheet({file, std::nullopt});
        }) ==
        file +
            ": error: this .xlsx was written by a program whose way of storing sheets or text "
            "liborcus 0.17 cannot read (as openpyxl writes); open it in Excel or LibreOffice "
            "and save it again as .xlsx");
}

TEST_CASE("workbook: rows are records: numbers with a decimal point, short rows filled out") {
  CHECK(records_of({text_cell(1, 1, "unit"), text_cell(1, 2, "1.1"), text_cell(1, 3, "1.2"),
                    text_cell(2, 1, "Sở A"), number_cell(2, 2, 2.5), number_cell(2, 3, 3),
                    text_cell(4, 1, "Sở B"), number_cell(4, 2, 0.1), text_cell(5, 2, "2,5"),
                    number_cell(5, 3, 1e-7)}) ==
        "1| \"unit\"@1 | \"1.1\"@2 | \"1.2\"@3 |\n"
        "2| \"Sở A\"@1 | 2.5@2 | 3@3 |\n"
        "4| \"Sở B\"@1 | 0.1@2 | @3 |\n"
        "5| @1 | \"2,5\"@2 | 1e-07@3 |\n");
}

TEST_CASE("workbook: a row past the header keeps one more field and counts the rest") {
  CHECK(records_of({text_cell(3, 1, "unit"), text_cell(3, 2, "1.1"), text_cell(4, 1, "Sở A"),
                    number_cell(4, 2, 1), number_cell(4, 3, 2), text_cell(4, 6, "x")}) ==
        "3| \"unit\"@1 | \"1.1\"@2 |\n"
        "4| \"Sở A\"@1 | 1@2 | 2@3 | +3\n");
  CHECK(records_of({}) == "(empty)");
}

TEST_CASE("workbook: a header past 10,000 columns is refused, as a CSV header is") {
  CHECK(error_of([] {
          records_of({text_cell(2, 1, "unit"), text_cell(2, 10001, "7.5")});
        }) ==
        "Bang-diem.xlsx:Điểm 2024!A2: error: the header has more than 10000 columns; chiso reads "
        "at most 10000");
}

TEST_CASE("workbook: a formula without a saved value is an error at its cell") {
  const std::string file = kWorkbooks + "/formula-without-value-2022.xlsx";
  auto reader = CsvReader::open(file + ":Điểm 2022");
  CsvRecord record;
  REQUIRE(reader->read_header(record));
  int rows = 0;
  CHECK(error_of([&] {
          while (reader->next(record)) ++rows;
        }) == file +
                  ":Điểm 2022!M12: error: formula '=SUM('Ghi chú'!B13:C13)' has no saved value; "
                  "open the workbook in Excel or LibreOffice, check that the formula gives a "
                  "value, and save it again");
  CHECK(rows == 10);
}

TEST_CASE("workbook: CsvReader reads a workbook's sheet, located by cell in the sheet's name") {
  const std::string file = kWorkbooks + "/scores-2022.xlsx";
  auto reader = CsvReader::open(file);
  CHECK(reader->file() == file + ":Sheet1");
  CHECK_FALSE(reader->comma_is_decimal());
  CHECK(reader->start() == Location{file + ":Sheet1", 1, 1, true});
  CsvRecord record;
  REQUIRE(reader->read_header(record));
  CHECK(record.fields.size() == 32);
  REQUIRE(reader->next(record));
  CHECK(record.fields[0] == "Sở Nội vụ");
  CHECK(record.fields[1] == "2.5");
  CHECK_FALSE(record.quoted[1]);
  CHECK(record.at(file, 5) == Location{file + ":Sheet1", 2, 6, true});
  CHECK(record.start(file) == Location{file + ":Sheet1", 2, 1, true});
  CHECK(format_diagnostic({record.at(file, 26), Severity::kError, "score '9' is above"}) ==
        file + ":Sheet1!AA2: error: score '9' is above");
}

TEST_CASE("workbook: a cell is printed as the spreadsheet names it, and so is its place") {
  CHECK(column_letters(1) == "A");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(52) == "AZ");
  CHECK(column_letters(703) == "AAA");
  CHECK(column_letters(16384) == "XFD");
  const Location cell{"Bang-diem.xlsx:Điểm 2024", 12, 6, true};
  CHECK(format_diagnostic({cell, Severity::kError, "bad"}) ==
        "Bang-diem.xlsx:Điểm 2024!F12: error: bad");
  CHECK(format_diagnostic({{"Bang-diem.xlsx:Điểm 2024", 12, 0, true}, Severity::kWarning, "w"}) ==
        "Bang-diem.xlsx:Điểm 2024!12:12: warning: w");
  CHECK(place_name(cell) == "Bang-diem.xlsx:Điểm 2024!F12");
  CHECK(place_name({"scores.csv", 7, 3}) == "scores.csv line 7");
  CHECK(line_name(cell) == "row 12");
  CHECK(line_name({"scores.csv", 7, 3}) == "line 7");
}

TEST_CASE("workbook: text cells typed in a legacy font are repaired, on all the sheet's text") {
  auto text = [](int row, std::string value) {
    return SheetCell{row, 1, CellKind::kText, std::move(value), 0};
  };
  Sheet sheet{"Bang-diem.xlsx",
              "Điểm 2022",
              {text(1, "unit"), text(2, "Së Néi vô"), text(3, "Së T\u00ad ph\u00b8p"),
               text(4, "Së Tµi chÝnh"), SheetCell{4, 2, CellKind::kNumber, "", 2.5}}};
  SUBCASE("detected: repaired, with the warning that names the font") {
    const std::vector<Diagnostic> warnings = repair_sheet_text(sheet, Encoding::kDetect);
    CHECK(sheet.cells[1].text == "Sở Nội vụ");
    CHECK(sheet.cells[2].text == "Sở Tư pháp");
    CHECK(sheet.cells[3].text == "Sở Tài chính");
    CHECK(sheet.cells[4].number == 2.5);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].where == Location{"Bang-diem.xlsx:Điểm 2022", 0, 0});
    CHECK(warnings[0].message.rfind("the text was typed in the legacy TCVN3 (.VnTime) font", 0) ==
          0);
  }
  SUBCASE("--encoding utf-8 reads the cells as they are") {
    CHECK(repair_sheet_text(sheet, Encoding::kUtf8).empty());
    CHECK(sheet.cells[1].text == "Së Néi vô");
  }
  SUBCASE("a letter lost to '?' is an error at its cell") {
    sheet.cells[3].text = "S? T?i ch?nh";
    try {
      repair_sheet_text(sheet, Encoding::kDetect);
      FAIL("no error");
    } catch (const InputError& e) {
      REQUIRE(e.diagnostics().size() == 1);
      CHECK(e.diagnostics()[0].where == Location{"Bang-diem.xlsx:Điểm 2022", 4, 1, true});
      CHECK(e.diagnostics()[0].message.rfind("'T?i' has '?' in place of letters", 0) == 0);
    }
  }
}

}  // namespace
}  // namespace chiso
