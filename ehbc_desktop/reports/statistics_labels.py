"""The printed names of the statistics' tables and categories, in Dutch and English."""

from __future__ import annotations

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    BullyingForm,
    ExternalBody,
    FollowUpOutcome,
    GroupMethod,
    Medium,
    ReporterKind,
)
from ehbc_desktop.domain.statistics.compute import Shown, ShownDuration
from ehbc_desktop.domain.statistics.facts import KNOWN_PLATFORMS
from ehbc_desktop.domain.statistics.suppression import Mark
from ehbc_desktop.domain.statistics.tables import Step as StatisticsStep
from ehbc_desktop.domain.statistics.tables import TableId
from ehbc_desktop.reports.texts import check_lang
from ehbc_desktop.vocabulary import capitalised
from ehbc_desktop.vocabulary import label as enum_label

_ENUM_TABLES = {
    TableId.REPORTER: ReporterKind,
    TableId.MEDIA: Medium,
    TableId.FORMS: BullyingForm,
    TableId.APPROACH: ApproachChoice,
    TableId.GROUP_METHODS: GroupMethod,
    TableId.OUTSIDE_BODIES: ExternalBody,
    TableId.OUTCOME: FollowUpOutcome,
    TableId.STEPS: StatisticsStep,
}

_CATEGORIES: dict[str, tuple[str, str]] = {
    "confidential": ("afgeschermd dossier (enkel geteld)", "confidential case (count only)"),
    "unknown": ("onbekend", "unknown"),
    "none": ("nog geen", "none yet"),
    "other": ("ander platform", "other platform"),
    "cyberbullying": ("cyberpesten", "cyberbullying"),
    "bullying": ("pesten (niet digitaal)", "bullying (not online)"),
    "conflict": ("conflict of ruzie", "conflict or quarrel"),
    "observation_only": ("enkel observatie", "observation only"),
    "not_classified": ("nog niet ingeschat", "not yet assessed"),
    "under_10": ("jonger dan 10", "under 10"),
    "10_11": ("10 en 11 jaar", "10 and 11"),
    "12_13": ("12 en 13 jaar", "12 and 13"),
    "14_15": ("14 en 15 jaar", "14 and 15"),
    "16_17": ("16 en 17 jaar", "16 and 17"),
    "18_plus": ("18 jaar of ouder", "18 or older"),
}
_PLATFORMS = dict(KNOWN_PLATFORMS)


def table_title(table_id: TableId, lang: str) -> str:
    """The title of a table."""
    return capitalised(table_id, check_lang(lang))


_NONE_BY_TABLE: dict[TableId, tuple[str, str]] = {
    TableId.APPROACH: ("nog geen keuze gemaakt", "no choice made yet"),
    TableId.OUTCOME: ("nog geen opvolging gehouden", "no follow-up held yet"),
    TableId.REPORTER: ("geen melding genoteerd", "no report recorded"),
}


def category_label(table_id: TableId, category: str, lang: str) -> str:
    """The printed name of one category of a table."""
    nl_lang = check_lang(lang) == "nl"
    if category in ("none", "unknown") and table_id in _NONE_BY_TABLE:
        nl, en = _NONE_BY_TABLE[table_id]
        return nl if nl_lang else en
    kind = _ENUM_TABLES.get(table_id)
    if kind is not None and category in {m.value for m in kind}:
        return enum_label(kind(category), lang)
    if table_id is TableId.PLATFORMS and category in _PLATFORMS:
        return _PLATFORMS[category]
    if table_id is TableId.VICTIM_YEARS and category.isdigit():
        return f"{category}e leerjaar" if nl_lang else f"year {category}"
    nl, en = _CATEGORIES.get(category, (category, category))
    return nl if nl_lang else en


