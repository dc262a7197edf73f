<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>the step plan and the case flow</source>
        <translation>het stappenplan en het verloop van een dossier</translation>
    </message>
    <message>
        <source>the conversation with the victim</source>
        <translation>het gesprek met de gepeste leerling</translation>
    </message>
    <message>
        <source>the conversation with the bully, the repair agreement</source>
        <translation>het gesprek met de pester, de herstelovereenkomst</translation>
    </message>
    <message>
        <source>the restorative conversation</source>
        <translation>het herstelgesprek</translation>
    </message>
    <message>
        <source>the parents' side</source>
        <translation>de kant van de ouders</translation>
    </message>
    <message>
        <source>About EHBC Desktop</source>
        <translation>Over EHBC Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Case files for cyberbullying at school, along the step plan 'Eerste Hulp Bij Cyberpesten'. Everything stays on this PC, in an encrypted vault.</source>
        <translation>Dossiers over cyberpesten op school, volgens het stappenplan 'Eerste Hulp Bij Cyberpesten'. Alles blijft op deze pc, in een versleutelde kluis.</translation>
    </message>
    <message>
        <source>The method is based on these public sources. The program explains it in its own words; read the sources themselves for the full text:</source>
        <translation>De werkwijze steunt op deze openbare bronnen. Het programma legt ze in eigen woorden uit; lees de bronnen zelf voor de volledige tekst:</translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Who looked at this case</source>
        <translation>Wie keek in dit dossier</translation>
    </message>
    <message>
        <source>Every view, change, export and print of this case, with who did it and when. Use it when a pupil or a parent asks who saw the file. It holds no notes. On the printout, pupils are named only by their role in the case, so you can hand it to a parent.</source>
        <translation>Elke keer dat iemand dit dossier bekeek, wijzigde, uitvoerde of afdrukte, met wie en wanneer. Gebruik het als een leerling of een ouder vraagt wie het dossier zag. Het bevat geen notities. Op de afdruk staan leerlingen alleen met hun rol in het dossier, zodat je hem aan een ouder kan geven.</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslogboek</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>AccessLogEvents</name>
    <message>
        <source>Case opened (status: %1)</source>
        <translation>Dossier geopend (status: %1)</translation>
    </message>
    <message>
        <source>Case viewed</source>
        <translation>Dossier bekeken</translation>
    </message>
    <message>
        <source>Timeline of the case viewed</source>
        <translation>Tijdlijn van het dossier bekeken</translation>
    </message>
    <message>
        <source>Step plan of the case viewed</source>
        <translation>Stappenplan van het dossier bekeken</translation>
    </message>
    <message>
        <source>Confidential case opened</source>
        <translation>Afgeschermd dossier geopend</translation>
    </message>
    <message>
        <source>Tried to open the confidential case: refused (no access)</source>
        <translation>Probeerde het afgeschermde dossier te openen: geweigerd (geen toegang)</translation>
    </message>
    <message>
        <source>Confidential case unlocked to work on it</source>
        <translation>Afgeschermd dossier geopend om eraan te werken</translation>
    </message>
    <message>
        <source>Confidential case sealed again %1</source>
        <translation>Dossier weer afgeschermd %1</translation>
    </message>
    <message>
        <source>Title of the case changed</source>
        <translation>Titel van het dossier gewijzigd</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier afgesloten</translation>
    </message>
    <message>
        <source>Case closed although steps were missing, with a written reason</source>
        <translation>Dossier afgesloten hoewel er stappen ontbraken, met een geschreven reden</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Dossier heropend</translation>
    </message>
    <message>
        <source>The victim now reports personally: the case is no longer an observation</source>
        <translation>De gepeste leerling meldt nu zelf: het dossier is geen observatie meer</translation>
    </message>
    <message>
        <source>Case made confidential: only %1 colleague(s) may open it</source>
        <translation>Dossier afgeschermd: alleen %1 collega('s) mogen het openen</translation>
    </message>
    <message>
        <source>Case no longer confidential</source>
        <translation>Dossier niet langer afgeschermd</translation>
    </message>
    <message>
        <source>Aftercare marked as needed</source>
        <translation>Nazorg aangeduid als nodig</translation>
    </message>
    <message>
        <source>Aftercare marked as not needed</source>
        <translation>Nazorg aangeduid als niet nodig</translation>
    </message>
    <message>
        <source>Case exported as an archive (with %1 evidence file(s))</source>
        <translation>Dossier uitgevoerd als archief (met %1 bewijsstuk(ken))</translation>
    </message>
    <message>
        <source>Case imported from an archive (with %1 evidence file(s))</source>
        <translation>Dossier ingelezen uit een archief (met %1 bewijsstuk(ken))</translation>
    </message>
    <message>
        <source>Case destroyed</source>
        <translation>Dossier vernietigd</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Dossier gewijzigd</translation>
    </message>
    <message>
        <source>%1 added to the case as %2</source>
        <translation>%1 toegevoegd aan het dossier als %2</translation>
    </message>
    <message>
        <source>Role of %1 changed to %2</source>
        <translation>Rol van %1 gewijzigd in %2</translation>
    </message>
    <message>
        <source>A person removed from the case</source>
        <translation>Iemand uit het dossier verwijderd</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notitie toegevoegd</translation>
    </message>
    <message>
        <source>Report of the bullying recorded</source>
        <translation>Melding van het pesten geregistreerd</translation>
    </message>
    <message>
        <source>Observation added</source>
        <translation>Observatie toegevoegd</translation>
    </message>
    <message>
        <source>Conversation recorded: %1</source>
        <translation>Gesprek vastgelegd: %1</translation>
    </message>
    <message>
        <source>Conversation read</source>
        <translation>Gesprek gelezen</translation>
    </message>
    <message>
        <source>Correction added to a conversation</source>
        <translation>Verbetering toegevoegd aan een gesprek</translation>
    </message>
    <message>
        <source>Agreement recorded</source>
        <translation>Afspraak vastgelegd</translation>
    </message>
    <message>
        <source>Agreement marked as %1</source>
        <translation>Afspraak aangeduid als %1</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Opvolging gepland</translation>
    </message>
    <message>
        <source>Follow-up held</source>
        <translation>Opvolging gehouden</translation>
    </message>
    <message>
        <source>Follow-up moved to another day</source>
        <translation>Opvolging naar een andere dag verplaatst</translation>
    </message>
    <message>
        <source>Repair agreement drawn up</source>
        <translation>Herstelovereenkomst opgemaakt</translation>
    </message>
    <message>
        <source>Repair agreement signed</source>
        <translation>Herstelovereenkomst ondertekend</translation>
    </message>
    <message>
        <source>Victim's consent recorded in a conversation</source>
        <translation>Toestemming van de gepeste leerling vastgelegd in een gesprek</translation>
    </message>
    <message>
        <source>Consent of %1 recorded: agrees to the next step</source>
        <translation>Toestemming van %1 vastgelegd: akkoord met de volgende stap</translation>
    </message>
    <message>
        <source>Consent of %1 recorded: does not agree</source>
        <translation>Toestemming van %1 vastgelegd: niet akkoord</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Wish of %1 recorded: the parents must not be told (judgement: %2)</source>
        <translation>Wens van %1 geregistreerd: de ouders mogen het niet weten (oordeel: %2)</translation>
    </message>
    <message>
        <source>Wish of %1 recorded: the parents may be told (judgement: %2)</source>
        <translation>Wens van %1 geregistreerd: de ouders mogen het weten (oordeel: %2)</translation>
    </message>
    <message>
        <source>Wish of a pupil about the parents recorded in a conversation</source>
        <translation>Wens van een leerling over de ouders vastgelegd in een gesprek</translation>
    </message>
    <message>
        <source>Wish about the parents withdrawn</source>
        <translation>Wens over de ouders ingetrokken</translation>
    </message>
    <message>
        <source>Parents involved against the wish of %1, with a written reason</source>
        <translation>Ouders toch betrokken tegen de wens van %1 in, met een geschreven reden</translation>
    </message>
    <message>
        <source>Approach chosen</source>
        <translation>Aanpak gekozen</translation>
    </message>
    <message>
        <source>Assessment of the facts recorded</source>
        <translation>Inschatting van de feiten vastgelegd</translation>
    </message>
    <message>
        <source>Assessment of the facts recorded, other than proposed, with a reason</source>
        <translation>Inschatting van de feiten vastgelegd, anders dan voorgesteld, met een reden</translation>
    </message>
    <message>
        <source>Severity assessed</source>
        <translation>Ernst ingeschat</translation>
    </message>
    <message>
        <source>Legal checks completed</source>
        <translation>Wettelijke controles aangevuld</translation>
    </message>
    <message>
        <source>Care team consultation recorded</source>
        <translation>Overleg met het zorgteam vastgelegd</translation>
    </message>
    <message>
        <source>Contact with an outside service recorded</source>
        <translation>Contact met een externe dienst vastgelegd</translation>
    </message>
    <message>
        <source>Class thermometer recorded</source>
        <translation>Klasthermometer vastgelegd</translation>
    </message>
    <message>
        <source>Unfinished form saved</source>
        <translation>Onafgewerkt formulier bewaard</translation>
    </message>
    <message>
        <source>Unfinished form removed</source>
        <translation>Onafgewerkt formulier verwijderd</translation>
    </message>
    <message>
        <source>Evidence file added</source>
        <translation>Bewijsstuk toegevoegd</translation>
    </message>
    <message>
        <source>Evidence described (the file itself was not stored)</source>
        <translation>Bewijsstuk beschreven (het bestand zelf werd niet bewaard)</translation>
    </message>
    <message>
        <source>Evidence file viewed</source>
        <translation>Bewijsstuk bekeken</translation>
    </message>
    <message>
        <source>List of evidence viewed</source>
        <translation>Lijst met bewijsstukken bekeken</translation>
    </message>
    <message>
        <source>Chain of custody of an evidence file viewed</source>
        <translation>Bewaarketen van een bewijsstuk bekeken</translation>
    </message>
    <message>
        <source>Evidence file checked: unchanged</source>
        <translation>Bewijsstuk gecontroleerd: ongewijzigd</translation>
    </message>
    <message>
        <source>Evidence file checked: damaged or changed</source>
        <translation>Bewijsstuk gecontroleerd: beschadigd of gewijzigd</translation>
    </message>
    <message>
        <source>All evidence checked: %1 file(s), %2 not in order</source>
        <translation>Alle bewijsstukken gecontroleerd: %1 bestand(en), %2 niet in orde</translation>
    </message>
    <message>
        <source>Unencrypted copy of an evidence file made, with a reason</source>
        <translation>Onversleutelde kopie van een bewijsstuk gemaakt, met een reden</translation>
    </message>
    <message>
        <source>Evidence file removed</source>
        <translation>Bewijsstuk verwijderd</translation>
    </message>
    <message>
        <source>Access to the confidential case given to %1</source>
        <translation>Toegang tot het afgeschermde dossier gegeven aan %1</translation>
    </message>
    <message>
        <source>Access to the confidential case taken away from %1 (new key)</source>
        <translation>Toegang tot het afgeschermde dossier ingetrokken voor %1 (nieuwe sleutel)</translation>
    </message>
    <message>
        <source>Access log viewed</source>
        <translation>Toegangslog bekeken</translation>
    </message>
    <message>
        <source>Access log printed</source>
        <translation>Toegangslog afgedrukt</translation>
    </message>
    <message>
        <source>Document made: %1</source>
        <translation>Document gemaakt: %1</translation>
    </message>
    <message>
        <source>Document saved as PDF: %1</source>
        <translation>Document bewaard als pdf: %1</translation>
    </message>
    <message>
        <source>%1 refused: %2 does not want the parents to be told</source>
        <translation>%1 geweigerd: %2 wil niet dat de ouders het weten</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Kluis gemaakt</translation>
    </message>
    <message>
        <source>Vault opened</source>
        <translation>Kluis geopend</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Kluis vergrendeld</translation>
    </message>
    <message>
        <source>Part of the case viewed</source>
        <translation>Deel van het dossier bekeken</translation>
    </message>
    <message>
        <source>Something added to the case</source>
        <translation>Iets toegevoegd aan het dossier</translation>
    </message>
    <message>
        <source>Something in the case changed</source>
        <translation>Iets in het dossier gewijzigd</translation>
    </message>
    <message>
        <source>Something removed from the case</source>
        <translation>Iets uit het dossier verwijderd</translation>
    </message>
    <message>
        <source>Part of the case exported or printed</source>
        <translation>Deel van het dossier uitgevoerd of afgedrukt</translation>
    </message>
    <message>
        <source>Part of the case imported</source>
        <translation>Deel van het dossier ingelezen</translation>
    </message>
    <message>
        <source>A rule set aside with a written reason</source>
        <translation>Een regel opzijgezet met een geschreven reden</translation>
    </message>
    <message>
        <source>Access to the case changed</source>
        <translation>Toegang tot het dossier gewijzigd</translation>
    </message>
    <message>
        <source>a pupil</source>
        <translation>een leerling</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>the pupil (%1)</source>
        <translation>de leerling (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>een gesprek</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Een document</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>some</source>
        <translation>enkele</translation>
    </message>
    <message>
        <source>when its screen was left</source>
        <translation>toen het dossierscherm verlaten werd</translation>
    </message>
    <message>
        <source>when the vault locked</source>
        <translation>toen de kluis vergrendelde</translation>
    </message>
    <message>
        <source>for a backup</source>
        <translation>voor een back-up</translation>
    </message>
    <message>
        <source>for an archive export</source>
        <translation>voor een archiefexport</translation>
    </message>
    <message>
        <source>at the next unlock (left open before)</source>
        <translation>bij de volgende ontgrendeling (het stond nog open)</translation>
    </message>
</context>
<context>
    <name>AddColleagueDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Een collega toevoegen</translation>
    </message>
    <message>
        <source>Give the starting passphrase to your colleague in person, never by e-mail. At the first unlock the program asks them to choose their own.</source>
        <translation>Geef de startwachtwoordzin persoonlijk aan je collega, nooit via e-mail. Bij de eerste keer openen vraagt het programma om een eigen wachtwoordzin te kiezen.</translation>
    </message>
    <message>
        <source>Starting passphrase</source>
        <translation>Startwachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Starting passphrase:</source>
        <translation>&amp;Startwachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>TE LAAT sinds %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to the calendar file.</source>
        <translation>
            <numerusform>%n afspraak in het agendabestand gezet.</numerusform>
            <numerusform>%n afspraken in het agendabestand gezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Planned follow-ups, agreement deadlines and observation reminders of every open case. Overdue items come first.</source>
        <translation>Geplande opvolgingen, vervaldata van afspraken en herinneringen om te blijven observeren, voor elk open dossier. Wat te laat is, staat bovenaan.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Next 8 weeks</source>
        <translation>Komende 8 weken</translation>
    </message>
    <message>
        <source>&lt; Earlier</source>
        <translation>&lt; Vroeger</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Later &gt;</source>
        <translation>Later &gt;</translation>
    </message>
    <message>
        <source>Nothing is planned in this period.</source>
        <translation>Er is niets gepland in deze periode.</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)...</source>
        <translation>Exporteren naar agenda (.ics)...</translation>
    </message>
    <message>
        <source>Export the selected lines (or every line shown) as a calendar file.</source>
        <translation>De geselecteerde regels (of alle getoonde regels) als agendabestand exporteren.</translation>
    </message>
    <message>
        <source>Double-click a line or press Enter to open the case. Select several lines with Ctrl or Shift to export only those.</source>
        <translation>Dubbelklik op een regel of druk op Enter om het dossier te openen. Selecteer meerdere regels met Ctrl of Shift om alleen die te exporteren.</translation>
    </message>
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <source>Change the status of an agreement</source>
        <translation>De stand van een afspraak wijzigen</translation>
    </message>
    <message>
        <source>%1 will %2 by %3</source>
        <translation>%1: %2, tegen %3</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Optional: how it went</source>
        <translation>Niet verplicht: hoe het ging</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Who does what, by when: the agreements made in the conversations of every case.</source>
        <translation>Wie doet wat, tegen wanneer: de afspraken uit de gesprekken van elk dossier.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Openstaande afspraken</translation>
    </message>
    <message>
        <source>All agreements of open cases</source>
        <translation>Alle afspraken van open dossiers</translation>
    </message>
    <message>
        <source>All agreements, closed cases included</source>
        <translation>Alle afspraken, ook van afgesloten dossiers</translation>
    </message>
    <message>
        <source>Change status...</source>
        <translation>Stand wijzigen...</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>No agreements to show.</source>
        <translation>Geen afspraken om te tonen.</translation>
    </message>
    <message>
        <source>Double-click a line or press Enter to open the case.</source>
        <translation>Dubbelklik op een regel of druk op Enter om het dossier te openen.</translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <source>Export cases to an archive</source>
        <translation>Dossiers exporteren naar een archief</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Another passphrase</source>
        <translation>Andere wachtwoordzin</translation>
    </message>
    <message>
        <source>Write this passphrase down and pass it on by phone or in person, never in the same mail or on the same USB stick as the archive. Without it the archive cannot be opened; with it, anyone can.</source>
        <translation>Schrijf deze wachtwoordzin op en geef ze telefonisch of persoonlijk door, nooit in dezelfde mail of op dezelfde USB-stick als het archief. Zonder de wachtwoordzin kan niemand het archief openen, met de wachtwoordzin kan iedereen het.</translation>
    </message>
    <message>
        <source>Add the case summaries (PDF)</source>
        <translation>De dossieroverzichten toevoegen (PDF)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archiefbestand</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save the archive</source>
        <translation>Archief opslaan</translation>
    </message>
    <message>
        <source>Case archive (*.ehbc)</source>
        <translation>Dossierarchief (*.ehbc)</translation>
    </message>
    <message>
        <source>Choose cases and a file.</source>
        <translation>Kies de dossiers en een bestand.</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>Het archief wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>ArchiveImportDialog</name>
    <message>
        <source>Import an archive</source>
        <translation>Archief importeren</translation>
    </message>
    <message>
        <source>Check an archive</source>
        <translation>Archief controleren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Skip cases that are already here</source>
        <translation>Dossiers die hier al staan, overslaan</translation>
    </message>
    <message>
        <source>Import them as a copy (new reference)</source>
        <translation>Als kopie importeren (met een nieuw dossiernummer)</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archiefbestand</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Open an archive</source>
        <translation>Archief openen</translation>
    </message>
    <message>
        <source>Case archive (*.ehbc);;All files (*)</source>
        <translation>Dossierarchief (*.ehbc);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a file and type its passphrase.</source>
        <translation>Kies een bestand en typ de wachtwoordzin ervan.</translation>
    </message>
    <message>
        <source>Checking the archive…</source>
        <translation>Het archief wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The archive is complete and unchanged. It holds:</source>
        <translation>Het archief is volledig en ongewijzigd. Het bevat:</translation>
    </message>
    <message>
        <source>%1: %2 piece(s) of evidence</source>
        <translation>%1: %2 stuk(ken) bewijsmateriaal</translation>
    </message>
    <message>
        <source>Importing the archive…</source>
        <translation>Het archief wordt geïmporteerd…</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup made.</source>
        <extracomment>A new automatic backup is made when the newest one is at least this old.</extracomment>
        <translation>Automatische back-up gemaakt.</translation>
    </message>
    <message>
        <source>The automatic backup did not succeed: %1</source>
        <translation>De automatische back-up is niet gelukt: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>A backup is restored into a new, empty folder: the vault you use now is never overwritten. First choose the backup (a folder called "ehbc-backup-…"), then an empty folder for the restored vault. Every file is checked against its fingerprint on the way.

To work with the restored vault afterwards, ask whoever manages this PC to point the program to that folder. It opens with the passphrases that were valid at the time of the backup.</source>
        <translation>Een back-up wordt teruggezet in een nieuwe, lege map: de kluis die je nu gebruikt, wordt nooit overschreven. Kies eerst de back-up (een map met de naam "ehbc-backup-…"), daarna een lege map voor de teruggezette kluis. Onderweg wordt elk bestand gecontroleerd aan de hand van zijn controlecode.

Wil je daarna met de teruggezette kluis werken, vraag dan aan wie deze pc beheert om het programma naar die map te laten verwijzen. De kluis opent met de wachtwoordzinnen die golden op het moment van de back-up.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische back-ups</translation>
    </message>
    <message>
        <source>Once a day, right after the vault is unlocked, the program copies the whole vault into this folder, still encrypted: the same passphrases open it. Choose a folder on another disk or a school server, so a broken PC does not take the cases with it. Leave the folder empty to switch automatic backups off.</source>
        <translation>Eén keer per dag, meteen nadat de kluis geopend is, kopieert het programma de hele kluis naar deze map, nog altijd versleuteld: dezelfde wachtwoordzinnen openen ze. Kies een map op een andere schijf of op een schoolserver, zodat een kapotte pc de dossiers niet meeneemt. Laat de map leeg om automatische back-ups uit te schakelen.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor de back-ups</translation>
    </message>
    <message>
        <source>Off (no folder chosen)</source>
        <translation>Uit (geen map gekozen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aantal back-ups om te bewaren</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Bewaar de nieuwste:</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Map voor de back-ups</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Dossier wijzigen</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuw dossier</translation>
    </message>
    <message>
        <source>Give the case a short title that says what it is about, without names: the title appears in lists. Names go in the list of people involved.</source>
        <translation>Geef het dossier een korte titel die zegt waarover het gaat, zonder namen: de titel staat in lijsten. Namen komen in de lijst van betrokkenen.</translation>
    </message>
    <message>
        <source>for example: Mocking posts in a class group</source>
        <translation>bijvoorbeeld: spotberichten in een klasgroep</translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation>Titel van het dossier</translation>
    </message>
    <message>
        <source>Date the case was reported</source>
        <translation>Datum waarop het gemeld werd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>Ge&amp;meld op:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Add &amp;victim...</source>
        <translation>&amp;Gepeste toevoegen...</translation>
    </message>
    <message>
        <source>Add &amp;bully...</source>
        <translation>&amp;Pester toevoegen...</translation>
    </message>
    <message>
        <source>Add &amp;other...</source>
        <translation>&amp;Andere toevoegen...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuw dossier</translation>
    </message>
    <message>
        <source>Search by name, reference or any word in the case...</source>
        <translation>Zoek op naam, dossiernummer of een woord uit het dossier...</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <source>Filter on status</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Filter on classification</source>
        <translation>Filter op soort</translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation>Alle soorten</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>No cases yet. Use 'New case' to open the first one.</source>
        <translation>Nog geen dossiers. Klik op 'Nieuw dossier' om het eerste te openen.</translation>
    </message>
    <message>
        <source>No case matches. Try fewer letters or another filter.</source>
        <translation>Geen enkel dossier past. Probeer minder letters of een andere filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n dossier gevonden</numerusform>
            <numerusform>%n dossiers gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>victim: %1</source>
        <translation>gepeste: %1</translation>
    </message>
    <message>
        <source>bully: %1</source>
        <translation>pester: %1</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>confidential case — ask %1 for access</source>
        <translation>afgeschermd dossier — vraag toegang aan %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Opvolging op</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsmateriaal</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&lt; &amp;Back to the list</source>
        <translation>&lt; &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>&amp;Edit title...</source>
        <translation>T&amp;itel wijzigen...</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>Delete case...</source>
        <translation>Dossier verwijderen...</translation>
    </message>
    <message>
        <source>Administrators: delete a case opened by mistake</source>
        <translation>Beheerders: een dossier verwijderen dat per vergissing werd geopend</translation>
    </message>
    <message>
        <source>Con&amp;fidential...</source>
        <translation>A&amp;fgeschermd...</translation>
    </message>
    <message>
        <source>Seal this case for the colleagues who need it, or see who may open it</source>
        <translation>Scherm dit dossier af voor de collega's die het nodig hebben, of bekijk wie het mag openen</translation>
    </message>
    <message>
        <source>Access &amp;log...</source>
        <translation>&amp;Logboek...</translation>
    </message>
    <message>
        <source>Who viewed, changed, exported or printed this case</source>
        <translation>Wie dit dossier bekeek, wijzigde, exporteerde of afdrukte</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>Toe&amp;voegen...</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>&amp;Wijzigen...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Add a person to this case</source>
        <translation>Een persoon aan dit dossier toevoegen</translation>
    </message>
    <message>
        <source>Change the chosen person</source>
        <translation>De gekozen persoon wijzigen</translation>
    </message>
    <message>
        <source>Remove the chosen person from this case</source>
        <translation>De gekozen persoon uit dit dossier verwijderen</translation>
    </message>
    <message>
        <source>Pupil's &amp;wish...</source>
        <translation>&amp;Wens van de leerling...</translation>
    </message>
    <message>
        <source>Record what a pupil wants about involving the parents</source>
        <translation>Noteer wat een leerling wil over het betrekken van de ouders</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Wat er tot nu toe gebeurde</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Write a note for this case: what you saw, heard or agreed... (Ctrl+Enter saves)</source>
        <translation>Schrijf een notitie bij dit dossier: wat je zag, hoorde of afsprak... (Ctrl+Enter bewaart)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>opened on %1</source>
        <translation>geopend op %1</translation>
    </message>
    <message>
        <source>Confidential: only these colleagues can open this case: %1. It is open for your work now and sealed again when you leave it or the vault locks.</source>
        <translation>Afgeschermd: alleen deze collega's kunnen dit dossier openen: %1. Het staat nu open zodat je eraan kunt werken, en wordt weer afgeschermd zodra je het verlaat of de kluis vergrendelt.</translation>
    </message>
    <message>
        <source>Sealed: only these colleagues can open it: %1. Open the case again to work on it.</source>
        <translation>Afgeschermd: alleen deze collega's kunnen het openen: %1. Open het dossier opnieuw om eraan te werken.</translation>
    </message>
    <message>
        <source>Confidential case — ask %1 for access.</source>
        <translation>Afgeschermd dossier — vraag toegang aan %1.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from this case? Earlier notes stay as they are.</source>
        <translation>%1 uit dit dossier verwijderen? Eerdere notities blijven zoals ze zijn.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Mijn wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>He&amp;rhaal:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>&amp;Nieuwe wachtwoordzin bewaren</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>CheckFieldWidget</name>
    <message>
        <source>Nobody with a fitting role in this case yet.</source>
        <translation>Nog niemand met een passende rol in dit dossier.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Why close anyway? (required)</source>
        <translation>Waarom toch afsluiten? (verplicht)</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>The group needs no aftercare</source>
        <translation>De groep heeft geen nazorg nodig</translation>
    </message>
    <message>
        <source>Optional: how the case ended</source>
        <translation>Niet verplicht: hoe het dossier afliep</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Slotnotitie</translation>
    </message>
    <message>
        <source>This case was closed on %1 and is kept until %2. While it is closed nothing can be changed. Reopening it is recorded in the log.</source>
        <translation>Dit dossier werd afgesloten op %1 en wordt bewaard tot %2. Zolang het afgesloten is, kan niets gewijzigd worden. Heropenen wordt in het logboek genoteerd.</translation>
    </message>
    <message>
        <source>Closed although:</source>
        <translation>Afgesloten, hoewel:</translation>
    </message>
    <message>
        <source>a CLB file, the school's rule for CLB files</source>
        <translation>een CLB-dossier, de regel van de school voor CLB-dossiers</translation>
    </message>
    <message>
        <source>the school's rule</source>
        <translation>de regel van de school</translation>
    </message>
    <message>
        <source>After closing, the case is kept until %1 (%2). It can then be destroyed.</source>
        <translation>Na het afsluiten wordt het dossier bewaard tot %1 (%2). Daarna kan het vernietigd worden.</translation>
    </message>
    <message>
        <source>Everything is in order: the case can be closed.</source>
        <translation>Alles is in orde: het dossier kan afgesloten worden.</translation>
    </message>
    <message>
        <source>These items are not settled yet. You can still close the case, but give a reason for each one.</source>
        <translation>Deze punten zijn nog niet afgerond. Je kan het dossier toch afsluiten, maar geef dan voor elk punt een reden.</translation>
    </message>
    <message>
        <source>Give a reason, or settle this item first.</source>
        <translation>Geef een reden, of rond dit punt eerst af.</translation>
    </message>
    <message numerus="yes">
        <source>The case cannot be closed yet: a reason is missing for %n item(s).</source>
        <translation>
            <numerusform>Het dossier kan nog niet afgesloten worden: voor %n punt ontbreekt een reden.</numerusform>
            <numerusform>Het dossier kan nog niet afgesloten worden: voor %n punten ontbreekt een reden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last unlock</source>
        <translation>Laatst geopend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>still has the starting passphrase</source>
        <translation>heeft nog de startwachtwoordzin</translation>
    </message>
    <message>
        <source>that is you</source>
        <translation>dat ben jij</translation>
    </message>
    <message>
        <source>Removing %1 destroys their key to this vault: from now on their passphrase opens nothing here. It does not take back what they could already see or copy, and it does not reach older backups or copies of the vault folder: those still open with their old passphrase. Make a new backup afterwards and delete the older ones.</source>
        <translation>Als je %1 verwijdert, verdwijnt de sleutel van die collega tot deze kluis: de wachtwoordzin opent hier voortaan niets meer. Wat die collega al zag of kopieerde, krijg je daarmee niet terug, en oudere back-ups of kopieën van de kluismap openen nog wel met de oude wachtwoordzin. Maak daarna een nieuwe back-up en verwijder de oudere.</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <source>Colleagues and roles</source>
        <translation>Collega's en rollen</translation>
    </message>
    <message>
        <source>Everyone here has their own passphrase to this vault. Administrators add and remove colleagues and choose their role.</source>
        <translation>Iedereen hier heeft een eigen wachtwoordzin voor deze kluis. Beheerders voegen collega's toe, verwijderen ze en kiezen hun rol.</translation>
    </message>
    <message>
        <source>Only an administrator can add or remove colleagues or change roles.</source>
        <translation>Alleen een beheerder kan collega's toevoegen of verwijderen en rollen wijzigen.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collega's</translation>
    </message>
    <message>
        <source>&amp;Add a colleague…</source>
        <translation>Collega &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rol wijzigen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>%1 was added. Hand over the starting passphrase in person.</source>
        <translation>%1 is toegevoegd. Geef de startwachtwoordzin persoonlijk door.</translation>
    </message>
    <message>
        <source>Remove a colleague</source>
        <translation>Een collega verwijderen</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is nu: %2.</translation>
    </message>
</context>
<context>
    <name>ComboFieldWidget</name>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
</context>
<context>
    <name>ConfidentialDialog</name>
    <message>
        <source>Confidential case</source>
        <translation>Afgeschermd dossier</translation>
    </message>
    <message>
        <source>Colleagues who may open the case</source>
        <translation>Collega's die het dossier mogen openen</translation>
    </message>
    <message>
        <source>&amp;Seal the case for these colleagues</source>
        <translation>Dossier &amp;afschermen voor deze collega's</translation>
    </message>
    <message>
        <source>&amp;Read the summary…</source>
        <translation>Overzicht &amp;lezen…</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>&amp;Give access</source>
        <translation>&amp;Toegang geven</translation>
    </message>
    <message>
        <source>&amp;Take access away</source>
        <translation>Toegang &amp;intrekken</translation>
    </message>
    <message>
        <source>&amp;Lift the sealing…</source>
        <translation>Afscherming &amp;opheffen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Seal this case to keep it from colleagues who do not need it. Its content (names, notes, conversations, evidence keys, drafts) is then encrypted with its own key that only the colleagues you tick can open; the others see only the reference, the status and the dates. You keep working on it as usual: it is opened when one of you opens it and sealed again when the case screen is left or the vault locks.</source>
        <translation>Scherm dit dossier af voor collega's die het niet nodig hebben. De inhoud (namen, notities, gesprekken, sleutels van bewijsstukken, concepten) wordt dan versleuteld met een eigen sleutel die alleen de collega's die je aanvinkt kunnen openen; de anderen zien alleen het referentienummer, de status en de datums. Je werkt er gewoon aan verder: het gaat open wanneer een van jullie het opent, en wordt weer afgeschermd zodra het dossierscherm verlaten wordt of de kluis vergrendelt.</translation>
    </message>
    <message>
        <source>This case is confidential. These colleagues can open it: %1. It is open for your work now and is sealed again when you leave the case screen or the vault locks.</source>
        <translation>Dit dossier is afgeschermd. Deze collega's kunnen het openen: %1. Het staat nu open zodat je eraan kunt werken, en wordt weer afgeschermd zodra je het dossierscherm verlaat of de kluis vergrendelt.</translation>
    </message>
    <message>
        <source>This case is sealed. These colleagues can open it: %1.</source>
        <translation>Dit dossier is afgeschermd. Deze collega's kunnen het openen: %1.</translation>
    </message>
    <message>
        <source>Confidential case — ask %1 for access. Its content is encrypted for these colleagues only; you see its reference, status and dates.</source>
        <translation>Afgeschermd dossier — vraag toegang aan %1. De inhoud is versleuteld voor alleen deze collega's; jij ziet het referentienummer, de status en de datums.</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Which planned follow-up is this talk?</source>
        <extracomment>Key in a saved draft under which the page on screen is kept (the wizard ignores it).</extracomment>
        <translation>Welke geplande opvolging is dit gesprek?</translation>
    </message>
    <message>
        <source>None: an extra talk that was not planned</source>
        <translation>Geen: een extra gesprek dat niet gepland was</translation>
    </message>
    <message>
        <source>Did you ask the victim, and does the victim agree that you talk with the bully? Then record that first.</source>
        <translation>Heb je het aan de gepeste leerling gevraagd, en gaat die akkoord dat je met de pester praat? Noteer dat dan eerst.</translation>
    </message>
    <message>
        <source>The victim agrees: record it</source>
        <translation>De gepeste leerling gaat akkoord: noteren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Recorded before the conversation with the bully.</source>
        <translation>Genoteerd voor het gesprek met de pester.</translation>
    </message>
</context>
<context>
    <name>ConversationKinds</name>
    <message>
        <source>Conversation with the victim</source>
        <translation>Gesprek met de gepeste leerling</translation>
    </message>
    <message>
        <source>Listen, summarise, ask further: what happened, how the pupil feels, what helps now.</source>
        <translation>Luisteren, samenvatten, doorvragen: wat er gebeurde, hoe de leerling zich voelt, wat nu helpt.</translation>
    </message>
    <message>
        <source>Conversation with the bully</source>
        <translation>Gesprek met de pester</translation>
    </message>
    <message>
        <source>Only with the victim's consent; keep to the approach chosen at the choice moment.</source>
        <translation>Enkel met toestemming van de gepeste leerling; hou je aan de aanpak die je bij het keuzemoment koos.</translation>
    </message>
    <message>
        <source>Parents of the victim</source>
        <translation>Ouders van de gepeste leerling</translation>
    </message>
    <message>
        <source>A warm first talk with the parents: their child's wellbeing comes first.</source>
        <translation>Een warm eerste gesprek met de ouders: het welzijn van hun kind staat voorop.</translation>
    </message>
    <message>
        <source>Parents of the bully</source>
        <translation>Ouders van de pester</translation>
    </message>
    <message>
        <source>Tell the parents what happened and agree together on what their child needs.</source>
        <translation>Vertel de ouders wat er gebeurde en spreek samen af wat hun kind nodig heeft.</translation>
    </message>
    <message>
        <source>Other parents</source>
        <translation>Andere ouders</translation>
    </message>
    <message>
        <source>Parents of bystanders or classmates who are worried or ask questions.</source>
        <translation>Ouders van omstaanders of klasgenoten die zich zorgen maken of vragen stellen.</translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation>Herstelgesprek</translation>
    </message>
    <message>
        <source>Victim and bully together, when both want it; ends in a repair agreement.</source>
        <translation>Gepeste leerling en pester samen, als beiden het willen; eindigt met een herstelovereenkomst.</translation>
    </message>
    <message>
        <source>Group work with the class</source>
        <translation>Groepsaanpak met de klas</translation>
    </message>
    <message>
        <source>A method with the class or group (No Blame, Pikas, circle ...), with class agreements and aftercare.</source>
        <translation>Een methode met de klas of groep (No Blame, Pikas, herstelcirkel ...), met klasafspraken en nazorg.</translation>
    </message>
    <message>
        <source>Follow-up talk</source>
        <translation>Opvolggesprek</translation>
    </message>
    <message>
        <source>A planned check: are the agreements kept, has the bullying stopped?</source>
        <translation>Een gepland opvolggesprek: worden de afspraken nagekomen, is het pesten gestopt?</translation>
    </message>
    <message>
        <source>Talk with those involved</source>
        <translation>Gesprek met de betrokkenen</translation>
    </message>
    <message>
        <source>For a quarrel or classic bullying: hear everyone and agree on what happens next.</source>
        <translation>Bij ruzie of klassiek pesten: iedereen horen en afspreken wat er nu gebeurt.</translation>
    </message>
</context>
<context>
    <name>ConversationOutcome</name>
    <message>
        <source>The conversation was saved in the case file.</source>
        <translation>Het gesprek is bewaard in het dossier.</translation>
    </message>
    <message>
        <source>Next talk planned on %1.</source>
        <translation>Volgend gesprek gepland op %1.</translation>
    </message>
    <message>
        <source>The repair agreement was recorded. Step 3 is planned as two separate talks: with the bully on %1 and with the victim on %2.</source>
        <translation>De herstelovereenkomst is genoteerd. Stap 3 is gepland als twee aparte gesprekken: met de pester op %1 en met de gepeste leerling op %2.</translation>
    </message>
    <message>
        <source>The planned follow-up was marked as held.</source>
        <translation>De geplande opvolging staat nu als gehouden.</translation>
    </message>
    <message>
        <source>The bullying has not stopped. The step plan proposes to switch to the confrontational approach: talk with the bully directly (only with the victim's consent). Record the new choice at the choice moment.</source>
        <translation>Het pesten is niet gestopt. Het stappenplan stelt voor om over te schakelen op de confronterende aanpak: rechtstreeks met de pester praten (enkel met toestemming van de gepeste leerling). Noteer de nieuwe keuze bij het keuzemoment.</translation>
    </message>
    <message>
        <source>The bullying has not stopped, not even with the confrontational approach. Consider further steps: the care team, the CLB or the police.</source>
        <translation>Het pesten is niet gestopt, ook niet met de confronterende aanpak. Overweeg verdere stappen: het zorgteam, het CLB of de politie.</translation>
    </message>
    <message>
        <source>The bullying has decreased but not stopped: keep following up and repeat the approach where needed.</source>
        <translation>Het pesten is verminderd maar niet gestopt: blijf opvolgen en herhaal de aanpak waar nodig.</translation>
    </message>
    <message>
        <source>The bullying has not stopped. Look again at the approach: after a non-confrontational approach the step plan proposes the confrontational one.</source>
        <translation>Het pesten is niet gestopt. Bekijk de aanpak opnieuw: na een niet-confronterende aanpak stelt het stappenplan de confronterende voor.</translation>
    </message>
    <message>
        <source>The bullying has stopped. Keep following up for a while before you close the case.</source>
        <translation>Het pesten is gestopt. Blijf nog een tijd opvolgen voor je het dossier afsluit.</translation>
    </message>
</context>
<context>
    <name>ConversationReadDialog</name>
    <message>
        <source>Conversation (read only)</source>
        <translation>Gesprek (alleen lezen)</translation>
    </message>
    <message>
        <source>This conversation is finished and can no longer be changed. Add an amendment below when something needs correcting or adding; the original stays as it was.</source>
        <translation>Dit gesprek is afgerond en kan niet meer gewijzigd worden. Voeg onderaan een aanvulling toe als er iets verbeterd of bijgeschreven moet worden; het origineel blijft zoals het was.</translation>
    </message>
    <message>
        <source>Amendment: what should be added or corrected?</source>
        <translation>Aanvulling: wat moet er bij of verbeterd worden?</translation>
    </message>
    <message>
        <source>&amp;Add amendment</source>
        <translation>&amp;Aanvulling toevoegen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Vragen en antwoorden</translation>
    </message>
    <message>
        <source>Next talk</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Aanvullingen</translation>
    </message>
    <message>
        <source>No amendments.</source>
        <translation>Geen aanvullingen.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Repair agreement</source>
        <translation>Herstelovereenkomst</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Evaluation meeting</source>
        <translation>Evaluatiegesprek</translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <source>Every conversation ends with agreements and a next date. Finished conversations can only be amended.</source>
        <translation>Elk gesprek eindigt met afspraken en een volgende datum. Afgeronde gesprekken kan je alleen nog aanvullen.</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nieuw gesprek…</translation>
    </message>
    <message>
        <source>&amp;Continue the conversation</source>
        <translation>Gesprek &amp;verderzetten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>Conversations of this case</source>
        <translation>Gesprekken van dit dossier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>not finished — continue</source>
        <translation>niet afgerond — verderzetten</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>niet afgerond</translation>
    </message>
    <message>
        <source>The case is closed: reopen it first.</source>
        <translation>Het dossier is afgesloten: heropen het eerst.</translation>
    </message>
    <message>
        <source>No conversations yet: start with the victim.</source>
        <translation>Nog geen gesprekken: begin bij de gepeste leerling.</translation>
    </message>
    <message>
        <source>An unfinished conversation is waiting: %1, last typed on %2.</source>
        <translation>Er wacht een onafgewerkt gesprek: %1, laatst aan gewerkt op %2.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>for the police</source>
        <translation>voor de politie</translation>
    </message>
    <message>
        <source>for the CLB</source>
        <translation>voor het CLB</translation>
    </message>
    <message>
        <source>for a lawyer</source>
        <translation>voor een advocaat</translation>
    </message>
    <message>
        <source>to report it to the platform</source>
        <translation>om te melden bij het platform</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>andere reden</translation>
    </message>
    <message>
        <source>copied out of the vault unencrypted (%1)</source>
        <translation>onversleuteld buiten de kluis gezet (%1)</translation>
    </message>
    <message>
        <source>checked: unchanged</source>
        <translation>gecontroleerd: ongewijzigd</translation>
    </message>
    <message>
        <source>checked: CHANGED OR DAMAGED</source>
        <translation>gecontroleerd: GEWIJZIGD OF BESCHADIGD</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain of custody&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewaarketen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick an item to see who added it and everything that happened to it since.</source>
        <translation>Kies een stuk om te zien wie het toevoegde en wat er sindsdien mee gebeurde.</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Bewaarketen</translation>
    </message>
    <message>
        <source>&amp;Print the chain of custody…</source>
        <translation>Bewaarketen &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Stuk</translation>
    </message>
    <message>
        <source>Check code (SHA-256)</source>
        <translation>Controlecode (SHA-256)</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>In the log</source>
        <translation>In het logboek</translation>
    </message>
    <message>
        <source>none: the file never entered the vault</source>
        <translation>geen: het bestand is nooit in de kluis gekomen</translation>
    </message>
    <message>
        <source>viewed %1 times · copied out %2 times · checked %3 times</source>
        <translation>%1 keer bekeken · %2 keer buiten de kluis gezet · %3 keer gecontroleerd</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuw dossier</translation>
    </message>
    <message>
        <source>Open a case directly, without the report form; you can record the report later from its step plan. For a new report, use New report.</source>
        <translation>Open meteen een dossier, zonder het meldingsformulier; de melding noteer je later via het stappenplan. Voor een nieuwe melding gebruik je Nieuwe melding.</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>open dossiers</translation>
    </message>
    <message>
        <source>cases in discreet observation</source>
        <translation>dossiers in stille observatie</translation>
    </message>
    <message>
        <source>Overdue: follow-ups and agreements</source>
        <translation>Te laat: opvolgingen en afspraken</translation>
    </message>
    <message>
        <source>Planned for today</source>
        <translation>Gepland voor vandaag</translation>
    </message>
    <message>
        <source>Open cases without a planned next step</source>
        <translation>Open dossiers zonder geplande volgende stap</translation>
    </message>
    <message>
        <source>Double-click a line or press Enter to open the case.</source>
        <translation>Dubbelklik op een regel of druk op Enter om het dossier te openen.</translation>
    </message>
    <message>
        <source>New &amp;report</source>
        <translation>Nieuwe &amp;melding</translation>
    </message>
    <message>
        <source>Record a report (Ctrl+R) and open its case</source>
        <translation>Een melding noteren (Ctrl+R) en het dossier openen</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>(nothing)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Overdue: follow-ups and agreements</source>
        <translation>Te laat: opvolgingen en afspraken</translation>
    </message>
    <message>
        <source>Planned for today</source>
        <translation>Gepland voor vandaag</translation>
    </message>
    <message>
        <source>Open cases without a planned next step</source>
        <translation>Open dossiers zonder geplande volgende stap</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Delete a case opened by mistake</source>
        <translation>Een per vergissing geopend dossier verwijderen</translation>
    </message>
    <message>
        <source>Case %1 and everything in it will be deleted for good. The log keeps the reference, the dates, your name and the reason. Write the reason without names.</source>
        <translation>Dossier %1 en alles wat erin zit, wordt definitief verwijderd. Het logboek bewaart het nummer, de datums, jouw naam en de reden. Schrijf de reden zonder namen.</translation>
    </message>
    <message>
        <source>Why the case is deleted</source>
        <translation>Waarom het dossier verwijderd wordt</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Definitief verwijderen</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>This case has no repair agreement yet.</source>
        <translation>Dit dossier heeft nog geen herstelovereenkomst.</translation>
    </message>
    <message>
        <source>This case has no recorded conversation yet.</source>
        <translation>In dit dossier is nog geen gesprek genoteerd.</translation>
    </message>
    <message>
        <source>Only an administrator can print this.</source>
        <translation>Alleen een beheerder kan dit afdrukken.</translation>
    </message>
</context>
<context>
    <name>DocumentPickerDialog</name>
    <message>
        <source>Print a document</source>
        <translation>Document afdrukken</translation>
    </message>
    <message>
        <source>Pseudonymise (initials and roles instead of names)</source>
        <translation>Pseudonimiseren (initialen en rollen in plaats van namen)</translation>
    </message>
    <message>
        <source>Include evidence pictures</source>
        <translation>Afbeeldingen uit het bewijsmateriaal opnemen</translation>
    </message>
    <message>
        <source>Include the chain of custody of the evidence (for the police or the CLB)</source>
        <translation>Met de bewaarketen van het bewijsmateriaal (voor de politie of het CLB)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>Open a case first to print this document.</source>
        <translation>Open eerst een dossier om dit document af te drukken.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>The agreements made in the restorative conversation, to be signed by everyone who took part.</source>
        <extracomment>Documents addressed to the parents: the pupils' wishes are shown beside them (12+ rule).</extracomment>
        <translation>De afspraken uit het herstelgesprek, te ondertekenen door iedereen die deelnam.</translation>
    </message>
    <message>
        <source>The chosen approach, the agreements and the planned follow-up conversations.</source>
        <translation>De gekozen aanpak, de afspraken en de geplande opvolggesprekken.</translation>
    </message>
    <message>
        <source>The report of one conversation of this case: choose which one.</source>
        <translation>Het verslag van één gesprek in dit dossier: kies welk gesprek.</translation>
    </message>
    <message>
        <source>An overview of the whole case, for the care team or the CLB. Pseudonymise it whenever it leaves the school.</source>
        <translation>Een overzicht van het hele dossier, voor het zorgteam of het CLB. Pseudonimiseer het telkens als het de school verlaat.</translation>
    </message>
    <message>
        <source>Tips and places to find help, for pupils. It holds no case data.</source>
        <translation>Tips en plekken waar je hulp vindt, voor leerlingen. Bevat geen gegevens uit het dossier.</translation>
    </message>
    <message>
        <source>Tips and warning signs, for parents. It holds no case data.</source>
        <translation>Tips en signalen om op te letten, voor ouders. Bevat geen gegevens uit het dossier.</translation>
    </message>
    <message>
        <source>An empty repair agreement to fill in by hand.</source>
        <translation>Een lege herstelovereenkomst om met de hand in te vullen.</translation>
    </message>
    <message>
        <source>A conversation form on paper, with room to write the answers.</source>
        <translation>Een gespreksformulier op papier, met ruimte om de antwoorden te noteren.</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Dossier lezen…</translation>
    </message>
    <message>
        <source>Gathering the evidence pictures…</source>
        <translation>Beelden uit het bewijsmateriaal verzamelen…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Pagina's opmaken…</translation>
    </message>
    <message>
        <source>Opening the preview…</source>
        <translation>Voorbeeld openen…</translation>
    </message>
    <message>
        <source>Choose a document, then Preview and print. Documents are made in memory: nothing is written to disk unless you choose "Save as PDF" in the preview.</source>
        <translation>Kies een document en daarna Voorbeeld en afdrukken. Documenten worden in het geheugen gemaakt: er komt niets op de schijf, tenzij je in het voorbeeld zelf "Opslaan als PDF…" kiest.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Pseudonymise (initials and roles instead of names)</source>
        <translation>Pseudonimiseren (initialen en rollen in plaats van namen)</translation>
    </message>
    <message>
        <source>Include the evidence pictures</source>
        <translation>Beelden uit het bewijsmateriaal opnemen</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Voorbeeld en afdrukken…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
</context>
<context>
    <name>EditableRows</name>
    <message>
        <source>Add a row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <source>Remove selected row</source>
        <translation>Gekozen rij verwijderen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The log of changes inside the vault was altered. The vault stays closed; ask the school's ICT coordinator to restore a backup.</source>
        <translation>Het logboek van wijzigingen in de kluis werd aangepast. De kluis blijft dicht; vraag de ICT-coördinator van de school om een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>This vault was last used by a newer version of EHBC Desktop. Install that version to open it.</source>
        <translation>Deze kluis werd het laatst gebruikt met een nieuwere versie van EHBC Desktop. Installeer die versie om ze te openen.</translation>
    </message>
    <message>
        <source>This recovery key contains a typing error. Check every group of characters against the paper copy.</source>
        <translation>In deze herstelsleutel zit een tikfout. Vergelijk elke groep tekens met het papier.</translation>
    </message>
    <message>
        <source>The name or passphrase is not correct. Check the name and try again; watch out for Caps Lock.</source>
        <translation>De naam of de wachtwoordzin klopt niet. Kijk de naam na en probeer opnieuw; let op Caps Lock.</translation>
    </message>
    <message>
        <source>The vault is damaged or was changed outside this program. Do not change any file in its folder; ask the school's ICT coordinator to restore a backup.</source>
        <translation>De kluis is beschadigd of werd buiten dit programma gewijzigd. Verander niets aan de bestanden in de map; vraag de ICT-coördinator van de school om een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>The vault is already open, in another window or on another account of this PC. Close it there first.</source>
        <translation>De kluis is al open, in een ander venster of bij een andere gebruiker op deze pc. Sluit ze daar eerst.</translation>
    </message>
    <message>
        <source>No vault was found in the data folder.</source>
        <translation>Er staat geen kluis in de gegevensmap.</translation>
    </message>
    <message>
        <source>There already is a vault in the data folder; it was left untouched.</source>
        <translation>Er staat al een kluis in de gegevensmap; die bleef onaangeroerd.</translation>
    </message>
    <message>
        <source>The vault was locked. Unlock it and try again.</source>
        <translation>De kluis werd vergrendeld. Ontgrendel ze en probeer opnieuw.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask the person who manages the vault.</source>
        <translation>Dit mag je niet doen. Vraag het aan wie de kluis beheert.</translation>
    </message>
    <message>
        <source>The vault could not do this. Nothing was changed.</source>
        <translation>De kluis kon dit niet uitvoeren. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This case is sealed (confidential). A colleague who may open it works on it by opening the case; to put it in an archive, they lift the sealing first.</source>
        <translation>Dit dossier is afgeschermd. Een collega die het mag openen, werkt eraan door het dossier te openen; om het in een archief te zetten, heft die eerst de afscherming op.</translation>
    </message>
    <message>
        <source>This case is closed, so nothing can be added. Reopen the case first.</source>
        <translation>Dit dossier is afgesloten, dus er kan niets bij. Heropen het dossier eerst.</translation>
    </message>
    <message>
        <source>The case cannot be closed yet: give a reason for every item that is not settled.</source>
        <translation>Het dossier kan nog niet afgesloten worden: geef een reden voor elk punt dat niet afgerond is.</translation>
    </message>
    <message>
        <source>One of the settings is not allowed. Check the values and try again.</source>
        <translation>Een van de instellingen is niet toegelaten. Controleer de waarden en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Write down why you go ahead anyway; without a reason this can not be done.</source>
        <translation>Schrijf op waarom je toch verdergaat; zonder reden kan dit niet.</translation>
    </message>
    <message>
        <source>The vault stays closed: the log file with the last saved changes (vault.db-wal) is damaged or gone. Ask the ICT coordinator to restore the latest backup.</source>
        <translation>De kluis blijft dicht: het logbestand met de laatst bewaarde wijzigingen (vault.db-wal) is beschadigd of verdwenen. Vraag de ICT-coördinator om de recentste back-up terug te zetten.</translation>
    </message>
    <message>
        <source>The vault stays closed: vault.db is an older copy than the last saved version (put back by a sync program, for example). Ask the ICT coordinator to restore the latest backup.</source>
        <translation>De kluis blijft dicht: vault.db is een oudere kopie dan de laatst bewaarde versie (bijvoorbeeld teruggezet door een synchronisatieprogramma). Vraag de ICT-coördinator om de recentste back-up terug te zetten.</translation>
    </message>
    <message>
        <source>A user with this name already exists (upper and lower case count as the same).</source>
        <translation>Er bestaat al een gebruiker met deze naam (hoofdletters en kleine letters tellen als dezelfde).</translation>
    </message>
    <message>
        <source>This name can not be used: it is empty, longer than 64 characters, or holds a line break, a tab or a character that turns the reading direction around.</source>
        <translation>Deze naam kan niet: hij is leeg, langer dan 64 tekens, of bevat een regeleinde, een tab of een teken dat de leesrichting omdraait.</translation>
    </message>
    <message>
        <source>A piece of evidence in the vault is damaged or missing. Ask the school's ICT coordinator to restore a backup.</source>
        <translation>Een bewijsstuk in de kluis is beschadigd of ontbreekt. Vraag de ICT-coördinator van de school om een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>The archive is damaged or was changed after it was made. Nothing was imported.</source>
        <translation>Het archief is beschadigd of werd gewijzigd nadat het gemaakt werd. Er werd niets ingelezen.</translation>
    </message>
    <message>
        <source>The archive's content is refused. Nothing was imported.</source>
        <translation>De inhoud van het archief wordt geweigerd. Er werd niets ingelezen.</translation>
    </message>
    <message>
        <source>A file of the program itself is missing or damaged. Install the program again.</source>
        <translation>Een bestand van het programma zelf ontbreekt of is beschadigd. Installeer het programma opnieuw.</translation>
    </message>
    <message>
        <source>The document could not be laid out: an image or a data file in it is unusable.</source>
        <translation>Het document kon niet opgemaakt worden: een afbeelding of een gegevensbestand erin is onbruikbaar.</translation>
    </message>
    <message>
        <source>That is not possible: the vault must keep at least one administrator. Make someone else administrator first.</source>
        <translation>Dat kan niet: de kluis moet minstens één beheerder houden. Maak eerst iemand anders beheerder.</translation>
    </message>
    <message>
        <source>This colleague is no longer in the vault.</source>
        <translation>Deze collega staat niet meer in de kluis.</translation>
    </message>
    <message>
        <source>Some answers are missing or not right yet. Go back through the pages and look for the red text.</source>
        <translation>Er ontbreken antwoorden of ze kloppen nog niet. Loop de pagina's opnieuw door en kijk naar de rode tekst.</translation>
    </message>
    <message>
        <source>This case or person no longer exists. Go back to the list and look again.</source>
        <translation>Dit dossier of deze persoon bestaat niet meer. Ga terug naar de lijst en zoek opnieuw.</translation>
    </message>
    <message>
        <source>Some information is missing or not valid. Check the fields and try again.</source>
        <translation>Er ontbreekt iets of iets klopt niet. Kijk de velden na en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This document can not be made for this case now: the case lacks what it prints, or the pupil asked that the parents are not involved.</source>
        <translation>Dit document kan je nu niet maken voor dit dossier: wat erop moet staan, ontbreekt nog, of de leerling vroeg om de ouders er niet bij te betrekken.</translation>
    </message>
    <message>
        <source>This could not be done. Nothing was changed.</source>
        <translation>Dit kon niet worden uitgevoerd. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk is full. Make room on the disk and try again; nothing was lost.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer opnieuw; er ging niets verloren.</translation>
    </message>
    <message>
        <source>The program may not write in its data folder. Ask the ICT coordinator to give you write access.</source>
        <translation>Het programma mag niet schrijven in zijn gegevensmap. Vraag de ICT-coördinator om je schrijfrechten te geven.</translation>
    </message>
    <message>
        <source>A file in the data folder could not be read or written. Try again.</source>
        <translation>Een bestand in de gegevensmap kon niet gelezen of geschreven worden. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed; try again.</source>
        <translation>Er liep iets mis. Er werd niets gewijzigd; probeer opnieuw.</translation>
    </message>
    <message>
        <source>That file would land in the vault's folder or in a backup of it. Choose a folder outside the vault; nothing was written.</source>
        <translation>Dat bestand zou in de map van de kluis of in een reservekopie ervan terechtkomen. Kies een map buiten de kluis; er werd niets geschreven.</translation>
    </message>
    <message>
        <source>A file with that name exists already. Choose another name; nothing was written.</source>
        <translation>Er bestaat al een bestand met die naam. Kies een andere naam; er werd niets geschreven.</translation>
    </message>
    <message>
        <source>A folder stands at that place, not a file. Choose a file name.</source>
        <translation>Op die plaats staat een map, geen bestand. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. %1 For example, this phrase of random words would do: %2</source>
        <translation>Deze wachtwoordzin is te zwak. %1 Deze zin van willekeurige woorden is bijvoorbeeld wel goed: %2</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What was saved is safe; if it happens again, lock the program (Ctrl+L), unlock it and try once more.</source>
        <translation>Er liep iets onverwachts mis. Wat al bewaard was, blijft veilig. Gebeurt het opnieuw, vergrendel dan het programma (Ctrl+L), ontgrendel het en probeer nog eens.</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>No evidence yet. Add screenshots, photos or chat exports with Add…, or drag files onto this list.</source>
        <translation>Nog geen bewijsmateriaal. Voeg schermafdrukken, foto's of chatexports toe met Toevoegen…, of sleep bestanden naar deze lijst.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Export to open…</source>
        <translation>Exporteren om te openen…</translation>
    </message>
    <message>
        <source>Nude images of a minor…</source>
        <translation>Naaktbeelden van een minderjarige…</translation>
    </message>
    <message>
        <source>Check fingerprints</source>
        <translation>Controleren op wijzigingen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Bewijsmateriaal toevoegen</translation>
    </message>
    <message>
        <source>Encrypting the evidence…</source>
        <translation>Het bewijsmateriaal wordt versleuteld…</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bewijsstuk</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Onversleutelde kopie opslaan</translation>
    </message>
    <message>
        <source>Damaged evidence</source>
        <translation>Beschadigd bewijsmateriaal</translation>
    </message>
    <message>
        <source>These items no longer match their fingerprint:</source>
        <translation>Deze stukken zijn gewijzigd sinds ze werden toegevoegd (hun controlecode klopt niet meer):</translation>
    </message>
    <message>
        <source>Evidence checked</source>
        <translation>Bewijsmateriaal gecontroleerd</translation>
    </message>
    <message>
        <source>Every item matches its fingerprint.</source>
        <translation>Geen enkel stuk is gewijzigd: elke controlecode klopt.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Bewijsmateriaal verwijderen</translation>
    </message>
    <message>
        <source>Delete this item for good? This cannot be undone.</source>
        <translation>Dit stuk definitief verwijderen? Je kan dat niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsmateriaal</translation>
    </message>
</context>
<context>
    <name>EvidenceMessages</name>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Er liep iets mis. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation>Gestopt. Er werd niets bewaard.</translation>
    </message>
    <message>
        <source>The file could not be read. Is it still there, and may you open it?</source>
        <translation>Het bestand kon niet gelezen worden. Staat het er nog, en mag je het openen?</translation>
    </message>
    <message>
        <source>The file could not be written: the disk may be full, the folder read-only, or a file with that name exists already.</source>
        <translation>Het bestand kon niet opgeslagen worden: misschien is de schijf vol, mag er in de map niet geschreven worden, of bestaat er al een bestand met die naam.</translation>
    </message>
    <message>
        <source>This piece of evidence is damaged or missing in the vault. Restore a backup, or ask the school's ICT coordinator.</source>
        <translation>Dit stuk bewijsmateriaal is beschadigd of ontbreekt in de kluis. Zet een back-up terug, of vraag raad aan de ICT-coördinator van de school.</translation>
    </message>
    <message>
        <source>This file is too large to show here. Export a copy to open it.</source>
        <translation>Dit bestand is te groot om hier te tonen. Exporteer een kopie om het te openen.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a folder, a pipe or a device). Choose the file itself; nothing was stored.</source>
        <translation>Dit is geen gewoon bestand (een map, een pipe of een apparaat). Kies het bestand zelf; er werd niets bewaard.</translation>
    </message>
    <message>
        <source>This file is larger than the vault takes for one piece of evidence. Nothing was stored; ask the ICT coordinator.</source>
        <translation>Dit bestand is groter dan wat de kluis per bewijsstuk aanvaardt. Er werd niets bewaard; vraag raad aan de ICT-coördinator.</translation>
    </message>
    <message>
        <source>The disk of the vault has too little free space for this file. Make room and try again; nothing was stored.</source>
        <translation>Op de schijf van de kluis is te weinig vrije ruimte voor dit bestand. Maak plaats vrij en probeer opnieuw; er werd niets bewaard.</translation>
    </message>
    <message>
        <source>Nothing of this item was stored, on purpose.</source>
        <translation>Van dit stuk werd bewust niets bewaard.</translation>
    </message>
    <message>
        <source>The archive's passphrase is not correct. Ask the sender again, by phone or in person.</source>
        <translation>De wachtwoordzin van het archief klopt niet. Vraag ze opnieuw aan de afzender, telefonisch of persoonlijk.</translation>
    </message>
    <message>
        <source>This file is not a case archive of this program.</source>
        <translation>Dit bestand is geen dossierarchief van dit programma.</translation>
    </message>
    <message>
        <source>A newer version of this program made this archive. Update first.</source>
        <translation>Dit archief werd gemaakt met een nieuwere versie van dit programma. Werk het programma eerst bij.</translation>
    </message>
    <message>
        <source>This archive asks for an unreasonable amount of work to open and is refused.</source>
        <translation>Dit archief vraagt onredelijk veel rekenwerk om te openen. Daarom wordt het geweigerd.</translation>
    </message>
    <message>
        <source>The archive is damaged or was changed after it was made. Nothing was imported. Ask the sender for a new copy.</source>
        <translation>Het archief is beschadigd of werd gewijzigd nadat het gemaakt werd. Er werd niets geïmporteerd. Vraag de afzender om een nieuwe kopie.</translation>
    </message>
    <message>
        <source>The archive's content is refused. Nothing was imported.</source>
        <translation>De inhoud van het archief wordt geweigerd. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The archive file could not be read.</source>
        <translation>Het archiefbestand kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty or new folder.</source>
        <translation>Een back-up kan je alleen terugzetten in een lege of nieuwe map.</translation>
    </message>
    <message>
        <source>The backup is damaged. Nothing was restored.</source>
        <translation>De back-up is beschadigd. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>This folder is not a backup made by this program.</source>
        <translation>Deze map is geen back-up van dit programma.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of EHBC Desktop. Install that version to restore it. Nothing was restored.</source>
        <translation>Een nieuwere versie van EHBC Desktop maakte deze reservekopie. Installeer die versie om ze terug te zetten. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dit stuk bestaat niet meer.</translation>
    </message>
    <message>
        <source>Please fill in the required fields.</source>
        <translation>Vul de verplichte velden in.</translation>
    </message>
</context>
<context>
    <name>EvidenceMetadataDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Bewijsmateriaal toevoegen</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Datum gekend</translation>
    </message>
    <message>
        <source>These are nude or sexual images of a minor</source>
        <translation>Dit zijn naaktbeelden of seksuele beelden van een minderjarige</translation>
    </message>
    <message>
        <source>Such images are never stored, not even encrypted: keeping or passing them on is a criminal offence, also for a school. The file is not imported and not opened; next you record who holds the images and the police reference.</source>
        <translation>Zulke beelden bewaart het programma nooit, ook niet versleuteld: wie ze bijhoudt of doorstuurt, pleegt een misdrijf, ook een school. Het bestand wordt niet ingelezen en niet geopend; in de volgende stap noteer je wie de beelden heeft en het nummer van het proces-verbaal.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be added.</source>
        <translation>
            <numerusform>%n bestand wordt toegevoegd.</numerusform>
            <numerusform>%n bestanden worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Bezorgd door</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>Platform of app</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Wie mag het zien</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Screenshots, photos and chat exports are stored encrypted in the vault and shown from memory only. Add files with Add… or drag them onto this list. Nude images of a minor are never stored: report them to the police and record them with "Nude images of a minor…", which asks for no file.</source>
        <translation>Schermafdrukken, foto's en chatexports worden versleuteld in de kluis bewaard en alleen vanuit het geheugen getoond. Voeg bestanden toe met Toevoegen… of sleep ze naar deze lijst. Naaktbeelden van een minderjarige worden nooit bewaard: meld ze bij de politie en noteer ze met "Naaktbeelden van een minderjarige…"; daar vraagt het programma geen bestand.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>This kind of file cannot be shown here. Use 'Export to open' to open a copy with another program, and delete the copy afterwards.</source>
        <translation>Dit soort bestand kan hier niet getoond worden. Kies 'Exporteren om te openen' om een kopie te openen met een ander programma, en verwijder de kopie daarna.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Controlecode (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>ExportToOpenDialog</name>
    <message>
        <source>Export to open</source>
        <translation>Exporteren om te openen</translation>
    </message>
    <message>
        <source>The copy is NOT encrypted. Anyone with access to the folder can read it. Only make it when it is really needed, keep it off shared folders and delete it as soon as it has served its purpose. The reason is kept in the vault.</source>
        <translation>De kopie is NIET versleuteld. Iedereen die in de map kan, kan ze lezen. Maak ze alleen als het echt nodig is, zet ze niet in een gedeelde map en verwijder ze zodra je ze niet meer nodig hebt. De reden wordt bewaard in de kluis.</translation>
    </message>
    <message>
        <source>For the police</source>
        <translation>Voor de politie</translation>
    </message>
    <message>
        <source>For the CLB</source>
        <translation>Voor het CLB</translation>
    </message>
    <message>
        <source>For a lawyer</source>
        <translation>Voor een advocaat</translation>
    </message>
    <message>
        <source>To report it to the platform</source>
        <translation>Om het te melden bij het platform</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Why is a copy needed, and for whom?</source>
        <translation>Waarom is er een kopie nodig, en voor wie?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>Delete the copy?</source>
        <translation>Kopie verwijderen?</translation>
    </message>
    <message>
        <source>Done with the copy? Delete it now.</source>
        <translation>Klaar met de kopie? Verwijder ze nu.</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(verplicht)</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Set up EHBC Desktop</source>
        <translation>EHBC Desktop instellen</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Kluis aanmaken</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
</context>
<context>
    <name>FollowUpColumns</name>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Gemaakt in</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>not held yet: OVERDUE</source>
        <translation>nog niet gehouden: TE LAAT</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>This case was closed on %1 and can no longer be changed. It is kept until %2. Reopen it to change anything.</source>
        <translation>Dit dossier werd afgesloten op %1 en kan niet meer gewijzigd worden. Het wordt bewaard tot %2. Heropen het om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Reopen case...</source>
        <translation>Dossier heropenen...</translation>
    </message>
    <message>
        <source>Close the case when the bullying has stopped and everything is settled. A checklist shows what is still missing.</source>
        <translation>Sluit het dossier af als het pesten gestopt is en alles afgerond is. Een checklist toont wat nog ontbreekt.</translation>
    </message>
    <message>
        <source>Close case...</source>
        <translation>Dossier afsluiten...</translation>
    </message>
    <message>
        <source>planned for %1: %2</source>
        <translation>gepland op %1: %2</translation>
    </message>
    <message>
        <source>Agreements &amp;&amp; follow-up</source>
        <translation>Afspraken &amp;&amp; opvolging</translation>
    </message>
</context>
<context>
    <name>FollowUpTabView</name>
    <message>
        <source>Plan a follow-up...</source>
        <translation>Opvolging plannen...</translation>
    </message>
    <message>
        <source>Record outcome...</source>
        <translation>Resultaat noteren...</translation>
    </message>
    <message>
        <source>Record what the selected planned follow-up found.</source>
        <translation>Noteer wat de gekozen geplande opvolging opleverde.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>No follow-up planned yet. Every conversation should end with a next date.</source>
        <translation>Nog geen opvolging gepland. Elk gesprek eindigt best met een volgende datum.</translation>
    </message>
    <message>
        <source>Change status...</source>
        <translation>Stand wijzigen...</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>No agreements recorded. Agreements are made in the conversations.</source>
        <translation>Geen afspraken genoteerd. Afspraken worden in de gesprekken gemaakt.</translation>
    </message>
    <message>
        <source>Draft a repair agreement...</source>
        <translation>Herstelovereenkomst opstellen...</translation>
    </message>
    <message>
        <source>Mark as signed...</source>
        <translation>Als ondertekend noteren...</translation>
    </message>
    <message>
        <source>Close case...</source>
        <translation>Dossier afsluiten...</translation>
    </message>
    <message>
        <source>Agreements (who does what, by when)</source>
        <translation>Afspraken (wie doet wat, tegen wanneer)</translation>
    </message>
    <message>
        <source>Repair agreement</source>
        <translation>Herstelovereenkomst</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Het dossier afsluiten</translation>
    </message>
</context>
<context>
    <name>FollowUpTexts</name>
    <message>
        <source>This day falls in a weekend: the school is closed.</source>
        <translation>Deze dag valt in het weekend: de school is dan dicht.</translation>
    </message>
    <message>
        <source>This day falls in a school holiday: pupils are not at school.</source>
        <translation>Deze dag valt in een schoolvakantie: de leerlingen zijn dan niet op school.</translation>
    </message>
    <message>
        <source>The last follow-up does not say that the bullying has stopped.</source>
        <translation>Volgens de laatste opvolging is het pesten niet gestopt.</translation>
    </message>
    <message>
        <source>No aftercare for the group was recorded.</source>
        <translation>Er is geen nazorg voor de groep genoteerd.</translation>
    </message>
    <message>
        <source>The parents were not informed, although that is allowed.</source>
        <translation>De ouders zijn niet op de hoogte gebracht, hoewel dat mag.</translation>
    </message>
    <message>
        <source>Some agreements are still open.</source>
        <translation>Er staan nog afspraken open.</translation>
    </message>
    <message>
        <source>The approach is working but the bullying has not stopped yet. Keep going or repeat the approach, and plan the next follow-up.</source>
        <translation>De aanpak werkt, maar het pesten is nog niet gestopt. Ga verder of herhaal de aanpak, en plan de volgende opvolging.</translation>
    </message>
    <message>
        <source>The non-confrontational approach did not stop the bullying. Consider the confrontational approach now, and plan the next follow-up.</source>
        <translation>De niet-confronterende aanpak heeft het pesten niet gestopt. Overweeg nu de confronterende aanpak, en plan de volgende opvolging.</translation>
    </message>
    <message>
        <source>The confrontational approach did not stop the bullying either. Take further steps: discuss the case in the care team and contact the CLB.</source>
        <translation>Ook de confronterende aanpak heeft het pesten niet gestopt. Zet verdere stappen: bespreek het dossier in het zorgteam en neem contact op met het CLB.</translation>
    </message>
    <message>
        <source>The bullying has not stopped. Repeat the approach or take a further step (after a non-confrontational approach, the confrontational one), and plan the next follow-up.</source>
        <translation>Het pesten is niet gestopt. Herhaal de aanpak of zet een volgende stap (na een niet-confronterende aanpak de confronterende), en plan de volgende opvolging.</translation>
    </message>
    <message>
        <source>outside a conversation</source>
        <translation>buiten een gesprek</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>* = must be filled in</source>
        <translation>* = moet ingevuld worden</translation>
    </message>
    <message>
        <source>Some answers on this page are missing or not right yet: see the red text.</source>
        <translation>Op deze pagina ontbreken nog antwoorden of klopt iets niet: zie de rode tekst.</translation>
    </message>
    <message>
        <source>Read only: this form was finished.</source>
        <translation>Alleen lezen: dit formulier werd afgerond.</translation>
    </message>
    <message>
        <source>This form can not be started yet (see the notice).</source>
        <translation>Dit formulier kan nog niet starten (zie de melding bovenaan).</translation>
    </message>
    <message>
        <source>✓ Everything required is filled in: you can finish.</source>
        <translation>✓ Alles wat verplicht is, is ingevuld: je kan afronden.</translation>
    </message>
    <message>
        <source>Not finished yet: %1 answer(s) missing, on page %2.</source>
        <translation>Nog niet klaar: %1 antwoord(en) ontbreken, op pagina %2.</translation>
    </message>
</context>
<context>
    <name>FormsCheck</name>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet gelezen worden</translation>
    </message>
    <message>
        <source>a writing error in the file</source>
        <translation>een schrijffout in het bestand</translation>
    </message>
    <message>
        <source>an unknown setting</source>
        <translation>een onbekende instelling</translation>
    </message>
    <message>
        <source>a required setting is missing</source>
        <translation>een verplichte instelling ontbreekt</translation>
    </message>
    <message>
        <source>a value of the wrong kind</source>
        <translation>een waarde van de verkeerde soort</translation>
    </message>
    <message>
        <source>an id is used twice</source>
        <translation>een id wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>a text lacks its Dutch or English version</source>
        <translation>een tekst mist zijn Nederlandse of Engelse versie</translation>
    </message>
    <message>
        <source>an unknown question type</source>
        <translation>een onbekend soort vraag</translation>
    </message>
    <message>
        <source>an unknown rule</source>
        <translation>een onbekende regel</translation>
    </message>
    <message>
        <source>an unknown kind of form</source>
        <translation>een onbekend soort formulier</translation>
    </message>
    <message>
        <source>a condition points to a question or option that does not exist</source>
        <translation>een voorwaarde verwijst naar een vraag of keuze die niet bestaat</translation>
    </message>
    <message>
        <source>a value that is not allowed</source>
        <translation>een waarde die niet toegelaten is</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <source>Some of the school's own form files (folder 'forms' next to the vault) could not be used. The program uses its built-in forms instead. Ask whoever edited them to fix:</source>
        <translation>Enkele eigen formulierbestanden van de school (map 'forms' naast de kluis) konden niet gebruikt worden. Het programma gebruikt in de plaats zijn ingebouwde formulieren. Vraag wie ze aanpaste om dit te herstellen:</translation>
    </message>
</context>
<context>
    <name>GridFieldWidget</name>
    <message>
        <source>Question</source>
        <extracomment>A party of the grid: (party id kept in the answers, name shown).</extracomment>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <source>Next up: ask %1: “%2”</source>
        <translation>Nu aan de beurt: vraag %1: “%2”</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 van %2 beantwoord</translation>
    </message>
    <message>
        <source>Pick the parties first (who took part).</source>
        <translation>Kies eerst de partijen (wie was erbij).</translation>
    </message>
    <message>
        <source>Still empty: %1 of %2 answers (tinted yellow). Any order is fine.</source>
        <translation>Nog leeg: %1 van %2 antwoorden (geel gekleurd). De volgorde kies je zelf.</translation>
    </message>
    <message>
        <source>✓ Every party answered every question.</source>
        <translation>✓ Elke partij beantwoordde elke vraag.</translation>
    </message>
</context>
<context>
    <name>GroupSequence</name>
    <message>
        <source>talk with the bullied pupil</source>
        <translation>gesprek met de gepeste leerling</translation>
    </message>
    <message>
        <source>meeting of the support group</source>
        <translation>bijeenkomst van de steungroep</translation>
    </message>
    <message>
        <source>separate follow-up talks</source>
        <translation>aparte opvolggesprekken</translation>
    </message>
    <message>
        <source>a talk with each suspected bully</source>
        <translation>een gesprek met elke vermoedelijke pester</translation>
    </message>
    <message>
        <source>group meeting of the bullies</source>
        <translation>groepsgesprek met de pesters</translation>
    </message>
    <message>
        <source>final meeting with the bullied pupil</source>
        <translation>slotgesprek met de gepeste leerling</translation>
    </message>
    <message>
        <source>separate preparatory talks</source>
        <translation>aparte voorgesprekken</translation>
    </message>
    <message>
        <source>the circle</source>
        <translation>de cirkel</translation>
    </message>
    <message>
        <source>class thermometer before</source>
        <translation>klasthermometer vooraf</translation>
    </message>
    <message>
        <source>class talk</source>
        <translation>klasgesprek</translation>
    </message>
    <message>
        <source>class thermometer after</source>
        <translation>klasthermometer achteraf</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>every step done</source>
        <translation>alle stappen gezet</translation>
    </message>
</context>
<context>
    <name>GuardBanner</name>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Reason to go ahead anyway (it is logged)</source>
        <translation>Reden om toch verder te gaan (wordt vastgelegd)</translation>
    </message>
    <message>
        <source>Reason to go ahead anyway</source>
        <translation>Reden om toch verder te gaan</translation>
    </message>
    <message>
        <source>Go ahead with this reason</source>
        <translation>Ga verder met deze reden</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Tips for this page</source>
        <translation>Tips bij deze pagina</translation>
    </message>
    <message>
        <source>About this form</source>
        <translation>Over dit formulier</translation>
    </message>
    <message>
        <source>No tips for this page.</source>
        <translation>Geen tips bij deze pagina.</translation>
    </message>
</context>
<context>
    <name>GuideTexts</name>
    <message>
        <source>Welcome to the practice case</source>
        <extracomment>The walk-through in order: the intro, reading the report, the steps of the step plan on the cyberbullying route with a non-confrontational approach, and the end.</extracomment>
        <translation>Welkom in het oefendossier</translation>
    </message>
    <message>
        <source>This window is a practice vault of an invented school. Nothing you do here reaches your real vault, and nobody in it exists. The guide walks you through one case from the report to closing, one step at a time.</source>
        <translation>Dit venster is een oefenkluis van een verzonnen school. Niets wat je hier doet, komt in je echte kluis terecht, en niemand hierin bestaat echt. De gids neemt je stap voor stap mee door één dossier, van de melding tot het afsluiten.</translation>
    </message>
    <message>
        <source>Read each step, then do it yourself in the window. Stuck? 'Fill it in for me' records an example you can read afterwards. 'Start over' gives you a fresh practice case.</source>
        <translation>Lees telkens de stap en doe hem dan zelf in het venster. Zit je vast? Met 'Vul het voor mij in' komt er een voorbeeld in het dossier dat je daarna kan nalezen. Met 'Opnieuw beginnen' krijg je een nieuw oefendossier.</translation>
    </message>
    <message>
        <source>1. The report</source>
        <translation>1. De melding</translation>
    </message>
    <message>
        <source>Fleur told you after class what happens in the class chat. Listen first and take it seriously; look at the evidence she shows. Because she reports herself, the case is open at once; had a classmate or a parent reported it, you would first ask whether she wants to tell you herself.</source>
        <translation>Fleur vertelde je na de les wat er in de klasgroep gebeurt. Luister eerst en neem het ernstig; bekijk het bewijs dat ze toont. Omdat ze het zelf meldt, is het dossier meteen open. Had een klasgenoot of een ouder het gemeld, dan vroeg je eerst of ze het zelf wil komen vertellen.</translation>
    </message>
    <message>
        <source>The case is open on the left under 'Open case'. Read the report on the Overview tab, then click 'I have read it'.</source>
        <translation>Het dossier staat links open onder 'Open dossier'. Lees de melding op het tabblad Overzicht en klik dan op 'Ik heb het gelezen'.</translation>
    </message>
    <message>
        <source>Open the Step plan tab of the case and click the button of this step ('Show me where' takes you there).</source>
        <translation>Open het tabblad Stappenplan van het dossier en klik op de knop van deze stap ('Toon mij waar' brengt je erheen).</translation>
    </message>
    <message>
        <source>2. Is it cyberbullying?</source>
        <translation>2. Is het cyberpesten?</translation>
    </message>
    <message>
        <source>Check the three criteria: is there intent to hurt, does it happen again and again, and is there a power imbalance? Only when all three hold is it bullying; online, it is cyberbullying. A quarrel or teasing follows the school's own route.</source>
        <translation>Ga de drie criteria na: wil iemand kwetsen, gebeurt het telkens opnieuw en is er een machtsverschil? Pas als alle drie kloppen, is het pesten; gebeurt het online, dan is het cyberpesten. Een ruzie of plagerij volgt de eigen weg van de school.</translation>
    </message>
    <message>
        <source>3. How serious is it?</source>
        <translation>3. Hoe ernstig is het?</translation>
    </message>
    <message>
        <source>Estimate how serious it is and talk it over with the care team. Consider whether the CLB, Child Focus or the police should be asked, and whether you have a duty to report. The program shows the legal points; you decide.</source>
        <translation>Schat in hoe ernstig het is en overleg met het zorgteam. Denk na of je het CLB, Child Focus of de politie moet inschakelen en of er een meldplicht is. Het programma toont de juridische aandachtspunten; jij beslist.</translation>
    </message>
    <message>
        <source>4. Talk with the pupil who is bullied</source>
        <translation>4. Het gesprek met de gepeste leerling</translation>
    </message>
    <message>
        <source>Listen, summarise, ask further. Her experience comes before the facts. Praise her for speaking up: the blame is never hers. Agree together who does what by when, and do nothing without her knowing.</source>
        <translation>Luisteren, samenvatten, doorvragen. Hoe zij het beleeft, gaat voor op de feiten. Geef haar een compliment omdat ze erover praat: de schuld ligt nooit bij haar. Spreek samen af wie wat doet tegen wanneer, en zet geen stap zonder dat ze het weet.</translation>
    </message>
    <message>
        <source>5. Her parents</source>
        <translation>5. Haar ouders</translation>
    </message>
    <message>
        <source>Talk with her parents warmly and clearly, with the care for their child first, and agree how you stay in touch. From 12 a pupil may ask that her parents are not told: record that wish and respect it unless there is a serious reason.</source>
        <translation>Praat warm en duidelijk met haar ouders, met de zorg voor hun kind voorop, en spreek af hoe jullie contact houden. Vanaf 12 jaar mag een leerling vragen dat haar ouders niets horen: noteer die wens en respecteer ze, tenzij er een ernstige reden is.</translation>
    </message>
    <message>
        <source>6. The choice moment</source>
        <translation>6. Het keuzemoment</translation>
    </message>
    <message>
        <source>Tick the reasons that apply. Recent and less serious bullying, with a bully who has little support, points to a non-confrontational approach; long-running bullying with a big impact points to a confrontational one. The program advises; you choose.</source>
        <translation>Vink de redenen aan die kloppen. Recent en minder ernstig pestgedrag van een pester met weinig bijval wijst naar een niet-confronterende aanpak; langdurig pesten met veel impact wijst naar een confronterende. Het programma geeft advies; jij kiest.</translation>
    </message>
    <message>
        <source>7. The approach itself</source>
        <translation>7. De aanpak zelf</translation>
    </message>
    <message>
        <source>Only with her consent do you talk with the pupil who bullies. Choose your approach beforehand and keep to it. Make it a dialogue: let him see it through her eyes, name what is not OK, and ask what he will do.</source>
        <translation>Alleen met haar toestemming spreek je de leerling aan die pest. Kies vooraf je aanpak en hou je eraan. Maak er een gesprek van: laat hem het door haar ogen bekijken, benoem wat niet oké is en vraag wat hij gaat doen.</translation>
    </message>
    <message>
        <source>8. Aftercare for the group</source>
        <translation>8. Nazorg voor de groep</translation>
    </message>
    <message>
        <source>Bullying is a group matter. Stop wrong stories from spreading and give the class room to say what they went through, or record that the group needs no aftercare.</source>
        <translation>Pesten speelt zich af in een groep. Zorg dat er geen verkeerde verhalen rondgaan en geef de klas ruimte om te vertellen wat ze meemaakten, of noteer dat de groep geen nazorg nodig heeft.</translation>
    </message>
    <message>
        <source>9. Has it stopped?</source>
        <translation>9. Is het gestopt?</translation>
    </message>
    <message>
        <source>Follow-up matters at every step. About a week later, ask her how it goes and record what you find: stopped, less, the same or worse. If it did not stop after a non-confrontational approach, the program proposes the confrontational one. Here you can let a week pass with 'A week later'.</source>
        <translation>Opvolgen is bij elke stap belangrijk. Vraag haar een week later hoe het gaat en noteer wat je vaststelt: gestopt, minder, hetzelfde of erger. Stopte het niet na een niet-confronterende aanpak, dan stelt het programma de confronterende voor. Hier kan je met 'Een week later' een week laten verstrijken.</translation>
    </message>
    <message>
        <source>10. Closing the case</source>
        <translation>10. Het dossier afsluiten</translation>
    </message>
    <message>
        <source>When the bullying has stopped and the agreements are followed up, close the case. The closing checklist names what is still open; give a reason for anything you close over.</source>
        <translation>Is het pesten gestopt en zijn de afspraken opgevolgd, sluit dan het dossier af. De checklist bij het afsluiten toont wat nog openstaat; geef een reden voor wat je toch afsluit.</translation>
    </message>
    <message>
        <source>Well done: the case is closed</source>
        <translation>Goed gedaan: het dossier is afgesloten</translation>
    </message>
    <message>
        <source>You went through the whole method once. Open the case to read back what was recorded, or start over to practise again.</source>
        <translation>Je hebt de hele werkwijze één keer doorlopen. Open het dossier om na te lezen wat er genoteerd werd, of begin opnieuw om nog eens te oefenen.</translation>
    </message>
    <message>
        <source>Close this window to return to your own vault.</source>
        <translation>Sluit dit venster om terug te gaan naar je eigen kluis.</translation>
    </message>
</context>
<context>
    <name>IcsExportFlow</name>
    <message>
        <source>Export to a calendar file</source>
        <translation>Exporteren naar een agendabestand</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be written to a calendar file (.ics).</source>
        <translation>
            <numerusform>%n regel wordt in een agendabestand (.ics) gezet.</numerusform>
            <numerusform>%n regels worden in een agendabestand (.ics) gezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds only the case reference, the date and the step, never the name of a pupil. It is not protected: it leaves the vault, so keep it on a school computer or calendar only.</source>
        <translation>Het bestand bevat alleen het dossiernummer, de datum en de stap, nooit de naam van een leerling. Het is niet beveiligd: het verlaat de kluis. Bewaar het dus enkel op een schoolcomputer of in de agenda van de school.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Agendabestand bewaren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
</context>
<context>
    <name>IdleCasesSection</name>
    <message>
        <source>Open cases without activity</source>
        <translation>Open dossiers zonder activiteit</translation>
    </message>
    <message numerus="yes">
        <source>Open cases without any activity for %n week(s)</source>
        <translation>
            <numerusform>Open dossiers zonder enige activiteit sinds %n week</numerusform>
            <numerusform>Open dossiers zonder enige activiteit sinds %n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <source>New conversation</source>
        <extracomment>Item data: ("draft", form id) or ("conversation", conversation id).</extracomment>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>What kind of conversation do you want to record?</source>
        <translation>Welk soort gesprek wil je noteren?</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Inschatting: is het pesten?</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernstinschatting</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Zorgteam</translation>
    </message>
    <message>
        <source>External contact</source>
        <translation>Contact met externen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Repair agreement</source>
        <translation>Herstelovereenkomst</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsmateriaal</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier afgesloten</translation>
    </message>
    <message>
        <source>Parents' involvement</source>
        <translation>Betrokkenheid van de ouders</translation>
    </message>
    <message>
        <source>Parents involved after all</source>
        <translation>Ouders toch betrokken</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Aanvulling</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>Nog niet ingedeeld</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>&amp;Nieuw dossier...</translation>
    </message>
    <message>
        <source>New &amp;report...</source>
        <translation>Nieuwe &amp;melding...</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>Dossiers &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Hide every case and ask for the passphrase again</source>
        <translation>Verberg alle dossiers en vraag opnieuw de wachtwoordzin</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <source>School se&amp;ttings...</source>
        <translation>Schoolins&amp;tellingen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Practise with an invented case...</source>
        <translation>&amp;Oefenen met een verzonnen dossier...</translation>
    </message>
    <message>
        <source>A separate practice vault with a guide; your own vault is not touched</source>
        <translation>Een aparte oefenkluis met een gids; aan je eigen kluis wordt niets veranderd</translation>
    </message>
    <message>
        <source>&amp;About EHBC Desktop</source>
        <translation>&amp;Over EHBC Desktop</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>EHBC Desktop</source>
        <translation>EHBC Desktop</translation>
    </message>
    <message>
        <source>Opening the case files...</source>
        <translation>De dossiers worden geopend...</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key or with a starting passphrase from an administrator. Choose your own passphrase now; after that only your new one opens the vault for you.</source>
        <translation>Je opende de kluis met de herstelsleutel of met een startwachtwoordzin van een beheerder. Kies nu je eigen wachtwoordzin; daarna opent alleen die nieuwe de kluis voor jou.</translation>
    </message>
    <message>
        <source>This vault was made by an older version of the program, so the recovery key can not give you back your own key for confidential cases. You get a new one. Confidential cases that were shielded for you stay closed to you until a colleague who may open them gives you access again.</source>
        <translation>Deze kluis is gemaakt met een oudere versie van het programma. Daarom kan de herstelsleutel je eigen sleutel voor afgeschermde dossiers niet teruggeven: je krijgt een nieuwe. Afgeschermde dossiers die voor jou openstonden, blijven voor jou dicht tot een collega die ze mag openen, je opnieuw toegang geeft.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>&amp;Save the new passphrase</source>
        <translation>Nieuwe wachtwoordzin &amp;opslaan</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>NextDateDialog</name>
    <message>
        <source>Plan the next follow-up</source>
        <translation>De volgende opvolging plannen</translation>
    </message>
    <message>
        <source>Well done: this step is recorded. Following up is crucial at every step: when do you check again how things are going?</source>
        <translation>Goed zo: deze stap is genoteerd. Opvolgen is bij elke stap cruciaal: wanneer kijk je opnieuw hoe het gaat?</translation>
    </message>
    <message>
        <source>for example: the bullied pupil, the class</source>
        <translation>bijvoorbeeld: de gepeste leerling, de klas</translation>
    </message>
    <message>
        <source>&amp;Next follow-up on:</source>
        <translation>&amp;Volgende opvolging op:</translation>
    </message>
    <message>
        <source>&amp;With whom:</source>
        <translation>&amp;Met wie:</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <source>that day falls in a weekend</source>
        <translation>die dag valt in een weekend</translation>
    </message>
    <message>
        <source>that day falls in a school holiday</source>
        <translation>die dag valt in een schoolvakantie</translation>
    </message>
    <message>
        <source>Planned on %1, but note: %2. You can plan it again on another day.</source>
        <translation>Gepland op %1, maar let op: %2. Je kan een andere dag plannen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>NudeImageDialog</name>
    <message>
        <source>Nude images of a minor</source>
        <translation>Naaktbeelden van een minderjarige</translation>
    </message>
    <message>
        <source>Nude images of a minor are never stored in this program, not even encrypted: keeping or passing them on is a criminal offence, also for a school. Do not open, copy or forward them; report them to the police. Here you only record who holds the images and how they were reported.</source>
        <translation>Naaktbeelden van een minderjarige komen nooit in dit programma, ook niet versleuteld: wie ze bijhoudt of doorstuurt, pleegt een misdrijf, ook een school. Open, kopieer of stuur ze niet door; meld ze bij de politie. Hier noteer je alleen wie de beelden heeft en hoe ze gemeld zijn.</translation>
    </message>
    <message>
        <source>The file “%1” was not imported and not opened. Delete it from this computer once the police have what they need.</source>
        <translation>Het bestand “%1” is niet ingelezen en niet geopend. Verwijder het van deze computer zodra de politie heeft wat ze nodig heeft.</translation>
    </message>
    <message>
        <source>What the images show, in general terms (no details)</source>
        <translation>Wat er in grote lijnen op staat (geen details)</translation>
    </message>
    <message>
        <source>For example: the police, the pupil's phone</source>
        <translation>Bijvoorbeeld: de politie, de gsm van de leerling</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Only when the police or the holder gives it to you</source>
        <translation>Alleen als de politie of wie de beelden heeft, je die geeft</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Who holds the images</source>
        <translation>&amp;Wie heeft de beelden</translation>
    </message>
    <message>
        <source>Police &amp;reference</source>
        <translation>Nummer van het &amp;proces-verbaal</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Gemeld bij de politie</translation>
    </message>
    <message>
        <source>Reported to Child Focus</source>
        <translation>Gemeld bij Child Focus</translation>
    </message>
    <message>
        <source>Reported to the school by</source>
        <translation>Aan de school gemeld door</translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation>Platform of app</translation>
    </message>
    <message>
        <source>&amp;Fingerprint (SHA-256)</source>
        <translation>&amp;Controlecode (SHA-256)</translation>
    </message>
    <message>
        <source>Describe the images in general terms.</source>
        <translation>Omschrijf de beelden in grote lijnen.</translation>
    </message>
    <message>
        <source>Say who holds the images.</source>
        <translation>Vul in wie de beelden heeft.</translation>
    </message>
    <message>
        <source>The police reference is required: report the images first.</source>
        <translation>Het nummer van het proces-verbaal is verplicht: meld de beelden eerst bij de politie.</translation>
    </message>
    <message>
        <source>A fingerprint has 64 characters (0-9 and a-f).</source>
        <translation>Een controlecode telt 64 tekens (0-9 en a-f).</translation>
    </message>
</context>
<context>
    <name>ObservationPanel</name>
    <message>
        <source>Observation log</source>
        <translation>Observatielogboek</translation>
    </message>
    <message>
        <source>The bullied pupil does not report personally (yet). Watch discreetly, note what you see, and ask again when the moment is right. A reminder is planned after every entry.</source>
        <translation>De gepeste leerling meldt (nog) niet zelf. Let discreet op, noteer wat je ziet en vraag het opnieuw wanneer het moment goed is. Na elke notitie wordt een herinnering gepland.</translation>
    </message>
    <message>
        <source>&amp;Add observation...</source>
        <translation>Observatie &amp;toevoegen...</translation>
    </message>
    <message>
        <source>The pupil now reports &amp;personally</source>
        <translation>De leerling meldt nu &amp;zelf</translation>
    </message>
    <message>
        <source>(no observations yet)</source>
        <translation>(nog geen observaties)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>This did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>no date yet</source>
        <extracomment>The date a QDateEdit holds while "empty"; it shows the special value text instead. Keys with which QDateEdit may open its calendar popup.</extracomment>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Fill in today's date</source>
        <translation>Vul de datum van vandaag in</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Maak de datum leeg</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome of a follow-up</source>
        <translation>Het resultaat van een opvolging noteren</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>What did the pupils say? What did you see?</source>
        <translation>Wat vertelden de leerlingen? Wat zag je zelf?</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Has the bullying stopped?</source>
        <translation>Is het pesten gestopt?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Choose what the follow-up found.</source>
        <translation>Kies wat de opvolging opleverde.</translation>
    </message>
    <message>
        <source>Saved. What now?</source>
        <translation>Bewaard. Wat nu?</translation>
    </message>
</context>
<context>
    <name>ParentWishNotice</name>
    <message>
        <source>Only for a serious reason, such as the duty to report: write it down</source>
        <translation>Enkel om een ernstige reden, zoals de meldplicht: schrijf ze op</translation>
    </message>
    <message>
        <source>Reason to involve the parents anyway</source>
        <translation>Reden om de ouders toch te betrekken</translation>
    </message>
    <message>
        <source>Involve the parents &amp;anyway</source>
        <translation>Ouders &amp;toch betrekken</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Person involved</source>
        <extracomment>Wide enough for the group title, the four column headers and the hints in Dutch.</extracomment>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Someone from an earlier case?</source>
        <translation>Iemand uit een vroeger dossier?</translation>
    </message>
    <message>
        <source>Type a name to look up known pupils</source>
        <translation>Typ een naam om een gekende leerling op te zoeken</translation>
    </message>
    <message>
        <source>Look up a known person</source>
        <translation>Gekende persoon opzoeken</translation>
    </message>
    <message>
        <source>Known people</source>
        <translation>Gekende personen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>for example: 2B (empty for adults)</source>
        <translation>bijvoorbeeld: 2B (leeg voor volwassenen)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Rol in dit dossier</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>gekend:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>Known person from an earlier case.</source>
        <translation>Gekende persoon uit een vroeger dossier.</translation>
    </message>
</context>
<context>
    <name>ParticipantInputTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>The header and three rows of people stay in view whatever else the dialog shows.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a sentence of at least four words that only you know, for example: 'my bike has seven gears and a blue bell'.</source>
        <translation>Kies een zin van minstens vier woorden die alleen jij kent, bijvoorbeeld: 'mijn fiets heeft zeven versnellingen en een blauwe bel'.</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters; a short sentence works well.</source>
        <translation>Te kort: gebruik minstens 12 tekens; een korte zin werkt goed.</translation>
    </message>
    <message>
        <source>Too easy to guess: the school's name, a user's name or a year are the first things an attacker tries. Use words of your own.</source>
        <translation>Te makkelijk te raden: de naam van de school, de naam van een gebruiker of een jaartal probeert een aanvaller als eerste. Kies eigen woorden.</translation>
    </message>
    <message>
        <source>Too easy to guess: avoid repeated characters and rows like 1234.</source>
        <translation>Te makkelijk te raden: vermijd herhaalde tekens en reeksen zoals 1234.</translation>
    </message>
    <message>
        <source>Too easy to guess: this is a well-known password. Use a sentence.</source>
        <translation>Te makkelijk te raden: dit is een bekend wachtwoord. Gebruik een zin.</translation>
    </message>
    <message>
        <source>Not strong enough yet: add a few more words, or take a suggested phrase.</source>
        <translation>Nog niet sterk genoeg: voeg er nog enkele woorden aan toe, of neem een voorgestelde zin.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Sterke wachtwoordzin.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>The passphrase opens the vault. Nobody can recover it for you: only the recovery key of the next step can replace it.</source>
        <translation>Met de wachtwoordzin open je de kluis. Niemand kan ze voor jou terughalen: alleen de herstelsleutel uit de volgende stap kan ze vervangen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation>Wat ik typ to&amp;nen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>S&amp;uggest a phrase of random words</source>
        <translation>Stel een zin van willekeurige woorden &amp;voor</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Een wachtwoordzin voorstellen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation>Beide wachtwoordzinnen zijn gelijk.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>Opvolging plannen</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>e.g. the victim, the bully, the class</source>
        <translation>bv. de gepeste leerling, de pester, de klas</translation>
    </message>
    <message>
        <source>Kind of follow-up</source>
        <translation>Soort opvolging</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Proposed: the school's usual interval, on a school day. You may keep this day or choose another one.</source>
        <translation>Voorstel: de gewone termijn van de school, op een schooldag. Je kan deze dag houden of een andere kiezen.</translation>
    </message>
    <message>
        <source>(Moved to the next school day.)</source>
        <translation>(Verschoven naar de volgende schooldag.)</translation>
    </message>
    <message>
        <source>You can still save this day.</source>
        <translation>Je kan deze dag toch bewaren.</translation>
    </message>
</context>
<context>
    <name>PlanInfo</name>
    <message>
        <source>This case is closed: every step is behind you.</source>
        <translation>Dit dossier is afgesloten: alle stappen zijn gezet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nu:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;After that:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Daarna:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next follow-up:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Volgende opvolging:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>⚠ Overdue follow-up(s), planned on: %1</source>
        <translation>⚠ Opvolging(en) over tijd, gepland op: %1</translation>
    </message>
    <message>
        <source>⚠ %1 agreement(s) passed their date without being marked done.</source>
        <translation>⚠ %1 afspraak/afspraken voorbij de datum zonder dat ze als uitgevoerd aangeduid zijn.</translation>
    </message>
    <message>
        <source>⚠ No next step is planned: plan a follow-up so the case does not stall.</source>
        <translation>⚠ Er is geen volgende stap gepland: plan een opvolging zodat het dossier niet stilvalt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; this case follows the school's own anti-bullying policy, not the cyberbullying steps. Still record the talk with those involved.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; dit dossier volgt het eigen pestbeleid van de school, niet de stappen voor cyberpesten. Noteer wel het gesprek met de betrokkenen.</translation>
    </message>
    <message>
        <source>The school's policy: %1</source>
        <translation>Het beleid van de school: %1</translation>
    </message>
    <message>
        <source>The school's policy is not set yet: use &lt;i&gt;Set the policy location&lt;/i&gt; below (a link or a document on this PC); it is kept in the school settings of the vault.</source>
        <translation>Het beleid van de school is nog niet ingesteld: gebruik &lt;i&gt;Locatie van het pestbeleid instellen&lt;/i&gt; hieronder (een link of een document op deze pc); het wordt bewaard in de schoolinstellingen van de kluis.</translation>
    </message>
</context>
<context>
    <name>PracticeController</name>
    <message>
        <source>Practice guide</source>
        <translation>Oefengids</translation>
    </message>
    <message>
        <source>PRACTICE: invented school, not your own vault</source>
        <translation>OEFENEN: verzonnen school, niet je eigen kluis</translation>
    </message>
</context>
<context>
    <name>PracticeGuideView</name>
    <message>
        <source>PRACTICE — invented school, no real pupils</source>
        <translation>OEFENEN — verzonnen school, geen echte leerlingen</translation>
    </message>
    <message>
        <source>Progress through the practice case</source>
        <translation>Voortgang in het oefendossier</translation>
    </message>
    <message>
        <source>&amp;Show me where</source>
        <translation>&amp;Toon mij waar</translation>
    </message>
    <message>
        <source>&amp;Fill it in for me (example)</source>
        <translation>&amp;Vul het voor mij in (voorbeeld)</translation>
    </message>
    <message>
        <source>A &amp;week later</source>
        <translation>Een &amp;week later</translation>
    </message>
    <message>
        <source>Practice only: the case moves a week back in time, as if a week had passed</source>
        <translation>Alleen bij het oefenen: het dossier schuift een week terug in de tijd, alsof er een week voorbij is</translation>
    </message>
    <message>
        <source>Start &amp;over (clears the practice case)</source>
        <translation>Opnieuw &amp;beginnen (wist het oefendossier)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>I have &amp;read it</source>
        <translation>Ik heb het &amp;gelezen</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Saves the shown PDF to a path the user chose (the owner wires DocumentService.save_pdf). DocumentService.save_pdf: (pdf bytes, path, document id, case id).</extracomment>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Save outside the vault?</source>
        <translation>Opslaan buiten de kluis?</translation>
    </message>
    <message>
        <source>A PDF on disk is no longer protected by the vault: anyone who can open the folder can read it. Save it only where it is safe, and delete it when it is no longer needed.

Save anyway?</source>
        <translation>Een PDF op de schijf wordt niet meer beschermd door de kluis: iedereen die de map kan openen, kan hem lezen. Sla hem alleen op waar hij veilig is, en verwijder hem als je hem niet meer nodig hebt.

Toch opslaan?</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>van %n</numerusform>
            <numerusform>van %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet gestart worden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>PupilWish</name>
    <message>
        <source>Parents' conversations and letters are refused.</source>
        <translation>Gesprekken met en brieven aan de ouders worden geweigerd.</translation>
    </message>
    <message>
        <source>Until someone judges the pupil's competence, parents' conversations and letters are refused.</source>
        <translation>Zolang niemand oordeelde of de leerling bekwaam is, worden gesprekken met en brieven aan de ouders geweigerd.</translation>
    </message>
    <message>
        <source>Overridden with a written reason: the parents may be involved.</source>
        <translation>Doorbroken met een geschreven reden: de ouders mogen betrokken worden.</translation>
    </message>
    <message>
        <source>Judged not competent: the parents may be involved.</source>
        <translation>Niet bekwaam bevonden: de ouders mogen betrokken worden.</translation>
    </message>
    <message>
        <source>Under 12: the parents are informed.</source>
        <translation>Jonger dan 12: de ouders worden ingelicht.</translation>
    </message>
    <message>
        <source>The pupil withdrew the wish.</source>
        <translation>De leerling trok de vraag in.</translation>
    </message>
    <message>
        <source>%1: no wish about the parents recorded.</source>
        <translation>%1: geen wens over de ouders genoteerd.</translation>
    </message>
    <message>
        <source>%1 does not object to involving the parents (%2).</source>
        <translation>%1 heeft er geen bezwaar tegen dat de ouders betrokken worden (%2).</translation>
    </message>
    <message>
        <source>%1 asks that the parents are not involved. Competence: %2%3, %4.</source>
        <translation>%1 vraagt om de ouders er niet bij te betrekken. Bekwaamheid: %2%3, %4.</translation>
    </message>
    <message>
        <source> according to %1</source>
        <translation> volgens %1</translation>
    </message>
    <message>
        <source>About others: %1.</source>
        <translation>Over anderen: %1.</translation>
    </message>
</context>
<context>
    <name>PupilWishDialog</name>
    <message>
        <source>The pupil's wish about the parents</source>
        <translation>De wens van de leerling over de ouders</translation>
    </message>
    <message>
        <source>From 12, a pupil may ask that their own parents are not involved. Record the wish, who judged whether the pupil can make that choice, and why. A change is a new dated entry; earlier entries stay.</source>
        <translation>Vanaf 12 jaar kan een leerling vragen om de eigen ouders er niet bij te betrekken. Noteer die vraag, wie oordeelde of de leerling die keuze kan maken, en waarom. Verandert er iets, dan voeg je een nieuwe, gedateerde regel toe; de vorige blijven staan.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Earlier entries</source>
        <translation>Vorige regels</translation>
    </message>
    <message>
        <source>The pupil asks that the &amp;parents are not involved</source>
        <translation>De leerling vraagt om de &amp;ouders er niet bij te betrekken</translation>
    </message>
    <message>
        <source>Who else may or may not know</source>
        <translation>Wie mag het verder wel of niet weten</translation>
    </message>
    <message>
        <source>Who judged</source>
        <translation>Wie oordeelde</translation>
    </message>
    <message>
        <source>In which role</source>
        <translation>In welke rol</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Datum van het oordeel</translation>
    </message>
    <message>
        <source>What the judgement is based on</source>
        <translation>Waarop het oordeel steunt</translation>
    </message>
    <message>
        <source>Can the pupil make this choice?</source>
        <translation>Kan de leerling die keuze maken?</translation>
    </message>
    <message>
        <source>no parents</source>
        <translation>geen ouders</translation>
    </message>
    <message>
        <source>parents may be involved</source>
        <translation>ouders mogen betrokken worden</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RadioFieldWidget</name>
    <message>
        <source>Yes</source>
        <extracomment>A choice with more options than this becomes a drop-down list instead of radio buttons.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Onduidelijk</translation>
    </message>
</context>
<context>
    <name>RecommendationPanel</name>
    <message>
        <source>Recommendation</source>
        <extracomment>The choice form's fields that hold the ticked reasons.</extracomment>
        <translation>Advies</translation>
    </message>
    <message>
        <source>The program only recommends: you decide. The choice and the recommendation are both kept in the case file.</source>
        <translation>Het programma geeft enkel advies: jij beslist. De keuze en het advies worden allebei in het dossier bewaard.</translation>
    </message>
    <message>
        <source>For a non-confrontational approach (weight %1):</source>
        <translation>Voor een niet-confronterende aanpak (gewicht %1):</translation>
    </message>
    <message>
        <source>For a confrontational approach (weight %1):</source>
        <translation>Voor een confronterende aanpak (gewicht %1):</translation>
    </message>
    <message>
        <source>Belief in the group points to a group approach.</source>
        <translation>Vertrouwen in de groep wijst op een groepsaanpak.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Type the recovery key exactly as it is written on the paper from the school safe. Hyphens and spaces do not matter. Afterwards you choose a new passphrase.</source>
        <translation>Typ de herstelsleutel precies zoals hij op het papier uit de schoolkluis staat. Streepjes en spaties maken niet uit. Daarna kies je een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jouw naam</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Herstel&amp;sleutel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Open the vault</source>
        <translation>Kluis &amp;openen</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Jouw herstelsleutel</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds...</source>
        <translation>De kluis wordt aangemaakt. Dat duurt enkele seconden...</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&lt;p&gt;With this recovery key you can still open the vault when every passphrase is forgotten. It opens every case, the confidential ones too. Write it on paper now, exactly as shown, and keep the paper in the school safe.&lt;/p&gt;&lt;p&gt;There is no copy button on purpose: a copy on the computer could be found by someone else.&lt;/p&gt;&lt;p&gt;An administrator can print it again later on a sheet for the safe: Vault menu, Print the recovery key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Met deze herstelsleutel kan je de kluis nog openen als iedereen zijn wachtwoordzin vergeten is. Hij opent elk dossier, ook de afgeschermde. Schrijf hem nu op papier, precies zoals hij hier staat, en bewaar dat papier in de kluis van de school.&lt;/p&gt;&lt;p&gt;Er is bewust geen knop om te kopiëren: een kopie op de computer kan door iemand anders gevonden worden.&lt;/p&gt;&lt;p&gt;Een beheerder kan hem later opnieuw afdrukken op een blad voor de kluis: menu Kluis, De herstelsleutel afdrukken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery key and stored it safely</source>
        <translation>&amp;Ik heb de herstelsleutel opgeschreven en veilig bewaard</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The victim's consent to approach the bully has not been recorded yet. Ask the victim first; talk to the bully only when the victim agrees.</source>
        <translation>De toestemming van de gepeste leerling om de pester aan te spreken is nog niet genoteerd. Vraag het eerst aan de gepeste leerling; praat pas met de pester als die akkoord gaat.</translation>
    </message>
    <message>
        <source>The victim does not want the bully to be approached. Respect that and talk with the victim again before you go further.</source>
        <translation>De gepeste leerling wil niet dat de pester aangesproken wordt. Respecteer dat en praat opnieuw met de gepeste leerling voor je verdergaat.</translation>
    </message>
    <message>
        <source>The victim withdrew the consent to approach the bully. Talk with the victim again before you go further.</source>
        <translation>De gepeste leerling heeft de toestemming om de pester aan te spreken ingetrokken. Praat opnieuw met de gepeste leerling voor je verdergaat.</translation>
    </message>
    <message>
        <source>This pupil (12 or older, judged able to decide) asked not to involve the parents. Only go ahead for a serious reason, such as the duty to report, and write it down.</source>
        <translation>Deze leerling (12 of ouder, bekwaam geacht om te beslissen) vroeg om de ouders er niet bij te betrekken. Ga enkel verder om een ernstige reden, zoals de meldplicht, en schrijf die op.</translation>
    </message>
    <message>
        <source>This pupil asked not to involve the parents, and nobody has judged yet whether the pupil can make that choice. Until then the wish stands; only a serious reason, written down, lets you go ahead.</source>
        <translation>Deze leerling vroeg om de ouders er niet bij te betrekken, en niemand oordeelde al of de leerling die keuze kan maken. Tot dan geldt die vraag; je gaat enkel verder om een ernstige reden die je opschrijft.</translation>
    </message>
    <message>
        <source>First ask the victim whether they really want a restorative conversation.</source>
        <translation>Vraag eerst aan de gepeste leerling of die echt een herstelgesprek wil.</translation>
    </message>
    <message>
        <source>The victim does not want a restorative conversation, so it can not take place.</source>
        <translation>De gepeste leerling wil geen herstelgesprek, dus het kan niet doorgaan.</translation>
    </message>
    <message>
        <source>First ask the bully whether they see what went wrong and want to make it right.</source>
        <translation>Vraag eerst aan de pester of die inziet wat er misliep en het wil goedmaken.</translation>
    </message>
    <message>
        <source>The bully does not acknowledge the wrong, so a restorative conversation can not take place yet.</source>
        <translation>De pester ziet niet in dat wat hij of zij deed fout was, dus een herstelgesprek kan nog niet doorgaan.</translation>
    </message>
    <message>
        <source>The bully does not want to make it right, so a restorative conversation can not take place yet.</source>
        <translation>De pester wil het niet goedmaken, dus een herstelgesprek kan nog niet doorgaan.</translation>
    </message>
    <message>
        <source>The step plan does not allow this step yet.</source>
        <translation>Het stappenplan laat deze stap nog niet toe.</translation>
    </message>
    <message>
        <source>Step 2 is not complete: choose the parties and write down their answers.</source>
        <translation>Stap 2 is niet volledig: kies de partijen en noteer hun antwoorden.</translation>
    </message>
    <message>
        <source>Agreement %1 is not complete: every agreement needs who, what and by when.</source>
        <translation>Afspraak %1 is niet volledig: elke afspraak heeft een wie, een wat en een tegen wanneer nodig.</translation>
    </message>
    <message>
        <source>An agreement is not complete: every agreement needs who, what and by when.</source>
        <translation>Een afspraak is niet volledig: elke afspraak heeft een wie, een wat en een tegen wanneer nodig.</translation>
    </message>
    <message>
        <source>Fill in the date of the next talk: every conversation ends with a next date.</source>
        <translation>Vul de datum van het volgende gesprek in: elk gesprek eindigt met een volgende datum.</translation>
    </message>
    <message>
        <source>Step 2 is not complete: every party must answer every question (%n answer(s) missing).</source>
        <translation>Stap 2 is niet volledig: elke partij moet elke vraag beantwoorden (%n antwoord(en) ontbreken).</translation>
    </message>
</context>
<context>
    <name>RepairAgreementDialog</name>
    <message>
        <source>Draft a repair agreement</source>
        <translation>Herstelovereenkomst opstellen</translation>
    </message>
    <message>
        <source>What the pupil who bullied promises to do to make things right, who helps them, and when it is looked at again. Every part is needed before the agreement can be printed and signed.</source>
        <translation>Wat de leerling die pestte belooft te doen om het goed te maken, wie daarbij helpt, en wanneer er opnieuw naar gekeken wordt. Elk onderdeel is nodig voor de overeenkomst afgedrukt en ondertekend kan worden.</translation>
    </message>
    <message>
        <source>One engagement per line</source>
        <translation>Eén engagement per regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>(choose a date)</source>
        <translation>(kies een datum)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Evaluation meeting</source>
        <translation>Evaluatiegesprek</translation>
    </message>
    <message>
        <source>Pupil(s) who bullied</source>
        <translation>Leerling(en) die pestte(n)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <source>Support figures</source>
        <translation>Steunfiguren</translation>
    </message>
    <message>
        <source>Realised by (term)</source>
        <translation>Uitgevoerd tegen (termijn)</translation>
    </message>
    <message>
        <source>Evaluation meeting on</source>
        <translation>Evaluatiegesprek op</translation>
    </message>
    <message>
        <source>Pupils who bullied</source>
        <translation>Leerlingen die pestten</translation>
    </message>
    <message>
        <source>Tick at least one pupil.</source>
        <translation>Vink minstens één leerling aan.</translation>
    </message>
    <message>
        <source>Write at least one engagement.</source>
        <translation>Schrijf minstens één engagement.</translation>
    </message>
    <message>
        <source>Name at least one support figure (a name, and the role if you can).</source>
        <translation>Noem minstens één steunfiguur (een naam, en de rol als je die weet).</translation>
    </message>
    <message>
        <source>Choose the day by which the engagements are realised.</source>
        <translation>Kies de dag waarop de engagementen uitgevoerd moeten zijn.</translation>
    </message>
    <message>
        <source>Choose the day of the evaluation meeting.</source>
        <translation>Kies de dag van het evaluatiegesprek.</translation>
    </message>
</context>
<context>
    <name>RepairText</name>
    <message>
        <source>signed on %1</source>
        <translation>ondertekend op %1</translation>
    </message>
    <message>
        <source>NOT SIGNED YET</source>
        <translation>NOG NIET ONDERTEKEND</translation>
    </message>
    <message>
        <source>Pupil(s):</source>
        <translation>Leerling(en):</translation>
    </message>
    <message>
        <source>Support figures:</source>
        <translation>Steunfiguren:</translation>
    </message>
    <message>
        <source>Realised by:</source>
        <translation>Uitgevoerd tegen:</translation>
    </message>
    <message>
        <source>Evaluation meeting:</source>
        <translation>Evaluatiegesprek:</translation>
    </message>
    <message>
        <source>Engagements:</source>
        <translation>Engagementen:</translation>
    </message>
    <message>
        <source>No repair agreement yet. It is usually drawn up at the end of a restorative conversation; you can also draft one here.</source>
        <translation>Nog geen herstelovereenkomst. Die wordt meestal opgesteld op het einde van een herstelgesprek; je kan er hier ook een opstellen.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Nieuwe melding</translation>
    </message>
</context>
<context>
    <name>ReportPeoplePanel</name>
    <message>
        <source>Case title</source>
        <translation>Titel van het dossier</translation>
    </message>
    <message>
        <source>without names, e.g. Fake profile 2B</source>
        <translation>zonder namen, bv. Nepprofiel 2B</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>+ Bullied pupil</source>
        <translation>+ Gepeste leerling</translation>
    </message>
    <message>
        <source>+ Bully</source>
        <translation>+ Pester</translation>
    </message>
    <message>
        <source>+ Other</source>
        <translation>+ Andere</translation>
    </message>
    <message>
        <source>Add the people involved here, with their role (the form's own list of people stays empty for a new report). You can add or change people later in the case.</source>
        <translation>Voeg de betrokkenen hier toe, met hun rol (de lijst met personen in het formulier blijft leeg bij een nieuwe melding). Je kan later in het dossier nog personen toevoegen of aanpassen.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>These cases will be deleted for good: %1.

Everything of them goes: people who appear in no other case, conversations, notes, agreements, drafts and evidence files. The log keeps only the reference, the dates, who deleted them and why.

Older backups still hold them until they rotate out: with %2 backups kept, that is after %2 new backups.</source>
        <translation>Deze dossiers worden definitief verwijderd: %1.

Alles ervan verdwijnt: personen die in geen ander dossier voorkomen, gesprekken, notities, afspraken, concepten en bewijsbestanden. Het logboek bewaart enkel het nummer, de datums, wie ze verwijderde en waarom.

Oudere back-ups bevatten ze nog tot die wegvallen: als je %2 back-ups bewaart, is dat na %2 nieuwe back-ups.</translation>
    </message>
    <message>
        <source>Deleted: %1. Older backups still hold them until %2 new backups were made.</source>
        <translation>Verwijderd: %1. Oudere back-ups bevatten ze nog tot er %2 nieuwe back-ups gemaakt zijn.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Cases to destroy</source>
        <translation>Te vernietigen</translation>
    </message>
    <message>
        <source>Closed cases whose retention period is over. Keep a file no longer than needed: delete them here. Only an administrator can delete.</source>
        <translation>Afgesloten dossiers waarvan de bewaartermijn voorbij is. Bewaar een dossier niet langer dan nodig: verwijder ze hier. Alleen een beheerder kan verwijderen.</translation>
    </message>
    <message>
        <source>Delete the &amp;chosen case…</source>
        <translation>&amp;Gekozen dossier verwijderen…</translation>
    </message>
    <message>
        <source>Delete &amp;all listed cases…</source>
        <translation>&amp;Alle dossiers in de lijst verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>No closed case is past its retention date.</source>
        <translation>Geen enkel afgesloten dossier is voorbij zijn bewaartermijn.</translation>
    </message>
    <message>
        <source>Delete cases for good</source>
        <translation>Dossiers definitief verwijderen</translation>
    </message>
</context>
<context>
    <name>RowsFieldWidget</name>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Does what</source>
        <translation>Doet wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Who they are for the pupil</source>
        <translation>Wie is het voor de leerling</translation>
    </message>
    <message>
        <source>+ Add an agreement</source>
        <translation>+ Afspraak toevoegen</translation>
    </message>
    <message>
        <source>+ Add a support figure</source>
        <translation>+ Steunfiguur toevoegen</translation>
    </message>
    <message>
        <source>Name, or pick</source>
        <translation>Naam, of kies</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Deze rij verwijderen</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Rij %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>SchoolDetailsDialog</name>
    <message>
        <source>School details on documents</source>
        <translation>Schoolgegevens op documenten</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>&amp;Afbeelding kiezen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>For example: Ms Claes, trust teacher, room B12</source>
        <translation>Bijvoorbeeld: mevrouw Claes, vertrouwensleerkracht, lokaal B12</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Reachable through</source>
        <translation>Bereikbaar via</translation>
    </message>
    <message>
        <source>Phone or website</source>
        <translation>Telefoon of website</translation>
    </message>
    <message>
        <source>What it offers (Dutch)</source>
        <translation>Wat ze aanbieden (Nederlands)</translation>
    </message>
    <message>
        <source>What it offers (English)</source>
        <translation>Wat ze aanbieden (Engels)</translation>
    </message>
    <message>
        <source>Back to the built-in Flemish list</source>
        <translation>Terug naar de ingebouwde Vlaamse lijst</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>The school's contacts</source>
        <translation>Contacten van de school</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hulplijnen</translation>
    </message>
    <message>
        <source>Every printed document shows the logo; the handouts show the contact people and the helplines.</source>
        <translation>Elk afgedrukt document toont het logo; op de infobladen staan ook de contactpersonen en de hulplijnen.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Naam van de school</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Place (above signatures)</source>
        <translation>Plaats (boven de handtekeningen)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact person for pupils</source>
        <translation>Aanspreekpunt voor leerlingen</translation>
    </message>
    <message>
        <source>Contact person for parents</source>
        <translation>Aanspreekpunt voor ouders</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image of at most 2 MB.</source>
        <translation>Kies een PNG- of JPEG-afbeelding van hoogstens 2 MB.</translation>
    </message>
    <message>
        <source>The school's logo</source>
        <translation>Het logo van de school</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School and user</source>
        <translation>School en gebruiker</translation>
    </message>
    <message>
        <source>Your name is shown on the unlock screen and in the log of every change.</source>
        <translation>Je naam staat op het ontgrendelscherm en in het logboek bij elke wijziging.</translation>
    </message>
    <message>
        <source>for example: Sint-Jozefscollege Aalst</source>
        <translation>bijvoorbeeld: Sint-Jozefscollege Aalst</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Naam van de school</translation>
    </message>
    <message>
        <source>for example: An Peeters</source>
        <translation>bijvoorbeeld: An Peeters</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jouw naam</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>Naam van de &amp;school:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Jouw naam:</translation>
    </message>
</context>
<context>
    <name>SchoolReadOnly</name>
    <message>
        <source>You can read these settings. Only an administrator can change them: %1.</source>
        <translation>Je kan deze instellingen lezen. Alleen een beheerder kan ze wijzigen: %1.</translation>
    </message>
    <message>
        <source>the administrator of the vault</source>
        <translation>de beheerder van de kluis</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <source>School settings</source>
        <translation>Schoolinstellingen</translation>
    </message>
    <message>
        <source>These settings belong to the school: they are kept in the vault and apply to every user.</source>
        <translation>Deze instellingen horen bij de school: ze worden in de kluis bewaard en gelden voor elke gebruiker.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation>Schoolvakanties</translation>
    </message>
    <message>
        <source>(first day)</source>
        <translation>(eerste dag)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>(last day)</source>
        <translation>(laatste dag)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Geselecteerde verwijderen</translation>
    </message>
    <message>
        <source>Add each holiday with its first and last day. Proposed dates never fall on these days.</source>
        <translation>Voeg elke vakantie toe met haar eerste en laatste dag. Voorgestelde data vallen nooit op die dagen.</translation>
    </message>
    <message>
        <source>A link (https://...) or a file on this PC</source>
        <translation>Een link (https://...) of een bestand op deze pc</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Bestand kiezen...</translation>
    </message>
    <message numerus="yes">
        <source>%n school year(s) later</source>
        <translation>
            <numerusform>%n schooljaar later</numerusform>
            <numerusform>%n schooljaren later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>School &amp;details and helplines…</source>
        <translation>School&amp;gegevens en hulplijnen…</translation>
    </message>
    <message>
        <source>Plan the separate talks after a restorative conversation after</source>
        <translation>De aparte gesprekken na een herstelgesprek plannen na</translation>
    </message>
    <message>
        <source>Observation reminder every</source>
        <translation>Herinnering om te observeren elke</translation>
    </message>
    <message>
        <source>Keep closed cases until 31 August,</source>
        <translation>Afgesloten dossiers bewaren tot 31 augustus,</translation>
    </message>
    <message>
        <source>Keep CLB files (at least 10)</source>
        <translation>CLB-dossiers bewaren (minstens 10)</translation>
    </message>
    <message>
        <source>Anti-bullying policy</source>
        <translation>Antipestbeleid</translation>
    </message>
    <message>
        <source>Flag open cases without activity after</source>
        <translation>Open dossiers zonder activiteit markeren na</translation>
    </message>
    <message>
        <source>On documents</source>
        <translation>Op documenten</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the holiday.</source>
        <translation>Kies de eerste en de laatste dag van de vakantie.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>De laatste dag valt voor de eerste dag.</translation>
    </message>
    <message>
        <source>The anti-bullying policy</source>
        <translation>Het antipestbeleid</translation>
    </message>
    <message>
        <source>A holiday ends before it starts. Remove it and add it again.</source>
        <translation>Een vakantie eindigt voor ze begint. Verwijder ze en voeg ze opnieuw toe.</translation>
    </message>
</context>
<context>
    <name>SealedCaseScreen</name>
    <message>
        <source>&lt; &amp;Back to the list</source>
        <translation>&lt; &amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>Confidential case</source>
        <translation>Afgeschermd dossier</translation>
    </message>
    <message>
        <source>Its content (names, notes, conversations, evidence, plans) is encrypted for these colleagues only, to protect the pupils in it. You see only its reference, status and dates, and you can not change or plan anything in it. Opening it is recorded in its access log as a refused attempt.</source>
        <translation>De inhoud (namen, notities, gesprekken, bewijsstukken, planning) is versleuteld voor alleen deze collega's, om de leerlingen erin te beschermen. Jij ziet alleen het referentienummer, de status en de datums, en je kunt er niets in wijzigen of plannen. Dat je het opent, staat in het toegangslogboek als een geweigerde poging.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation>Geopend op %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Afgesloten op %1</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>een beheerder</translation>
    </message>
    <message>
        <source>Confidential case — ask %1 for access.</source>
        <translation>Afgeschermd dossier — vraag toegang aan %1.</translation>
    </message>
</context>
<context>
    <name>SealingChoice</name>
    <message>
        <source>Confidential</source>
        <translation>Afgeschermd</translation>
    </message>
    <message>
        <source>&amp;Confidential case: only the colleagues you tick can read it</source>
        <translation>&amp;Afgeschermd dossier: alleen de collega's die je aanvinkt kunnen het lezen</translation>
    </message>
    <message>
        <source>As a CLB worker your cases are confidential from the start. You work on it as usual; the other colleagues see only the reference, the status and the dates.</source>
        <translation>Als CLB-medewerker zijn je dossiers van bij het begin afgeschermd. Je werkt er gewoon aan; de andere collega's zien alleen het referentienummer, de status en de datums.</translation>
    </message>
    <message>
        <source>Colleagues who may read the case</source>
        <translation>Collega's die het dossier mogen lezen</translation>
    </message>
    <message>
        <source>Why is this case not confidential?</source>
        <translation>Waarom is dit dossier niet afgeschermd?</translation>
    </message>
    <message>
        <source>Reason for not sealing the case</source>
        <translation>Reden om het dossier niet af te schermen</translation>
    </message>
    <message>
        <source>Not confidential, because: %1</source>
        <translation>Niet afgeschermd, omdat: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock automatically after minutes</source>
        <translation>Automatisch vergrendelen na minuten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The vault locks itself when nobody uses the program for this long, so case files never stay open on a shared PC.</source>
        <translation>De kluis vergrendelt zichzelf als niemand het programma zo lang gebruikt, zodat dossiers nooit openblijven op een gedeelde pc.</translation>
    </message>
    <message>
        <source>&amp;Lock automatically after:</source>
        <translation>Automatisch &amp;vergrendelen na:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <source>Repair agreement signed</source>
        <translation>Herstelovereenkomst ondertekend</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>%1 to %2, compared with the period before</source>
        <translation>%1 tot %2, vergeleken met de periode ervoor</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>vorige periode: %1</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: nothing recorded in either period.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: in geen van beide periodes iets genoteerd.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimester</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Zelf gekozen data</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Soort periode</translation>
    </message>
    <message>
        <source>Term 1 (September to December)</source>
        <translation>1e trimester (september tot december)</translation>
    </message>
    <message>
        <source>Term 2 (January to March)</source>
        <translation>2e trimester (januari tot maart)</translation>
    </message>
    <message>
        <source>Term 3 (April to August)</source>
        <translation>3e trimester (april tot augustus)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF...</source>
        <translation>&amp;Afdrukken of bewaren als pdf...</translation>
    </message>
    <message>
        <source>The same figures on paper, for the school board or the pupils' council</source>
        <translation>Dezelfde cijfers op papier, voor het schoolbestuur of de leerlingenraad</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Smallest count shown as it is</source>
        <translation>Kleinste aantal dat je als getal ziet</translation>
    </message>
    <message>
        <source>Smaller counts are hidden so no pupil can be recognised. This is a school setting: it also applies to the PDF and to your colleagues.</source>
        <translation>Kleinere aantallen worden verborgen, zodat je geen leerling kan herkennen. Dit is een instelling van de school: ze geldt ook voor de pdf en voor je collega's.</translation>
    </message>
    <message>
        <source>Show counts smaller than</source>
        <translation>Aantallen kleiner dan</translation>
    </message>
    <message>
        <source>as '&lt; %1'</source>
        <translation>tonen als '&lt; %1'</translation>
    </message>
    <message>
        <source>cases opened</source>
        <translation>dossiers geopend</translation>
    </message>
    <message>
        <source>cases closed</source>
        <translation>dossiers afgesloten</translation>
    </message>
    <message>
        <source>days from report to 'stopped' (median; the middle half in brackets)</source>
        <translation>dagen van melding tot 'gestopt' (mediaan; de middelste helft tussen haakjes)</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>The report is in the timeline of the Overview tab.</source>
        <extracomment>Steps that are conversations: the form the Conversations tab opens for them.</extracomment>
        <translation>De melding staat in de tijdlijn van het tabblad Overzicht.</translation>
    </message>
    <message>
        <source>Close the case once the follow-ups show that the bullying has stopped.</source>
        <translation>Sluit het dossier zodra de opvolging toont dat het pesten gestopt is.</translation>
    </message>
    <message>
        <source>Nude images of a minor?</source>
        <translation>Naaktbeelden van een minderjarige?</translation>
    </message>
    <message>
        <source>You judged the sexual behaviour red or black. Are there nude images of a minor? Then report them to the police and record them here without any file: who holds them and the police reference. The program never stores such images.</source>
        <translation>Je beoordeelde het seksuele gedrag als rood of zwart. Zijn er naaktbeelden van een minderjarige? Meld ze dan bij de politie en noteer ze hier zonder bestand: wie de beelden heeft en het nummer van het proces-verbaal. Het programma bewaart zulke beelden nooit.</translation>
    </message>
    <message>
        <source>&amp;Record them now</source>
        <translation>Nu &amp;noteren</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>The pupil reports personally</source>
        <translation>De leerling meldt zelf</translation>
    </message>
    <message>
        <source>Does the bullied pupil now report personally? The case leaves discreet observation and the step plan continues with the triage.</source>
        <translation>Meldt de gepeste leerling nu zelf? De discrete observatie stopt en het stappenplan gaat verder met de inschatting.</translation>
    </message>
    <message>
        <source>Add the bullied pupil to the people of the case first (Overview tab).</source>
        <translation>Voeg eerst de gepeste leerling toe aan de betrokkenen van het dossier (tabblad Overzicht).</translation>
    </message>
    <message>
        <source>Whose consent?</source>
        <translation>Wiens toestemming?</translation>
    </message>
    <message>
        <source>Bullied pupil:</source>
        <translation>Gepeste leerling:</translation>
    </message>
    <message>
        <source>The pupil's consent</source>
        <translation>Toestemming van de leerling</translation>
    </message>
    <message>
        <source>Record that %1 agrees that you approach the bully? Only do this after you asked the pupil in person.</source>
        <translation>Noteren dat %1 akkoord gaat dat je de pester aanspreekt? Doe dit pas nadat je het de leerling zelf gevraagd hebt.</translation>
    </message>
    <message>
        <source>The school's anti-bullying policy</source>
        <translation>Het pestbeleid van de school</translation>
    </message>
    <message>
        <source>Link or document path of the school's anti-bullying policy:</source>
        <translation>Link of bestandslocatie van het pestbeleid van de school:</translation>
    </message>
</context>
<context>
    <name>StepListWidget</name>
    <message>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <source>Pages of this form</source>
        <translation>Pagina's van dit formulier</translation>
    </message>
    <message>
        <source>✓ done   ⚠ something missing
▶ you are here   ○ not yet
– does not apply</source>
        <translation>✓ klaar   ⚠ er ontbreekt iets
▶ hier ben je   ○ nog niet
– niet van toepassing</translation>
    </message>
    <message>
        <source>Skipped: none of its questions apply.</source>
        <translation>Overgeslagen: geen enkele vraag is van toepassing.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nog niet begonnen</translation>
    </message>
    <message>
        <source>current page</source>
        <translation>huidige pagina</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>something is missing</source>
        <translation>er ontbreekt iets</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
</context>
<context>
    <name>StepPlanTab</name>
    <message>
        <source>Click a step to open it. ✓ done · ▶ now · ○ to do · – not needed · ⚠ blocked</source>
        <translation>Klik op een stap om ze te openen. ✓ klaar · ▶ nu · ○ nog te doen · – niet nodig · ⚠ geblokkeerd</translation>
    </message>
    <message>
        <source>Record the pupil's &amp;consent...</source>
        <translation>&amp;Toestemming van de leerling noteren...</translation>
    </message>
    <message>
        <source>Record the talk with those &amp;involved</source>
        <translation>Gesprek met de &amp;betrokkenen noteren</translation>
    </message>
    <message>
        <source>Set the &amp;policy location...</source>
        <translation>Locatie van het &amp;pestbeleid instellen...</translation>
    </message>
    <message>
        <source>Plan a &amp;follow-up...</source>
        <translation>&amp;Opvolging plannen...</translation>
    </message>
    <message>
        <source>Class &amp;thermometer...</source>
        <translation>Klas&amp;thermometer...</translation>
    </message>
    <message>
        <source>This step is a conversation: open the Conversations tab to record it.</source>
        <translation>Deze stap is een gesprek: open het tabblad Gesprekken om het te noteren.</translation>
    </message>
    <message>
        <source>This step is a conversation: it opens in the Conversations tab.</source>
        <translation>Deze stap is een gesprek: het opent in het tabblad Gesprekken.</translation>
    </message>
    <message>
        <source>Step plan</source>
        <translation>Stappenplan</translation>
    </message>
</context>
<context>
    <name>StepTile</name>
    <message>
        <source> (optional)</source>
        <extracomment>Tiles per row: the thirteen steps wrap in two rows at a normal window width.</extracomment>
        <translation> (facultatief)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Not part of this route: the case follows the school's own policy.</source>
        <extracomment>The mark in front of each step on the bar.</extracomment>
        <translation>Hoort niet bij deze route: het dossier volgt het eigen beleid van de school.</translation>
    </message>
    <message>
        <source>Only needed when the triage finds classic bullying or a conflict.</source>
        <translation>Enkel nodig als de inschatting klassiek pesten of een conflict oplevert.</translation>
    </message>
    <message>
        <source>Not needed: the bullied pupil reported personally.</source>
        <translation>Niet nodig: de gepeste leerling meldde zelf.</translation>
    </message>
    <message>
        <source>The bullied pupil does not report personally yet: keep watching discreetly and note what you see.</source>
        <translation>De gepeste leerling meldt nog niet zelf: blijf discreet opletten en noteer wat je ziet.</translation>
    </message>
    <message>
        <source>The severity is noted; the talk with the care team is still missing.</source>
        <translation>De ernst is genoteerd; het overleg met het zorgteam ontbreekt nog.</translation>
    </message>
    <message>
        <source>The pupil (12 or older, judged competent) asked not to involve the parents.</source>
        <translation>De leerling (12 of ouder, bekwaam geacht) vroeg om de ouders niet te betrekken.</translation>
    </message>
    <message>
        <source>First choose an approach at the choice moment.</source>
        <translation>Kies eerst een aanpak op het keuzemoment.</translation>
    </message>
    <message>
        <source>The non-confrontational approach has not stopped the bullying: consider the confrontational approach.</source>
        <translation>De niet-confronterende aanpak heeft het pesten niet gestopt: overweeg de confronterende aanpak.</translation>
    </message>
    <message>
        <source>The bullied pupil has not agreed yet that you approach the bully. Record the pupil's consent first.</source>
        <translation>De gepeste leerling gaf nog geen toestemming om de pester aan te spreken. Noteer eerst de toestemming van de leerling.</translation>
    </message>
    <message>
        <source>A restorative conversation was started but is not finished yet.</source>
        <translation>Een herstelgesprek werd gestart maar is nog niet afgerond.</translation>
    </message>
    <message>
        <source>Only when it is needed.</source>
        <translation>Enkel wanneer het nodig is.</translation>
    </message>
    <message>
        <source>Marked as not needed for this case.</source>
        <translation>Voor dit dossier aangeduid als niet nodig.</translation>
    </message>
    <message>
        <source>No follow-up has checked yet whether the bullying stopped.</source>
        <translation>Nog geen opvolging ging na of het pesten gestopt is.</translation>
    </message>
    <message>
        <source>The bullying decreased but has not stopped: keep following up.</source>
        <translation>Het pesten is verminderd maar niet gestopt: blijf opvolgen.</translation>
    </message>
    <message>
        <source>The bullying has not stopped: repeat the approach or take further steps.</source>
        <translation>Het pesten is niet gestopt: herhaal de aanpak of zet verdere stappen.</translation>
    </message>
    <message>
        <source>No consent of the bullied pupil is recorded.</source>
        <translation>Er is geen toestemming van de gepeste leerling genoteerd.</translation>
    </message>
    <message>
        <source>The bullied pupil does not want the bully to be approached.</source>
        <translation>De gepeste leerling wil niet dat de pester aangesproken wordt.</translation>
    </message>
    <message>
        <source>The bullied pupil withdrew the earlier consent.</source>
        <translation>De gepeste leerling trok de eerdere toestemming in.</translation>
    </message>
    <message>
        <source>The bullying has decreased: keep going with this approach, repeat it where needed and keep following up.</source>
        <translation>Het pesten is verminderd: ga door met deze aanpak, herhaal waar nodig en blijf opvolgen.</translation>
    </message>
    <message>
        <source>The confrontational approach has not stopped the bullying either: take further steps with the care team (CLB, police or another body).</source>
        <translation>Ook de confronterende aanpak heeft het pesten niet gestopt: zet verdere stappen met het zorgteam (CLB, politie of een andere instantie).</translation>
    </message>
    <message>
        <source>✓ These criteria hold: %1.</source>
        <translation>✓ Deze criteria zijn voldaan: %1.</translation>
    </message>
    <message>
        <source>✗ These criteria do not hold: %1. Without all three it is not bullying.</source>
        <translation>✗ Aan deze criteria is niet voldaan: %1. Zonder alle drie is het geen pesten.</translation>
    </message>
    <message>
        <source>? Still unclear: %1. Look into it further; until then the case is treated as possible bullying, to protect the pupil.</source>
        <translation>? Nog onduidelijk: %1. Zoek dit verder uit; tot dan behandel je het als mogelijk pesten, om de leerling te beschermen.</translation>
    </message>
    <message>
        <source>It does not happen through digital media.</source>
        <translation>Het gebeurt niet via digitale media.</translation>
    </message>
    <message>
        <source>It happens through digital media.</source>
        <translation>Het gebeurt via digitale media.</translation>
    </message>
    <message>
        <source>It happens offline as well.</source>
        <translation>Het gebeurt ook offline.</translation>
    </message>
    <message>
        <source>Tick the reasons that apply: the recommendation appears here.</source>
        <translation>Vink de redenen aan die passen: het advies verschijnt hier.</translation>
    </message>
    <message>
        <source>The teachers' support counts for both approaches: tick more reasons.</source>
        <translation>De steun van de leerkrachten telt voor beide aanpakken: vink meer redenen aan.</translation>
    </message>
    <message>
        <source>The reasons weigh equally: no recommendation. Weigh it with the care team.</source>
        <translation>De redenen wegen even zwaar: geen advies. Weeg het af met het zorgteam.</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>Advies: %1.</translation>
    </message>
</context>
<context>
    <name>ThermometerChart</name>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>ThermometerDialog</name>
    <message>
        <source>Class thermometer</source>
        <translation>Klasthermometer</translation>
    </message>
    <message>
        <source>Print the anonymous questionnaire, let the class fill it in, then count the answers per sentence and enter only the numbers. Do it once before and once after the intervention to compare.</source>
        <translation>Druk de anonieme vragenlijst af en laat de klas ze invullen. Tel daarna per zin hoeveel leerlingen elk antwoord gaven en vul alleen die aantallen in. Doe dat één keer voor en één keer na de aanpak, dan kan je ze vergelijken.</translation>
    </message>
    <message>
        <source>Print the &amp;questionnaire…</source>
        <translation>&amp;Vragenlijst afdrukken…</translation>
    </message>
    <message>
        <source>Print the &amp;result…</source>
        <translation>&amp;Resultaat afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save these counts</source>
        <translation>Deze aantallen &amp;bewaren</translation>
    </message>
    <message>
        <source>Number of pupils per answer</source>
        <translation>Aantal leerlingen per antwoord</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Afgenomen op</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Pupils who answered</source>
        <translation>Leerlingen die antwoordden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Share of answers that point to a problem&lt;/b&gt; (lower is better)</source>
        <translation>&lt;b&gt;Aandeel antwoorden dat op een probleem wijst&lt;/b&gt; (lager is beter)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>nog niet afgenomen</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n leerling</numerusform>
            <numerusform>%n leerlingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>the victim agrees to approach the bully</source>
        <translation>de gepeste leerling vindt het goed dat de pester aangesproken wordt</translation>
    </message>
    <message>
        <source>the victim does not want the bully approached</source>
        <translation>de gepeste leerling wil niet dat de pester aangesproken wordt</translation>
    </message>
    <message>
        <source>the pupil asks to leave the parents out</source>
        <translation>de leerling vraagt om de ouders erbuiten te laten</translation>
    </message>
    <message>
        <source>the parents may be involved</source>
        <translation>de ouders mogen betrokken worden</translation>
    </message>
    <message>
        <source>separate talks after the restorative conversation</source>
        <translation>aparte gesprekken na het herstelgesprek</translation>
    </message>
</context>
<context>
    <name>TriageConfirmDialog</name>
    <message>
        <source>Is it cyberbullying? The conclusion</source>
        <translation>Is het cyberpesten? Het besluit</translation>
    </message>
    <message>
        <source>The program proposes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Het programma stelt voor: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conclusion:</source>
        <translation>Jouw besluit:</translation>
    </message>
    <message>
        <source> (proposed)</source>
        <translation> (voorgesteld)</translation>
    </message>
    <message>
        <source>Why do you choose another conclusion than the proposal? (required)</source>
        <translation>Waarom kies je een ander besluit dan het voorstel? (verplicht)</translation>
    </message>
    <message>
        <source>Reason for another conclusion</source>
        <translation>Reden voor een ander besluit</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtwoordzin.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Je kan nu opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>EHBC Desktop</source>
        <translation>EHBC Desktop</translation>
    </message>
    <message>
        <source>The case files are locked. Choose your name and type your passphrase.</source>
        <translation>De dossiers zijn vergrendeld. Kies je naam en typ je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jouw naam</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key</source>
        <translation>&amp;Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message numerus="yes">
        <source>Archive written: %n case(s).</source>
        <translation>
            <numerusform>Archief geschreven: %n dossier.</numerusform>
            <numerusform>Archief geschreven: %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n dossier geïmporteerd.</numerusform>
            <numerusform>%n dossiers geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Map voor de back-up</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>The backup is in %1. It is encrypted: it opens with the same passphrases as the vault.</source>
        <translation>De back-up staat in %1. Ze is versleuteld: ze opent met dezelfde wachtwoordzinnen als de kluis.</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Kies de back-up</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored vault</source>
        <translation>Kies een lege map voor de teruggezette kluis</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Make a new recovery key? The key on the sheet in the safe will then open nothing any more. The new key opens the vault and every confidential case: print it straight away, keep it in the school safe and destroy the old sheet. Older backups still open with the old key: make a new backup and delete the older ones.</source>
        <translation>Een nieuwe herstelsleutel maken? De sleutel op het blad in de kluis opent dan niets meer. De nieuwe sleutel opent de kluis en elk afgeschermd dossier: druk hem meteen af, bewaar hem in de kluis van de school en vernietig het oude blad. Oudere back-ups openen nog met de oude sleutel: maak een nieuwe back-up en verwijder de oudere.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The vault was restored into %1.</source>
        <translation>De kluis is teruggezet in %1.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>&amp;Nieuwe sleutel maken</translation>
    </message>
    <message>
        <source>New recovery key made: print it now and destroy the old sheet.</source>
        <translation>Nieuwe herstelsleutel gemaakt: druk hem nu af en vernietig het oude blad.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Je wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>&amp;Export cases to an archive...</source>
        <translation>Dossiers &amp;exporteren naar een archief...</translation>
    </message>
    <message>
        <source>&amp;Check an archive...</source>
        <translation>Een archief &amp;controleren...</translation>
    </message>
    <message>
        <source>&amp;Import an archive...</source>
        <translation>Een archief &amp;importeren...</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>Nu een &amp;back-up maken...</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>Een back-up &amp;terugzetten...</translation>
    </message>
    <message>
        <source>&amp;Automatic backups...</source>
        <translation>&amp;Automatische back-ups...</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key...</source>
        <translation>De &amp;herstelsleutel afdrukken...</translation>
    </message>
    <message>
        <source>Administrators only</source>
        <translation>Alleen voor beheerders</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery key...</source>
        <translation>&amp;Nieuwe herstelsleutel maken...</translation>
    </message>
    <message>
        <source>Cases to &amp;destroy...</source>
        <translation>Te &amp;vernietigen dossiers...</translation>
    </message>
    <message>
        <source>C&amp;olleagues and roles...</source>
        <translation>C&amp;ollega's en rollen...</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase...</source>
        <translation>&amp;Mijn wachtwoordzin wijzigen...</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to EHBC Desktop</source>
        <translation>Welkom bij EHBC Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;EHBC Desktop helps you handle a cyberbullying case step by step, from the first report to the last follow-up conversation.&lt;/p&gt;&lt;p&gt;Everything you record is kept in an encrypted &lt;b&gt;vault&lt;/b&gt; on this PC. Only people who know a passphrase can open it.&lt;/p&gt;&lt;p&gt;In the next steps you enter the name of the school and your own name, choose a passphrase, and receive a recovery key to keep on paper.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EHBC Desktop helpt je om een geval van cyberpesten stap voor stap aan te pakken, van de eerste melding tot het laatste opvolggesprek.&lt;/p&gt;&lt;p&gt;Alles wat je noteert, staat in een versleutelde &lt;b&gt;kluis&lt;/b&gt; op deze pc. Alleen wie een wachtwoordzin kent, kan ze openen.&lt;/p&gt;&lt;p&gt;In de volgende stappen vul je de naam van de school en je eigen naam in, kies je een wachtwoordzin en krijg je een herstelsleutel om op papier te bewaren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not ready to start yet?</source>
        <translation>Nog niet klaar om te beginnen?</translation>
    </message>
    <message>
        <source>Practise first with an invented case at an invented school. It opens in a separate, clearly marked window with a guide that takes you from the report to closing. It needs no set-up and writes nothing into the vault you create here.</source>
        <translation>Oefen eerst met een verzonnen dossier in een verzonnen school. Het opent in een apart, duidelijk gemarkeerd venster met een gids die je van de melding tot het afsluiten begeleidt. Je hoeft niets in te stellen en er komt niets in de kluis die je hier aanmaakt.</translation>
    </message>
    <message>
        <source>&amp;Practise with an invented case</source>
        <translation>&amp;Oefenen met een verzonnen dossier</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <source>Please answer this question.</source>
        <translation>Beantwoord deze vraag.</translation>
    </message>
    <message>
        <source>This answer has the wrong form; please fill it in again.</source>
        <translation>Dit antwoord heeft niet de juiste vorm; vul het opnieuw in.</translation>
    </message>
    <message>
        <source>Please pick a valid date.</source>
        <translation>Kies een geldige datum.</translation>
    </message>
    <message>
        <source>Please pick one of the options shown.</source>
        <translation>Kies een van de getoonde mogelijkheden.</translation>
    </message>
    <message>
        <source>Every row needs all its boxes filled in (the empty ones are marked).</source>
        <translation>Vul in elke rij alle vakjes in (de lege zijn aangeduid).</translation>
    </message>
    <message>
        <source>Every party must answer every question (the empty ones are marked).</source>
        <translation>Elke partij moet elke vraag beantwoorden (de lege vakjes zijn aangeduid).</translation>
    </message>
    <message>
        <source>At least two parties must take part.</source>
        <translation>Er moeten minstens twee partijen deelnemen.</translation>
    </message>
    <message>
        <source>This condition must be met before the conversation can go on.</source>
        <translation>Aan deze voorwaarde moet voldaan zijn voor het gesprek verder kan.</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Approach chosen at the choice moment: %1</source>
        <translation>Aanpak gekozen op het keuzemoment: %1</translation>
    </message>
    <message>
        <source>Save and close &amp;later</source>
        <translation>Bewaren en &amp;later verder</translation>
    </message>
    <message>
        <source>Keeps what you filled in; you can go on with it later.</source>
        <translation>Bewaart wat je invulde; je kan later verder werken.</translation>
    </message>
    <message>
        <source>Show what is &amp;missing</source>
        <translation>Toon wat nog &amp;ontbreekt</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>Next page (Alt+N or Ctrl+Enter)</source>
        <translation>Volgende pagina (Alt+V of Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Aangemeld: %1</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide every case now; the passphrase is needed to continue.</source>
        <translation>Verberg nu alle dossiers; om verder te werken is de wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Geopend dossier</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message numerus="yes">
        <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Te veel foute pogingen. Wacht %n seconde en probeer dan opnieuw.</numerusform>
            <numerusform>Te veel foute pogingen. Wacht %n seconden en probeer dan opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
</context>
</TS>
