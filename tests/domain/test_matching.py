from __future__ import annotations

from jobfair.domain.matching import (
    POINTS_KECO_MAJOR,
    POINTS_KECO_MIDDLE,
    POINTS_NEIGHBOUR,
    POINTS_SAME_CITY,
    R_GROUP,
    R_KECO_MAJOR,
    R_KECO_MIDDLE,
    R_NEIGHBOUR,
    R_SAME_CITY,
    OpeningFacts,
    SeekerFacts,
    city_of,
    rank,
    score,
)

SEWER = SeekerFacts(desired_keco="8601", residence="양주시", birth_year=1970, fair_year=2015)


def test_city_of_reads_addresses() -> None:
    assert city_of("경기도 양주시 광적면 123") == "양주"
    assert city_of("남양주시") == "남양주"
    assert city_of("양주") == "양주"
    assert city_of("서울특별시 도봉구 방학동") == "서울"
    assert city_of("도봉구") == "서울"
    assert city_of("") == ""


def test_textile_seeker_in_yangju_ranks_yangju_sewing_first() -> None:
    openings = [
        OpeningFacts(1, keco_code="8", work_place="경기도 포천시"),  # same major, neighbour
        OpeningFacts(2, keco_code="8602", work_place="경기도 양주시 은현면"),  # both strong
        OpeningFacts(3, keco_code="0201", work_place="양주시"),  # place only
        OpeningFacts(4, keco_code="8610", work_place="부산광역시"),  # job only
        OpeningFacts(5, keco_code="3", work_place="부산"),  # nothing
    ]
    ranked = rank(score(SEWER, o) for o in openings)
    assert [s.opening_id for s in ranked] == [2, 1, 4, 3]  # 1 and 4 tie at 40: by id
    top = ranked[0]
    assert top.points == POINTS_KECO_MIDDLE + POINTS_SAME_CITY
    assert [r.template for r in top.reasons] == [R_KECO_MIDDLE, R_SAME_CITY]
    assert top.reasons[1].render() == "Works where the seeker lives (양주)"
    assert [r.template for r in ranked[1].reasons] == [R_KECO_MAJOR, R_NEIGHBOUR]
    assert ranked[1].points == POINTS_KECO_MAJOR + POINTS_NEIGHBOUR


def test_nanyangju_is_not_yangju_and_unknown_is_neutral() -> None:
    assert score(SEWER, OpeningFacts(1, work_place="남양주시")).points == 0
    assert score(SeekerFacts(), OpeningFacts(1, keco_code="86", work_place="양주")).points == 0
    # the employer's address stands in for an opening without a place of work
    assert score(SEWER, OpeningFacts(1, employer_address="의정부시 가능동")).points == (
        POINTS_NEIGHBOUR
    )


def test_target_group_bonus_by_age_and_declaration() -> None:
    youth = SeekerFacts(birth_year=1995, fair_year=2015, groups=("career_break",))
    both = OpeningFacts(1, qualifications="청년 우대, 경력단절여성 환영")
    reasons = score(youth, both).reasons
    assert [r.template for r in reasons] == [R_GROUP, R_GROUP]
    assert score(SEWER, both).points == 0  # 45 years old, no declared group
    middle = OpeningFacts(2, qualifications="중장년 우대")
    assert score(SEWER, middle).reasons[0].render() == "Opening welcomes the middle-aged"


def test_ties_break_on_opening_id_and_limit() -> None:
    same = [OpeningFacts(i, work_place="양주") for i in (9, 3, 5)]
    assert [s.opening_id for s in rank((score(SEWER, o) for o in same), 2)] == [3, 5]


def test_reasons_name_fields_and_groups_in_the_readers_language() -> None:
    def tagged(context: str, text: str) -> str:
        return f"<{context}:{text}>"

    field = score(SEWER, OpeningFacts(1, keco_code="8")).reasons[0]
    assert field.render() == (
        "Desired job in the same field (Installation, maintenance and production)"
    )
    assert field.render(tagged) == (
        "<matching:Desired job in the same field (<codes:Installation, maintenance and "
        "production>)>"
    )
    career_break = SeekerFacts(groups=("career_break",))
    group = score(career_break, OpeningFacts(2, qualifications="경력단절여성 환영")).reasons[0]
    assert group.render() == "Opening welcomes career-interrupted women"
    assert group.render(tagged) == "<matching:Opening welcomes <matching:career-interrupted women>>"
