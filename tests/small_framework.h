// The small framework file the reader tests read: three leaves under two fields.
#pragma once

namespace chiso::testing {

// Leaves 1.1 (max 2.5), 1.2 (max 3.5) and 2.1 (max 4) under fields 1 and 2.
inline const char* const kFramework =
    "id,parent,name,max\n"
    "1,,\"Chỉ đạo, điều hành\",\n"
    "1.1,1,Kế hoạch,2.5\n"
    "1.2,1,Báo cáo,3.5\n"
    "2,,Thể chế,\n"
    "2.1,2,Văn bản,4\n";

}  // namespace chiso::testing
