"""Regression tests for a review of the flows beyond the Party's inspections and of what was
added within what stands (helper probes, review 41): each text below once gave a false subset
warning (a later stage of another body, year or clause; supervisions read as inspections;
counts carried over; a target or a need read as added; a narrower standing count; a quarter of
another year or a plan), or a planted error the category pairing had lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snippets import snippet_alarms as _alarms

NO_FLOW_HERE = [
    pytest.param(
        "Năm 2023, tỉnh Hà Nam có thêm 12 xã đạt chuẩn NTM nâng cao. Hiện huyện Lý Nhân có 8 xã đạt chuẩn NTM nâng "
        "cao.",
        id="D18",
    ),
    pytest.param(
        "Năm 2023 có thêm 20 thôn, bản được công nhận đạt chuẩn NTM. Đến nay, huyện Mường Lát có 12 thôn, bản đạt "
        "chuẩn NTM kiểu mẫu.",
        id="D25",
    ),
    pytest.param(
        "Thanh tra tỉnh triển khai 8 cuộc thanh tra; Thanh tra các sở, ngành đã kết thúc 11 cuộc thanh tra "
        "chuyên ngành.",
        id="A11",
    ),
    pytest.param(
        "Thanh tra tỉnh Long An đã triển khai 7 cuộc thanh tra. Hiện Thanh tra các sở, ngành đã kết thúc 12 "
        "cuộc thanh tra chuyên ngành.",
        id="A12",
    ),
    pytest.param(
        "Thanh tra tỉnh tiến hành 6 cuộc thanh tra; thanh tra các sở, ngành tiến hành 25 cuộc; thanh tra cấp "
        "huyện tiến hành 14 cuộc. Đến nay đã kết thúc 40 cuộc, ban hành kết luận 36 cuộc.",
        id="A13",
    ),
    pytest.param(
        "Năm 2023, Thanh tra tỉnh Gia Lai triển khai 10 cuộc thanh tra. Đã ban hành kết luận 14 cuộc, trong "
        "đó có 5 cuộc thuộc kế hoạch năm 2022.",
        id="A16",
    ),
    pytest.param(
        "Thanh tra huyện Tuy Phước đã tiến hành 4 cuộc thanh tra; ban hành kết luận 6 cuộc, trong đó 2 cuộc "
        "tồn năm trước.",
        id="A17",
    ),
    pytest.param(
        "Thanh tra tỉnh Yên Bái đã tiến hành 3 cuộc thanh tra, 5 cuộc kiểm tra; đã kết thúc 7 cuộc.",
        id="A18",
    ),
    pytest.param(
        "Trong năm, Đoàn đại biểu Quốc hội tỉnh đã tiến hành 4 cuộc giám sát chuyên đề; Thanh tra tỉnh đã "
        "kết thúc 6 cuộc thanh tra.",
        id="A19",
    ),
    pytest.param(
        "Năm 2023, Thanh tra tỉnh Sóc Trăng triển khai 16 cuộc thanh tra. Đến nay, lũy kế từ năm 2021 đã ban "
        "hành kết luận 47 cuộc.",
        id="A20",
    ),
    pytest.param(
        "Năm 2024, Thanh tra tỉnh triển khai 9 cuộc thanh tra. Đã ban hành kết luận 12 cuộc thanh tra triển "
        "khai từ năm 2023.",
        id="A21",
    ),
    pytest.param(
        "Năm 2023, Thanh tra tỉnh Lâm Đồng triển khai 10 cuộc thanh tra; đang tiến hành 3 cuộc, đã kết thúc "
        "7 cuộc, ban hành kết luận 6 cuộc.",
        id="A22",
    ),
    pytest.param(
        "Thanh tra tỉnh Đắk Nông đã triển khai 12 cuộc thanh tra; đã kết thúc 8 cuộc, chưa kết thúc 4 cuộc.",
        id="A23",
    ),
    pytest.param(
        "Thanh tra tỉnh Cà Mau tiến hành 5 cuộc thanh tra. Hiện còn 7 cuộc đã kết thúc thanh tra trực tiếp "
        "nhưng chưa ban hành kết luận.",
        id="A25",
    ),
    pytest.param(
        "Ủy ban kiểm tra Huyện ủy đã thực hiện 6 cuộc giám sát chuyên đề. Kết quả, kết luận 8 cuộc kiểm tra "
        "đảng viên khi có dấu hiệu vi phạm.",
        id="A27",
    ),
    pytest.param(
        "Trong tháng 9, Công an tỉnh đã cấp 12.500 tài khoản định danh điện tử mức độ 2. Lũy kế đến nay đã "
        "kích hoạt 420.000 tài khoản.",
        id="B05",
    ),
    pytest.param(
        "Năm 2022, thành phố đã cấp 150.000 tài khoản định danh điện tử. Năm 2023, có 210.000 tài khoản được "
        "kích hoạt.",
        id="B08",
    ),
    pytest.param(
        "Trong tháng 10, thu nhận hồ sơ cấp căn cước cho 8.540 trường hợp; hướng dẫn kích hoạt tài khoản "
        "định danh điện tử cho 12.300 trường hợp.",
        id="B09",
    ),
    pytest.param(
        "Năm 2023, Đoàn Thanh niên các cấp giới thiệu 1.150 đoàn viên ưu tú cho Đảng. Toàn Đảng bộ tỉnh đã "
        "kết nạp vào Đảng 2.340 người.",
        id="C05",
    ),
    pytest.param(
        "Năm 2022, Tỉnh Đoàn giới thiệu 150 đoàn viên ưu tú cho Đảng; năm 2023 có 180 đoàn viên được kết nạp Đảng.",
        id="C06",
    ),
    pytest.param(
        "Huyện Đoàn giới thiệu cho Đảng 112 đoàn viên ưu tú; phối hợp giới thiệu việc làm cho 35 đoàn viên; "
        "trong năm có 98 đoàn viên được kết nạp Đảng.",
        id="C07",
    ),
    pytest.param(
        "Huyện Đoàn giới thiệu 45 đoàn viên ưu tú cho Đảng; phối hợp mở lớp bồi dưỡng đối tượng kết nạp Đảng "
        "cho 60 đoàn viên.",
        id="C09",
    ),
    pytest.param(
        "Đảng ủy xã đã kết nạp 15 đảng viên mới. Đoàn xã giới thiệu 9 đoàn viên ưu tú cho Đảng; hiện 12 đoàn "
        "viên đang chờ kết nạp Đảng.",
        id="C10",
    ),
    pytest.param(
        "Năm 2024, tỉnh phấn đấu có thêm 30 xã đạt chuẩn nông thôn mới nâng cao. Hiện nay toàn tỉnh có 21 xã "
        "đạt chuẩn nông thôn mới nâng cao.",
        id="D10",
    ),
    pytest.param(
        "Để đáp ứng định mức, ngành giáo dục cần tuyển thêm 1.250 giáo viên. Hiện toàn tỉnh còn thiếu 980 giáo viên.",
        id="D11",
    ),
    pytest.param(
        "Trong tháng 3, Bộ phận một cửa tiếp nhận thêm 1.610 hồ sơ. Hiện nay đang giải quyết 1.154 hồ sơ.",
        id="D12",
    ),
    pytest.param(
        "Năm 2023, huyện Diễn Châu có thêm 12 xã đạt chuẩn NTM. Hiện toàn huyện có 5 xã đạt chuẩn NTM kiểu mẫu.",
        id="D13",
    ),
    pytest.param(
        "Năm 2023 có thêm 12 xã đạt chuẩn NTM nâng cao, 2 xã đạt chuẩn NTM kiểu mẫu. Hiện toàn tỉnh có 5 xã "
        "đạt chuẩn NTM kiểu mẫu, 40 xã đạt chuẩn NTM nâng cao.",
        id="D14",
    ),
    pytest.param(
        "Năm 2023 có thêm 15 xã đạt chuẩn NTM. Hiện toàn tỉnh có 9 xã đạt dưới 15 tiêu chí.",
        id="D17",
    ),
    pytest.param(
        "Trong năm có thêm 3 cụm công nghiệp đi vào hoạt động. Hiện tỉnh có 2 cụm công nghiệp đã được phê "
        "duyệt quy hoạch nhưng chưa đầu tư hạ tầng.",
        id="D22",
    ),
    pytest.param(
        "Quý IV/2023 dự kiến thu 3.200 tỷ đồng. Lũy kế 9 tháng đã thu 2.800 tỷ đồng.",
        id="E04",
    ),
    pytest.param(
        "Từ quý II/2022 đến nay, tỉnh đã thu hút 25 dự án đầu tư. Tính chung 9 tháng năm 2023 thu hút 12 dự án.",
        id="E05",
    ),
    pytest.param(
        "Quý IV/2022 toàn tỉnh cấp mới 15 dự án; lũy kế 9 tháng năm 2023 cấp mới 12 dự án.",
        id="E06",
    ),
    pytest.param(
        "Kế hoạch vốn quý III là 560 tỷ đồng; lũy kế 9 tháng giải ngân 420 tỷ đồng.",
        id="E08",
    ),
    pytest.param(
        "Tháng 10 dự kiến thu 3.200 tỷ đồng. Lũy kế 9 tháng đã thu 2.800 tỷ đồng.",
        id="G01",
    ),
    pytest.param(
        "Kế hoạch vốn tháng 9 là 560 tỷ đồng; lũy kế 9 tháng giải ngân 420 tỷ đồng.",
        id="G03",
    ),
]


@pytest.mark.parametrize("text", NO_FLOW_HERE)
def test_regression_review41_no_subset_warning(tmp_path: Path, text: str) -> None:
    assert [a for a in _alarms(tmp_path, text) if a[0] == "subset"] == []


PLANTED = [
    pytest.param(
        "Trong tháng 10, toàn Đảng bộ kết nạp 8 đảng viên; lũy kế 10 tháng được 5 đảng viên.",
        id="G04bad",
    ),
    pytest.param(
        "Trong tháng 6, Ủy ban kiểm tra các cấp thi hành kỷ luật 23 đảng viên; lũy kế từ đầu năm có 17 đảng "
        "viên bị xử lý.",
        id="G05bad",
    ),
    pytest.param(
        "Trong tháng 6, phát triển thêm 1.235 người tham gia BHXH tự nguyện; lũy kế từ đầu năm phát triển "
        "được 1.056 người.",
        id="D06bad",
    ),
    pytest.param(
        "Năm 2023, các cấp bộ Đoàn tỉnh Hà Giang đã giới thiệu 1.245 đoàn viên ưu tú cho Đảng xem xét kết "
        "nạp; có 1.287 đoàn viên được kết nạp vào Đảng.",
        id="C01bad",
    ),
    pytest.param(
        "Hội Liên hiệp Phụ nữ tỉnh giới thiệu 215 hội viên ưu tú cho Đảng; 230 hội viên được kết nạp Đảng.",
        id="C03bad",
    ),
]


@pytest.mark.parametrize("text", PLANTED)
def test_regression_review41_planted_error_is_a_warning(tmp_path: Path, text: str) -> None:
    assert ("subset", "warning") in _alarms(tmp_path, text)
