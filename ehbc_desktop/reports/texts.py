"""The fixed wording of the printed documents, per language, and date formatting."""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("nl", "en")

_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}

_NL: dict[str, str] = {
    # page furniture
    "confidential": "Vertrouwelijk",
    "page_x_of_y": "pagina {page} van {total}",
    "case_ref": "Dossier {ref}",
    "program": "EHBC Desktop",
    "made_on": "Opgemaakt op {date}",
    "none_recorded": "Niets genoteerd.",
    "yes": "ja",
    "no": "nee",
    # repair agreement
    "ra_title": "Herstelovereenkomst",
    "ra_intro": (
        "Na een herstelgesprek leggen we hier vast wat er gebeurd is en wat er afgesproken "
        "werd om de schade te herstellen. Iedereen die tekent, kent de inhoud en staat erachter."
    ),
    "ra_parties": "Wie zijn betrokken",
    "ra_bully": "Leerling die de afspraken opneemt",
    "ra_victim": "Leerling die gekwetst werd",
    "ra_what_happened": "Wat er gebeurd is",
    "ra_engagements": "Wat ik ga doen om het goed te maken",
    "ra_support": "Wie mij daarbij helpt",
    "ra_support_name": "Naam",
    "ra_support_role": "Rol",
    "ra_term": "Termijn en evaluatie",
    "ra_term_label": "De afspraken zijn uitgevoerd tegen",
    "ra_eval_label": "We bekijken samen hoe het loopt op",
    "ra_eval_note": (
        "Ook als niet elke afspraak volledig lukt, is het belangrijkste dat het pesten stopt. "
        "Op het evaluatiegesprek bekijken we samen wat er nog nodig is."
    ),
    "ra_signatures": "Handtekeningen",
    "ra_sig_bully": "Leerling",
    "ra_sig_victim": "Gekwetste leerling",
    "ra_sig_support": "Steunfiguur",
    "ra_sig_teacher": "Begeleidende leerkracht",
    "ra_sig_parent": "Ouder of voogd",
    "ra_date_place": "Opgemaakt te {place} op {date}.",
    "sig_name": "Naam",
    "sig_signature": "Handtekening",
    # follow-up plan
    "fp_title": "Opvolgingsplan",
    "fp_approach": "Gekozen aanpak",
    "fp_choice": "Aanpak",
    "fp_group_method": "Groepsmethode",
    "fp_decided_on": "Beslist op",
    "fp_reasons": "Waarom deze aanpak",
    "fp_motivation": "Toelichting",
    "fp_no_decision": "Er is nog geen aanpak gekozen.",
    "fp_agreements": "Afspraken",
    "fp_follow_ups": "Geplande opvolging",
    "fp_contacts": "Contactpersonen",
    "col_who": "Wie",
    "col_what": "Wat",
    "col_due": "Tegen",
    "col_status": "Stand van zaken",
    "col_date": "Datum",
    "col_with_whom": "Met wie",
    "col_step": "Stap",
    "col_outcome": "Resultaat",
    "col_name": "Naam",
    "col_role": "Rol",
    "col_reach": "Bereikbaar via",
    "col_event": "Gebeurtenis",
    "col_note": "Notitie",
    # conversation report
    "cr_title": "Verslag van een gesprek",
    "cr_kind": "Soort gesprek",
    "cr_held_on": "Gesprek op",
    "cr_present": "Aanwezig",
    "cr_form": "Formulier",
    "cr_form_value": "{form}, versie {version}",
    "cr_state": "Stand van zaken",
    "cr_finished": "afgerond (alleen nog aanvullingen mogelijk)",
    "cr_draft": "nog niet afgerond",
    "cr_answers": "Vragen en antwoorden",
    "cr_no_answer": "(geen antwoord)",
    "cr_summary": "Samenvatting",
    "cr_agreements": "Afspraken uit dit gesprek",
    "cr_next": "Volgend gesprek",
    "cr_no_next": "Nog geen datum vastgelegd.",
    "cr_amendments": "Aanvullingen na afronding",
    "cr_amendment_head": "Aanvulling van {date}, door {author}",
    "cr_amendment_note": (
        "Het gesprek zelf blijft zoals het werd afgerond; wat later werd toegevoegd, staat "
        "hieronder apart, met datum en auteur."
    ),
    # case summary
    "cs_title": "Dossieroverzicht",
    "cs_for": "Bestemd voor",
    "cs_pseudonymised": (
        "Namen zijn vervangen door initialen en de rol in het dossier."
    ),
    "cs_case": "Het dossier",
    "cs_case_title": "Titel",
    "cs_status": "Stand van het dossier",
    "cs_opened": "Geopend op",
    "cs_closed": "Afgesloten op",
    "cs_classification": "Huidige inschatting",
    "cs_severity": "Ernst",
    "cs_participants": "Betrokkenen",
    "cs_class": "Klas",
    "cs_report": "De melding",
    "cs_reported_on": "Gemeld op",
    "cs_reporter": "Gemeld door",
    "cs_channel": "Hoe het de school bereikte",
    "cs_media": "Via",
    "cs_platforms": "Platform of app",
    "cs_forms": "Vormen",
    "cs_description": "Wat er gemeld werd",
    "cs_timeline": "Tijdlijn",
    "cs_triage": "Inschatting: gaat het om (cyber)pesten?",
    "cs_proposed": "Voorstel",
    "cs_decided": "Besluit",
    "cs_reason": "Reden / notitie",
    "cs_severities": "Ernstinschatting",
    "cs_flag": "Vlag",
    "cs_rationale": "Motivering",
    "cs_legal": "Juridische aandachtspunten overlopen",
    "cs_care_team": "Overleg met het zorgteam",
    "cs_care_participants": "Wie",
    "cs_conclusion": "Besluit",
    "cs_external": "Contact met externen",
    "cs_formal": "officiële melding",
    "cs_approach": "Keuzemoment: gekozen aanpak",
    "cs_conversations": "Gesprekken in het kort",
    "cs_agreements": "Afspraken",
    "cs_repair": "Herstelovereenkomsten",
    "cs_follow_ups": "Opvolging",
    "cs_observations": "Discrete observatie",
    "cs_signs": "Signalen",
    "cs_evidence": "Bewijsmateriaal",
    "cs_evidence_note": (
        "Het bewijsmateriaal zelf zit versleuteld in de kluis. Hier staat alleen de beschrijving "
        "met de controlecode (SHA-256), waarmee je kan nagaan dat een bestand ongewijzigd is."
    ),
    "cs_evidence_note_images": (
        "Het bewijsmateriaal zelf zit versleuteld in de kluis. Op vraag staan hier ook de "
        "afbeeldingen bij, behalve wat in vertrouwen werd gegeven. De controlecode (SHA-256) "
        "toont dat een bestand ongewijzigd is."
    ),
    "cs_evidence_what": "Beschrijving en controlecode",
    "cs_provided_by": "Aangebracht door",
    "cs_confidentiality": "Vertrouwelijkheid",
    "cs_notes": "Notities",
    "cs_amended": "{n} aanvulling(en)",
    "cs_engagements": "Engagementen",
    "cs_term": "termijn {term}, evaluatie {evaluation}",
    # events of the timeline
    "ev_opened": "Dossier geopend",
    "ev_report": "Melding ontvangen",
    "ev_triage": "Inschatting: {value}",
    "ev_severity": "Ernst ingeschat: {value}",
    "ev_care_team": "Overleg met het zorgteam",
    "ev_external": "Contact met {value}",
    "ev_approach": "Aanpak gekozen: {value}",
    "ev_conversation": "Gesprek: {value}",
    "ev_repair": "Herstelovereenkomst opgemaakt",
    "ev_follow_up": "Opvolging ({value})",
    "ev_observation": "Observatie genoteerd",
    "ev_evidence": "Bewijsstuk toegevoegd",
    "ev_note": "Notitie",
    "ev_closed": "Dossier afgesloten",
    # recovery sheet
    "rs_title": "Herstelsleutel van de kluis",
    "rs_school": "School",
    "rs_created": "Aangemaakt op",
    "rs_key": "Herstelsleutel",
    "rs_what": (
        "Met deze sleutel open je de kluis van EHBC Desktop wanneer niemand zijn wachtwoord nog "
        "kent. Wie de sleutel heeft, kan alle dossiers lezen, ook de afgeschermde dossiers van "
        "het CLB en van elke collega: behandel hem zoals de sleutel van het archief met "
        "leerlingendossiers."
    ),
    "rs_where": "Waar bewaar je dit blad?",
    "rs_where_items": (
        "In de kluis of brandkast van de school, in een gesloten omslag."
        "|Nooit bij de pc, in een lade van het lokaal of op een prikbord."
        "|Niet fotograferen, niet inscannen en niet mailen."
        "|Noteer op de omslag alleen waarvoor hij dient, niet de sleutel zelf."
    ),
    "rs_after": (
        "Na gebruik van de sleutel vraagt het programma meteen een nieuw wachtwoord. Maak daarna "
        "een nieuwe herstelsleutel aan en vernietig dit blad."
    ),
    # blank forms
    "bf_ra_title": "Herstelovereenkomst (in te vullen)",
    "bf_conv_title": "Gespreksformulier",
    "bf_reference": "Dossier",
    "bf_date": "Datum",
    "bf_present": "Aanwezig",
    "bf_engagements": "Wat ik ga doen om het goed te maken",
    "bf_support": "Wie mij daarbij helpt (naam en rol)",
    "bf_term": "Uitgevoerd tegen",
    "bf_eval": "Evaluatiegesprek op",
    "bf_place_date": "Plaats en datum",
    "bf_agreements": "Afspraken: wie doet wat, tegen wanneer?",
    "bf_next": "Volgend gesprek op",
    # chain of custody
    "cc_title": "Bewaarketen van bewijsmateriaal",
    "cc_intro": (
        "Dit blad toont voor één stuk bewijsmateriaal wie het toevoegde en wanneer, en elke keer "
        "dat iemand het bekeek, buiten de kluis zette of controleerde. De controlecode (SHA-256) "
        "verandert zodra er aan het bestand ook maar één teken wijzigt."
    ),
    "cc_item": "Stuk",
    "cc_fingerprint": "Controlecode (SHA-256)",
    "cc_no_fingerprint": "Geen: het bestand is nooit in de kluis gekomen.",
    "cc_added": "Toegevoegd door",
    "cc_not_imported": "Niet bewaard",
    "cc_not_imported_text": (
        "Naaktbeelden van een minderjarige: niet in de kluis. In handen van {holder}; "
        "proces-verbaal {reference}."
    ),
    "cc_in_log": "In het logboek",
    "cc_counts": "{views} keer bekeken · {exports} keer buiten de kluis gezet · "
                 "{checks} keer gecontroleerd",
    "cc_events": "Alles wat met dit stuk gebeurde",
    "cc_ev_added": "toegevoegd aan het dossier",
    "cc_ev_viewed": "bekeken",
    "cc_ev_exported": "onversleuteld buiten de kluis gezet ({reason})",
    "cc_ev_verified_ok": "gecontroleerd: ongewijzigd",
    "cc_ev_verified_bad": "gecontroleerd: gewijzigd of beschadigd",
    "cc_ev_deleted": "verwijderd",
    "cs_custody": "Bewaarketen van het bewijsmateriaal",
    # class thermometer
    "th_q_title": "Klasthermometer",
    "th_q_intro": (
        "Deze vragenlijst is anoniem: schrijf je naam nergens. Lees elke zin en zet een kruisje "
        "bij wat het best past bij de voorbije weken. Er zijn geen juiste of foute antwoorden."
    ),
    "th_q_thanks": "Dank je wel! Vouw het blad dicht en leg het in de doos.",
    "th_class": "Klas",
    "th_r_title": "Klasthermometer: voor en na",
    "th_r_intro": (
        "Per zin het aandeel antwoorden dat op een probleem wijst: vaak of (bijna) altijd bij "
        "iets wat niet goed is, nooit of soms bij iets wat goed is. Lager is beter. De cijfers "
        "zijn tellingen van anonieme antwoorden."
    ),
    "th_before": "Voor",
    "th_after": "Na",
    "th_measured": "{day}, klas {klass}, {n} leerlingen",
    "th_not_measured": "nog niet afgenomen",
    "th_chart": "Aandeel antwoorden dat op een probleem wijst",
    "th_table": "Per zin",
    "th_statement": "Zin",
    "th_change": "Verschil",
    # handouts
    "ph_title": "Word je (online) gepest?",
    "pa_title": "Cyberpesten: wat kan je als ouder doen?",
    "ho_school_contact": "Op school kan je terecht bij",
    "ho_for": "Voor",
    "ho_for_parents": "Voor de ouders van",
    "ho_tips": "Wat we samen bespraken",
    "ho_agreements": "Onze afspraken",
    "ho_helplines": "Hier kan je ook terecht",
}

