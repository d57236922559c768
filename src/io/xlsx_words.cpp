#include "io/xlsx_words.h"

namespace chiso {
namespace {

const WorkbookWords kVietnamese{
    .number = "STT",
    .year_group = "{year} {group}",
    .chart_title = "{index} - {group}",
    .lost_sheet = "Điểm bị mất",
    .fields_sheet = "Lĩnh vực",
    .year = "Năm",
    .group = "Nhóm",
    .level = "Cấp",
    .id = "Mã",
    .name = "Tên",
    .owner = "Cơ quan chủ trì",
    .points_lost = "Điểm bị mất",
    .units_losing = "Số đơn vị bị mất điểm",
    .units = "Số đơn vị",
    .share_losing = "Tỷ lệ đơn vị bị mất điểm (%)",
    .achievement = "Mức đạt (%)",
    .contribution = "Đóng góp vào thay đổi chỉ số bình quân",
    .field_id = "Mã lĩnh vực",
    .field_name = "Lĩnh vực",
    .page = "Trang &P/&N",
    .too_many_fields = "Hơn 100.000 dòng, quá nhiều cho bảng tính này: xem tệp fields.csv.",
    .too_many_losses = "Hơn 100.000 dòng, quá nhiều cho bảng tính này: xem tệp lost-points.csv.",
};

const WorkbookWords kEnglish{
    .number = "No.",
    .year_group = "{year} {group}",
    .chart_title = "{index} - {group}",
    .lost_sheet = "Lost points",
    .fields_sheet = "Fields",
    .year = "Year",
    .group = "Group",
    .level = "Level",
    .id = "Id",
    .name = "Name",
    .owner = "Owner",
    .points_lost = "Points lost",
    .units_losing = "Units losing points",
    .units = "Units",
    .share_losing = "Share of units losing points (%)",
    .achievement = "Achievement (%)",
    .contribution = "Contribution to the mean index change",
    .field_id = "Field",
    .field_name = "Field name",
    .page = "Page &P of &N",
    .too_many_fields = "More than 100,000 rows, too many for this workbook: see fields.csv.",
    .too_many_losses = "More than 100,000 rows, too many for this workbook: see lost-points.csv.",
};

}  // namespace

const WorkbookWords& workbook_words(Language language) {
  return language == Language::kVietnamese ? kVietnamese : kEnglish;
}

}  // namespace chiso
