"""The vocabulary of the method (DOMAIN.md section 3) as enums; values are stable storage keys."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    """Where a case stands as a whole."""

    OBSERVATION = "observation"  # reported by someone else, victim does not (yet) report personally
    OPEN = "open"
    CLOSED = "closed"


class Role(StrEnum):
    """A person's role in one case (the bullying circle plus the adults around it)."""

    VICTIM = "victim"
    BULLY = "bully"
    FOLLOWER = "follower"
    BYSTANDER = "bystander"
    DEFENDER = "defender"
    REPORTER = "reporter"
    PARENT = "parent"  # linked to a pupil in the case
    SUPPORT_FIGURE = "support_figure"  # linked to a pupil in the case
    OTHER = "other"


class UserRole(StrEnum):
    """What a colleague may do in the vault (kept in their key slot)."""

    ADMINISTRATOR = "administrator"  # adds and removes colleagues, roles, recovery sheet, purges
    MEMBER = "member"  # trust teacher, care coordinator: works on cases
    CLB_WORKER = "clb_worker"  # a member whose cases are confidential by default


class Competence(StrEnum):
    """Whether a pupil of 12 or older was judged able to decide about their parents ("bekwaam")."""

    COMPETENT = "competent"
    NOT_COMPETENT = "not_competent"
    NOT_JUDGED = "not_judged"


class JudgeRole(StrEnum):
    """In which role someone judged a pupil's competence."""

    TRUST_TEACHER = "trust_teacher"
    CLB_WORKER = "clb_worker"
    CARE_COORDINATOR = "care_coordinator"
    OTHER = "other"


class ReporterKind(StrEnum):
    """Who brought the case to the school."""

    VICTIM = "victim"
    PEER = "peer"
    PARENT = "parent"
    STAFF = "staff"
    ANONYMOUS = "anonymous"


class Medium(StrEnum):
    """Through which digital medium the bullying happened."""

    TEXT_MESSAGE = "text_message"
    SOCIAL_MEDIA = "social_media"
    MESSAGING_APP = "messaging_app"
    FORUM = "forum"
    EMAIL = "email"
    ONLINE_GAMING = "online_gaming"
    LIVESTREAM = "livestream"
    OTHER = "other"


class BullyingForm(StrEnum):
    """The forms cyberbullying takes."""

    EXCLUSION = "exclusion"
    INSULTING = "insulting"
    IMPERSONATING = "impersonating"
    EXPOSING = "exposing"
    THREATENING = "threatening"
    DESTROYING = "destroying"
    OTHER = "other"


class Classification(StrEnum):
    """Outcome of triage; each has its own route."""

    CYBERBULLYING = "cyberbullying"
    CYBER_AND_CLASSIC = "cyber_and_classic"
    CLASSIC_BULLYING = "classic_bullying"
    CONFLICT = "conflict"  # quarrel, teasing, violent incident


class CriterionAnswer(StrEnum):
    """Answer to one of the three key criteria of bullying."""

    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


class KeyCriterion(StrEnum):
    """The three criteria that must all hold to speak of (cyber)bullying."""

    INTENT = "intent"
    REPETITION = "repetition"
    POWER_IMBALANCE = "power_imbalance"


class CyberFeature(StrEnum):
    """The five features that make cyberbullying weigh heavier (context, not criteria)."""

    ANONYMOUS = "anonymous"
    ENDLESS_AUDIENCE = "endless_audience"
    ANY_TIME_ANY_PLACE = "any_time_any_place"
    NO_VISIBLE_EMOTIONS = "no_visible_emotions"
    LESS_SUPERVISION = "less_supervision"


class Severity(StrEnum):
    """The teacher's estimate of how serious the situation is."""

    MILD = "mild"
    MODERATE = "moderate"
    SERIOUS = "serious"
    VERY_SERIOUS = "very_serious"


