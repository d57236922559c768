#include "cli/options.h"

#include <fmt/format.h>

#include <charconv>

#include "chiso/io/diagnostic_format.h"
#include "chiso/message.h"
#include "cli/command.h"

namespace chiso::cli {

std::string wrap(std::string_view text, size_t width) {
  std::string out;
  size_t line = 0;  // characters on the current line; UTF-8 continuation bytes do not count
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    size_t length = 0;
    for (char c : word) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (line > 0 && line + 1 + length > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += word;
    line += length;
    start = end + 1;
  }
  return out;
}

void add_input_options(CLI::App& command, InputFiles& files) {
  CLI::Option* method =
      command
          .add_option(
              "--method", files.method,
              wrap("A built-in method ('chiso methods' lists them) or a method folder, instead of "
                   "--framework and --bands"))
          ->type_name("NAME|DIR");
  command
      .add_option(
          "--framework", files.framework,
          wrap("The criteria tree: a CSV (or .xlsx/.ods sheet) with columns id,parent,name,max "
               "and optionally owner, weight, combine, normalise, direction, low, high, aliases. "
               "Required unless --method"))
      ->type_name("FILE")
      ->excludes(method);
  command
      .add_option(
          "--scores", files.scores,
          wrap("Points per unit and leaf criterion: long (unit,year,criterion,score) or wide "
               "(unit,year,<leaf ids>...). Repeat for several files. Write YEAR=FILE for a file "
               "without a year column, e.g. 2022=scores-2022.csv. FILE may be a .xlsx or .ods "
               "workbook: its first sheet, or FILE.xlsx:SHEET for another"))
      ->required()
      ->type_name("[YEAR=]FILE")
      ->take_all();
  command
      .add_option("--units", files.units,
                  wrap("Groups to rank units in: a CSV (or .xlsx/.ods sheet) with columns "
                       "unit,group. Default: all units form one group"))
      ->type_name("FILE");
  command
      .add_option(
          "--bands", files.bands,
          wrap(
              "Band thresholds: a CSV with columns group,label,min (empty group = every group; min "
              "inclusive). Default: no bands"))
      ->type_name("FILE");
  command
      .add_option(
          "--previous", files.previous,
          wrap("Last year's ranking to compare with (chiso's ranking.csv or a table, CSV or "
               ".xlsx/.ods sheet, with at least unit,rank). Default: the latest earlier year in "
               "the scores"))
      ->type_name("FILE");
  command
      .add_option(
          "--excluded", files.excluded,
          wrap(
              "Units left out of the ranking: a CSV with columns unit and optionally year (empty = "
              "every year). They are listed as not ranked"))
      ->type_name("FILE");
  command
      .add_option(
          "--renames", files.renames,
          wrap(
              "Units renamed or merged between years: a CSV with columns old,new and optionally "
              "year "
              "(the first year of the new name; empty = every year). A renamed unit keeps its rank "
              "change; several old names for one new name are a merger, which gets no rank change. "
              "Default: none"))
      ->type_name("FILE");
  command
      .add_option(
          "--missing", files.missing,
          wrap("A unit without a score for a criterion (a truncated export): error, or zero to "
               "count it as 0 points with a warning. Default: error"))
      ->check(CLI::IsMember({"error", "zero"}).description(""))
      ->type_name("error|zero");
  command.add_flag(
      "--strict", files.strict,
      wrap("Make every warning an error: exit status 1 and nothing written, for a cron job that "
           "must not publish a doubtful table"));
  command
      .add_option("--delimiter", files.delimiter,
                  wrap("Field separator of the input files: ',' ';' or 'tab'. Default: detected "
                       "from each header"))
      ->type_name("SEP")
      ->check(CLI::IsMember({",", ";", "tab"}).description(""));
  command
      .add_option(
          "--encoding", files.encoding,
          wrap("Encoding of the input files: utf-8, utf-16, cp1258 (Windows-1258), tcvn3 or vni "
               "(text typed in the legacy .VnTime or VNI-Times fonts). Default: detected from "
               "each file (UTF-8; UTF-16 with a byte-order mark; Windows-1258 and the legacy "
               "fonts with a warning); given, it turns detection off"))
      ->type_name("ENC")
      ->check(CLI::IsMember({"utf-8", "utf-16", "cp1258", "tcvn3", "vni"}).description(""));
  command
      .add_option(
          "--not-applicable", files.not_applicable,
          wrap("Another spelling of 'n/a' in the scores, such as '-', 'x' or 'KĐG' (any case, with "
               "or "
               "without diacritics). Repeat for several. Default: only 'n/a'; the spellings clerks "
               "use are refused with a hint"))
      ->type_name("TEXT")
      ->allow_extra_args(false);
  command
      .add_option(
          "--column", files.columns,
          wrap("WHAT=HEADER: the column headed HEADER holds WHAT, for a header that is none of "
               "the names chiso knows, as in --column unit=tentinh_vie. WHAT is unit, year, group, "
               "total, criterion, score, rank, index, band or a criterion id. Repeat for several; "
               "applies to every file read. Default: headers are matched by their names"))
      ->type_name("WHAT=HEADER")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& argument) -> std::string {
            try {
              parse_column_choice(argument);
            } catch (const ReadUsageError& e) {
              return e.what();
            }
            return {};
          },
          "", ""));
  command.add_flag(
      "--no-thousands", files.no_thousands,
      wrap("The input files have no thousands separators: read 1.234 in a ;- or "
           "tab-separated file (and \"1,234\" quoted in a ,-separated one) as a decimal "
           "number. Default: such a number is refused, since Excel's #,##0 writes 1234 so"));
}

