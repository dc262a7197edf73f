"""Printed names of the method's vocabulary (the enums of the domain), in Dutch and English."""

from __future__ import annotations

from enum import StrEnum

from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    BullyingForm,
    CaseStatus,
    Classification,
    Confidentiality,
    ConversationKind,
    ExternalBody,
    Flag,
    FollowUpKind,
    FollowUpOutcome,
    GroupMethod,
    LegalCheck,
    Medium,
    ReporterKind,
    Role,
    Severity,
    WarningSign,
)
from ehbc_desktop.reports.texts import check_lang

# (member, (Dutch, English)); a list, because members of different StrEnums can be equal
# (Role.VICTIM == ReporterKind.VICTIM == "victim") and would collide as dict keys.
_PAIRS: list[tuple[StrEnum, tuple[str, str]]] = [
    (CaseStatus.OBSERVATION, ("discrete observatie", "discreet observation")),
    (CaseStatus.OPEN, ("lopend", "open")),
    (CaseStatus.CLOSED, ("afgesloten", "closed")),
    (Role.VICTIM, ("gepeste", "victim")),
    (Role.BULLY, ("pester", "bully")),
    (Role.FOLLOWER, ("meeloper", "follower")),
    (Role.BYSTANDER, ("omstaander", "bystander")),
    (Role.DEFENDER, ("verdediger", "defender")),
    (Role.REPORTER, ("melder", "reporter")),
    (Role.PARENT, ("ouder", "parent")),
    (Role.SUPPORT_FIGURE, ("steunfiguur", "support figure")),
    (Role.OTHER, ("andere betrokkene", "other")),
    (ReporterKind.VICTIM, ("de gepeste leerling zelf", "the victim")),
    (ReporterKind.PEER, ("een medeleerling", "a fellow pupil")),
    (ReporterKind.PARENT, ("een ouder", "a parent")),
    (ReporterKind.STAFF, ("een personeelslid", "a staff member")),
    (ReporterKind.ANONYMOUS, ("anoniem", "anonymous")),
    (Medium.TEXT_MESSAGE, ("sms", "text message")),
    (Medium.SOCIAL_MEDIA, ("sociale media", "social media")),
    (Medium.MESSAGING_APP, ("chatapp", "messaging app")),
    (Medium.FORUM, ("forum", "forum")),
    (Medium.EMAIL, ("e-mail", "e-mail")),
    (Medium.ONLINE_GAMING, ("online gamen", "online gaming")),
    (Medium.LIVESTREAM, ("livestream", "livestream")),
    (Medium.OTHER, ("ander medium", "other medium")),
    (BullyingForm.EXCLUSION, ("uitsluiten", "exclusion")),
    (BullyingForm.INSULTING, ("beledigen", "insulting")),
    (BullyingForm.IMPERSONATING, ("zich voordoen als een ander", "impersonating")),
    (BullyingForm.EXPOSING, ("te kijk zetten", "exposing")),
    (BullyingForm.THREATENING, ("bedreigen", "threatening")),
    (BullyingForm.DESTROYING, ("kapotmaken van spullen of accounts", "destroying")),
    (BullyingForm.OTHER, ("andere vorm", "other form")),
    (Classification.CYBERBULLYING, ("cyberpesten", "cyberbullying")),
    (Classification.CYBER_AND_CLASSIC, (
        "cyberpesten samen met klassiek pesten", "cyberbullying with classic bullying"
    )),
    (Classification.CLASSIC_BULLYING, ("klassiek pesten", "classic bullying")),
    (Classification.CONFLICT, ("conflict, plagen of incident", "conflict, teasing or incident")),
    (Severity.MILD, ("licht", "mild")),
    (Severity.MODERATE, ("matig", "moderate")),
    (Severity.SERIOUS, ("ernstig", "serious")),
    (Severity.VERY_SERIOUS, ("zeer ernstig", "very serious")),
    (Flag.GREEN, ("groen (aanvaardbaar)", "green (acceptable)")),
    (Flag.YELLOW, ("geel (licht grensoverschrijdend)", "yellow (mildly transgressive)")),
    (Flag.RED, ("rood (ernstig grensoverschrijdend)", "red (seriously transgressive)")),
    (Flag.BLACK, ("zwart (zwaar grensoverschrijdend)", "black (severely transgressive)")),
    (ExternalBody.POLICE, ("politie", "police")),
    (ExternalBody.CHILD_FOCUS, ("Child Focus", "Child Focus")),
    (ExternalBody.CLB, ("CLB", "CLB")),
    (ExternalBody.OTHER, ("andere instantie", "other body")),
    (LegalCheck.MINOR_LEGAL_POSITION, (
        "rechtspositie van de minderjarige", "minor's legal position"
    )),
    (LegalCheck.STAFF_DISCRETION, (
        "discretieplicht van het personeel", "staff duty of discretion"
    )),
    (LegalCheck.CLB_PROFESSIONAL_SECRECY, (
        "beroepsgeheim van het CLB", "CLB professional secrecy"
    )),
    (LegalCheck.DUTY_TO_REPORT, ("meldplicht", "duty to report")),
    (ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL, (
        "niet-confronterend, individueel", "non-confrontational, individual"
    )),
    (ApproachChoice.NON_CONFRONTATIONAL_GROUP, (
        "niet-confronterend, met de groep", "non-confrontational, with the group"
    )),
    (ApproachChoice.CONFRONTATIONAL, ("confronterend", "confrontational")),
    (ApproachReason.NC_RECENT, ("het pesten is nog maar pas begonnen", "the bullying is recent")),
    (ApproachReason.NC_LESS_SERIOUS, (
        "de feiten zijn minder zwaar", "the facts are less serious"
    )),
    (ApproachReason.NC_LIMITED_SUPPORT, (
        "de pester heeft weinig steun", "the bully has limited support"
    )),
    (ApproachReason.NC_BELIEF_IN_GROUP, (
        "we geloven sterk in de kracht van de groep", "strong belief in the power of the group"
    )),
    (ApproachReason.NC_TEACHERS_SUPPORT, (
        "de leerkrachten staan achter de aanpak", "teachers support the approach"
    )),
    (ApproachReason.C_LONG_RUNNING, (
        "het pesten duurt al langer", "the bullying has gone on for a long time"
    )),
    (ApproachReason.C_BIG_IMPACT, (
        "grote impact op de gepeste en de omgeving", "big impact on the victim and surroundings"
    )),
    (ApproachReason.C_HIGH_STATUS, (
        "de pester heeft aanzien en veel steun", "the bully has high status and broad support"
    )),
    (ApproachReason.C_VICTIM_ALONE, (
        "de gepeste staat er (bijna) alleen voor", "the victim stands (almost) alone"
    )),
    (ApproachReason.C_TEACHERS_SUPPORT, (
        "de leerkrachten staan achter de aanpak", "teachers support the approach"
    )),
    (ApproachReason.C_FORCEFUL_CORRECTION, (
        "het gedrag moet snel en duidelijk bijgestuurd worden",
        "the behaviour needs a quick, firm correction",
    )),
    (ConversationKind.VICTIM, ("gesprek met de gepeste leerling", "conversation with the victim")),
    (ConversationKind.BULLY, ("gesprek met de pester", "conversation with the bully")),
    (ConversationKind.PARENTS_VICTIM, (
        "gesprek met de ouders van de gepeste", "conversation with the victim's parents"
    )),
    (ConversationKind.PARENTS_BULLY, (
        "gesprek met de ouders van de pester", "conversation with the bully's parents"
    )),
    (ConversationKind.PARENTS_OTHER, (
        "gesprek met andere ouders", "conversation with other parents"
    )),
    (ConversationKind.RESTORATIVE, ("herstelgesprek", "restorative conversation")),
    (ConversationKind.GROUP, ("groepsgesprek", "group conversation")),
    (ConversationKind.FOLLOW_UP, ("opvolggesprek", "follow-up conversation")),
    (ConversationKind.INVOLVED, ("gesprek met de betrokkenen", "conversation with those involved")),
    (GroupMethod.NO_BLAME, ("No Blame-aanpak", "No Blame approach")),
    (GroupMethod.SUPPORT_GROUP, ("steungroepmethode", "support-group method")),
    (GroupMethod.PIKAS, ("Pikasmethode", "Pikas method")),
    (GroupMethod.RESTORATIVE_CIRCLE, ("herstelcirkel", "restorative circle")),
    (GroupMethod.CLASS_THERMOMETER, ("klasthermometer", "class thermometer")),
    (AgreementStatus.OPEN, ("loopt", "open")),
    (AgreementStatus.DONE, ("gedaan", "done")),
    (AgreementStatus.NOT_KEPT, ("niet nagekomen", "not kept")),
    (AgreementStatus.NO_LONGER_RELEVANT, ("niet meer nodig", "no longer relevant")),
    (FollowUpOutcome.STOPPED, ("gestopt", "stopped")),
    (FollowUpOutcome.DECREASED, ("verminderd", "decreased")),
    (FollowUpOutcome.UNCHANGED, ("onveranderd", "unchanged")),
    (FollowUpOutcome.WORSE, ("erger geworden", "worse")),
    (FollowUpKind.GENERAL, ("opvolging", "follow-up")),
    (FollowUpKind.RESTORATIVE_BULLY, (
        "apart gesprek met de pester", "separate talk with the bully"
    )),
    (FollowUpKind.RESTORATIVE_VICTIM, (
        "apart gesprek met de gepeste", "separate talk with the victim"
    )),
    (FollowUpKind.GROUP, ("opvolging van de groep", "group follow-up")),
    (FollowUpKind.OBSERVATION, ("verder observeren", "keep observing")),
    (WarningSign.LOW_MOOD, ("somber of wisselend humeur", "low mood or mood swings")),
    (WarningSign.PHYSICAL_CHANGES, ("lichamelijke veranderingen", "physical changes")),
    (WarningSign.AVOIDING_SCHOOL, ("ontwijkt school", "avoiding school")),
    (WarningSign.FALLING_RESULTS, ("dalende resultaten", "falling results")),
    (WarningSign.LESS_INTEREST, (
        "minder zin in hobby's en vrienden", "less interest in hobbies and friends"
    )),
    (WarningSign.LESS_MEDIA_USE, (
        "gebruikt minder (sociale) media", "uses (social) media less"
    )),
    (WarningSign.NOT_WANTING_TO_GO_TO_SCHOOL, (
        "wil niet naar school", "does not want to go to school"
    )),
    (WarningSign.AVOIDING_DEVICES, ("vermijdt gsm of computer", "avoids phone or computer")),
    (WarningSign.RESTLESS_SLEEP, ("slaapt onrustig", "restless sleep")),
    (WarningSign.SUDDEN_CRYING, ("plotse huilbuien", "sudden crying")),
    (Confidentiality.IN_CONFIDENCE, (
        "in vertrouwen, niet tonen aan derden", "in confidence, not shown to others"
    )),
    (Confidentiality.CARE_TEAM, ("mag binnen het zorgteam", "may be shown to the care team")),
    (Confidentiality.SHAREABLE, ("mag doorgegeven worden", "may be passed on")),
]
_LABELS = {(type(member), member.value): names for member, names in _PAIRS}


def label(member: StrEnum, lang: str) -> str:
    """The printed name of an enum member; its stored value when no name is known."""
    names = _LABELS.get((type(member), member.value))
    if names is None:
        return member.value.replace("_", " ")
    return names[0] if check_lang(lang) == "nl" else names[1]


def labels(members: tuple[StrEnum, ...] | list[StrEnum], lang: str) -> str:
    """Several enum members as one comma-separated line."""
    return ", ".join(label(m, lang) for m in members)