class Flag(StrEnum):
    """Sensoa flag system outcome for sexual or transgressive behaviour (a judgement, not a sum)."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    BLACK = "black"


class FlagCriterion(StrEnum):
    """The six criteria of the flag system."""

    MUTUAL_CONSENT = "mutual_consent"
    VOLUNTARINESS = "voluntariness"
    EQUALITY = "equality"
    DEVELOPMENTAL_LEVEL = "developmental_level"
    CONTEXT = "context"
    SELF_RESPECT = "self_respect"


class ExternalBody(StrEnum):
    """Outside bodies the school may consult or report to."""

    POLICE = "police"
    CHILD_FOCUS = "child_focus"
    CLB = "clb"
    OTHER = "other"


class LegalCheck(StrEnum):
    """The legal-position checklist shown at the severity step (it informs, it does not decide)."""

    MINOR_LEGAL_POSITION = "minor_legal_position"
    STAFF_DISCRETION = "staff_discretion"
    CLB_PROFESSIONAL_SECRECY = "clb_professional_secrecy"
    DUTY_TO_REPORT = "duty_to_report"


class Approach(StrEnum):
    """The two approaches of the choice moment."""

    NON_CONFRONTATIONAL = "non_confrontational"
    CONFRONTATIONAL = "confrontational"


class ApproachChoice(StrEnum):
    """What the teacher chooses at the choice moment."""

    NON_CONFRONTATIONAL_INDIVIDUAL = "non_confrontational_individual"
    NON_CONFRONTATIONAL_GROUP = "non_confrontational_group"
    CONFRONTATIONAL = "confrontational"

    @property
    def approach(self) -> Approach:
        """The approach this choice belongs to."""
        if self is ApproachChoice.CONFRONTATIONAL:
            return Approach.CONFRONTATIONAL
        return Approach.NON_CONFRONTATIONAL


class ApproachReason(StrEnum):
    """The reasons of DOMAIN.md 2.6; the prefix says which column a reason belongs to."""

    NC_RECENT = "nc_recent"
    NC_LESS_SERIOUS = "nc_less_serious"
    NC_LIMITED_SUPPORT = "nc_limited_support"
    NC_BELIEF_IN_GROUP = "nc_belief_in_group"
    NC_TEACHERS_SUPPORT = "nc_teachers_support"
    C_LONG_RUNNING = "c_long_running"
    C_BIG_IMPACT = "c_big_impact"
    C_HIGH_STATUS = "c_high_status"
    C_VICTIM_ALONE = "c_victim_alone"
    C_TEACHERS_SUPPORT = "c_teachers_support"
    C_FORCEFUL_CORRECTION = "c_forceful_correction"

    @property
    def approach(self) -> Approach:
        """The column this reason stands in."""
        if self.value.startswith("nc_"):
            return Approach.NON_CONFRONTATIONAL
        return Approach.CONFRONTATIONAL


class ConversationKind(StrEnum):
    """The kinds of conversation; each has a form in forms/."""

    VICTIM = "victim"
    BULLY = "bully"
    PARENTS_VICTIM = "parents_victim"
    PARENTS_BULLY = "parents_bully"
    PARENTS_OTHER = "parents_other"
    RESTORATIVE = "restorative"
    GROUP = "group"
    FOLLOW_UP = "follow_up"
    INVOLVED = "involved"  # talk with those involved on the classic-bullying or conflict route


class GroupMethod(StrEnum):
    """Class or group interventions."""

    NO_BLAME = "no_blame"
    SUPPORT_GROUP = "support_group"
    PIKAS = "pikas"
    RESTORATIVE_CIRCLE = "restorative_circle"
    CLASS_THERMOMETER = "class_thermometer"


class RestorativeQuestion(StrEnum):
    """The five questions of step 2 of the restorative conversation, asked to every party."""

    WHAT_HAPPENED = "what_happened"
    HOW_DO_YOU_FEEL = "how_do_you_feel"
    WHAT_COULD_YOU_HAVE_DONE = "what_could_you_have_done"
    WHAT_DO_YOU_EXPECT = "what_do_you_expect"
    HOW_TO_MAKE_RIGHT = "how_to_make_right"


class AgreementStatus(StrEnum):
    """Where an agreement (who, what, by when) stands."""

    OPEN = "open"
    DONE = "done"
    NOT_KEPT = "not_kept"
    NO_LONGER_RELEVANT = "no_longer_relevant"


class FollowUpOutcome(StrEnum):
    """What a follow-up found: has the bullying stopped?"""

    STOPPED = "stopped"
    DECREASED = "decreased"
    UNCHANGED = "unchanged"
    WORSE = "worse"


class FollowUpKind(StrEnum):
    """Why a follow-up was planned."""

    GENERAL = "general"
    RESTORATIVE_BULLY = "restorative_bully"  # step 3, separately with the bully
    RESTORATIVE_VICTIM = "restorative_victim"  # step 3, separately with the victim
    GROUP = "group"  # e.g. a week after a support-group meeting
    OBSERVATION = "observation"  # reminder to keep watching


class WarningSign(StrEnum):
    """Signs that a pupil may be bullied (observation checklist)."""

    LOW_MOOD = "low_mood"
    PHYSICAL_CHANGES = "physical_changes"
    AVOIDING_SCHOOL = "avoiding_school"
    FALLING_RESULTS = "falling_results"
    LESS_INTEREST = "less_interest"
    LESS_MEDIA_USE = "less_media_use"
    NOT_WANTING_TO_GO_TO_SCHOOL = "not_wanting_to_go_to_school"
    AVOIDING_DEVICES = "avoiding_devices"
    RESTLESS_SLEEP = "restless_sleep"
    SUDDEN_CRYING = "sudden_crying"


class Confidentiality(StrEnum):
    """Under what confidentiality a piece of evidence was handed over."""

    IN_CONFIDENCE = "in_confidence"  # never shown to third parties
    CARE_TEAM = "care_team"  # may be shown within the care team
    SHAREABLE = "shareable"  # may be passed on (e.g. to the police)


class AuditAction(StrEnum):
    """What an audit event records."""

    CREATE_VAULT = "create_vault"
    UNLOCK = "unlock"
    LOCK = "lock"
    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    EXPORT = "export"
    IMPORT = "import"
    OVERRIDE = "override"
    USER = "user"  # a user added, a passphrase changed
