// The flags the subcommands share, spelt and explained the same in each, and what they ask for.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/io/inputs.h"
#include "chiso/io/output_set.h"
#include "chiso/io/report_writer.h"
#include "chiso/rank.h"

namespace chiso::cli {

/// Adds --method, --framework, --scores, --units, --bands, --previous, --excluded, --renames,
/// --missing, --strict, --delimiter, --encoding, --column, --not-applicable and --no-thousands
/// to `command`.
void add_input_options(CLI::App& command, InputFiles& files);

/// The flags that say how to rank, spelt and explained the same in every command that ranks.
struct RankingFlags {
  int decimals = 2;
  std::string ties = "competition";
  std::string rank_on = "rounded";
  std::string headline;  // empty: the method's, else index
};

/// Adds --decimals, --ties, --rank-on and (with `with_headline`) --headline to `command`.
void add_ranking_options(CLI::App& command, RankingFlags& flags, bool with_headline);

/// The rank options the flags ask for; the headline defaults to the method's of `inputs`
/// (null when ranking files are compared, not scores).
RankOptions ranking_options(const RankingFlags& flags, const Inputs* inputs);

/// What --year asks for ("" = the latest, "all" = every year, or a year).
YearChoice year_choice(const std::string& year);

/// Adds --lang vi|en (default vi), "Language of <what>".
void add_lang_option(CLI::App& command, std::string& lang, const std::string& what);

/// Adds --lang vi|en, the language of messages only, to a command that writes no report
/// (check, methods); main reads it before parsing.
void add_message_lang_option(CLI::App& command);

/// The language --lang names.
Language language_of(const std::string& lang);

/// Adds --format md|csv (default md): "md: a Markdown report; csv: <csv>".
void add_format_option(CLI::App& command, std::string& format, const std::string& csv);

/// Throws UsageError unless `files` name a framework or a method (rank, check, explain).
void require_framework(const InputFiles& files);

/// The usage rules of a command that compares either ranking files or years ranked from scores
/// (compare, history): not both, not neither (`neither`: what to say then), a framework and
/// scores together, and none of `scores_only` (flags that apply to scores alone) with files.
/// `files_wording` names the files, as in "give <files_wording> or --framework and --scores,
/// not both". Throws UsageError.
void check_rankings_or_scores(const CLI::App& command, bool from_files, const InputFiles& files,
                              const std::vector<const char*>& scores_only,
                              std::string_view files_wording, std::string_view neither);

/// `text` with line breaks between words so that no line passes `width` characters, for help
/// texts (CLI11 indents the lines after a break).
std::string wrap(std::string_view text, size_t width = 68);

/// The folder of --out as one run's set of files (OutputSet): a second run on the same folder
/// waits for the first, and says so on stderr.
OutputSet output_folder(const std::string& folder);

/// The check of --out DIR: an empty folder name is a usage error that shows how to give one.
CLI::Validator folder_given();

/// Prints each diagnostic to stderr in the GNU form.
void print_diagnostics(const Diagnostics& diagnostics);

}  // namespace chiso::cli
