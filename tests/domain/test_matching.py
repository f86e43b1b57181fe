from __future__ import annotations

from dataclasses import replace

from jobfair.domain.matching import (
    POINTS_FIELD,
    POINTS_KECO_MAJOR,
    POINTS_KECO_MIDDLE,
    POINTS_NEIGHBOUR,
    POINTS_SAME_CITY,
    R_FIELD,
    R_FIELD_HIDDEN,
    R_GROUP,
    R_KECO_MAJOR,
    R_KECO_MIDDLE,
    R_NEIGHBOUR,
    R_SAME_CITY,
    FieldRequirement,
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


# --- the fair's own fields as criteria ---------------------------------------------------------

DRIVING = FieldRequirement("driving", "yes_no", "운전 가능", True, "예")
PLACE = FieldRequirement("place", "choices", "희망 근무지", "양주", "양주")
VISA = FieldRequirement("visa", "choice", "체류자격", "F-4", "F-4", sensitive=True)


def test_a_required_answer_met_adds_points_and_a_reason() -> None:
    seeker = SeekerFacts(answers=(("driving", True), ("place", ["의정부", "양주"])))
    result = score(seeker, OpeningFacts(1, requirements=(DRIVING, PLACE)))
    assert result.points == 2 * POINTS_FIELD
    assert [r.template for r in result.reasons] == [R_FIELD, R_FIELD]
    assert [r.render() for r in result.reasons] == [
        "운전 가능: 예, as the opening asks", "희망 근무지: 양주, as the opening asks"]


def test_an_answer_not_met_or_not_given_adds_nothing() -> None:
    opening = OpeningFacts(1, requirements=(DRIVING, PLACE))
    assert score(SeekerFacts(answers=(("driving", False), ("place", ["의정부"]))),
                 opening).points == 0
    assert score(SeekerFacts(), opening).points == 0
    assert score(SeekerFacts(answers=(("driving", "예"),)), opening).points == 0  # not a bool


def test_a_sensitive_answer_counts_but_is_never_written_in_the_reason() -> None:
    result = score(SeekerFacts(answers=(("visa", "F-4"),)), OpeningFacts(1, requirements=(VISA,)))
    assert result.points == POINTS_FIELD
    (reason,) = result.reasons
    assert reason.template == R_FIELD_HIDDEN
    assert "F-4" not in reason.render() and "F-4" not in str(reason.params)
    assert reason.render() == "체류자격: as the opening asks"


def test_field_points_rank_with_the_other_rules() -> None:
    seeker = replace(SEWER, answers=(("driving", True),))
    ranked = rank([score(seeker, OpeningFacts(1, keco_code="3", requirements=(DRIVING,))),
                   score(seeker, OpeningFacts(2, keco_code="3"))])
    assert [s.opening_id for s in ranked] == [1]
