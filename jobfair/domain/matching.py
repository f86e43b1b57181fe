"""Scoring how well an opening suits a seeker (사전 맞춤 알선), from plain values, with reasons.

Each rule adds points and a reason: an English template marked for translation (context
``matching``) with its parameters, so a screen or a printed slip can show it in any language.
Rules:
- desired occupation (KECO) against the opening's code: same 2-digit middle group, else the same
  major group;
- residence (시·군) against the place of work (the opening's, else the employer's
  address): the same city, else a neighbouring one (a small table of northern Gyeonggi);
- target groups: the opening's qualifications naming a group the seeker belongs to, by age
  or by declaration (경력단절, 청년, 중장년, 장애인 ...);
- the fair's own fields: an answer the opening requires (운전 가능 = 예, 희망 근무지 = 양주) that
  the seeker gave. Matching is the centre's own counselling, so every answer kept counts, but a
  sensitive field's answer is never written in the reason (only that the requirement is met).
Employment type is neutral: seekers do not state a preference. Unknown values are neutral.
Ordering is deterministic: score descending, then opening id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from jobfair.domain.codes import CODES_CONTEXT, KECO_MAJOR_LABELS, keco_major
from jobfair.domain.fair_fields import meets
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.target_groups import DeclaredGroup, age_groups_for

MATCHING_CONTEXT = "matching"

POINTS_KECO_MIDDLE = 40
POINTS_KECO_MAJOR = 25
POINTS_SAME_CITY = 30
POINTS_NEIGHBOUR = 15
POINTS_GROUP = 10
POINTS_FIELD = 20

R_KECO_MIDDLE = QT_TRANSLATE_NOOP("matching", "Desired job fits closely ({code})")
R_KECO_MAJOR = QT_TRANSLATE_NOOP("matching", "Desired job in the same field ({field})")
R_SAME_CITY = QT_TRANSLATE_NOOP("matching", "Works where the seeker lives ({city})")
R_NEIGHBOUR = QT_TRANSLATE_NOOP("matching", "Works in a neighbouring city ({city})")
R_GROUP = QT_TRANSLATE_NOOP("matching", "Opening welcomes {group}")
R_FIELD = QT_TRANSLATE_NOOP("matching", "{field}: {answer}, as the opening asks")
R_FIELD_HIDDEN = QT_TRANSLATE_NOOP("matching", "{field}: as the opening asks")

# Neighbouring 시·군 of the northern Gyeonggi region (symmetric once built below).
_NEIGHBOUR_PAIRS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("양주", ("의정부", "동두천", "포천", "연천", "파주", "고양", "서울")),
    ("의정부", ("포천", "남양주", "서울")),
    ("동두천", ("포천", "연천")),
    ("포천", ("연천", "남양주", "가평")),
    ("연천", ("파주",)),
    ("남양주", ("구리", "가평", "서울")),
    ("고양", ("파주", "서울")),
    ("구리", ("서울",)),
)


def _build_neighbours() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for city, others in _NEIGHBOUR_PAIRS:
        for other in others:
            table.setdefault(city, set()).add(other)
            table.setdefault(other, set()).add(city)
    return {city: frozenset(others) for city, others in table.items()}


NEIGHBOURS: dict[str, frozenset[str]] = _build_neighbours()

# Districts of northern Seoul, counted as "서울" for neighbourhood.
SEOUL_NORTH = frozenset({"도봉", "노원", "강북", "성북", "중랑", "은평", "동대문"})
_SUFFIXES = ("특별자치시", "특별시", "광역시", "시", "군", "구")
_PROVINCES = frozenset({"경기", "경기도", "강원", "강원도", "인천"})


def city_of(place: str) -> str:
    """The 시·군 named in an address or residence, without its suffix (``""``: unknown).

    "경기도 양주시 광적면" -> "양주"; "남양주시" -> "남양주"; "서울특별시 도봉구" -> "서울".
    """
    for token in place.replace(",", " ").split():
        if token in _PROVINCES:
            continue
        name = token
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                break
        if name in SEOUL_NORTH:
            return "서울"
        if name:
            return name
    return ""


@dataclass(frozen=True)
class Reason:
    """Why an opening suits a seeker: a marked template, its parameters and its points.

    Attributes:
        template: English, marked in the ``matching`` context, with ``{name}`` fields.
        params: fields filled as they are (a code, a city).
        points: what the reason adds to the score.
        labels: fields filled with words of the reader's language: (name, context, English).
    """

    template: str
    params: tuple[tuple[str, str], ...]
    points: int
    labels: tuple[tuple[str, str, str], ...] = ()

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The reason in words; ``translate(context, text)`` gives the reader's language."""
        tr = translate if translate is not None else _untranslated
        fields = dict(self.params)
        fields.update({name: tr(context, text) for name, context, text in self.labels})
        return tr(MATCHING_CONTEXT, self.template).format(**fields)


