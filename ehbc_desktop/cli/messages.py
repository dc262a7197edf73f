"""One-line user messages of the command line, Dutch by default and English on request."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "wrong_credentials": (
        "Gebruikersnaam of wachtwoordzin klopt niet. Er is niets gewijzigd.",
        "The user name or passphrase is wrong. Nothing was changed.",
    ),
    "too_many_attempts": (
        "Te veel foute pogingen. Probeer opnieuw over {seconds} seconden.",
        "Too many wrong attempts. Try again in {seconds} seconds.",
    ),
    "damaged": (
        "De kluis is beschadigd of werd buiten het programma gewijzigd ({detail}). "
        "Gebruik een back-up.",
        "The vault is damaged or was changed outside the program ({detail}). Use a backup.",
    ),
    "in_use": (
        "De kluis is al geopend op deze pc (in een ander venster of programma). Sluit dat eerst.",
        "The vault is already open on this PC (in another window or program). Close it first.",
    ),
    "not_found": (
        "Er staat geen kluis in {folder}.",
        "There is no vault in {folder}.",
    ),
    "exists": (
        "In {folder} staat al een kluis; kies een lege map.",
        "{folder} already holds a vault; choose an empty folder.",
    ),
    "not_allowed": (
        "Alleen een beheerder van de kluis mag dit doen.",
        "Only an administrator of the vault may do this.",
    ),
    "write_failed": (
        "Kon niet schrijven naar de schijf ({detail}). De kluis is niet gewijzigd.",
        "Could not write to disk ({detail}). The vault was not changed.",
    ),
    "passphrase_file": (
        "Kan het wachtwoordzinbestand niet lezen (bestaat het, en is het tekst?).",
        "Cannot read the passphrase file (does it exist, and is it text?).",
    ),
    "passphrase_empty": (
        "De wachtwoordzin is leeg.",
        "The passphrase is empty.",
    ),
    "passphrase_mismatch": (
        "De twee wachtwoordzinnen zijn niet gelijk.",
        "The two passphrases differ.",
    ),
    "passphrase_weak": (
        "Kies een langere wachtwoordzin (minstens 12 tekens, bijvoorbeeld vier woorden).",
        "Choose a longer passphrase (at least 12 characters, for example four words).",
    ),
    "audit_broken": (
        "Het logboek van de kluis klopt niet meer: de kluis werd buiten het programma gewijzigd.",
        "The vault's audit log does not add up: the vault was changed outside the program.",
    ),
    "no_such_case": (
        "Er is geen dossier met referentie {reference}.",
        "There is no case with reference {reference}.",
    ),
    "record_not_found": (
        "Dat dossier of bewijsstuk bestaat niet (meer).",
        "That case or piece of evidence does not exist (any more).",
    ),
    "invalid_input": (
        "Ongeldige invoer: {field}. Zie --help.",
        "Invalid input: {field}. See --help.",
    ),
    "document_unavailable": (
        "Dit document kan voor dit dossier (nog) niet gemaakt worden ({reason}).",
        "This document cannot be made for this case (yet) ({reason}).",
    ),
    "unexpected": (
        "Onverwachte fout ({kind}). Start opnieuw met --debug voor details.",
        "Unexpected error ({kind}). Run again with --debug for details.",
    ),
    "recovery_key": (
        "Herstelsleutel (schrijf hem op en bewaar hem in de kluis van de school; "
        "hij wordt maar één keer getoond):",
        "Recovery key (write it down and keep it in the school safe; it is shown only once):",
    ),
    "created": ("Kluis aangemaakt in {folder}.", "Vault created in {folder}."),
    "check_ok": ("Kluis in orde.", "Vault is in good order."),
    "last_admin": (
        "Dat kan niet: de kluis moet minstens één beheerder houden.",
        "That is not possible: the vault must keep at least one administrator.",
    ),
    "unknown_user": ("Die gebruiker bestaat niet in deze kluis.", "No such user in this vault."),
    "user_exists": ("Er is al een gebruiker met die naam.", "A user with that name exists."),
    "user_removed": (
        "Gebruiker {name} verwijderd: die wachtwoordzin opent de kluis niet meer. Oudere "
        "back-ups en kopieën van de kluis openen er nog wel mee; maak een nieuwe back-up en "
        "verwijder de oudere.",
        "User {name} removed: that passphrase no longer opens the vault. Older backups and "
        "copies of the vault still open with it; make a new backup and delete the older ones.",
    ),
    "role_set": ("{name} is nu {role}.", "{name} is now {role}."),
    "starting_passphrase": (
        "Startwachtwoordzin voor {name} (geef ze persoonlijk door; bij de eerste keer openen "
        "kiest {name} een eigen wachtwoordzin):",
        "Starting passphrase for {name} (hand it over in person; at the first unlock {name} "
        "chooses their own):",
    ),
    "nothing_to_destroy": (
        "Geen afgesloten dossiers voorbij hun bewaartermijn.",
        "No closed cases past their retention date.",
    ),
    "purge_dry_run": (
        "Zou verwijderd worden: {references} (met {files} bewijsbestand(en)). Er is niets "
        "gewijzigd.",
        "Would be deleted: {references} (with {files} evidence file(s)). Nothing was changed.",
    ),
    "purge_confirm": (
        "Deze dossiers worden definitief verwijderd, met hun gesprekken, notities, "
        "bewijsmateriaal en concepten: {references}. Typ 'ja' om te bevestigen.",
        "These cases are deleted for good, with their conversations, notes, evidence and "
        "drafts: {references}. Type 'yes' to confirm.",
    ),
    "purge_cancelled": ("Niets verwijderd.", "Nothing was deleted."),
    "purged": (
        "Verwijderd: {references} ({files} bewijsbestand(en)). Oudere back-ups bevatten ze nog "
        "tot die roteren: maak een nieuwe back-up; na zoveel nieuwe back-ups als je er bewaart, "
        "zijn ze ook daar weg.",
        "Deleted: {references} ({files} evidence file(s)). Older backups still hold them until "
        "they rotate out: make a new backup; once as many new backups as you keep were made, "
        "they are gone there too.",
    ),
    "passwd_ok": ("Wachtwoordzin gewijzigd.", "Passphrase changed."),
    "user_added": ("Gebruiker {name} toegevoegd.", "User {name} added."),
    "demo_done": (
        "Demokluis met {count} fictieve dossiers aangemaakt in {folder} (gebruiker: demo).",
        "Demo vault with {count} fictional cases created in {folder} (user: demo).",
    ),
}


def message(key: str, lang: str = "nl", **values: object) -> str:
    """The message `key` in `lang` ("nl" or "en") with its values filled in."""
    dutch, english = MESSAGES[key]
    return (english if lang == "en" else dutch).format(**values)
