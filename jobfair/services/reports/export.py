"""The fair's records as tables for a workbook or a CSV file, within what consent allows.

Seekers appear with name, birth year, residence, desired occupation, target groups, channel and
check-in time; the phone only when the seeker consented to provision to the employers, and
disability only with the separate consent for sensitive data (PIPA §17, §23). Times are the
fair's local wall-clock time (naive, as a spreadsheet shows them).

Headers, sheet titles and coded values pass through the ``translate(context, text)`` given, so
the caller chooses the language; the writers in ``jobfair.documents.workbook`` only write.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, CheckIn, Employer, Interview, Opening, Seeker
from jobfair.domain.bizno import format_bizno
from jobfair.domain.codes import (
    EMPLOYMENT_TYPE_LABELS,
    OUTCOME_LABELS,
    Channel,
    EmploymentType,
    industry_label,
    occupation_label,
    size_label,
)
from jobfair.domain.errors import ValidationError
from jobfair.domain.export_tables import TABLE_KEYS, TABLE_TITLES, ExportTable
from jobfair.domain.fair_fields import FieldKind
from jobfair.domain.i18n import QT_TRANSLATE_NOOP, untranslated
from jobfair.domain.metrics import COUNT_LABELS
from jobfair.domain.phone import format_phone
from jobfair.domain.target_groups import DEFAULT_AGE_GROUPS, GROUP_LABELS, SENSITIVE_GROUPS
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor
from jobfair.services.reports.analytics import DashboardData, dashboard_data
from jobfair.services.reports.counted import day_of, hires_by_opening
from jobfair.services.setup.fairs import FairView, get_fair
from jobfair.services.setup.fields import FieldView, list_fields, visible

Translate = Callable[[str, str], str]
CTX = "export"






CHANNEL_LABELS: dict[str, str] = {
    Channel.PRE_REGISTERED: QT_TRANSLATE_NOOP("export", "Pre-registered"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("export", "Walk-in"),
}
VIA_LABELS: dict[str, str] = {
    "scan": QT_TRANSLATE_NOOP("export", "Badge scan"),
    "search": QT_TRANSLATE_NOOP("export", "Name or phone search"),
    "walk_in": QT_TRANSLATE_NOOP("export", "Walk-in registration"),
    "booth": QT_TRANSLATE_NOOP("export", "At a booth"),
    "kiosk": QT_TRANSLATE_NOOP("export", "Self-service kiosk"),
}
SEX_VALUES: dict[str, str] = {
    "M": QT_TRANSLATE_NOOP("export", "Male"),
    "F": QT_TRANSLATE_NOOP("export", "Female"),
}


def _local(zone: ZoneInfo) -> Callable[[datetime | None], datetime | None]:
    def convert(value: datetime | None) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(zone).replace(tzinfo=None, microsecond=0)

    return convert


class _Exporter:
    def __init__(self, session: Session, fair: FairView, translate: Translate) -> None:
        self.session = session
        self.fair = fair
        self.t = translate
        self.local = _local(ZoneInfo(fair.timezone))
        self._data: DashboardData | None = None

    def data(self) -> DashboardData:
        if self._data is None:
            self._data = dashboard_data(self.session, self.fair.id)
        return self._data

    def translate(self, context: str, text: str) -> str:
        return self.t(context, text)

    def _t(self, text: str) -> str:
        return self.t(CTX, text)

    def code(self, label: str) -> str:
        """A code's label (context ``codes``) in the chosen language; empty stays empty."""
        return self.t("codes", label) if label else ""

    def headers(self, *labels: str) -> tuple[str, ...]:
        return tuple(self._t(label) for label in labels)

    def table(self, key: str, headers: tuple[str, ...], rows: Sequence[tuple[Any, ...]],
              widths: tuple[int, ...] = ()) -> ExportTable:
        return ExportTable(key, self._t(TABLE_TITLES[key]), headers, rows, widths)

    # --- summary and employers come from the organizer's figures --------------------------

    def summary(self) -> ExportTable:
        data = self.data()
        f = data.figures
        fair = self.fair
        rows: list[tuple[Any, ...]] = [
            (self.translate("export", "Fair"), fair.name, ""),
            (self.translate("export", "Date"), fair.date, ""),
            (self.translate("export", "Hours"),
             f"{fair.opens_at:%H:%M}–{fair.closes_at:%H:%M}", ""),
            (self.translate("export", "Venue"), fair.venue, ""),
            (self.translate("export", "Hosts"), fair.hosts, ""),
            (self.translate("export", "Organized by"), fair.organizer, ""),
            (self.translate("export", "Exported"), self.local(data.generated_at), ""),
        ]
        counts = f.as_dict()
        for key, label in COUNT_LABELS.items():
            rows.append((self.t("figures", label), counts[key], ""))
        for r in f.ratios():
            how = self.translate("export", "{numerator} / {denominator}").format(
                numerator=self.t("figures", COUNT_LABELS[r.numerator]),
                denominator=self.t("figures", COUNT_LABELS[r.denominator]),
            )
            rows.append((self.t("figures", r.label),
                         None if r.value is None else r.value / 100, how))
        return self.table("summary", self.headers(
            QT_TRANSLATE_NOOP("export", "Item"),
            QT_TRANSLATE_NOOP("export", "Value"),
            QT_TRANSLATE_NOOP("export", "Calculation"),
        ), rows,
                          (34, 40, 44))

    def employers(self) -> ExportTable:
        data = self.data()
        extra = {
            r[0]: r[1:]
            for r in self.session.execute(
                select(Employer.id, Employer.ksic_code, Employer.size, Employer.contact_name,
                       Employer.contact_phone, Employer.contact_email, Employer.address)
                .where(Employer.fair_id == self.fair.id)
            ).all()
        }
        rows = []
        for e in data.employers:
            ksic_code, size, contact, phone, email, address = extra[e.employer_id]
            rows.append((
                ", ".join(e.booth_labels), e.name, format_bizno(e.business_no),
                e.ksic_section, ksic_code, self.code(industry_label(e.ksic_section)),
                self.code(size_label(size)),
                contact, phone, email, address, e.openings, e.positions, e.interviews,
                e.interviewees, e.hires, e.second_interviews, e.pending,
                None if e.fill_rate is None else e.fill_rate / 100,
            ))
        headers = self.headers(
            QT_TRANSLATE_NOOP("export", "Booth"),
            QT_TRANSLATE_NOOP("export", "Employer"),
            QT_TRANSLATE_NOOP("export", "Business no."),
            QT_TRANSLATE_NOOP("export", "KSIC section"),
            QT_TRANSLATE_NOOP("export", "KSIC code"),
            QT_TRANSLATE_NOOP("export", "Industry"),
            QT_TRANSLATE_NOOP("export", "Size"),
            QT_TRANSLATE_NOOP("export", "Contact"),
            QT_TRANSLATE_NOOP("export", "Contact phone"),
            QT_TRANSLATE_NOOP("export", "Contact e-mail"),
            QT_TRANSLATE_NOOP("export", "Address"),
            QT_TRANSLATE_NOOP("export", "Openings"),
            QT_TRANSLATE_NOOP("export", "Positions sought"),
            QT_TRANSLATE_NOOP("export", "Interviews"),
            QT_TRANSLATE_NOOP("export", "Interviewees"),
            QT_TRANSLATE_NOOP("export", "Hired on the spot"),
            QT_TRANSLATE_NOOP("export", "Second interviews"),
            QT_TRANSLATE_NOOP("export", "Pending"),
            QT_TRANSLATE_NOOP("export", "Fill rate"),
        )
        return self.table("employers", headers, rows,
                          (8, 28, 14, 6, 8, 22, 8, 10, 14, 20, 30, 8, 10, 10, 10, 10, 10, 8, 8))

    # --- openings ---------------------------------------------------------------------------

    def openings(self) -> ExportTable:
        hired = hires_by_opening(self.session, self.fair.id, day_of(self.fair))
        booths: dict[int, list[str]] = {}
        for employer_id, label in self.session.execute(
            select(Booth.employer_id, Booth.label).where(Booth.fair_id == self.fair.id)
            .order_by(Booth.label)
        ):
            booths.setdefault(employer_id, []).append(label)
        result: Sequence[Any] = self.session.execute(
            select(Opening.id, Opening.employer_id, Employer.name, Opening.title,
                   Opening.keco_code, Opening.headcount, Opening.employment_type, Opening.wage,
                   Opening.work_place, Opening.qualifications)
            .join(Employer, Employer.id == Opening.employer_id)
            .where(Opening.fair_id == self.fair.id)
            .order_by(Employer.name, Opening.id)
        ).all()
        rows = []
        for oid, emp_id, emp, title, keco, headcount, etype, wage, place, quals in result:
            etype_label = (self.t("codes", EMPLOYMENT_TYPE_LABELS[EmploymentType(etype)])
                           if etype in EmploymentType._value2member_map_ else etype)
            rows.append((
                ", ".join(booths.get(emp_id, ())), emp, title, keco,
                self.code(occupation_label(keco)), headcount,
                int(hired.get(oid) or 0), etype_label, wage, place, quals,
            ))
        headers = self.headers(
            QT_TRANSLATE_NOOP("export", "Booth"),
            QT_TRANSLATE_NOOP("export", "Employer"),
            QT_TRANSLATE_NOOP("export", "Job title"),
            QT_TRANSLATE_NOOP("export", "KECO code"),
            QT_TRANSLATE_NOOP("export", "Occupation group"),
            QT_TRANSLATE_NOOP("export", "Positions sought"),
            QT_TRANSLATE_NOOP("export", "Hired on the spot"),
            QT_TRANSLATE_NOOP("export", "Employment type"),
            QT_TRANSLATE_NOOP("export", "Wage"),
            QT_TRANSLATE_NOOP("export", "Place of work"),
            QT_TRANSLATE_NOOP("export", "Qualifications"),
        )
        return self.table("openings", headers, rows, (8, 28, 24, 9, 24, 10, 10, 12, 16, 20, 30))

    # --- seekers, check-ins, interviews -------------------------------------------------------

    def seekers(self) -> ExportTable:
        year = self.fair.date.year
        result: Sequence[Any] = self.session.execute(
            select(Seeker.badge_no, Seeker.name, Seeker.birth_year, Seeker.sex,
                   Seeker.residence, Seeker.desired_keco, Seeker.desired_job, Seeker.groups,
                   Seeker.channel, Seeker.consent_provision, Seeker.consent_sensitive,
                   Seeker.phone, CheckIn.at, Seeker.answers)
            .outerjoin(CheckIn, CheckIn.seeker_id == Seeker.id)
            .where(Seeker.fair_id == self.fair.id)
            .order_by(Seeker.badge_no, Seeker.name)
        ).all()
        group_labels = {code: self.t("codes", label) for code, label in GROUP_LABELS.items()}
        channels = {k: self._t(v) for k, v in CHANNEL_LABELS.items()}
        sexes = {k: self._t(v) for k, v in SEX_VALUES.items()}
        yes, no = self.translate("export", "yes"), self.translate("export", "no")
        groups_cache: dict[tuple[str, bool, int], str] = {}
        local = self.local
        rows = []
        fields = list_fields(self.session, self.fair.id)
        for (badge, name, born, sex, residence, keco, job, groups, channel, provision,
             sensitive, phone, checked_in, answers) in result:
            key = (json.dumps(groups or []), bool(sensitive), born)
            text = groups_cache.get(key)
            if text is None:
                codes = [g.code for g in DEFAULT_AGE_GROUPS if g.contains(born, year)]
                codes += [g for g in (groups or [])
                          if sensitive or g not in SENSITIVE_GROUPS]
                text = ", ".join(group_labels.get(c, c) for c in dict.fromkeys(codes))
                groups_cache[key] = text
            rows.append((
                badge, name, born, sexes.get(sex or "", ""), residence, keco,
                self.code(occupation_label(keco)), job, text,
                channels.get(channel, channel), format_phone(phone) if provision else "",
                yes if provision else no, local(checked_in),
                *self._answer_cells(fields, answers, provision, sensitive, yes, no),
            ))
        headers = self.headers(
            QT_TRANSLATE_NOOP("export", "Badge no."),
            QT_TRANSLATE_NOOP("export", "Name"),
            QT_TRANSLATE_NOOP("export", "Birth year"),
            QT_TRANSLATE_NOOP("export", "Sex"),
            QT_TRANSLATE_NOOP("export", "Residence"),
            QT_TRANSLATE_NOOP("export", "KECO code"),
            QT_TRANSLATE_NOOP("export", "Desired occupation group"),
            QT_TRANSLATE_NOOP("export", "Desired job"),
            QT_TRANSLATE_NOOP("export", "Target groups"),
            QT_TRANSLATE_NOOP("export", "Channel"),
            QT_TRANSLATE_NOOP("export", "Phone (provision consented)"),
            QT_TRANSLATE_NOOP("export", "Consent to provision"),
            QT_TRANSLATE_NOOP("export", "Checked in"),
        )
        # the fair's own fields, a column each, titled in the export's language
        english = self._t("Name") == "Name"
        headers += tuple(f.label("en" if english else "ko") for f in fields)
        return self.table("seekers", headers, rows,
                          (9, 12, 9, 5, 16, 9, 24, 18, 30, 10, 16, 10, 18,
                           *(16 for _ in fields)))

    @staticmethod
    def _answer_cells(
        fields: Sequence[FieldView], answers: dict[str, Any] | None, provision: bool,
        sensitive: bool, yes: str, no: str,
    ) -> tuple[Any, ...]:
        """One cell per field: what the organizer may see (a sensitive answer only with its
        consent, by the one rule of ``fair_fields.visible``)."""
        if not fields:
            return ()
        shown = {a.key: a for a in visible(fields, answers, provision=provision,
                                           sensitive=sensitive, for_employer=False)}
        cells: list[Any] = []
        for f in fields:
            a = shown.get(f.key)
            if a is None:
                cells.append("")
            elif f.kind == FieldKind.YES_NO:
                cells.append(yes if a.value else no)
            elif f.kind == FieldKind.NUMBER:
                cells.append(a.value)
            else:
                cells.append(a.text)
        return tuple(cells)

    def checkins(self) -> ExportTable:
        result: Sequence[Any] = self.session.execute(
            select(CheckIn.at, Seeker.badge_no, Seeker.name, CheckIn.via)
            .join(Seeker, Seeker.id == CheckIn.seeker_id)
            .where(CheckIn.fair_id == self.fair.id)
            .order_by(CheckIn.at)
        ).all()
        local = self.local
        vias = {k: self._t(v) for k, v in VIA_LABELS.items()}
        rows = [(local(at), badge, name, vias.get(via, via)) for at, badge, name, via in result]
        return self.table("checkins", self.headers(
            QT_TRANSLATE_NOOP("export", "Checked in"),
            QT_TRANSLATE_NOOP("export", "Badge no."),
            QT_TRANSLATE_NOOP("export", "Name"),
            QT_TRANSLATE_NOOP("export", "Via"),
        ),
                          rows, (18, 9, 12, 10))

    def interviews(self) -> ExportTable:
        result: Sequence[Any] = self.session.execute(
            select(Interview.started_at, Booth.label, Employer.name, Opening.title,
                   Seeker.badge_no, Seeker.name, Interview.outcome, Interview.outcome_at,
                   Interview.voided_at)
            .join(Booth, Booth.id == Interview.booth_id)
            .join(Employer, Employer.id == Booth.employer_id)
            .outerjoin(Opening, Opening.id == Interview.opening_id)
            .join(Seeker, Seeker.id == Interview.seeker_id)
            .where(Interview.fair_id == self.fair.id)
            .order_by(Interview.started_at)
        ).all()
        outcomes = {str(k): self.t("codes", v) for k, v in OUTCOME_LABELS.items()}
        local = self.local
        rows = [
            (local(started), booth, employer, title or "", badge, name,
             outcomes.get(outcome or "", ""), local(decided), local(voided))
            for started, booth, employer, title, badge, name, outcome, decided, voided in result
        ]
        headers = self.headers(
            QT_TRANSLATE_NOOP("export", "Started"),
            QT_TRANSLATE_NOOP("export", "Booth"),
            QT_TRANSLATE_NOOP("export", "Employer"),
            QT_TRANSLATE_NOOP("export", "Opening"),
            QT_TRANSLATE_NOOP("export", "Badge no."),
            QT_TRANSLATE_NOOP("export", "Name"),
            QT_TRANSLATE_NOOP("export", "Outcome"),
            QT_TRANSLATE_NOOP("export", "Outcome recorded"),
            QT_TRANSLATE_NOOP("export", "Voided"),
        )
        return self.table("interviews", headers, rows, (18, 8, 28, 24, 9, 12, 14, 18, 18))


def export_tables(
    session: Session, fair_id: int | None = None, translate: Translate = untranslated,
    keys: Sequence[str] = TABLE_KEYS, *, actor: Actor,
) -> list[ExportTable]:
    """The fair's tables named by ``keys`` (all by default), in workbook order (an organizer's:
    they hold personal data)."""
    require(actor, Permission.EXPORT)
    unknown = [k for k in keys if k not in TABLE_TITLES]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no table named {name}. Tables: {known}."),
            field="table", name=unknown[0], known=", ".join(TABLE_KEYS),
        )
    exporter = _Exporter(session, get_fair(session, fair_id), translate)
    return [getattr(exporter, key)() for key in keys]


def export_table(
    session: Session, key: str, fair_id: int | None = None, translate: Translate = untranslated,
    *, actor: Actor,
) -> ExportTable:
    return export_tables(session, fair_id, translate, (key,), actor=actor)[0]
