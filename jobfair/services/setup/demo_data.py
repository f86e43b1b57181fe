"""The fixed catalogue of the demo fair: its employers and openings, and the name pools.

Kept apart from ``demo.py`` so the data can be read (and corrected) without the generator.
Company names are made up but built the way the region's firms are named (place names of
Yangju, Uijeongbu and Dongducheon); industries follow the region's mix: textiles and fashion
(KSIC C13, C14), other manufacturing, logistics (H), care (Q) and services (N, G).

Occupation codes are KECO 2018 middle groups (two digits; the first is the major group).
Industry codes are KSIC digits without the section letter (the section is its own field).
"""

from __future__ import annotations

from dataclasses import dataclass

from jobfair.domain.codes import EmploymentType

REGULAR = EmploymentType.REGULAR
CONTRACT = EmploymentType.CONTRACT
PART_TIME = EmploymentType.PART_TIME
DAILY = EmploymentType.DAILY


@dataclass(frozen=True)
class DemoOpening:
    title: str
    keco: str
    headcount: int
    employment_type: str
    wage: str
    qualifications: str = "무관"


@dataclass(frozen=True)
class DemoEmployer:
    """One participating employer. ``legal`` decides the business number's middle digits."""

    name: str
    legal: str  # corp | individual | nonprofit
    ksic_section: str
    ksic_code: str
    size: str  # small | medium
    city: str
    town: str
    road: str
    openings: tuple[DemoOpening, ...]


def _o(
    title: str, keco: str, headcount: int, kind: str, wage: str, qual: str = "무관"
) -> DemoOpening:
    return DemoOpening(title, keco, headcount, kind, wage, qual)