_EN: dict[str, str] = {
    "confidential": "Confidential",
    "page_x_of_y": "page {page} of {total}",
    "case_ref": "Case {ref}",
    "program": "EHBC Desktop",
    "made_on": "Prepared on {date}",
    "none_recorded": "Nothing recorded.",
    "yes": "yes",
    "no": "no",
    "ra_title": "Repair agreement",
    "ra_intro": (
        "After a restorative conversation we write down here what happened and what was agreed "
        "to repair the harm. Everyone who signs knows the content and supports it."
    ),
    "ra_parties": "Who is involved",
    "ra_bully": "Pupil who takes on the engagements",
    "ra_victim": "Pupil who was hurt",
    "ra_what_happened": "What happened",
    "ra_engagements": "What I will do to make it right",
    "ra_support": "Who helps me with it",
    "ra_support_name": "Name",
    "ra_support_role": "Role",
    "ra_term": "Term and evaluation",
    "ra_term_label": "The engagements are carried out by",
    "ra_eval_label": "We look together at how it goes on",
    "ra_eval_note": (
        "Even if not every engagement works out completely, what matters most is that the "
        "bullying stops. At the evaluation we look together at what is still needed."
    ),
    "ra_signatures": "Signatures",
    "ra_sig_bully": "Pupil",
    "ra_sig_victim": "Pupil who was hurt",
    "ra_sig_support": "Support figure",
    "ra_sig_teacher": "Supervising teacher",
    "ra_sig_parent": "Parent or guardian",
    "ra_date_place": "Drawn up at {place} on {date}.",
    "sig_name": "Name",
    "sig_signature": "Signature",
    "fp_title": "Follow-up plan",
    "fp_approach": "Chosen approach",
    "fp_choice": "Approach",
    "fp_group_method": "Group method",
    "fp_decided_on": "Decided on",
    "fp_reasons": "Why this approach",
    "fp_motivation": "Explanation",
    "fp_no_decision": "No approach has been chosen yet.",
    "fp_agreements": "Agreements",
    "fp_follow_ups": "Planned follow-up",
    "fp_contacts": "Contacts",
    "col_who": "Who",
    "col_what": "What",
    "col_due": "By",
    "col_status": "Status",
    "col_date": "Date",
    "col_with_whom": "With whom",
    "col_step": "Step",
    "col_outcome": "Outcome",
    "col_name": "Name",
    "col_role": "Role",
    "col_reach": "Reachable through",
    "col_event": "Event",
    "col_note": "Note",
    "cr_title": "Conversation report",
    "cr_kind": "Kind of conversation",
    "cr_held_on": "Held on",
    "cr_present": "Present",
    "cr_form": "Form",
    "cr_form_value": "{form}, version {version}",
    "cr_state": "Status",
    "cr_finished": "finished (only amendments can be added)",
    "cr_draft": "not finished yet",
    "cr_answers": "Questions and answers",
    "cr_no_answer": "(no answer)",
    "cr_summary": "Summary",
    "cr_agreements": "Agreements made in this conversation",
    "cr_next": "Next conversation",
    "cr_no_next": "No date set yet.",
    "cr_amendments": "Amendments after finishing",
    "cr_amendment_head": "Amendment of {date}, by {author}",
    "cr_amendment_note": (
        "The conversation itself stays as it was finished; what was added later is listed "
        "separately below, with its date and author."
    ),
    "cs_title": "Case summary",
    "cs_for": "Intended for",
    "cs_pseudonymised": "Names have been replaced by initials and the role in the case.",
    "cs_case": "The case",
    "cs_case_title": "Title",
    "cs_status": "Case status",
    "cs_opened": "Opened on",
    "cs_closed": "Closed on",
    "cs_classification": "Current classification",
    "cs_severity": "Severity",
    "cs_participants": "People involved",
    "cs_class": "Class",
    "cs_report": "The report",
    "cs_reported_on": "Reported on",
    "cs_reporter": "Reported by",
    "cs_channel": "How it reached the school",
    "cs_media": "Through",
    "cs_platforms": "Platform or app",
    "cs_forms": "Forms",
    "cs_description": "What was reported",
    "cs_timeline": "Timeline",
    "cs_triage": "Classification: is it (cyber)bullying?",
    "cs_proposed": "Proposed",
    "cs_decided": "Decided",
    "cs_reason": "Reason / note",
    "cs_severities": "Severity assessment",
    "cs_flag": "Flag",
    "cs_rationale": "Rationale",
    "cs_legal": "Legal points reviewed",
    "cs_care_team": "Care team consultation",
    "cs_care_participants": "Who",
    "cs_conclusion": "Conclusion",
    "cs_external": "External contacts",
    "cs_formal": "formal report",
    "cs_approach": "Choice moment: chosen approach",
    "cs_conversations": "Conversations in short",
    "cs_agreements": "Agreements",
    "cs_repair": "Repair agreements",
    "cs_follow_ups": "Follow-up",
    "cs_observations": "Discreet observation",
    "cs_signs": "Signs",
    "cs_evidence": "Evidence",
    "cs_evidence_note": (
        "The evidence itself is kept encrypted in the vault. Only its description is listed "
        "here, with the SHA-256 fingerprint that shows a file has not been changed."
    ),
    "cs_evidence_note_images": (
        "The evidence itself is kept encrypted in the vault. As asked, the pictures are printed "
        "too, except what was given in confidence. The SHA-256 fingerprint shows a file has "
        "not been changed."
    ),
    "cs_evidence_what": "Description and fingerprint",
    "cs_provided_by": "Provided by",
    "cs_confidentiality": "Confidentiality",
    "cs_notes": "Notes",
    "cs_amended": "{n} amendment(s)",
    "cs_engagements": "Engagements",
    "cs_term": "term {term}, evaluation {evaluation}",
    "ev_opened": "Case opened",
    "ev_report": "Report received",
    "ev_triage": "Classification: {value}",
    "ev_severity": "Severity assessed: {value}",
    "ev_care_team": "Care team consultation",
    "ev_external": "Contact with {value}",
    "ev_approach": "Approach chosen: {value}",
    "ev_conversation": "Conversation: {value}",
    "ev_repair": "Repair agreement drawn up",
    "ev_follow_up": "Follow-up ({value})",
    "ev_observation": "Observation recorded",
    "ev_evidence": "Evidence added",
    "ev_note": "Note",
    "ev_closed": "Case closed",
    "rs_title": "Vault recovery key",
    "rs_school": "School",
    "rs_created": "Created on",
    "rs_key": "Recovery key",
    "rs_what": (
        "This key opens the EHBC Desktop vault when nobody remembers a passphrase any more. "
        "Whoever holds it can read every case, the confidential cases of the CLB and of every "
        "colleague too: treat it like the key to the archive of pupil files."
    ),
    "rs_where": "Where to keep this sheet",
    "rs_where_items": (
        "In the school safe, in a sealed envelope."
        "|Never next to the PC, in a classroom drawer or on a notice board."
        "|Do not photograph, scan or e-mail it."
        "|Write on the envelope only what it is for, never the key itself."
    ),
    "rs_after": (
        "After the key has been used the program asks for a new passphrase straight away. Then "
        "create a new recovery key and destroy this sheet."
    ),
    "bf_ra_title": "Repair agreement (to fill in)",
    "bf_conv_title": "Conversation form",
    "bf_reference": "Case",
    "bf_date": "Date",
    "bf_present": "Present",
    "bf_engagements": "What I will do to make it right",
    "bf_support": "Who helps me with it (name and role)",
    "bf_term": "Carried out by",
    "bf_eval": "Evaluation meeting on",
    "bf_place_date": "Place and date",
    "bf_agreements": "Agreements: who does what, by when?",
    "bf_next": "Next conversation on",
    "cc_title": "Chain of custody of evidence",
    "cc_intro": (
        "This page shows, for one piece of evidence, who added it and when, and every time "
        "someone viewed it, took it out of the vault or checked it. The check code (SHA-256) "
        "changes as soon as a single character of the file changes."
    ),
    "cc_item": "Item",
    "cc_fingerprint": "Check code (SHA-256)",
    "cc_no_fingerprint": "None: the file never entered the vault.",
    "cc_added": "Added by",
    "cc_not_imported": "Not kept",
    "cc_not_imported_text": (
        "Nude images of a minor: not in the vault. Held by {holder}; police reference "
        "{reference}."
    ),
    "cc_in_log": "In the log",
    "cc_counts": "viewed {views} times · taken out of the vault {exports} times · "
                 "checked {checks} times",
    "cc_events": "Everything that happened to this item",
    "cc_ev_added": "added to the case",
    "cc_ev_viewed": "viewed",
    "cc_ev_exported": "copied out of the vault unencrypted ({reason})",
    "cc_ev_verified_ok": "checked: unchanged",
    "cc_ev_verified_bad": "checked: changed or damaged",
    "cc_ev_deleted": "deleted",
    "cs_custody": "Chain of custody of the evidence",
    "th_q_title": "Class thermometer",
    "th_q_intro": (
        "This questionnaire is anonymous: do not write your name anywhere. Read each sentence "
        "and tick what fits the past few weeks best. There are no right or wrong answers."
    ),
    "th_q_thanks": "Thank you! Fold the sheet and put it in the box.",
    "th_class": "Class",
    "th_r_title": "Class thermometer: before and after",
    "th_r_intro": (
        "Per sentence, the share of answers that point to a problem: often or (almost) always "
        "for something bad, never or sometimes for something good. Lower is better. The "
        "figures are counts of anonymous answers."
    ),
    "th_before": "Before",
    "th_after": "After",
    "th_measured": "{day}, class {klass}, {n} pupils",
    "th_not_measured": "not taken yet",
    "th_chart": "Share of answers that point to a problem",
    "th_table": "Per sentence",
    "th_statement": "Sentence",
    "th_change": "Change",
    "ph_title": "Are you being bullied (online)?",
    "pa_title": "Cyberbullying: what can you do as a parent?",
    "ho_school_contact": "At school you can go to",
    "ho_for": "For",
    "ho_for_parents": "For the parents of",
    "ho_tips": "What we talked about",
    "ho_agreements": "Our agreements",
    "ho_helplines": "Where else you can turn",
}

TEXTS: dict[str, dict[str, str]] = {"nl": _NL, "en": _EN}


def check_lang(lang: str) -> str:
    """Return ``lang`` if the documents are available in it.

    Raises:
        ValueError: for a language the documents do not speak.
    """
    if lang not in TEXTS:
        raise ValueError(f"unsupported document language: {lang!r}")
    return lang


def text(lang: str, key: str, **values: object) -> str:
    """The fixed wording ``key`` in ``lang``, with ``values`` filled in."""
    wording = TEXTS[check_lang(lang)][key]
    return wording.format(**values) if values else wording


def format_date(day: date | datetime | None, lang: str) -> str:
    """A calendar day written out, such as "21 november 2026" or "21 November 2026"."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        # Stored times are UTC; the reader thinks in the school PC's local time.
        day = day.astimezone().date()
    return f"{day.day} {_MONTHS[check_lang(lang)][day.month - 1]} {day.year}"
