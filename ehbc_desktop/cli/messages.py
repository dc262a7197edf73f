"""One-line user messages of the command line, Dutch by default and English on request."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "starting_passphrase_flag": ("(startwachtwoordzin)", "(starting passphrase)"),
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
    "database_older": (
        "De kluis werd niet geopend: vault.db is een oudere kopie dan de laatst bewaarde versie "
        "(teruggezet door een synchronisatieprogramma, een verkeerd bestand of een oude "
        "USB-kopie), of bewaarde wijzigingen zijn verloren. Zet de recentste back-up terug; "
        "`ehbc backups --to MAP` toont ze.",
        "The vault was not opened: vault.db is an older copy than the last saved version (put "
        "back by a sync tool, a wrong file or an old USB copy), or saved changes were lost. "
        "Restore the latest backup; `ehbc backups --to FOLDER` lists them.",
    ),
    "record_missing": (
        "De kluis werd niet geopend: het bestand vault.commit ontbreekt, terwijl de databank al "
        "wijzigingen heeft. Zo kan niet nagegaan worden of vault.db de recentste versie is. "
        "Zet de recentste back-up terug; `ehbc backups --to MAP` toont ze.",
        "The vault was not opened: the file vault.commit is missing while the database holds "
        "changes, so there is no way to tell that vault.db is the latest version. Restore the "
        "latest backup; `ehbc backups --to FOLDER` lists them.",
    ),
    "journal_damaged": (
        "De kluis werd niet geopend: het logbestand vault.db-wal met de laatst bewaarde "
        "wijziging is beschadigd, ingekort of verdwenen ({detail}). Wijzig niets in de map en "
        "zet de recentste back-up terug; `ehbc backups --to MAP` toont ze.",
        "The vault was not opened: the log file vault.db-wal that holds the last saved change "
        "is damaged, cut short or gone ({detail}). Change nothing in the folder and restore "
        "the latest backup; `ehbc backups --to FOLDER` lists them.",
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
    "passphrase_encoding": (
        "Het wachtwoordzinbestand is geen UTF-8-tekst (misschien Latin-1 of ANSI). Bewaar het "
        "opnieuw als UTF-8 of UTF-16, dan wordt de wachtwoordzin precies gelezen zoals je hem "
        "schreef.",
        "The passphrase file is not UTF-8 text (perhaps Latin-1 or ANSI). Save it again as "
        "UTF-8 or UTF-16 so the passphrase is read exactly as you wrote it.",
    ),
    "passphrase_weak": (
        "Deze wachtwoordzin is te zwak: {reason} Kies een langere zin van eigen woorden, of "
        "neem deze willekeurige zin: {suggestion}",
        "This passphrase is too weak: {reason} Choose a longer phrase of your own words, or "
        "take this random one: {suggestion}",
    ),
    "weak_empty": ("hij is leeg.", "it is empty."),
    "weak_too_short": (
        "hij is korter dan 12 tekens.",
        "it is shorter than 12 characters.",
    ),
    "weak_names": (
        "hij bestaat uit de naam van de school, een gebruikersnaam of een jaartal, en die "
        "raadt een aanvaller eerst.",
        "it is made of the school's name, a user name or a year, which an attacker tries first.",
    ),
    "weak_repetitive": (
        "hij herhaalt zich of volgt een reeks (zoals abcabc, 1234 of azerty).",
        "it repeats itself or follows a sequence (such as abcabc, 1234 or qwerty).",
    ),
    "weak_common": (
        "hij staat (bijna) zo in de lijsten van gekende wachtwoorden.",
        "it is (almost) as it stands in the lists of known passwords.",
    ),
    "weak_add_words": (
        "hij heeft te weinig woorden om lang genoeg stand te houden.",
        "it has too few words to hold out for long.",
    ),
    "weak_strong": ("", ""),
    "user_name_invalid": (
        "Die gebruikersnaam kan niet: hij is leeg, langer dan 64 tekens, of bevat een "
        "regeleinde, een tab of een teken dat de leesrichting omdraait.",
        "That user name is not possible: it is empty, longer than 64 characters, or holds a "
        "line break, a tab or a character that reverses the reading direction.",
    ),
    "user_exists": (
        "Er is al een gebruiker met die naam (hoofdletters tellen niet mee). Er is niets "
        "gewijzigd.",
        "A user with that name already exists (upper and lower case count as the same). "
        "Nothing was changed.",
    ),
    "output_inside_vault": (
        "Dat bestand zou in de kluismap (of een reservekopie ervan) komen. Kies een map buiten "
        "de kluis; er is niets geschreven.",
        "That file would land in the vault folder (or a backup of it). Choose a folder outside "
        "the vault; nothing was written.",
    ),
    "output_exists": (
        "Dat bestand bestaat al. Kies een andere naam, of voeg --force toe om het te "
        "vervangen.",
        "That file already exists. Choose another name, or add --force to replace it.",
    ),
    "output_not_a_file": (
        "Op die plaats staat een map of een apparaat, geen bestand. Kies een bestandsnaam.",
        "A folder or a device stands at that place, not a file. Choose a file name.",
    ),
    "disk_full": (
        "De schijf is vol. Maak ruimte vrij en probeer opnieuw; er ging niets verloren.",
        "The disk is full. Make room and try again; nothing was lost.",
    ),
    "no_permission": (
        "Je mag daar niet schrijven (geen toegang). Kies een andere map of vraag de "
        "ICT-coördinator om schrijfrechten.",
        "You may not write there (permission denied). Choose another folder or ask the ICT "
        "coordinator for write access.",
    ),
    "keep_too_small": (
        "Bij --keep hoort een getal van minstens 1: de nieuwste reservekopie blijft altijd.",
        "--keep needs a number of at least 1: the newest backup is always kept.",
    ),
    "vault_locked": (
        "De kluis werd vergrendeld. Ontgrendel ze opnieuw en probeer nog eens.",
        "The vault was locked. Unlock it again and retry.",
    ),
    "mistyped_recovery": (
        "De herstelsleutel bevat een tikfout. Vergelijk elke groep met het papier.",
        "The recovery key contains a typing error. Compare every group with the paper.",
    ),
    "too_new": (
        "Deze kluis werd gemaakt met een nieuwere versie van het programma. Installeer die "
        "versie.",
        "This vault was made by a newer version of the program. Install that version.",
    ),
    "case_closed": (
        "Dit dossier is afgesloten en kan niet gewijzigd worden. Heropen het eerst.",
        "This case is closed and cannot be changed. Reopen it first.",
    ),
    "rule_refused": (
        "Een regel van het stappenplan laat dit (nog) niet toe (toestemming, 12+-regel of "
        "voorwaarden voor een herstelgesprek).",
        "A rule of the step plan does not allow this (yet) (consent, the 12+ rule or the "
        "conditions for a restorative conversation).",
    ),
    "override_needed": (
        "Schrijf een reden op om hiervan af te wijken; zonder reden kan het niet.",
        "Write down a reason to depart from this; without a reason it cannot be done.",
    ),
    "answers_invalid": (
        "Sommige antwoorden ontbreken of kloppen nog niet.",
        "Some answers are missing or not right yet.",
    ),
    "closing_gaps": (
        "Het dossier kan nog niet afgesloten worden: geef een reden voor elk open punt.",
        "The case cannot be closed yet: give a reason for every open item.",
    ),
    "starting_passphrase_first": (
        "Je opent de kluis nog met de startwachtwoordzin die je kreeg. Kies eerst een eigen "
        "wachtwoordzin: ehbc users passwd --user \"{user}\". Er is niets gewijzigd.",
        "You still open the vault with the starting passphrase you were given. First choose "
        "your own passphrase: ehbc users passwd --user \"{user}\". Nothing was changed.",
    ),
    "recovery_renewed": (
        "Nieuwe herstelsleutel gemaakt. De vorige opent deze kluis niet meer: vernietig het "
        "oude blad. Oudere back-ups openen nog met de oude sleutel: maak een nieuwe back-up en "
        "verwijder de oudere.",
        "New recovery key made. The previous one no longer opens this vault: destroy the old "
        "sheet. Older backups still open with the old key: make a new backup and delete the "
        "older ones.",
    ),
    "settings_who": (
        "Alleen een beheerder kan de schoolinstellingen wijzigen: {names}.",
        "Only an administrator can change the school settings: {names}.",
    ),
    "setting_saved": (
        "Instelling bewaard: {label}: {value}.",
        "Setting saved: {label}: {value}.",
    ),
    "setting_invalid": (
        "Een instelling heeft een waarde die niet toegelaten is.",
        "A setting has a value that is not allowed.",
    ),
    "report_failed": (
        "Het document kon niet opgemaakt worden (een afbeelding of een gegevensbestand is "
        "onbruikbaar).",
        "The document could not be laid out (an image or a data file is unusable).",
    ),
    "program_damaged": (
        "Een bestand van het programma zelf ontbreekt of is beschadigd. Installeer het "
        "programma opnieuw.",
        "A file of the program itself is missing or damaged. Install the program again.",
    ),
    "service_error": (
        "Dit kon niet uitgevoerd worden. Er is niets gewijzigd.",
        "This could not be done. Nothing was changed.",
    ),
    "vault_error": (
        "De kluis kon dit niet doen. Er is niets gewijzigd.",
        "The vault could not do this. Nothing was changed.",
    ),
    # The evidence, archive and backup errors, keyed by their `code`.
    "cancelled": ("Afgebroken; er bleef niets achter.", "Cancelled; nothing was left behind."),
    "source-unreadable": (
        "Het bestand kan niet gelezen worden.",
        "The file cannot be read.",
    ),
    "write-failed": (
        "Er kon niet geschreven worden ({detail}). Er bleef niets half achter.",
        "Could not write ({detail}). Nothing was left half written.",
    ),
    "evidence-damaged": (
        "Een bewijsstuk in de kluis is beschadigd of ontbreekt.",
        "A piece of evidence in the vault is damaged or missing.",
    ),
    "evidence-too-large": (
        "Het bewijsstuk is te groot om te tonen.",
        "The piece of evidence is too large to show.",
    ),
    "not-a-file": (
        "Dat is geen gewoon bestand (een map, pipe of apparaat); er werd niets opgeslagen.",
        "That is not a regular file (a folder, pipe or device); nothing was stored.",
    ),
    "file-too-large": (
        "Het bestand is groter dan de kluis per bewijsstuk toelaat; er werd niets opgeslagen.",
        "The file is larger than the vault allows for one piece of evidence; nothing was stored.",
    ),
    "not-enough-space": (
        "Er is te weinig vrije ruimte op de schijf van de kluis voor dit bestand; er werd niets "
        "opgeslagen.",
        "There is not enough free space on the vault's disk for this file; nothing was stored.",
    ),
    "no-bytes": (
        "Van dit bewijsstuk is bewust niets bewaard.",
        "Nothing of this piece of evidence was kept, on purpose.",
    ),
    "archive-wrong-passphrase": (
        "De wachtwoordzin van het archief klopt niet.",
        "The archive's passphrase is wrong.",
    ),
    "archive-not-an-archive": (
        "Dit bestand is geen dossierarchief van dit programma.",
        "This file is not a case archive of this program.",
    ),
    "archive-too-new": (
        "Dit archief komt uit een nieuwere versie van het programma.",
        "This archive comes from a newer version of the program.",
    ),
    "archive-too-costly": (
        "Het archief vraagt te veel rekenwerk; het wordt geweigerd.",
        "The archive asks for too much work; it is refused.",
    ),
    "archive-damaged": (
        "Het archief is beschadigd of gewijzigd. Er werd niets ingelezen.",
        "The archive is damaged or was changed. Nothing was imported.",
    ),
    "archive-bad-content": (
        "De inhoud van het archief wordt geweigerd. Er werd niets ingelezen.",
        "The archive's content is refused. Nothing was imported.",
    ),
    "archive-unreadable": (
        "Het archiefbestand kan niet gelezen worden.",
        "The archive file cannot be read.",
    ),
    "restore-target-not-empty": (
        "Terugzetten kan alleen in een lege of nieuwe map.",
        "A backup can only be restored into an empty or new folder.",
    ),
    "backup-damaged": (
        "De reservekopie is beschadigd; er werd niets teruggezet.",
        "The backup is damaged; nothing was restored.",
    ),
    "not-a-backup": (
        "Deze map is geen reservekopie van dit programma.",
        "This folder is not a backup made by this program.",
    ),
    "backup-too-new": (
        "Een nieuwere versie van het programma maakte deze reservekopie; installeer die versie "
        "om ze terug te zetten. Er werd niets teruggezet.",
        "A newer version of the program made this backup; install that version to restore it. "
        "Nothing was restored.",
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
        "Herstelsleutel (hij opent de kluis en elk afgeschermd dossier: schrijf hem op en "
        "bewaar hem in de kluis van de school; hij wordt maar één keer getoond):",
        "Recovery key (it opens the vault and every confidential case: write it down and keep "
        "it in the school safe; it is shown only once):",
    ),
    "created": ("Kluis aangemaakt in {folder}.", "Vault created in {folder}."),
    "check_ok": ("Kluis in orde.", "Vault is in good order."),
    "last_admin": (
        "Dat kan niet: de kluis moet minstens één beheerder houden.",
        "That is not possible: the vault must keep at least one administrator.",
    ),
    "unknown_user": ("Die gebruiker bestaat niet in deze kluis.", "No such user in this vault."),
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
    "check_repair_hint": (
        "Losse bewijsbestanden en tijdelijke bestanden kan een beheerder laten opruimen met "
        "`ehbc vault check --repair`. Voor al het andere: zet de recentste back-up terug.",
        "An administrator can remove orphaned evidence files and temporary files with "
        "`ehbc vault check --repair`. For everything else: restore the latest backup.",
    ),
    "passwd_ok": ("Wachtwoordzin gewijzigd.", "Passphrase changed."),
    "user_added": ("Gebruiker {name} toegevoegd.", "User {name} added."),
    "demo_done": (
        "Demokluis met {count} fictieve dossiers aangemaakt in {folder} (gebruiker: demo).",
        "Demo vault with {count} fictional cases created in {folder} (user: demo).",
    ),
    # Hidden passphrase prompts.
    "prompt_passphrase": ("Wachtwoordzin: ", "Passphrase: "),
    "prompt_vault_passphrase": ("Wachtwoordzin van de kluis: ", "Passphrase of the vault: "),
    "prompt_archive_passphrase": ("Wachtwoordzin van het archief: ", "Archive passphrase: "),
    "prompt_current_passphrase": ("Huidige wachtwoordzin: ", "Current passphrase: "),
    "prompt_new_passphrase": ("Nieuwe wachtwoordzin: ", "New passphrase: "),
    "prompt_repeat_passphrase": ("Herhaal de wachtwoordzin: ", "Repeat the passphrase: "),
    "prompt_repeat_new_passphrase": (
        "Herhaal de nieuwe wachtwoordzin: ",
        "Repeat the new passphrase: ",
    ),
    "prompt_passphrase_for": ("Wachtwoordzin voor {name}: ", "Passphrase for {name}: "),
    "prompt_demo_passphrase": (
        "Wachtwoordzin voor de demokluis: ",
        "Passphrase for the demo vault: ",
    ),
    # Stages of a progress bar (stderr).
    "stage_archive": ("Archief", "Archive"),
    "stage_check": ("Controle", "Check"),
    "stage_import": ("Inlezen", "Import"),
    "stage_backup": ("Kopie", "Backup"),
    "stage_restore": ("Terugzetten", "Restore"),
    # Evidence, archives and backups.
    "archive_written": (
        "Archief geschreven: {path} ({cases} dossier(s), {evidence} bewijsstuk(ken))",
        "Archive written: {path} ({cases} case(s), {evidence} piece(s) of evidence)",
    ),
    "archive_passphrase": (
        "Wachtwoordzin van het archief: {secret}",
        "Archive passphrase: {secret}",
    ),
    "archive_passphrase_apart": (
        "Geef deze wachtwoordzin apart door: telefonisch of persoonlijk, nooit in dezelfde mail.",
        "Pass this passphrase on separately: by phone or in person, never in the same email.",
    ),
    "archive_ok": (
        "Archief in orde, gemaakt op {created} ({producer}).",
        "Archive in good order, made on {created} ({producer}).",
    ),
    "archive_case": (
        "  {reference}: {evidence} bewijsstuk(ken), {size} bytes",
        "  {reference}: {evidence} piece(s) of evidence, {size} bytes",
    ),
    "archive_documents": ("Documenten: {count}", "Documents: {count}"),
    "imported": ("Ingelezen: {reference}", "Imported: {reference}"),
    "import_skipped": (
        "Overgeslagen (bestaat al): {reference}",
        "Skipped (already there): {reference}",
    ),
    "evidence_added": (
        "Toegevoegd: {name} (SHA-256 {sha256})",
        "Added: {name} (SHA-256 {sha256})",
    ),
    "evidence_ok": ("in orde: {name}", "in good order: {name}"),
    "evidence_bad": ("BESCHADIGD: {name}", "DAMAGED: {name}"),
    "backup_made": ("Reservekopie gemaakt: {path}", "Backup made: {path}"),
    "restored": ("Teruggezet in {folder}", "Restored into {folder}"),
    "no_backups": ("Geen reservekopieën in {folder}.", "No backups in {folder}."),
}


def message(key: str, lang: str = "nl", **values: object) -> str:
    """The message `key` in `lang` ("nl" or "en") with its values filled in."""
    dutch, english = MESSAGES[key]
    return (english if lang == "en" else dutch).format(**values)