STATISTICS_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Cijfers over pesten en cyberpesten", "Figures on bullying and cyberbullying"),
    "period": ("Periode", "Period"),
    "previous": ("Vergeleken met", "Compared with"),
    "threshold": ("Kleinste getoonde aantal", "Smallest count shown"),
    "made_on": ("Opgemaakt op", "Made on"),
    "overview": ("In het kort", "In short"),
    "opened": ("Dossiers geopend", "Cases opened"),
    "closed": ("Dossiers afgesloten", "Cases closed"),
    "days_to_stopped": (
        "Dagen van melding tot 'gestopt' (mediaan, middelste helft)",
        "Days from report to 'stopped' (median, middle half)",
    ),
    "this_period": ("Deze periode", "This period"),
    "previous_period": ("Vorige periode", "Previous period"),
    "category": ("Categorie", "Category"),
    "total": ("Totaal", "Total"),
    "hidden": ("verborgen", "hidden"),
    "no_figure": ("te weinig dossiers", "too few cases"),
    "days": ("{median} dagen ({low}–{high})", "{median} days ({low}–{high})"),
    "per_case_note": (
        "Een dossier kan in meer dan één rij van deze tabel staan.",
        "A case can be counted in more than one row of this table.",
    ),
    "note_heading": (
        "Wat deze cijfers wel en niet vertellen", "What these figures can and cannot tell"
    ),
    "note_can": (
        "Ze tonen hoeveel dossiers in deze periode geopend en afgesloten werden, van welke aard "
        "ze waren, langs wie en via welke media en platforms ze de school bereikten, welke "
        "aanpak gekozen werd en wat de laatste opvolging vond. Zo kan het schoolteam zijn "
        "beleid tegen pesten bijsturen.",
        "They show how many cases were opened and closed in this period, what kind they were, "
        "who reported them and through which media and platforms, which approach was chosen "
        "and what the last follow-up found. They help the school adjust its anti-bullying "
        "policy.",
    ),
    "note_cannot": (
        "Ze zeggen niet hoeveel er echt gepest wordt: alleen wat gemeld en genoteerd werd, telt "
        "mee. Ze bewijzen niet dat de ene aanpak beter werkt dan de andere: elke situatie is "
        "anders en de aantallen zijn klein. En ze zeggen niets over één leerling of één klas: "
        "er staan geen namen, klassen of teksten in.",
        "They do not tell how much bullying really happens: only what was reported and "
        "recorded counts. They do not prove that one approach works better than another: every "
        "situation differs and the numbers are small. And they say nothing about one pupil or "
        "one class: they hold no names, classes or texts.",
    ),
    "note_small": (
        "Een aantal van 1 tot {below} staat er als '< {threshold}'. 'Verborgen' is een groter "
        "aantal dat weggelaten is omdat je anders een klein aantal uit het totaal zou kunnen "
        "afleiden. Zijn er in totaal minder dan {threshold} dossiers, dan staat ook nul als "
        "'< {threshold}'. Afgeschermde dossiers worden alleen geteld.",
        "A count from 1 to {below} shows as '< {threshold}'. 'Hidden' is a larger count left "
        "out because a small one could otherwise be worked out from the total. When there are "
        "fewer than {threshold} cases in all, zero shows as '< {threshold}' too. Confidential "
        "cases are only counted.",
    ),
}


def statistics_text(key: str, lang: str, **values: object) -> str:
    """The fixed wording of the statistics in `lang`."""
    nl, en = STATISTICS_TEXTS[key]
    wording = nl if check_lang(lang) == "nl" else en
    if "threshold" in values:
        values = {**values, "below": int(str(values["threshold"])) - 1}
    return wording.format(**values) if values else wording


def shown_text(shown: Shown, threshold: int, lang: str) -> str:
    """A published count as text: the number, "< 5" or "hidden"."""
    if shown.mark is Mark.SMALL:
        return f"< {threshold}"
    if shown.mark is Mark.HIDDEN or shown.value is None:
        return statistics_text("hidden", lang)
    return str(shown.value)


def duration_text(duration: ShownDuration, threshold: int, lang: str) -> str:
    """The median days and the middle half, or "too few cases"."""
    if duration.median is None or duration.quartile_low is None or duration.quartile_high is None:
        return statistics_text("no_figure", lang)

    def days(value: float) -> str:
        return f"{value:.0f}" if value == int(value) else f"{value:.1f}".replace(
            ".", "," if check_lang(lang) == "nl" else "."
        )

    return statistics_text("days", lang, median=days(duration.median),
                           low=days(duration.quartile_low), high=days(duration.quartile_high))
