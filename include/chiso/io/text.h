// Text rules for names and headers typed by people: Unicode normalisation, trimming, keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chiso {

/// `text` without surrounding spaces and tabs.
std::string_view trim(std::string_view text);

/// A unit or group name as compared and printed: trimmed, in Unicode NFC, inner runs of
/// spaces collapsed to one. "Sở Nội vụ" typed composed or decomposed gives the same bytes.
/// White space of every kind (NBSP, tab, CR, LF, the Unicode spaces) counts as a space.
std::string normalise_name(std::string_view text);

/// The key units are matched on: normalise_name's text, case-folded (Unicode full case
/// folding, Vietnamese included). "Sở Tư pháp", "SỞ TƯ PHÁP" and " sở  tư\u00A0pháp\r" give
/// the same key; diacritics still count ("Sở Tư pháp" and "So Tu phap" differ).
std::string unit_key(std::string_view text);

/// A loose key for matching headers and names: NFC, lowercase, Vietnamese diacritics removed
/// (đ becomes d), spaces collapsed. "Đơn vị", "ĐƠN VỊ" and "don vi" give the same key.
std::string loose_key(std::string_view text);

/// The 1-based position of the first byte that is not valid UTF-8, if any.
std::optional<size_t> invalid_utf8_at(std::string_view text);

}  // namespace chiso
