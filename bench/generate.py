#!/usr/bin/env python3
"""Writes a synthetic framework and its scores, in the long and the wide layout, for the benchmark.

Usage: bench/generate.py SIZE OUTDIR   (SIZE: small, medium or large)

OUTDIR gets framework.csv (id,parent,name,max: 10 fields, each of a tenth of the leaf criteria, as
a national framework), scores-long.csv (unit,year,criterion,score) and
scores-wide.csv (unit,year,<leaf ids>). The same SIZE always gives the same bytes: every random
choice comes from a generator seeded with the size's name. Unit names are Vietnamese (NFC UTF-8),
unique, and some hold a comma and are therefore quoted. Scores have at most 2 decimals; some units
copy another's scores for a year, so that exact ties occur. Every cell is present (no n/a).
"""

import csv
import os
import random
import sys
import unicodedata

SIZES = {
    "small": (63, 40, 2),
    "medium": (1_000, 100, 5),
    "large": (10_000, 100, 10),
}
LAST_YEAR = 2024

FIELDS = [
    "Công tác chỉ đạo, điều hành cải cách hành chính",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính nhà nước",
    "Cải cách chế độ công vụ",
    "Cải cách tài chính công",
    "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
    "Hiện đại hóa nền hành chính",
    "Công tác kiểm tra, giám sát cải cách hành chính",
    "Tác động của cải cách hành chính đến người dân, tổ chức",
]
TOPICS = [
    "Ban hành kế hoạch", "Mức độ hoàn thành kế hoạch", "Công tác thông tin, tuyên truyền",
    "Chế độ báo cáo định kỳ", "Tự kiểm tra và khắc phục tồn tại", "Rà soát, hệ thống hóa văn bản",
    "Theo dõi thi hành pháp luật", "Công khai thủ tục hành chính", "Tỷ lệ hồ sơ giải quyết đúng hạn",
    "Tiếp nhận, xử lý phản ánh, kiến nghị", "Sắp xếp tổ chức bộ máy", "Quản lý biên chế",
    "Tuyển dụng, sử dụng công chức", "Đánh giá, xếp loại công chức", "Kỷ luật, kỷ cương hành chính",
    "Quản lý, sử dụng tài sản công", "Thực hiện cơ chế tự chủ", "Giải ngân vốn đầu tư công",
    "Dịch vụ công trực tuyến", "Số hóa hồ sơ, kết quả giải quyết", "Kết nối, chia sẻ dữ liệu",
]
PLACES = [
    "An Bình", "An Hòa", "An Khánh", "An Lạc", "An Nhơn", "An Phú", "An Thạnh", "An Thới",
    "Bình An", "Bình Chánh", "Bình Hòa", "Bình Minh", "Bình Thạnh", "Bình Trị", "Cẩm Bình",
    "Cẩm Thành", "Châu Đức", "Đại Đồng", "Đại Phong", "Đông Hưng", "Đông Sơn", "Đồng Tâm",
    "Đức Hòa", "Đức Long", "Đức Thắng", "Ea Kar", "Ea Tu", "Gia Lộc", "Hải Châu", "Hiệp Hòa",
    "Hòa Bình", "Hòa Hiệp", "Hòa Khánh", "Hòa Lạc", "Hòa Thuận", "Hồng Phong", "Hợp Thành",
    "Hưng Đạo", "Hưng Long", "Hương Sơn", "Kim Liên", "Kim Sơn", "Lạc Long", "Liên Hiệp",
    "Long Hải", "Long Phước", "Long Thạnh", "Mỹ An", "Mỹ Hòa", "Mỹ Lộc", "Mỹ Phước", "Nam Sơn",
    "Nghĩa Hưng", "Ngọc Lâm", "Nhơn Trạch", "Phong Phú", "Phú Hòa", "Phú Lộc", "Phú Mỹ",
    "Phú Thịnh", "Phúc Thành", "Phước Hưng", "Quang Trung", "Quảng Phú", "Quế Sơn", "Quyết Thắng",
    "Sơn Hà", "Sơn Tây", "Sơn Thủy", "Tam Hiệp", "Tam Kỳ", "Tân An", "Tân Bình", "Tân Hiệp",
    "Tân Lập", "Tân Phú", "Tân Thành", "Thạch Hà", "Thanh Bình", "Thanh Sơn", "Thạnh Phú",
    "Thiện Tân", "Thịnh Lang", "Thống Nhất", "Thuận An", "Thủy An", "Tiên Phong", "Tiến Thành",
    "Trà Vinh", "Trung Hòa", "Trường Xuân", "Tứ Hạ", "Văn Lang", "Vĩnh Hòa", "Vĩnh Lợi",
    "Vĩnh Phúc", "Vĩnh Thạnh", "Xuân Hòa", "Xuân Lộc", "Xuân Sơn", "Yên Bình", "Yên Hưng",
    "Yên Thế", "Ân Đức", "Ô Môn", "Ứng Hòa", "Ỷ La", "Ý Yên",
]
DISTRICTS = [
    "huyện Sông Xanh", "huyện Núi Thành", "huyện Đồng Xuân", "huyện Ba Vì", "huyện Cần Giuộc",
    "huyện Chư Sê", "huyện Đắk Mil", "huyện Hàm Thuận", "huyện Krông Pắc", "huyện Lục Ngạn",
    "huyện Mường Tè", "huyện Phù Cát", "huyện Quỳnh Lưu", "huyện Tuy Phước", "huyện Yên Mỹ",
    "thị xã Điện Bàn", "thị xã Hương Trà", "thị xã Kinh Môn", "thị xã Ninh Hòa", "thị xã Sơn Tây",
    "thành phố Biên Hòa", "thành phố Hải Nam", "thành phố Quy Nhơn", "thành phố Thủ Đức",
    "thành phố Vĩnh Yên", "huyện Ân Thi", "huyện Ứng Hòa", "huyện Ea Súp", "huyện Bắc Quang",
    "huyện Tiên Yên", "huyện Đông Anh", "huyện Gò Công Tây", "huyện Hòa Vang", "huyện Kỳ Anh",
    "huyện Lệ Thủy", "huyện Mộc Châu", "huyện Nghĩa Đàn", "huyện Phong Điền", "huyện Quế Võ",
    "huyện Thạch Thất",
]
KINDS = ["xã", "phường", "thị trấn"]


