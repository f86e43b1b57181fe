"""The classification codes the centres use, with their names in both languages.

Stored values are codes ("hired", "3", "C"). What a person reads is an English label marked for
translation (context ``codes``): the Korean translation of a KECO group or a KSIC section is its
official Korean name, kept below as ``KECO_MAJOR`` and ``KSIC_SECTIONS`` (the test suite holds
the two equal), which also read the names a spreadsheet may hold instead of the code.
"""

from __future__ import annotations

from enum import StrEnum

from jobfair.domain.i18n import QT_TRANSLATE_NOOP


class Outcome(StrEnum):
    """What a booth decided about a seeker. ``None`` on an interview means not decided yet."""

    HIRED = "hired"  # 현장채용
    SECOND = "second"  # 2차면접
    PENDING = "pending"  # 채용예정/검토
    REJECTED = "rejected"  # 불합격


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.HIRED: QT_TRANSLATE_NOOP("codes", "Hired on the spot"),
    Outcome.SECOND: QT_TRANSLATE_NOOP("codes", "Second interview"),
    Outcome.PENDING: QT_TRANSLATE_NOOP("codes", "Pending"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("codes", "Not hired"),
}


class Channel(StrEnum):
    """How a seeker came to be registered."""

    PRE_REGISTERED = "pre_registered"
    WALK_IN = "walk_in"


class StationKind(StrEnum):
    DESK = "desk"
    BOOTH = "booth"
    ORGANIZER = "organizer"


class EmploymentType(StrEnum):
    REGULAR = "regular"  # 정규직
    CONTRACT = "contract"  # 계약직
    PART_TIME = "part_time"  # 시간제
    DAILY = "daily"  # 일용직


EMPLOYMENT_TYPE_LABELS: dict[EmploymentType, str] = {
    EmploymentType.REGULAR: QT_TRANSLATE_NOOP("codes", "Permanent"),
    EmploymentType.CONTRACT: QT_TRANSLATE_NOOP("codes", "Fixed-term"),
    EmploymentType.PART_TIME: QT_TRANSLATE_NOOP("codes", "Part-time"),
    EmploymentType.DAILY: QT_TRANSLATE_NOOP("codes", "Daily"),
}

CODES_CONTEXT = "codes"


class EmployerSize(StrEnum):
    """An employer's size class as the centres' reports break it down (중소기업기본법)."""

    SMALL = "small"  # 소기업
    MEDIUM = "medium"  # 중기업
    MIDSIZE = "midsize"  # 중견기업
    LARGE = "large"  # 대기업


EMPLOYER_SIZE_LABELS: dict[str, str] = {
    EmployerSize.SMALL: QT_TRANSLATE_NOOP("codes", "Small enterprise"),
    EmployerSize.MEDIUM: QT_TRANSLATE_NOOP("codes", "Medium-sized enterprise"),
    EmployerSize.MIDSIZE: QT_TRANSLATE_NOOP("codes", "Mid-tier enterprise"),
    EmployerSize.LARGE: QT_TRANSLATE_NOOP("codes", "Large enterprise"),
}

# KECO 2018 (한국고용직업분류) major groups: official Korean names.
KECO_MAJOR: dict[str, str] = {
    "0": "경영·사무·금융·보험직",
    "1": "연구직 및 공학기술직",
    "2": "교육·법률·사회복지·경찰·소방직 및 군인",
    "3": "보건·의료직",
    "4": "예술·디자인·방송·스포츠직",
    "5": "미용·여행·숙박·음식·경비·청소직",
    "6": "영업·판매·운전·운송직",
    "7": "건설·채굴직",
    "8": "설치·정비·생산직",
    "9": "농림어업직",
}

# The same groups in English (context ``codes``; translated, they read as ``KECO_MAJOR``).
KECO_MAJOR_LABELS: dict[str, str] = {
    "0": QT_TRANSLATE_NOOP("codes", "Management, office, finance and insurance"),
    "1": QT_TRANSLATE_NOOP("codes", "Research and engineering"),
    "2": QT_TRANSLATE_NOOP(
        "codes", "Education, law, social welfare, police, fire-fighting and the military"
    ),
    "3": QT_TRANSLATE_NOOP("codes", "Health and medical care"),
    "4": QT_TRANSLATE_NOOP("codes", "Arts, design, broadcasting and sports"),
    "5": QT_TRANSLATE_NOOP(
        "codes", "Beauty, travel, lodging, food service, security and cleaning"
    ),
    "6": QT_TRANSLATE_NOOP("codes", "Sales, driving and transport"),
    "7": QT_TRANSLATE_NOOP("codes", "Construction and mining"),
    "8": QT_TRANSLATE_NOOP("codes", "Installation, maintenance and production"),
    "9": QT_TRANSLATE_NOOP("codes", "Agriculture, forestry and fishery"),
}