void add_ranking_options(CLI::App& command, RankingFlags& flags, bool with_headline) {
  command
      .add_option("--decimals", flags.decimals,
                  wrap("Decimals of points and indices in the outputs, and of the index ranked on"))
      ->check(CLI::Range(0, 6).description(""))
      ->type_name("N")
      ->capture_default_str();
  command
      .add_option(
          "--ties", flags.ties,
          wrap("How equal indices share ranks: competition (1,2,2,4), dense (1,2,2,3) or ordinal "
               "(1,2,3,4, ties in name order)"))
      ->check(CLI::IsMember({"competition", "dense", "ordinal"}))
      ->capture_default_str();
  command
      .add_option(
          "--rank-on", flags.rank_on,
          wrap("Rank on the index as published (rounded to --decimals) or on the exact index"))
      ->check(CLI::IsMember({"rounded", "exact"}))
      ->capture_default_str();
  if (!with_headline) return;
  command
      .add_option(
          "--headline", flags.headline,
          wrap("The figure the report publishes: index (%), points (on the framework's scale, as "
               "PAPI's 8-80) or score (the index on 100, as PCI). Units are always ranked on the "
               "index. "
               "Default: the method's, else index"))
      ->check(CLI::IsMember({"index", "points", "score"}).description(""))
      ->type_name("index|points|score");
}

void add_lang_option(CLI::App& command, std::string& lang, const std::string& what) {
  command
      .add_option("--lang", lang,
                  wrap("Language of " + what +
                       " and of messages: vi or en. Without --lang, messages follow LC_ALL, "
                       "LC_MESSAGES or LANG (vi when it starts with vi, else en)"))
      ->check(CLI::IsMember({"vi", "en"}))
      ->capture_default_str();
}

void add_message_lang_option(CLI::App& command) {
  // Read by main before parsing (cli/language.h); declared here to be accepted and documented.
  command.add_option("--lang")
      ->description(wrap("Language of messages: vi or en. Default: from LC_ALL, LC_MESSAGES or "
                         "LANG (vi when it starts with vi, else en)"))
      ->check(CLI::IsMember({"vi", "en"}))
      ->type_name("vi|en");
}

Language language_of(const std::string& lang) {
  return lang == "en" ? Language::kEnglish : Language::kVietnamese;
}

void add_format_option(CLI::App& command, std::string& format, const std::string& csv) {
  command.add_option("--format", format, wrap("md: a Markdown report; csv: " + csv))
      ->check(CLI::IsMember({"md", "csv"}))
      ->capture_default_str();
}

RankOptions ranking_options(const RankingFlags& flags, const Inputs* inputs) {
  RankOptions options;
  options.ties = flags.ties == "dense"     ? TieRule::kDense
                 : flags.ties == "ordinal" ? TieRule::kOrdinal
                                           : TieRule::kCompetition;
  options.basis = flags.rank_on == "exact" ? RankBasis::kExact : RankBasis::kRounded;
  options.decimals = flags.decimals;
  if (inputs && inputs->method) options.headline = inputs->method->headline;
  if (!flags.headline.empty()) {
    options.headline = flags.headline == "points"  ? Headline::kPoints
                       : flags.headline == "score" ? Headline::kScore
                                                   : Headline::kIndex;
  }
  return options;
}

YearChoice year_choice(const std::string& year) {
  YearChoice choice;
  choice.text = year;
  if (year == "all") {
    choice.all = true;
  } else if (!year.empty()) {
    int value = 0;
    auto [stop, error] = std::from_chars(year.data(), year.data() + year.size(), value);
    if (error == std::errc() && stop == year.data() + year.size()) choice.year = value;
  }
  return choice;
}

void require_framework(const InputFiles& files) {
  if (files.framework.empty() && files.method.empty())
    throw UsageError(tr("--framework or --method is required"));
}

void check_rankings_or_scores(const CLI::App& command, bool from_files, const InputFiles& files,
                              const std::vector<const char*>& scores_only,
                              std::string_view files_wording, std::string_view neither) {
  const bool from_scores =
      !files.framework.empty() || !files.method.empty() || !files.scores.empty();
  if (from_files && from_scores)
    throw UsageError(tr("give {} or --framework and --scores, not both", files_wording));
  if (from_files) {
    for (const char* option : scores_only) {
      const CLI::Option* used = command.get_option_no_throw(option);
      if (used && used->count() > 0) {
        throw UsageError(
            tr("{} applies only when ranking from scores (--framework and --scores)", option));
      }
    }
  } else if (!from_scores) {
    throw UsageError(std::string(neither));
  } else if (files.framework.empty() && files.method.empty()) {
    throw UsageError(tr("--framework or --method is required with --scores"));
  } else if (files.scores.empty()) {
    throw UsageError(
        tr("--scores is required with {}", files.method.empty() ? "--framework" : "--method"));
  }
}

OutputSet output_folder(const std::string& folder) {
  return OutputSet(folder, [](const std::string& waited_for) {
    fmt::print(stderr, "chiso: {}\n",
               tr("waiting for another chiso run writing '{}' to finish", waited_for));
  });
}

CLI::Validator folder_given() {
  return CLI::Validator(
      [](std::string& folder) {
        return folder.empty() ? std::string(
                                    "the folder name is empty; give a folder, e.g. --out "
                                    "reports/2022 or --out .")
                              : std::string();
      },
      "");
}

void print_diagnostics(const Diagnostics& diagnostics) {
  fmt::print(stderr, "{}", format_diagnostics(diagnostics.all()));
}

}  // namespace chiso::cli