def nfc(text):
    return unicodedata.normalize("NFC", text)


def framework(rng, leaves):
    """Rows of the framework, and the leaves as (id, max in hundredths)."""
    counts = [leaves // len(FIELDS) + (f < leaves % len(FIELDS)) for f in range(len(FIELDS))]
    maxima = [rng.choice(range(50, 201, 25)) for _ in range(leaves)]
    # A total that is a multiple of 16 points makes some indices exact decimal halves (87.825),
    # so that the rounding of halves away from zero is exercised.
    target = max(1600, round(sum(maxima) / 1600) * 1600)
    while sum(maxima) != target:
        step = 25 if sum(maxima) < target else -25
        i = rng.randrange(leaves)
        if 50 <= maxima[i] + step <= 200:
            maxima[i] += step
    rows, leaf_list, k = [], [], 0
    for f, count in enumerate(counts, start=1):
        rows.append((str(f), "", FIELDS[f - 1], ""))
        for c in range(1, count + 1):
            leaf_id = f"{f}.{c}"
            name = f"{rng.choice(TOPICS)} ({leaf_id})"
            rows.append((leaf_id, str(f), name, hundredths_text(maxima[k])))
            leaf_list.append((leaf_id, maxima[k]))
            k += 1
    return rows, leaf_list


def unit_names(rng, count):
    names, seen = [], set()
    while len(names) < count:
        place, kind, district = rng.choice(PLACES), rng.choice(KINDS), rng.choice(DISTRICTS)
        style = rng.random()
        if style < 0.6:
            name = f"UBND {kind} {place}, {district}"
        elif style < 0.8:
            name = f"{kind.capitalize()} {place} ({district})"
        else:
            name = f"{kind.capitalize()} {place} - {district.split(' ', 1)[1]}"
        name = nfc(name)
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def hundredths_text(value):
    """'1.5' for 150, '2' for 200, '0.75' for 75: at most 2 decimals, as spreadsheets export."""
    whole, cents = divmod(value, 100)
    if cents == 0:
        return str(whole)
    return f"{whole}.{cents:02d}".rstrip("0")


def quoted(field):
    if any(c in field for c in ',"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def scores(rng, units, leaves, years):
    """{year: [per unit: [hundredths per leaf]]}, with some units copying another's year."""
    quality = [rng.uniform(0.55, 0.97) for _ in range(units)]
    table = {}
    for year in years:
        rows = []
        for u in range(units):
            quality[u] = min(0.99, max(0.4, quality[u] + rng.uniform(-0.04, 0.04)))
            row = []
            for _, maximum in leaves:
                share = min(1.0, max(0.0, rng.gauss(quality[u], 0.12)))
                if rng.random() < 0.5:  # half the scores in quarter points, as assessors often give
                    value = round(maximum * share / 25) * 25
                else:
                    value = round(maximum * share)
                row.append(min(maximum, value))
            rows.append(row)
        for u in range(units):
            if rng.random() < 0.03:  # an exact tie with another unit
                rows[u] = list(rows[rng.randrange(units)])
        table[year] = rows
    return table


def main(argv):
    if len(argv) != 3 or argv[1] not in SIZES:
        sys.stderr.write("usage: generate.py small|medium|large OUTDIR\n")
        return 2
    size, outdir = argv[1], argv[2]
    units, leaves_count, year_count = SIZES[size]
    rng = random.Random(f"chiso-bench-{size}")
    rows, leaves = framework(rng, leaves_count)
    names = unit_names(rng, units)
    years = list(range(LAST_YEAR - year_count + 1, LAST_YEAR + 1))
    table = scores(rng, units, leaves, years)
    os.makedirs(outdir, exist_ok=True)

    with open(os.path.join(outdir, "framework.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "parent", "name", "max"])
        writer.writerows(rows)

    score_text = [hundredths_text(v) for v in range(max(m for _, m in leaves) + 1)]
    cells = [quoted(name) for name in names]
    leaf_ids = [leaf_id for leaf_id, _ in leaves]
    long_path = os.path.join(outdir, "scores-long.csv")
    wide_path = os.path.join(outdir, "scores-wide.csv")
    with open(long_path + ".part", "w", encoding="utf-8", newline="") as long_out, \
            open(wide_path + ".part", "w", encoding="utf-8", newline="") as wide_out:
        long_out.write("unit,year,criterion,score\n")
        wide_out.write("unit,year," + ",".join(leaf_ids) + "\n")
        for year in years:
            for u, row in enumerate(table[year]):
                prefix = f"{cells[u]},{year},"
                long_out.write("".join(f"{prefix}{leaf_id},{score_text[v]}\n" for leaf_id, v in zip(leaf_ids, row)))
                wide_out.write(prefix + ",".join(score_text[v] for v in row) + "\n")
    os.replace(long_path + ".part", long_path)
    os.replace(wide_path + ".part", wide_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