# KSIC (한국표준산업분류) sections: official Korean names.
KSIC_SECTIONS: dict[str, str] = {
    "A": "농업, 임업 및 어업",
    "B": "광업",
    "C": "제조업",
    "D": "전기, 가스, 증기 및 공기 조절 공급업",
    "E": "수도, 하수 및 폐기물 처리, 원료 재생업",
    "F": "건설업",
    "G": "도매 및 소매업",
    "H": "운수 및 창고업",
    "I": "숙박 및 음식점업",
    "J": "정보통신업",
    "K": "금융 및 보험업",
    "L": "부동산업",
    "M": "전문, 과학 및 기술 서비스업",
    "N": "사업시설 관리, 사업 지원 및 임대 서비스업",
    "O": "공공 행정, 국방 및 사회보장 행정",
    "P": "교육 서비스업",
    "Q": "보건업 및 사회복지 서비스업",
    "R": "예술, 스포츠 및 여가관련 서비스업",
    "S": "협회 및 단체, 수리 및 기타 개인 서비스업",
    "T": "가구 내 고용활동",
    "U": "국제 및 외국기관",
}


# The same sections in English, as KSIC's own English edition names them (context ``codes``).
KSIC_SECTION_LABELS: dict[str, str] = {
    "A": QT_TRANSLATE_NOOP("codes", "Agriculture, forestry and fishing"),
    "B": QT_TRANSLATE_NOOP("codes", "Mining and quarrying"),
    "C": QT_TRANSLATE_NOOP("codes", "Manufacturing"),
    "D": QT_TRANSLATE_NOOP("codes", "Electricity, gas, steam and air conditioning supply"),
    "E": QT_TRANSLATE_NOOP(
        "codes", "Water supply; sewage, waste management and materials recovery"
    ),
    "F": QT_TRANSLATE_NOOP("codes", "Construction"),
    "G": QT_TRANSLATE_NOOP("codes", "Wholesale and retail trade"),
    "H": QT_TRANSLATE_NOOP("codes", "Transportation and storage"),
    "I": QT_TRANSLATE_NOOP("codes", "Accommodation and food service activities"),
    "J": QT_TRANSLATE_NOOP("codes", "Information and communication"),
    "K": QT_TRANSLATE_NOOP("codes", "Financial and insurance activities"),
    "L": QT_TRANSLATE_NOOP("codes", "Real estate activities"),
    "M": QT_TRANSLATE_NOOP("codes", "Professional, scientific and technical activities"),
    "N": QT_TRANSLATE_NOOP(
        "codes",
        "Business facilities management and business support services; rental and leasing",
    ),
    "O": QT_TRANSLATE_NOOP(
        "codes", "Public administration and defence; compulsory social security"
    ),
    "P": QT_TRANSLATE_NOOP("codes", "Education"),
    "Q": QT_TRANSLATE_NOOP("codes", "Human health and social work activities"),
    "R": QT_TRANSLATE_NOOP("codes", "Arts, sports and recreation related services"),
    "S": QT_TRANSLATE_NOOP("codes", "Membership organizations, repair and other personal services"),
    "T": QT_TRANSLATE_NOOP("codes", "Activities of households as employers"),
    "U": QT_TRANSLATE_NOOP("codes", "Activities of extraterritorial organizations and bodies"),
}


def keco_major(code: str | None) -> str | None:
    """The major group (first digit) of a KECO code, or ``None``."""
    if not code:
        return None
    return code[0] if code[0] in KECO_MAJOR else None


def occupation_label(code: str | None) -> str:
    """The English label (context ``codes``) of a KECO code's major group, or ``""``."""
    major = keco_major(code)
    return KECO_MAJOR_LABELS[major] if major is not None else ""


def industry_label(section: str | None) -> str:
    """The English label (context ``codes``) of a KSIC section, or ``""`` for none."""
    return KSIC_SECTION_LABELS.get(section or "", "")


def size_label(size: str | None) -> str:
    """The English label (context ``codes``) of an employer's size class; a value that is not
    one of ``EmployerSize`` (typed in by hand) as it is."""
    return EMPLOYER_SIZE_LABELS.get(size or "", size or "")
