"""Numbers that are not figures, in the words of published report prose: time stamps, dates
without a year, batches and ordinals.  Each case also has a figure that must stay one."""

from __future__ import annotations

import pytest

from extractor.text.values import find_quantities

CASES = [
    ("Cập nhật lúc 08:33, Thứ Hai, 01/01/2018 (GMT+7) kết nạp 12 đảng viên", ["12"]),
    ("Sáng 17.6, Đảng bộ kết nạp 15 đảng viên", ["15"]),
    ("chiều 16-9, khai mạc hội nghị với 120 đại biểu", ["120"]),
    ("ngày 2/9 tổ chức kết nạp 20 đảng viên", ["20"]),
    ("Đợt 2.9 kết nạp 12 đảng viên", ["12"]),
    ("đợt 3 có 40 quần chúng", ["40"]),
    ("nhiệm kỳ thứ 3 có 45 chi bộ", ["45"]),
    ("mùa đông thứ 2 liên tiếp hỗ trợ 300 hộ", ["300"]),
    ("tỉnh xếp thứ 3/63 tỉnh, thành phố", ["3"]),  # a rank
    ("đứng thứ 2 toàn quốc", ["2"]),
    ("từ 16 - 19 đảng viên mỗi chi bộ", ["16", "19"]),
    ("có 100 sản phẩm OCOP, trong đó có 1 sản phẩm 5 sao, 27 sản phẩm 4 sao", ["100", "1", "27"]),  # stars rate
    ("khách sạn 3 sao và 12 cơ sở lưu trú", ["12"]),
    # numbers that name a unit: an electoral unit, neighbourhood groups, a hamlet
    ("Đơn vị bầu cử số 2 gồm 3 xã, số đại biểu được bầu 05 đại biểu", ["3", "05"]),
    ("còn 03 tổ dân phố gồm: Tổ dân phố 55,56 và 57; chi bộ quản lý 31 đảng viên", ["03", "31"]),
    ("lãnh đạo 4 tổ dân phố gồm: tổ 15,16 và 20, 21 và quản lý 26 đảng viên", ["4", "26"]),
    ("xóm 3 có 120 hộ", ["120"]),
    ("105.882 người nghèo thuộc xã vùng 2 biên giới, khu vực 3 và tiểu khu 4; có 3 vùng nguyên liệu", ["105.882", "3"]),
    ("chi bộ nông thôn 120 chi bộ, chi bộ đô thị 80 chi bộ", ["120", "80"]),  # "nông thôn" names no hamlet
    ("giao cho Quân đội 5.350 công dân và giao cho Công an 745 công dân", ["5.350", "745"]),
    ("thành lập 15 tổ tự quản và 4 xóm", ["15", "4"]),
    # review: only local units list numbers with "và"; an electoral unit is a name only with "số"
    ("gồm: 26 trường đạt chuẩn mức độ 1 và 12 trường đạt chuẩn mức độ 2", ["26", "12"]),
    ("Cụm thi đua 1 gồm có lãnh đạo Hội Khuyến học 5 phường; Khối thi đua số 3 có 12 đơn vị", ["5", "12"]),
    # an office or a cluster by its number, capitalised; not the city of Hải Phòng, nor persons counted
    ("Kiểm sát viên Phòng 3, Phòng 7 và 12 cán bộ dự họp; Cụm 2 có 5 xã", ["12", "5"]),
    ("thành phố Hải Phòng 20 tỷ đồng; cán bộ phòng 3 người; cụm 4 trường", ["20", "3", "4"]),
    ("Toàn tỉnh có 32 cụm công nghiệp, trong đó Cụm 12 cụm đã đi vào hoạt động", ["32", "12"]),
    # at a sentence's start the capital says nothing: a noun after the number is counted
    ("Cụm 4 trường đạt chuẩn quốc gia. Cụm 3 khu công nghiệp được mở rộng.", ["4", "3"]),
    # a level of a scale is no count; an amount at a rate, a multiple and a percentage are figures
    ("0 tiêu chí mức 1; 01 tiêu chí mức 2 chiếm 1.2%; 34 tiêu chí mức 3", ["0", "01", "1.2", "34"]),
    ("hỗ trợ mức 5 triệu đồng/hộ, mức 2 lần lương cơ sở, tăng ở mức 5%", ["5", "2", "5"]),
    ("Hội nghị lần thứ 8 và 13 hội nghị thường kỳ", ["13"]),
    ("tổng số đơn vị bầu cử 12 đơn vị, số đại biểu được bầu 35 đại biểu", ["12", "35"]),
    # an age after "tuổi" (it was read as a part of the 109 registered); not "trẻ tuổi 2" nor a count with its noun
    ("đăng ký 109 thanh niên lứa tổi 17. Kết quả có 109/109 thanh niên tuổi 17 đạt 100%", ["109", "109/109", "100"]),
    ("có 2 nữ; dân tộc thiểu số 1; trẻ tuổi 2", ["2", "1", "2"]),
    ("ứng cử viên dưới 40 tuổi 24 người chiếm 47,06%", ["24", "47,06"]),  # an age band's edge is no figure
    ("từ 30 đến dưới 45 tuổi 110 người, từ 45 tuổi trở lên 65 người", ["110", "65"]),
    ("rộng 9.068,73 km 2 và mật độ 51,86 người/km 2 , gồm 20 dân tộc; 2 tầng", ["9.068,73", "51,86", "20", "2"]),
    # round 29 (held out): a spaced dash in a disease's name, two grades with a comma, a numbered
    # hospital (its body abbreviated or named between), and "đồng thời" after it is no money
    ("phòng, chống dịch COVID – 19 và Covid - 19 tại 14 xã", ["14"]),
    ("30 đội viên của 10 Chi đội khối 4,5 và 51 học sinh lớp 7,8 thi vượt cấp; lớp 9, 12 em", ["30", "10", "51", "12"]),
    ("Bệnh viện TWQĐ 108 đồng thời; Bệnh viện 175 và Bệnh viện Quân y 103 có 12 khoa", ["12"]),
    ("Bệnh viện 550 giường; bệnh viện 30 người; Bệnh viện 12 tỷ đồng", ["550", "30", "12"]),
    # review: a hospital's name ends before what it counts; two grades are no amount at a rate
    ("Bệnh viện 20 khoa, phòng; Bệnh viện 30 bác sĩ; Bệnh viện 108 tổ chức khám cho 200 người", ["20", "30", "200"]),
    # the number ending an organisation's name, before what it does; not a count after a place's name
    ("Chi bộ Truyền tải điện miền Đông 2 được thành lập gồm 21 đảng viên", ["21"]),
    ("CĐCS Trường TH Thị trấn Phong Điền 1 tổ chức Đại hội, có 38 đoàn viên", ["38"]),
    ("Công ty Sông Đà 5 có 120 lao động", ["120"]),
    ("Kết nạp đảng viên: Đảng bộ xã An Phú 12, Đảng bộ xã Bình Lợi 19", ["12", "19"]),
    ("Đảng bộ xã Tân An 120 đảng viên", ["120"]),
    # (review) counts of a list, each unit's with no noun, after a cue or beside another; a counted
    # "tổ chức"; "Trường hợp", "Trường Sa" are no school
    ("Kết nạp 47 đảng viên, trong đó Đảng bộ xã An Phú 12 đã đạt chỉ tiêu", ["47", "12"]),
    ("Chi bộ Thôn Đông 2 đã bị khiển trách, Chi bộ Thôn Tây 3 đã bị cảnh cáo", ["2", "3"]),
    ("Đảng bộ Công an Tỉnh 32 tổ chức cơ sở đảng", ["32"]),
    ("Trường hợp Ông B 3 đã bị xử lý; huyện đảo Trường Sa 12 có hộ dân", ["3", "12"]),
    ("Trường THCS Lê Lợi 2 có 450 học sinh", ["450"]),
    ("Hỗ trợ mỗi lớp 2,5 triệu đồng; Khối 4,5 triệu đồng; lớp 10,11 có 300 em", ["2,5", "4,5", "300"]),
    # numbers inside names and fixed phrases; the second date of a range; a glued area unit counts
    # a campaign's name in quotation marks; a quotation that goes on keeps its figures
    ("Cuộc vận động xây dựng gia đình “5 không, 3 sạch” thu hút 1.200 hội viên", ["1.200"]),
    ("Kế hoạch thực hiện “3 công khai, 4 kiểm tra” tại 12 trường", ["12"]),
    ('phong trào "4 an toàn" ở 5 xã; “3 xây, 3 chống” tại 14 chi bộ', ["5", "14"]),
    ("“12 đảng viên được kết nạp trong năm” và “Bình quân phát triển 2.000 đảng viên”", ["12", "2.000"]),
    # review: figures between two names in straight quotes, an amount in quotes, stay figures
    ('số xã đạt chuẩn "nông thôn mới" 18 xã và 5 xã đạt "nông thôn mới nâng cao"', ["18", "5"]),
    ('mô hình "Dân vận khéo" 35 mô hình và 12 mô hình "Cơ quan văn hóa"', ["35", "12"]),
    ("thu nhập bình quân đạt “60 triệu đồng”, hiện đạt 52 triệu đồng", ["60", "52"]),
    ("dịch Covid 19 diễn biến phức tạp, có 3 ca mắc", ["3"]),
    ("Chương trình Mỗi xã 1 sản phẩm có 12 sản phẩm đạt 3 sao trở lên", ["12"]),
    ("vì 1 số doanh nghiệp ngừng hoạt động, giảm 52 lao động", ["52"]),
    ("Ở bảng 1 tổng đàn gia cầm là 409 nghìn con", ["409"]),
    ("kỷ niệm 90 năm ngày thành lập Đảng (3/2/1930-3/2/2020), kết nạp 35 đảng viên", ["35"]),
    ("toàn tỉnh đã trồng được 68.358ha rừng tập trung", ["68.358"]),
    # an ordinal before a comma; a day.month after "hôm qua" and a pair of days; a historical
    # date; a list of years before "năm"; a grade; a child's age; a team's number
    ("Đây là nhiệm kỳ thứ 3, huyện có 83 chi bộ", ["83"]),
    ("Hôm qua 12.5, UBND tỉnh khen thưởng 46 tập thể", ["46"]),
    ("Trong 2 ngày 10 và 11.7, HĐND huyện thông qua 12 nghị quyết", ["12"]),
    ("kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2015), tặng 155 đảng viên", ["155"]),
    ("trao Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng cho 19 đảng viên", ["19"]),
    # ages listed or turned qualify who is counted; an average or an extreme age stays a figure
    ("mừng thọ cho 142 người cao tuổi tròn 70, 75, 80, 90, 100 và trên 100 tuổi", ["142"]),
    ("lễ trao huy hiệu 50, 40, 30 tuổi Đảng cho 52 đồng chí", ["52"]),
    ("mừng thọ 14 cụ tròn 70 tuổi", ["14"]),
    ("tuổi bình quân là 50,05 tuổi, thấp nhất lần lượt là 47,5 tuổi và 48,44 tuổi", ["50,05", "47,5", "48,44"]),
    ("99,2% học sinh vào lớp 1; có 1.417 lớp học", ["99,2", "1.417"]),
    ("huy động 42.030 trẻ 5 tuổi đến trường", ["42.030"]),
    ("Đoàn kiểm tra số 2 làm việc với 14 đơn vị", ["14"]),
    ("kết nạp 30, 40 đảng viên", ["30", "40"]),
    # a room's, school's number; a month.year; a holiday's day and month (not a ratio 62/77)
    ("tại phòng họp số 01, Đảng ủy có 7 đồng chí", ["7"]),
    ("Chi bộ trường TH số 2 Văn Lăng có 20 đảng viên", ["20"]),
    ("từ tháng 1.2014 đến tháng 12.2016, toàn tỉnh tiếp nhận 45 đơn", ["45"]),
    ("kỷ niệm 80 năm Quốc khánh 2/9 cho 12 đảng viên", ["12"]),
    ("Nhân dịp này, 62/77 đồng chí được khen", ["62/77"]),
    # a kindergarten's class by its age group; the Young Pioneers' five teachings (round 23)
    ("Giáo viên chủ nhiệm lớp lớn 4 được kết nạp; lớp chồi 3 có 25 cháu; trường có 5 lớp mầm", ["25", "5"]),
    ("Khối 6 : 137 HS; khối 10 có 347 học sinh; toàn trường có 3 khối 12 lớp", ["137", "347", "3", "12"]),
    ("thực hiện tốt 5 điều Bác Hồ dạy, có 300 đại biểu; 5 điều kiện được bảo đảm", ["300", "5"]),
    ("làm theo 05 điều Bác Hồ dạy và 5 điều Bác dạy, 120 đội viên", ["120"]),
]


@pytest.mark.parametrize(("text", "figures"), CASES, ids=[c[0][:30] for c in CASES])
def test_only_figures_are_figures(text: str, figures: list[str]) -> None:
    assert [text[q.number_start : q.number_end] for q in find_quantities(text)] == figures
