#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "chiso/diagnostic_format.h"
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
      command.add_option("--method", files.method,
                         wrap("A built-in method ('chiso methods' lists them) or a method folder, instead of "
                              "--framework and --bands"))
          ->type_name("NAME|DIR");
  command.add_option("--framework", files.framework,
                     wrap("The criteria tree: a CSV with columns id,parent,name,max and optionally owner, "
                          "weight, combine, normalise, direction, low, high, aliases. Required unless --method"))
      ->type_name("FILE")
      ->excludes(method);
  command.add_option("--scores", files.scores,
                     wrap("Points per unit and leaf criterion: long (unit,year,criterion,score) or wide "
                     "(unit,year,<leaf ids>...). Repeat for several files. Write YEAR=FILE for a file "
                     "without a year column, e.g. 2022=scores-2022.csv"))
      ->required()
      ->type_name("[YEAR=]FILE")
      ->take_all();
  command.add_option("--units", files.units,
                     wrap("Groups to rank units in: a CSV with columns unit,group. Default: all units form one group"))
      ->type_name("FILE");
  command.add_option("--bands", files.bands,
                     wrap("Band thresholds: a CSV with columns group,label,min (empty group = every group; min "
                     "inclusive). Default: no bands"))
      ->type_name("FILE");
  command.add_option("--previous", files.previous,
                     wrap("Last year's ranking to compare with (chiso's ranking.csv or a table with at least "
                     "unit,rank). Default: the latest earlier year in the scores"))
      ->type_name("FILE");
  command.add_option("--excluded", files.excluded,
                     wrap("Units left out of the ranking: a CSV with columns unit and optionally year (empty = "
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
  command.add_option("--delimiter", files.delimiter,
                     wrap("Field separator of the input files: ',' ';' or 'tab'. Default: detected from each header"))
      ->type_name("SEP")
      ->check(CLI::IsMember({",", ";", "tab"}).description(""));
  command
      .add_option(
          "--not-applicable", files.not_applicable,
          wrap("Another spelling of 'n/a' in the scores, such as '-', 'x' or 'KĐG' (any case, with "
               "or "
               "without diacritics). Repeat for several. Default: only 'n/a'; the spellings clerks "
               "use are refused with a hint"))
      ->type_name("TEXT")
      ->allow_extra_args(false);
  command.add_flag(
      "--no-thousands", files.no_thousands,
      wrap("The input files have no thousands separators: read 1.234 in a ;- or "
           "tab-separated file (and \"1,234\" quoted in a ,-separated one) as a decimal "
           "number. Default: such a number is refused, since Excel's #,##0 writes 1234 so"));
}

void add_ranking_options(CLI::App& command, RankingFlags& flags, bool with_headline) {
  command.add_option("--decimals", flags.decimals,
                     wrap("Decimals of points and indices in the outputs, and of the index ranked on"))
      ->check(CLI::Range(0, 6).description(""))
      ->type_name("N")
      ->capture_default_str();
  command.add_option("--ties", flags.ties,
                     wrap("How equal indices share ranks: competition (1,2,2,4), dense (1,2,2,3) or ordinal "
                          "(1,2,3,4, ties in name order)"))
      ->check(CLI::IsMember({"competition", "dense", "ordinal"}))
      ->capture_default_str();
  command.add_option("--rank-on", flags.rank_on,
                     wrap("Rank on the index as published (rounded to --decimals) or on the exact index"))
      ->check(CLI::IsMember({"rounded", "exact"}))
      ->capture_default_str();
  if (!with_headline) return;
  command.add_option("--headline", flags.headline,
                     wrap("The figure the report publishes: index (%), points (on the framework's scale, as "
                          "PAPI's 8-80) or score (the index on 100, as PCI). Units are always ranked on the index. "
                          "Default: the method's, else index"))
      ->check(CLI::IsMember({"index", "points", "score"}).description(""))
      ->type_name("index|points|score");
}

void add_lang_option(CLI::App& command, std::string& lang, const std::string& what) {
  command.add_option("--lang", lang, wrap("Language of " + what + ": vi or en"))
      ->check(CLI::IsMember({"vi", "en"}))
      ->capture_default_str();
}

Language language_of(const std::string& lang) { return lang == "en" ? Language::kEnglish : Language::kVietnamese; }

void add_format_option(CLI::App& command, std::string& format, const std::string& csv) {
  command.add_option("--format", format, wrap("md: a Markdown report; csv: " + csv))
      ->check(CLI::IsMember({"md", "csv"}))
      ->capture_default_str();
}

RankOptions ranking_options(const RankingFlags& flags, const Inputs* inputs) {
  RankOptions options;
  options.ties = flags.ties == "dense" ? TieRule::kDense : flags.ties == "ordinal" ? TieRule::kOrdinal : TieRule::kCompetition;
  options.basis = flags.rank_on == "exact" ? RankBasis::kExact : RankBasis::kRounded;
  options.decimals = flags.decimals;
  if (inputs && inputs->method) options.headline = inputs->method->headline;
  if (!flags.headline.empty()) {
    options.headline = flags.headline == "points" ? Headline::kPoints
                       : flags.headline == "score" ? Headline::kScore
                                                   : Headline::kIndex;
  }
  return options;
}

namespace {

// Runs one file's reader; a syntax error stops that file only, so that the other files are
// still read and every problem is reported in one run.
template <typename Read>
bool read_file(Diagnostics& diagnostics, Read read) {
  try {
    read();
    return true;
  } catch (const InputError& e) {
    diagnostics.append(e.diagnostics());
    return false;
  }
}

}  // namespace

MissingScores missing_scores(const InputFiles& files) {
  return files.missing == "zero" ? MissingScores::kZero : MissingScores::kError;
}

Inputs read_inputs(const InputFiles& files, Diagnostics& diagnostics, bool sums_will_do) {
  diagnostics.set_strict(files.strict);
  ReadOptions options;
  if (!files.delimiter.empty()) options.delimiter = files.delimiter == "tab" ? '\t' : files.delimiter[0];
  options.not_applicable = files.not_applicable;
  options.no_thousands = files.no_thousands;
  Inputs inputs;
  if (files.framework.empty() && files.method.empty()) throw UsageError("--framework or --method is required");
  std::string framework_path = files.framework;
  std::string bands_path = files.bands;
  if (!files.method.empty()) {
    inputs.method = find_method(files.method);
    framework_path = inputs.method->framework_path();
    if (inputs.method->has_bands()) bands_path = inputs.method->bands_path();
  }
  const int errors_before = diagnostics.error_count();
  read_file(diagnostics, [&] { inputs.framework = read_framework(framework_path, options, diagnostics); });
  const bool has_framework = diagnostics.error_count() == errors_before;
  if (has_framework) {
    std::optional<SummedScores> summed;
    if (sums_will_do && files.scores.size() == 1) {
      summed = read_scores_summed(parse_scores_source(files.scores.front()), inputs.framework, options, diagnostics);
    }
    if (summed) {
      inputs.scores = std::move(summed->table);
      inputs.sums = std::move(summed->sums);
    } else {
      inputs.scores = ScoreTable(static_cast<int>(inputs.framework.leaves().size()));
      for (const std::string& argument : files.scores) {
        read_file(diagnostics, [&] {
          read_scores(parse_scores_source(argument), inputs.framework, inputs.scores, options, diagnostics);
        });
      }
    }
  }
  if (!files.units.empty()) {
    read_file(diagnostics, [&] { inputs.groups = read_units(files.units, options, diagnostics); });
    inputs.has_units = true;
  }
  if (!bands_path.empty()) {
    read_file(diagnostics, [&] { inputs.bands = read_bands(bands_path, options, diagnostics); });
  }
  if (!files.excluded.empty()) {
    read_file(diagnostics, [&] { inputs.excluded = read_exclusions(files.excluded, options, diagnostics); });
  }
  if (!files.previous.empty()) {
    read_file(diagnostics, [&] { inputs.previous = read_previous(files.previous, options, diagnostics); });
    inputs.has_previous = true;
    inputs.previous_file = files.previous;
  }
  // (A units file that could not be read has no groups to check against.)
  if (!inputs.bands.empty() && (files.units.empty() || !inputs.groups.order.empty())) {
    check_band_groups(inputs.bands, inputs.groups.order, files.units, diagnostics);
  }
  if (!files.renames.empty()) {
    read_file(diagnostics,
              [&] { inputs.renames = read_renames(files.renames, options, diagnostics); });
  }
  if (!has_framework || diagnostics.has_errors()) return inputs;

  // Scores added up as they were read had nothing for check_scores to report.
  if (!inputs.sums)
    check_scores(inputs.framework, inputs.scores, diagnostics, missing_scores(files));
  match_units(inputs, files, diagnostics);
  return inputs;
}

namespace {

// The years to rank: --year Y, --year all, or by default the latest year in the scores.
std::vector<int> years_to_rank(const std::string& requested, const std::vector<int>& present) {
  if (present.empty()) throw InputError({}, "the scores files have no rows");
  if (requested.empty()) return {present.back()};
  if (requested == "all") return present;
  int year = 0;
  auto [stop, error] = std::from_chars(requested.data(), requested.data() + requested.size(), year);
  bool is_present = std::find(present.begin(), present.end(), year) != present.end();
  if (error != std::errc() || stop != requested.data() + requested.size() || !is_present) {
    throw InputError({}, fmt::format("year '{}' is not in the scores, which have {}", requested,
                                     fmt::join(present, ", ")));
  }
  return {year};
}

// The previous ranking file's rows for `year`: those of its latest year before `year` when the
// file has a year column, else all of them.
EarlierRanking previous_for(const std::vector<PreviousRow>& rows, int year, const std::string& file) {
  std::optional<int> chosen;
  for (const PreviousRow& row : rows) {
    if (row.year && *row.year < year && (!chosen || *row.year > *chosen)) chosen = row.year;
  }
  std::vector<PreviousStanding> standings;
  for (const PreviousRow& row : rows) {
    if (!row.year || row.year == chosen) standings.push_back(row.standing);
  }
  if (standings.empty()) {
    throw InputError({file, 0, 0}, fmt::format("has no year before {} to compare with", year));
  }
  return {standings, chosen};
}

// The years of the scores, each aggregated when asked for, or taken from the results added
// up while reading.
ScoredYears scored_years_of(const Inputs& inputs) {
  if (!inputs.sums) return scored_years(inputs.framework, inputs.scores);
  return {&inputs.scores.units(), inputs.scores.years(), [&inputs](int year) {
            std::vector<UnitResult> of_year;
            const std::vector<UnitYear>& rows = inputs.scores.rows();
            for (size_t row = 0; row < rows.size(); ++row) {
              if (rows[row].year == year) of_year.push_back(inputs.sums->result(inputs.scores, static_cast<int>(row)));
            }
            return of_year;
          }};
}

}  // namespace

std::vector<LeagueTable> rank_inputs(const Inputs& inputs, const std::string& year, const RankOptions& options,
                                     Diagnostics& diagnostics) {
  std::vector<LeagueTable> tables;
  rank_inputs_each(inputs, year, options, diagnostics, [&](LeagueTable table) { tables.push_back(std::move(table)); });
  return tables;
}

void rank_inputs_each(const Inputs& inputs, const std::string& year, const RankOptions& options,
                      Diagnostics& diagnostics, const std::function<void(LeagueTable)>& each) {
  try {
    const ScoredYears scored = scored_years_of(inputs);
    std::vector<int> years = years_to_rank(year, scored.years);
    std::optional<EarlierRanking> earlier;
    if (inputs.has_previous) earlier = previous_for(inputs.previous, years.front(), inputs.previous_file);
    rank_years_each(
        scored, years, inputs.groups, inputs.bands, options, earlier, inputs.excluded,
        [&](LeagueTable table) {
          check_bands(table, inputs.bands, diagnostics);
          warn_gone(table, inputs, diagnostics);
          each(std::move(table));
        },
        inputs.renames);
  } catch (const InputError& e) {
    diagnostics.append(e.diagnostics());
  }
}

void print_diagnostics(const Diagnostics& diagnostics) {
  fmt::print(stderr, "{}", format_diagnostics(diagnostics.all()));
}

}  // namespace chiso::cli