EMPLOYERS: tuple[DemoEmployer, ...] = (
    # Textiles and fashion (C13, C14)
    DemoEmployer("(주)은현니트", "corp", "C", "13300", "small", "양주시", "은현면", "화합로", (
        _o("환편기 조작원", "86", 4, REGULAR, "월 190만원", "경력자 우대"),
        _o("원단 검사·포장원", "89", 3, REGULAR, "월 165만원"),
    )),
    DemoEmployer("대경섬유(주)", "corp", "C", "13102", "medium", "양주시", "남면", "휴암로", (
        _o("방적 생산직(3교대)", "86", 5, REGULAR, "월 210만원", "교대근무 가능자"),
        _o("지게차 운전원", "62", 1, REGULAR, "월 220만원", "지게차운전기능사"),
    )),
    DemoEmployer("(주)보산염직", "corp", "C", "13402", "medium", "동두천시", "보산동", "평화로", (
        _o("염색기 조작원", "86", 5, REGULAR, "월 200만원"),
        _o("보일러 관리원", "85", 1, REGULAR, "월 230만원", "에너지관리기능사"),
    )),
    DemoEmployer("상패섬유가공", "individual", "C", "13409", "small", "동두천시", "상패동",
                 "상패로", (
        _o("섬유 가공 생산직", "86", 4, REGULAR, "월 180만원"),
    )),
    DemoEmployer("(주)광적텍스", "corp", "C", "13221", "small", "양주시", "광적면", "광적로", (
        _o("침구 봉제원", "86", 3, REGULAR, "월 170만원", "미싱 경력자 우대"),
        _o("재단원", "86", 2, REGULAR, "월 185만원"),
    )),
    DemoEmployer("(주)백석양말", "corp", "C", "14411", "small", "양주시", "백석읍", "꿈나무로", (
        _o("양말 편직기 조작원", "86", 3, REGULAR, "월 180만원"),
        _o("양말 검수·포장원", "89", 3, PART_TIME, "시급 6,000원", "주부 가능"),
    )),
    DemoEmployer("(주)덕계패션", "corp", "C", "14112", "small", "양주시", "덕계동", "평화로", (
        _o("여성복 재봉사", "86", 4, REGULAR, "월 200만원", "경력 2년 이상"),
        _o("패턴사", "86", 1, REGULAR, "월 250만원", "경력 5년 이상"),
        _o("생산관리 사무원", "02", 1, REGULAR, "월 180만원", "컴퓨터 활용 가능자"),
    )),
    DemoEmployer("(주)녹양어패럴", "corp", "C", "14111", "small", "의정부시", "녹양동", "녹양로", (
        _o("남성복 재봉사", "86", 4, REGULAR, "월 195만원"),
        _o("의류 품질검사원", "86", 2, CONTRACT, "월 170만원"),
    )),
    DemoEmployer("(주)송추니트웨어", "corp", "C", "14300", "small", "양주시", "장흥면", "권율로", (
        _o("니트 봉제원", "86", 4, REGULAR, "월 185만원"),
        _o("링킹기 조작원", "86", 2, REGULAR, "월 190만원"),
    )),
    DemoEmployer("(주)동광텍스타일", "corp", "C", "13401", "medium", "동두천시", "광암동",
                 "광암로", (
        _o("사염색 생산직", "86", 3, REGULAR, "월 200만원"),
        _o("상하차 보조원", "89", 2, DAILY, "일급 9만원"),
    )),
    # Other manufacturing (C)
    DemoEmployer("(주)삼숭정밀", "corp", "C", "29299", "medium", "양주시", "삼숭동", "삼숭로", (
        _o("CNC 선반 가공원", "81", 3, REGULAR, "월 230만원", "CNC 경력자 우대"),
        _o("용접원", "82", 2, REGULAR, "월 240만원", "용접기능사"),
    )),
    DemoEmployer("(주)옥정포장", "corp", "C", "17212", "small", "양주시", "옥정동", "옥정로", (
        _o("골판지 상자 생산직", "88", 4, REGULAR, "월 190만원"),
        _o("지게차 운전원", "62", 1, REGULAR, "월 210만원", "지게차운전기능사"),
    )),
    DemoEmployer("(주)천보식품", "corp", "C", "10712", "small", "양주시", "고읍동", "고읍로", (
        _o("떡 제조원", "87", 4, REGULAR, "월 175만원"),
        _o("식품 포장원", "89", 3, PART_TIME, "시급 6,000원"),
    )),
    DemoEmployer("가납플라텍", "individual", "C", "22299", "small", "양주시", "광적면",
                 "가납로", (
        _o("사출기 조작원(2교대)", "85", 4, REGULAR, "월 200만원", "교대근무 가능자"),
    )),
    DemoEmployer("(주)드림코스텍", "corp", "C", "20423", "small", "양주시", "마전동", "마전로", (
        _o("화장품 충전·포장원", "85", 4, CONTRACT, "월 165만원"),
        _o("품질관리원", "15", 1, REGULAR, "월 200만원", "화학 관련 전공자"),
    )),
    DemoEmployer("(주)동두천메탈", "corp", "C", "25112", "medium", "동두천시", "상패동",
                 "강변로", (
        _o("판금·용접원", "82", 3, REGULAR, "월 235만원", "용접 경력자 우대"),
        _o("도장원", "82", 1, REGULAR, "월 220만원"),
    )),
    DemoEmployer("(주)세진전기", "corp", "C", "28122", "small", "의정부시", "용현동", "용민로", (
        _o("배전반 조립원", "83", 3, REGULAR, "월 210만원", "전기기능사 우대"),
        _o("전기 검사원", "83", 1, REGULAR, "월 220만원"),
    )),
    DemoEmployer("(주)장흥가구", "corp", "C", "32029", "small", "양주시", "장흥면", "일영로", (
        _o("목공원", "88", 2, REGULAR, "월 220만원"),
        _o("가구 배송·설치기사", "62", 1, REGULAR, "월 230만원", "1종 보통 운전면허"),
    )),
    # Logistics (H)
    DemoEmployer("양주로지스(주)", "corp", "H", "52101", "medium", "양주시", "백석읍",
                 "부흥로", (
        _o("물류 상하차원", "89", 5, CONTRACT, "월 200만원"),
        _o("입출고 관리 사무원", "02", 1, REGULAR, "월 190만원"),
        _o("지게차 운전원", "62", 2, REGULAR, "월 220만원", "지게차운전기능사"),
    )),
    DemoEmployer("(주)한길택배 의정부지점", "corp", "H", "49401", "medium", "의정부시",
                 "고산동", "산단로", (
        _o("택배 배송기사", "62", 5, CONTRACT, "월 250만원", "1종 보통 운전면허"),
        _o("택배 분류원", "89", 3, PART_TIME, "시급 6,500원"),
    )),
    DemoEmployer("(주)평화운수", "corp", "H", "49211", "medium", "동두천시", "생연동",
                 "중앙로", (
        _o("시내버스 운전기사", "62", 4, REGULAR, "월 280만원",
           "1종 대형 운전면허, 버스운전자격"),
    )),
    DemoEmployer("(주)덕정종합물류", "corp", "H", "49301", "small", "양주시", "덕정동",
                 "덕정길", (
        _o("화물차 운전기사", "62", 3, REGULAR, "월 260만원", "1종 대형 운전면허, 화물운송자격"),
        _o("배차 사무원", "02", 1, REGULAR, "월 180만원"),
    )),
    # Care (Q)
    DemoEmployer("사랑채요양원", "individual", "Q", "87111", "small", "양주시", "유양동",
                 "유양로", (
        _o("요양보호사", "55", 5, REGULAR, "월 165만원", "요양보호사 자격증"),
        _o("사회복지사", "23", 1, REGULAR, "월 180만원", "사회복지사 2급 이상"),
        _o("조리원", "53", 1, PART_TIME, "시급 6,000원", "조리사 자격증 우대"),
    )),
    DemoEmployer("의료법인 가능요양병원", "nonprofit", "Q", "86105", "medium", "의정부시",
                 "가능동", "평화로", (
        _o("간호조무사", "30", 3, REGULAR, "월 180만원", "간호조무사 자격증"),
        _o("간병인", "55", 4, CONTRACT, "월 170만원"),
    )),
    DemoEmployer("늘봄재가복지센터", "individual", "Q", "8729", "small", "동두천시", "지행동",
                 "지행로", (
        _o("방문 요양보호사", "55", 5, PART_TIME, "시급 7,500원", "요양보호사 자격증"),
    )),
    DemoEmployer("새봄주간보호센터", "individual", "Q", "8729", "small", "의정부시", "신곡동",
                 "추동로", (
        _o("요양보호사", "55", 2, REGULAR, "월 160만원", "요양보호사 자격증"),
        _o("차량 운전원", "62", 1, PART_TIME, "시급 7,000원", "1종 보통 운전면허"),
    )),
    # Services (N, G)
    DemoEmployer("(주)한결시설관리", "corp", "N", "74211", "medium", "의정부시", "의정부동",
                 "시민로", (
        _o("건물 미화원", "56", 4, REGULAR, "월 140만원"),
        _o("아파트 경비원", "54", 3, REGULAR, "월 150만원"),
    )),
    DemoEmployer("(주)북부유통 양주점", "corp", "G", "47121", "medium", "양주시", "옥정동",
                 "옥정로", (
        _o("계산원", "61", 3, PART_TIME, "시급 6,000원"),
        _o("진열·판매원", "61", 2, REGULAR, "월 170만원"),
    )),
)

