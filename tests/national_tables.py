#!/usr/bin/env python3
"""Writes the synthetic national tables of data-samples/national/ (chiso scorecard).

Every value and rank is made up, except the figures of the seed articles that the tables are
built to reproduce (Cao Bằng 2020: PAR INDEX 81.07 %, 56/63, up 2 places from 2019; PAPI
43.37/80, 19/63, Trung bình cao, down 4 places; Đắk Nông 2022: PAR INDEX 37/63, up 4; SIPAS
31/63, up 16; PCI 38/63, up 2.92 points and 14 places). Deterministic: run it again and the
files come out the same byte for byte.

    python3 tests/national_tables.py data-samples/national
"""
import os
import random
import sys

PROVINCES = [
    "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên",
    "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh",
    "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
    "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
    "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi",
    "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai",
    "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai",
    "Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang",
    "Sóc Trăng", "Bạc Liêu", "Cà Mau",
]

# The 34 provinces of 1 July 2025 (Resolution 202/2025/QH15) and those each was formed from.
MERGED_2025 = {
    "Tuyên Quang": ["Hà Giang", "Tuyên Quang"], "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Bắc Kạn", "Thái Nguyên"], "Phú Thọ": ["Vĩnh Phúc", "Phú Thọ", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Giang", "Bắc Ninh"], "Hưng Yên": ["Thái Bình", "Hưng Yên"],
    "Hải Phòng": ["Hải Dương", "Hải Phòng"], "Ninh Bình": ["Hà Nam", "Ninh Bình", "Nam Định"],
    "Quảng Trị": ["Quảng Bình", "Quảng Trị"], "Đà Nẵng": ["Quảng Nam", "Đà Nẵng"],
    "Quảng Ngãi": ["Kon Tum", "Quảng Ngãi"], "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Ninh Thuận", "Khánh Hòa"],
    "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"], "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
    "Thành phố Hồ Chí Minh": ["Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"], "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Bến Tre", "Vĩnh Long", "Trà Vinh"], "Đồng Tháp": ["Tiền Giang", "Đồng Tháp"],
    "Cà Mau": ["Bạc Liêu", "Cà Mau"], "An Giang": ["An Giang", "Kiên Giang"],
}
UNCHANGED_2025 = ["Hà Nội", "Thừa Thiên Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
                  "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"]
PROVINCES_2025 = sorted(MERGED_2025) + UNCHANGED_2025


def table(seed, units, fixed, high, low):
    """Each unit's (value, rank): strictly decreasing values from `high` to `low`, the units of
    `fixed` ({unit: (value, rank)}) at their rank with their value, the others shuffled."""
    rng = random.Random(seed)
    n = len(units)
    anchors = {0: high, n + 1: low}
    for value, rank in fixed.values():
        anchors[rank] = value
    positions = sorted(anchors)
    values = {}
    for left, right in zip(positions, positions[1:]):
        for position in range(left + 1, right):
            share = (position - left) / (right - left)
            step = (anchors[left] - anchors[right]) / (right - left)
            jitter = rng.uniform(-0.3, 0.3) * step
            values[position] = round(anchors[left] - share * (anchors[left] - anchors[right]) +
                                     jitter, 2)
    for value, rank in fixed.values():
        values[rank] = value
    ordered = [values[p] for p in range(1, n + 1)]
    assert all(a > b for a, b in zip(ordered, ordered[1:])), (seed, ordered)
    others = [u for u in units if u not in fixed]
    rng.shuffle(others)
    result = {}
    free = [p for p in range(1, n + 1) if p not in {r for _, r in fixed.values()}]
    for unit, position in zip(others, free):
        result[unit] = (values[position], position)
    for unit, (value, rank) in fixed.items():
        result[unit] = (value, rank)
    return result


def group(value):
    return "A" if value >= 90 else "B" if value >= 80 else "C"


def number(value, comma=False):
    text = f"{value:.2f}"
    return text.replace(".", ",") if comma else text


def write(folder, name, header, rows):
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as out:
        out.write(header + "\n")
        for row in rows:
            out.write(row + "\n")


def by_rank(result):
    return sorted(result.items(), key=lambda item: (item[1][1], item[0]))