def _untranslated(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class SeekerFacts:
    desired_keco: str = ""
    residence: str = ""
    birth_year: int | None = None
    groups: tuple[str, ...] = ()  # declared target groups
    fair_year: int | None = None
    answers: tuple[tuple[str, Any], ...] = ()  # to the fair's own fields, by key


@dataclass(frozen=True)
class FieldRequirement:
    """An answer an opening requires of one of the fair's fields.

    Attributes:
        label: the field's label, as the reason shows it.
        answer: the value required (a choice, or true / false); ``answer_text`` as shown.
        sensitive: a sensitive field: the reason says the requirement is met, not the answer.
    """

    key: str
    kind: str
    label: str
    answer: Any
    answer_text: str
    sensitive: bool = False


@dataclass(frozen=True)
class OpeningFacts:
    opening_id: int
    keco_code: str = ""
    work_place: str = ""
    employer_address: str = ""
    qualifications: str = ""
    requirements: tuple[FieldRequirement, ...] = ()


@dataclass(frozen=True)
class Score:
    opening_id: int
    points: int
    reasons: tuple[Reason, ...]


# Words in an opening's qualifications, and the group a seeker must belong to for the bonus.
# Age-based groups by code (target_groups.DEFAULT_AGE_GROUPS), declared ones by DeclaredGroup.
GROUP_KEYWORDS: tuple[tuple[str, str, str], ...] = (
    ("경력단절", DeclaredGroup.CAREER_BREAK,
     QT_TRANSLATE_NOOP("matching", "career-interrupted women")),
    ("장애인", DeclaredGroup.DISABILITY, QT_TRANSLATE_NOOP("matching", "people with disabilities")),
    ("취약계층", DeclaredGroup.VULNERABLE,
     QT_TRANSLATE_NOOP("matching", "the employment-vulnerable")),
    ("전역", DeclaredGroup.VETERAN, QT_TRANSLATE_NOOP("matching", "discharged soldiers")),
    ("청년", "youth", QT_TRANSLATE_NOOP("matching", "young people")),
    ("신중년", "new_middle_aged", QT_TRANSLATE_NOOP("matching", "the new middle-aged")),
    ("중장년", "middle_aged", QT_TRANSLATE_NOOP("matching", "the middle-aged")),
    ("고령자", "senior", QT_TRANSLATE_NOOP("matching", "older people")),
)


def _keco_reason(desired: str, code: str) -> Reason | None:
    desired, code = desired.strip(), code.strip()
    if not desired or not code:
        return None
    if len(desired) >= 2 and len(code) >= 2 and desired[:2] == code[:2]:
        return Reason(R_KECO_MIDDLE, (("code", code[:2]),), POINTS_KECO_MIDDLE)
    major = keco_major(desired)
    if major is not None and major == keco_major(code):
        return Reason(R_KECO_MAJOR, (), POINTS_KECO_MAJOR,
                      (("field", CODES_CONTEXT, KECO_MAJOR_LABELS[major]),))
    return None


def _place_reason(residence: str, work_place: str) -> Reason | None:
    home, work = city_of(residence), city_of(work_place)
    if not home or not work:
        return None
    if home == work:
        return Reason(R_SAME_CITY, (("city", work),), POINTS_SAME_CITY)
    if work in NEIGHBOURS.get(home, frozenset()):
        return Reason(R_NEIGHBOUR, (("city", work),), POINTS_NEIGHBOUR)
    return None


def seeker_groups(seeker: SeekerFacts) -> set[str]:
    groups = set(seeker.groups)
    if seeker.birth_year is not None and seeker.fair_year is not None:
        groups.update(age_groups_for(seeker.birth_year, seeker.fair_year))
    return groups


def _group_reasons(seeker: SeekerFacts, qualifications: str) -> list[Reason]:
    if not qualifications:
        return []
    groups = seeker_groups(seeker)
    reasons: list[Reason] = []
    seen: set[str] = set()
    for keyword, group, label in GROUP_KEYWORDS:
        if keyword in qualifications and group in groups and group not in seen:
            seen.add(group)
            reasons.append(Reason(R_GROUP, (), POINTS_GROUP,
                                  (("group", MATCHING_CONTEXT, label),)))
    return reasons


def _field_reasons(seeker: SeekerFacts, requirements: Iterable[FieldRequirement]) -> list[Reason]:
    answers = dict(seeker.answers)
    reasons: list[Reason] = []
    for r in requirements:
        if not meets(r.kind, answers.get(r.key), r.answer):
            continue
        if r.sensitive:
            reasons.append(Reason(R_FIELD_HIDDEN, (("field", r.label),), POINTS_FIELD))
        else:
            reasons.append(Reason(R_FIELD, (("field", r.label), ("answer", r.answer_text)),
                                  POINTS_FIELD))
    return reasons


def score(seeker: SeekerFacts, opening: OpeningFacts) -> Score:
    """The points and reasons of one (seeker, opening) pair; no reasons means no fit found."""
    reasons: list[Reason] = []
    keco = _keco_reason(seeker.desired_keco, opening.keco_code)
    if keco is not None:
        reasons.append(keco)
    place = _place_reason(seeker.residence, opening.work_place or opening.employer_address)
    if place is not None:
        reasons.append(place)
    reasons.extend(_group_reasons(seeker, opening.qualifications))
    reasons.extend(_field_reasons(seeker, opening.requirements))
    return Score(opening.opening_id, sum(r.points for r in reasons), tuple(reasons))


def rank(scores: Iterable[Score], limit: int | None = None) -> list[Score]:
    """Scores with points, best first (ties by opening id); at most ``limit``."""
    ordered = sorted((s for s in scores if s.points > 0), key=lambda s: (-s.points, s.opening_id))
    return ordered if limit is None else ordered[:limit]
