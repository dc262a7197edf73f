"""Generates realistic, clearly fictional demo cases on every route, as domain records."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from ehbc_desktop.demo import names
from ehbc_desktop.domain.entities import (
    Agreement,
    Answer,
    ApproachDecision,
    CareTeamConsultation,
    Case,
    CaseNote,
    CaseRecord,
    Conversation,
    EvidenceItem,
    ExternalContact,
    FollowUp,
    Observation,
    ParentInvolvementWish,
    Participant,
    Person,
    RepairAgreement,
    Report,
    SeverityAssessment,
    SupportFigure,
    Triage,
    VictimConsent,
)
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    BullyingForm,
    CaseStatus,
    Classification,
    Confidentiality,
    ConversationKind,
    CriterionAnswer,
    CyberFeature,
    ExternalBody,
    FollowUpKind,
    FollowUpOutcome,
    KeyCriterion,
    Medium,
    ReporterKind,
    Role,
    Severity,
    WarningSign,
)

ROUTES: tuple[str, ...] = (
    "observation",
    "classic",
    "conflict",
    "cyber_individual",
    "cyber_group",
    "cyber_confrontational",
    "cyber_restorative",
    "cyber_escalated",
    "cyber_and_classic",
)
_ROUTE_WEIGHTS = (8, 8, 8, 20, 14, 12, 12, 8, 10)


def new_id() -> str:
    """A fresh opaque identifier."""
    return uuid.uuid4().hex


@dataclass
class _Builder:
    """Collects the records of one demo case while a route adds to them."""

    rng: random.Random
    case: Case
    today: date
    people: dict[str, Person] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    triages: list[Triage] = field(default_factory=list)
    severities: list[SeverityAssessment] = field(default_factory=list)
    care_team: list[CareTeamConsultation] = field(default_factory=list)
    external: list[ExternalContact] = field(default_factory=list)
    consents: list[VictimConsent] = field(default_factory=list)
    parent_wishes: list[ParentInvolvementWish] = field(default_factory=list)
    approach_decisions: list[ApproachDecision] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    repair_agreements: list[RepairAgreement] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    notes: list[CaseNote] = field(default_factory=list)

    def pupil(self, role: Role, class_name: str) -> Participant:
        first = self.rng.choice(names.FIRST_NAMES)
        last = self.rng.choice(names.LAST_NAMES)
        # Secondary school: year 1 is about 12 years old, year 6 about 17.
        age = 11 + int(class_name[0]) + self.rng.choice((0, 0, 0, 1))
        birth = date(self.today.year - age, self.rng.randint(1, 12), 15)
        person = Person(new_id(), first, last, class_name, birth, True)
        self.people[person.id] = person
        part = Participant(new_id(), self.case.id, person.id, role)
        self.participants.append(part)
        return part

    def adult(self, role: Role, related_to: str, first: str, last: str) -> Participant:
        person = Person(new_id(), first, last, "", None, False)
        self.people[person.id] = person
        part = Participant(new_id(), self.case.id, person.id, role, related_to=related_to)
        self.participants.append(part)
        return part

    def name(self, participant: Participant) -> str:
        return self.people[participant.person_id].full_name

    def at(self, day: date) -> datetime:
        return datetime.combine(day, time(10, self.rng.randint(0, 59)), tzinfo=UTC)

    def record(self) -> CaseRecord:
        return CaseRecord(
            case=self.case,
            people=dict(self.people),
            participants=tuple(self.participants),
            report=self.reports[0] if self.reports else None,
            triages=tuple(self.triages),
            severities=tuple(self.severities),
            care_team=tuple(self.care_team),
            external=tuple(self.external),
            consents=tuple(self.consents),
            parent_wishes=tuple(self.parent_wishes),
            approach_decisions=tuple(self.approach_decisions),
            conversations=tuple(self.conversations),
            agreements=tuple(self.agreements),
            repair_agreements=tuple(self.repair_agreements),
            follow_ups=tuple(self.follow_ups),
            observations=tuple(self.observations),
            evidence=tuple(self.evidence),
            notes=tuple(self.notes),
        )


def generate_demo_cases(count: int, today: date, seed: int = 2026) -> list[CaseRecord]:
    """Return `count` demo cases spread over every route, deterministic for a seed."""
    rng = random.Random(seed)
    cases: list[CaseRecord] = []
    for index in range(count):
        route = ROUTES[index] if index < len(ROUTES) else rng.choices(ROUTES, _ROUTE_WEIGHTS)[0]
        cases.append(_demo_case(rng, route, index, today))
    return cases


def _demo_case(rng: random.Random, route: str, index: int, today: date) -> CaseRecord:
    opened = today - timedelta(days=rng.randint(3, 200))
    year = opened.year
    case = Case(new_id(), f"{year}-{index + 1:04d}", "", CaseStatus.OPEN, opened)
    b = _Builder(rng, case, today)
    class_name = rng.choice(names.CLASSES)
    victim = b.pupil(Role.VICTIM, class_name)
    bullies = [b.pupil(Role.BULLY, class_name) for _ in range(rng.choice((1, 1, 2)))]
    if rng.random() < 0.5:
        b.pupil(rng.choice((Role.BYSTANDER, Role.FOLLOWER, Role.DEFENDER)), class_name)
    platform = rng.choice(names.PLATFORMS)
    victim_first = b.people[victim.person_id].first_name
    title = f"{platform}: {rng.choice(('groepschat', 'nepaccount', 'berichten', 'foto'))}"
    b.case = replace(case, title=f"{title} ({class_name})")
    _report(b, route, platform, victim_first, opened)
    _ROUTE_BUILDERS[route](b, victim, bullies, opened)
    if rng.random() < 0.6:
        _note(b, opened + timedelta(days=rng.randint(0, 10)))
    if route != "observation" and rng.random() < 0.25 and b.case.status is CaseStatus.OPEN:
        _close(b)
    return b.record()


def _report(
    b: _Builder, route: str, platform: str, first: str, opened: date
) -> None:
    by_other = route == "observation" or b.rng.random() < 0.3
    kind = b.rng.choice((ReporterKind.PEER, ReporterKind.PARENT, ReporterKind.STAFF))
    b.reports.append(
        Report(
            new_id(),
            b.case.id,
            opened,
            kind if by_other else ReporterKind.VICTIM,
            channel=b.rng.choice(("in een gesprek", "via Smartschool", "via de ouders")),
            media=(Medium.SOCIAL_MEDIA, Medium.MESSAGING_APP)[: b.rng.randint(1, 2)],
            platforms=platform,
            forms=tuple(b.rng.sample(list(BullyingForm)[:6], b.rng.randint(1, 3))),
            description=b.rng.choice(names.HAPPENINGS).format(platform=platform, victim=first),
            victim_reports_personally=(route != "observation") if by_other else None,
        ),
    )


def _note(b: _Builder, day: date) -> None:
    b.notes.append(CaseNote(new_id(), b.case.id, b.at(day), b.rng.choice(names.NOTES), "demo"))


def _triage(b: _Builder, day: date, classification: Classification, digital: bool) -> None:
    yes = CriterionAnswer.YES
    criteria = dict.fromkeys(KeyCriterion, yes)
    if classification is Classification.CONFLICT:
        criteria[KeyCriterion.POWER_IMBALANCE] = CriterionAnswer.NO
    features = tuple(b.rng.sample(list(CyberFeature), 2)) if digital else ()
    b.triages.append(
        Triage(
            new_id(),
            b.case.id,
            b.at(day),
            criteria,
            digital,
            features,
            classification,
            classification,
            decided_by="demo",
        ),
    )


def _assess(b: _Builder, day: date) -> None:
    severity = b.rng.choice(list(Severity))
    b.severities.append(
        SeverityAssessment(
            new_id(), b.case.id, b.at(day), severity, "Inschatting op basis van duur en impact."
        )
    )
    staff = ", ".join(b.rng.sample(names.STAFF, 3))
    b.care_team.append(
        CareTeamConsultation(
            new_id(),
            b.case.id,
            day,
            staff,
            "Aanpak afgesproken; opvolging door de vertrouwensleerkracht.",
        )
    )


def _conversation(
    b: _Builder, kind: ConversationKind, day: date, parts: list[Participant], next_date: date | None
) -> Conversation:
    answers = (
        Answer(
            "what_happened",
            "Wat is er gebeurd?",
            b.rng.choice(names.HAPPENINGS).format(
                platform=b.rng.choice(names.PLATFORMS), victim=b.name(parts[0]).split()[0]
            ),
        ),
        Answer("feelings", "Hoe voel je je daarbij?", b.rng.choice(names.FEELINGS)),
    )
    conv = Conversation(
        new_id(),
        b.case.id,
        kind,
        kind.value,
        1,
        day,
        tuple(p.id for p in parts),
        answers,
        True,
        next_date,
    )
    b.conversations.append(conv)
    return conv


def _agreement(b: _Builder, conv: Conversation, who: str, what: str, due: date) -> None:
    status = AgreementStatus.OPEN
    if due < b.today:
        status = b.rng.choice(
            (
                AgreementStatus.DONE,
                AgreementStatus.DONE,
                AgreementStatus.NOT_KEPT,
                AgreementStatus.OPEN,
            )
        )
    changed = due if status is not AgreementStatus.OPEN else None
    b.agreements.append(Agreement(new_id(), b.case.id, who, what, due, status, conv.id, changed))


def _follow_up(
    b: _Builder,
    day: date,
    who: str,
    kind: FollowUpKind = FollowUpKind.GENERAL,
    outcome: FollowUpOutcome | None = None,
) -> None:
    held = day if day < b.today and outcome is not None else None
    b.follow_ups.append(
        FollowUp(new_id(), b.case.id, day, kind, who, "evaluation", held, outcome if held else None)
    )


def _victim_talk(b: _Builder, victim: Participant, day: date, consent: bool = True) -> None:
    conv = _conversation(b, ConversationKind.VICTIM, day, [victim], day + timedelta(days=7))
    _agreement(
        b,
        conv,
        b.name(victim),
        "Screenshots bijhouden en niet reageren op berichten.",
        day + timedelta(days=7),
    )
    _agreement(
        b,
        conv,
        "vertrouwensleerkracht",
        "Klastitularis discreet op de hoogte brengen.",
        day + timedelta(days=2),
    )
    b.consents.append(VictimConsent(new_id(), b.case.id, b.at(day), victim.id, consent))
    if b.rng.random() < 0.1:
        b.parent_wishes.append(
            ParentInvolvementWish(
                new_id(), b.case.id, victim.id, b.at(day), True, True, "mevr. Dierickx (CLB)", day
            )
        )


def _plan_next(b: _Builder, last: date, who: str) -> None:
    """One open follow-up: overdue, today or upcoming, so the dashboard has something in each."""
    offset = b.rng.choice((-6, -2, 0, 3, 7, 14))
    day = max(last + timedelta(days=1), b.today + timedelta(days=offset))
    _follow_up(b, day, who)


def _route_observation(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    b.case = replace(b.case, status=CaseStatus.OBSERVATION)
    for week in range(b.rng.randint(1, 3)):
        signs = tuple(b.rng.sample(list(WarningSign), b.rng.randint(1, 3)))
        b.observations.append(
            Observation(
                new_id(),
                b.case.id,
                opened + timedelta(days=7 * week),
                signs,
                "Discreet opgevolgd tijdens de pauzes.",
            )
        )
    _follow_up(
        b,
        b.today + timedelta(days=b.rng.randint(-3, 10)),
        "klastitularis",
        FollowUpKind.OBSERVATION,
    )


def _route_classic(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    _triage(b, opened + timedelta(days=1), Classification.CLASSIC_BULLYING, False)
    day = opened + timedelta(days=3)
    conv = _conversation(b, ConversationKind.INVOLVED, day, [victim, *bullies], None)
    _agreement(
        b, conv, b.name(bullies[0]), "Afstand houden tijdens de speeltijd.", day + timedelta(days=7)
    )
    _plan_next(b, day, b.name(victim))


def _route_conflict(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    _triage(b, opened + timedelta(days=1), Classification.CONFLICT, True)
    day = opened + timedelta(days=2)
    _conversation(b, ConversationKind.INVOLVED, day, [victim, bullies[0]], None)
    _follow_up(b, day + timedelta(days=7), "beide leerlingen", outcome=FollowUpOutcome.STOPPED)
    _plan_next(b, day, b.name(victim))


def _cyber_start(
    b: _Builder,
    victim: Participant,
    opened: date,
    classification: Classification = Classification.CYBERBULLYING,
) -> date:
    _triage(b, opened + timedelta(days=1), classification, True)
    _assess(b, opened + timedelta(days=2))
    _victim_talk(b, victim, opened + timedelta(days=3))
    return opened + timedelta(days=4)


def _choose(b: _Builder, day: date, choice: ApproachChoice, motivation: str) -> None:
    reasons = [r for r in ApproachReason if r.approach is choice.approach]
    picked = tuple(b.rng.sample(reasons, min(3, len(reasons))))
    b.approach_decisions.append(
        ApproachDecision(new_id(), b.case.id, b.at(day), picked, choice, choice, motivation)
    )


def _route_individual(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    day = _cyber_start(b, victim, opened)
    _choose(b, day, ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL, "Het pesten is recent.")
    _follow_up(b, day + timedelta(days=7), b.name(victim), outcome=FollowUpOutcome.DECREASED)
    _plan_next(b, day + timedelta(days=7), b.name(victim))


def _route_group(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    day = _cyber_start(b, victim, opened)
    _choose(b, day, ApproachChoice.NON_CONFRONTATIONAL_GROUP, "Sterk geloof in de klasgroep.")
    conv = _conversation(b, ConversationKind.GROUP, day + timedelta(days=2), [*bullies], None)
    _agreement(
        b,
        conv,
        "klasgroep",
        "Nieuwe klasafspraken over de groepschat ophangen.",
        day + timedelta(days=9),
    )
    _follow_up(
        b, day + timedelta(days=9), "steungroep", FollowUpKind.GROUP, FollowUpOutcome.STOPPED
    )
    _plan_next(b, day + timedelta(days=9), b.name(victim))


def _route_confrontational(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    day = _cyber_start(b, victim, opened)
    _choose(b, day, ApproachChoice.CONFRONTATIONAL, "Het pesten loopt al maanden.")
    conv = _conversation(
        b, ConversationKind.BULLY, day + timedelta(days=1), bullies[:1], day + timedelta(days=8)
    )
    _agreement(
        b,
        conv,
        b.name(bullies[0]),
        "Alle berichten over de klasgenoot verwijderen.",
        day + timedelta(days=2),
    )
    _conversation(b, ConversationKind.PARENTS_BULLY, day + timedelta(days=2), bullies[:1], None)
    _plan_next(b, day + timedelta(days=8), b.name(bullies[0]))


def _route_restorative(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    day = _cyber_start(b, victim, opened)
    _choose(b, day, ApproachChoice.CONFRONTATIONAL, "Grote impact; herstel gewenst.")
    _conversation(b, ConversationKind.BULLY, day + timedelta(days=1), bullies[:1], None)
    conv = _conversation(
        b,
        ConversationKind.RESTORATIVE,
        day + timedelta(days=3),
        [victim, bullies[0]],
        day + timedelta(days=10),
    )
    bully_first = b.name(bullies[0]).split()[0]
    coach = b.adult(Role.SUPPORT_FIGURE, bullies[0].id, "Koen", "Vandamme")
    engagements = tuple(
        e.format(victim=b.name(victim).split()[0]) for e in b.rng.sample(names.ENGAGEMENTS, 3)
    )
    signed = conv.held_on if b.rng.random() < 0.7 else None
    b.repair_agreements.append(
        RepairAgreement(
            new_id(),
            b.case.id,
            (bullies[0].id,),
            engagements,
            (
                SupportFigure(b.name(coach), "coach"),
                SupportFigure(f"ouder van {bully_first}", "ouder"),
            ),
            day + timedelta(days=14),
            day + timedelta(days=17),
            conv.id,
            signed,
        )
    )
    for kind, who in (
        (FollowUpKind.RESTORATIVE_BULLY, b.name(bullies[0])),
        (FollowUpKind.RESTORATIVE_VICTIM, b.name(victim)),
    ):
        _follow_up(b, day + timedelta(days=10), who, kind, FollowUpOutcome.STOPPED)


def _route_escalated(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    day = _cyber_start(b, victim, opened)
    _choose(b, day, ApproachChoice.NON_CONFRONTATIONAL_GROUP, "Eerst de groep aanspreken.")
    _conversation(b, ConversationKind.GROUP, day + timedelta(days=1), [*bullies], None)
    _follow_up(
        b, day + timedelta(days=8), b.name(victim), FollowUpKind.GROUP, FollowUpOutcome.UNCHANGED
    )
    _choose(
        b,
        day + timedelta(days=9),
        ApproachChoice.CONFRONTATIONAL,
        "Niet-confronterende aanpak hielp niet: het pesten ging door.",
    )
    conv = _conversation(b, ConversationKind.BULLY, day + timedelta(days=10), bullies[:1], None)
    _agreement(b, conv, b.name(bullies[0]), "Nepaccount verwijderen.", day + timedelta(days=11))
    clb = ExternalContact(new_id(), b.case.id, ExternalBody.CLB, day + timedelta(days=9))
    b.external.append(clb)
    if len(bullies) > 1:  # not from the random stream: the other demo cases stay the same
        b.external.append(
            ExternalContact(new_id(), b.case.id, ExternalBody.POLICE, day + timedelta(days=12),
                            is_formal_report=True, reference="PV (fictief)")
        )  # fmt: skip
    _plan_next(b, day + timedelta(days=11), b.name(victim))


def _route_cyber_classic(
    b: _Builder, victim: Participant, bullies: list[Participant], opened: date
) -> None:
    day = _cyber_start(b, victim, opened, Classification.CYBER_AND_CLASSIC)
    _choose(
        b, day, ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL, "Beperkte bijval voor de pester."
    )
    _conversation(b, ConversationKind.PARENTS_VICTIM, day + timedelta(days=1), [victim], None)
    _plan_next(b, day + timedelta(days=1), b.name(victim))


def _close(b: _Builder) -> None:
    closed = b.today - timedelta(days=b.rng.randint(1, 30))
    last = closed - timedelta(days=1)
    _follow_up(b, max(last, b.case.opened_on), "gepeste leerling", outcome=FollowUpOutcome.STOPPED)
    b.follow_ups = [
        f
        if f.held_on
        else replace(f, held_on=min(f.planned_on, closed), outcome=FollowUpOutcome.STOPPED)
        for f in b.follow_ups
    ]
    b.case = replace(
        b.case,
        status=CaseStatus.CLOSED,
        closed_on=closed,
        retention_until=closed.replace(year=closed.year + 5),
        close_note="Het pesten is gestopt; nazorg in de klas afgerond.",
    )


def demo_evidence(b: _Builder, platform: str) -> EvidenceItem:
    """Metadata of a demo evidence item (the bytes are added by the evidence service)."""
    return EvidenceItem(
        new_id(),
        b.case.id,
        f"Screenshot van {platform}",
        "gepeste leerling",
        b.case.opened_on,
        platform,
        Confidentiality.IN_CONFIDENCE,
        "",
    )


_ROUTE_BUILDERS = {
    "observation": _route_observation,
    "classic": _route_classic,
    "conflict": _route_conflict,
    "cyber_individual": _route_individual,
    "cyber_group": _route_group,
    "cyber_confrontational": _route_confrontational,
    "cyber_restorative": _route_restorative,
    "cyber_escalated": _route_escalated,
    "cyber_and_classic": _route_cyber_classic,
}