def main(folder):
    par = {
        2019: table(2019, PROVINCES, {"Cao Bằng": (79.12, 58), "Đắk Nông": (80.15, 52)}, 90.5, 74.0),
        2020: table(2020, PROVINCES, {"Cao Bằng": (81.07, 56), "Đắk Nông": (82.36, 49)}, 91.5, 76.0),
        2021: table(2021, PROVINCES, {"Đắk Nông": (83.20, 41), "Cao Bằng": (81.55, 55)}, 91.8, 77.0),
        2022: table(2022, PROVINCES, {"Đắk Nông": (85.13, 37), "Cao Bằng": (83.01, 52)}, 92.9, 78.6),
        2024: table(2024, PROVINCES, {"Lâm Đồng": (89.21, 25), "Đắk Nông": (88.36, 31),
                                      "Bình Thuận": (87.12, 44), "Cao Bằng": (86.40, 50)},
                    93.5, 83.0),
    }
    par_2025 = table(2025, PROVINCES_2025, {"Lâm Đồng": (90.12, 12), "Cao Bằng": (88.02, 28)},
                     94.0, 85.0)
    # PAR INDEX 2019 and 2021 as published: rank only.
    for year in (2019, 2021):
        write(folder, f"par-index-{year}.csv", "Địa phương,Xếp hạng",
              [f"{unit},{rank}" for unit, (_, rank) in by_rank(par[year])])
    # 2020: index and rank, the decimal comma and ';' of a Vietnamese spreadsheet.
    write(folder, "par-index-2020.csv", "Địa phương;Chỉ số (%);Xếp hạng",
          [f"{unit};{number(value, True)};{rank}" for unit, (value, rank) in by_rank(par[2020])])
    # 2022 and 2024: index, rank and the national group (A ≥ 90 %, B 80–<90 %, C 70–<80 %).
    for year in (2022, 2024):
        write(folder, f"par-index-{year}.csv", "Địa phương,Chỉ số (%),Xếp hạng,Nhóm",
              [f"{unit},{number(value)},{rank},{group(value)}"
               for unit, (value, rank) in by_rank(par[year])])
    write(folder, "par-index-2025.csv", "Địa phương,Chỉ số (%),Xếp hạng,Nhóm",
          [f"{unit},{number(value)},{rank},{group(value)}"
           for unit, (value, rank) in by_rank(par_2025)])
    write(folder, "renames-2025.csv", "old,new,year",
          [f"{old},{new},2025" for new in sorted(MERGED_2025) for old in MERGED_2025[new]])

    # SIPAS as published: year and rank.
    sipas = {
        2021: table(121, PROVINCES, {"Đắk Nông": (80.10, 47), "Cao Bằng": (79.00, 53)}, 90.0, 74.0),
        2022: table(122, PROVINCES, {"Đắk Nông": (82.30, 31), "Cao Bằng": (80.20, 50)}, 89.0, 75.0),
    }
    write(folder, "sipas.csv", "Năm,Tỉnh,Xếp hạng",
          [f"{year},{unit},{rank}" for year in sorted(sipas)
           for unit, (_, rank) in by_rank(sipas[year])])

    # PAPI (points on 80) and PCI (points on 100) in one long table.
    papi = {
        2019: table(219, PROVINCES, {"Cao Bằng": (44.39, 15), "Đắk Nông": (40.12, 50)}, 48.5, 36.0),
        2020: table(220, PROVINCES, {"Cao Bằng": (43.37, 19), "Đắk Nông": (41.02, 45)}, 48.9, 37.0),
    }
    pci = {
        2021: table(321, PROVINCES, {"Đắk Nông": (59.21, 52), "Cao Bằng": (58.40, 58)}, 70.5, 55.0),
        2022: table(322, PROVINCES, {"Đắk Nông": (62.13, 38), "Cao Bằng": (60.02, 55)}, 70.8, 56.0),
    }
    rows = []
    for name, tables in (("PAPI", papi), ("PCI", pci)):
        for year in sorted(tables):
            rows += [f"{name},{year},{unit},{number(value)},{rank}"
                     for unit, (value, rank) in by_rank(tables[year])]
    write(folder, "national.csv", "index_name,year,unit,value,rank", rows)

    # PCI 2022 with Đắk Nông's published rank two places above what its value gives.
    write(folder, "pci-2022-rank-disagrees.csv", "unit,value,rank",
          [f"{unit},{number(value)},{36 if unit == 'Đắk Nông' else rank}"
           for unit, (value, rank) in by_rank(pci[2022])])


if __name__ == "__main__":
    main(sys.argv[1])