# What seekers write as their desired job, by KECO middle group.
DESIRED_JOBS: dict[str, str] = {
    "02": "사무직",
    "15": "품질관리",
    "23": "사회복지",
    "30": "간호조무사",
    "53": "조리·주방",
    "54": "경비",
    "55": "요양보호사",
    "56": "미화·청소",
    "61": "판매·계산",
    "62": "운전·배송",
    "81": "기계 가공",
    "82": "용접·판금",
    "83": "전기·전자 조립",
    "85": "사출·화학 생산",
    "86": "섬유·봉제",
    "87": "식품 생산",
    "88": "목공·포장재 생산",
    "89": "생산·포장",
}

# Relative preference for each desired occupation: (men, women).
DESIRED_WEIGHTS: dict[str, tuple[float, float]] = {
    "02": (6, 10), "15": (2, 1), "23": (1, 3), "30": (0.3, 3), "53": (1, 5), "54": (7, 0.5),
    "55": (1, 12), "56": (3, 7), "61": (3, 7), "62": (14, 2), "81": (7, 0.5), "82": (6, 0.3),
    "83": (5, 2), "85": (4, 3), "86": (6, 12), "87": (2, 5), "88": (3, 0.5), "89": (12, 12),
}

# Surnames with their share of the population in per mille (2015 census, rounded).
SURNAMES: tuple[tuple[str, float], ...] = (
    ("김", 215), ("이", 147), ("박", 84), ("최", 47), ("정", 43), ("강", 23), ("조", 21),
    ("윤", 21), ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 15),
    ("권", 14), ("황", 14), ("안", 14), ("송", 13), ("전", 11), ("홍", 11), ("유", 11),
    ("고", 9), ("문", 9), ("양", 9), ("손", 9), ("배", 8), ("백", 8), ("허", 6), ("노", 6),
    ("남", 5), ("심", 5), ("하", 4), ("곽", 4), ("성", 4), ("차", 4), ("주", 4), ("우", 4),
    ("구", 4), ("민", 3), ("나", 3), ("진", 3), ("지", 3), ("엄", 3), ("채", 2), ("원", 2),
    ("천", 2), ("방", 2), ("공", 2), ("현", 2), ("함", 2), ("변", 2), ("염", 2), ("여", 2),
)

# Given names by sex and by the decade a person was born in (older, middle, younger).
GIVEN_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("M", "older"): (
        "영수", "영호", "영철", "정수", "상철", "광수", "종수", "병철", "성수", "춘식",
        "기철", "만수", "용수", "재철", "동수", "명수", "영식", "정호", "경수", "태식",
    ),
    ("M", "middle"): (
        "성호", "성민", "정훈", "상훈", "지훈", "재훈", "동현", "준호", "성진", "민수",
        "승현", "영민", "현우", "진우", "경민", "상우", "재현", "종현", "대성", "기현",
    ),
    ("M", "younger"): (
        "민준", "지훈", "현우", "준혁", "성민", "동현", "민재", "승민", "지호", "우진",
        "건우", "태현", "준영", "상민", "재원", "도현", "민석", "현준", "진혁", "태윤",
    ),
    ("F", "older"): (
        "영자", "순자", "정순", "영숙", "정자", "말순", "옥순", "명숙", "경자", "춘자",
        "순희", "영희", "정희", "미자", "경숙", "혜숙", "현숙", "순옥", "금순", "복순",
    ),
    ("F", "middle"): (
        "미경", "미영", "은정", "은주", "지영", "현정", "수진", "선영", "정은", "미숙",
        "경희", "은경", "미정", "혜진", "정미", "윤정", "소영", "지현", "선희", "은영",
    ),
    ("F", "younger"): (
        "지은", "수빈", "민지", "지혜", "유진", "은비", "수연", "예진", "하은", "지원",
        "혜린", "서연", "다은", "보람", "소희", "가영", "미래", "슬기", "나래", "아름",
    ),
}

CONTACT_TITLES = ("과장", "대리", "팀장", "실장", "부장", "주임")

# Where the seekers live (시·군), with weights: the three host cities and their neighbours.
RESIDENCES: tuple[tuple[str, float], ...] = (
    ("양주시", 45), ("의정부시", 28), ("동두천시", 17), ("포천시", 5), ("연천군", 2),
    ("남양주시", 1.2), ("파주시", 0.8), ("서울특별시", 1),
)

# Share of seekers by age band (age = 2015 - birth year), inclusive bounds.
AGE_BANDS: tuple[tuple[int, int, float], ...] = (
    (19, 29, 18), (30, 39, 15), (40, 49, 20), (50, 59, 27), (60, 70, 20),
)

# Share of arrivals per half hour from 10:00 (the morning is busiest).
ARRIVALS_PER_HALF_HOUR: tuple[float, ...] = (18, 17, 14, 11, 7, 6, 8, 7, 5, 4, 2, 1)
