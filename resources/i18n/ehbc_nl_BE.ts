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
        <source>the parents&apos; side</source>
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
        <source>Case files for cyberbullying at school, along the step plan &apos;Eerste Hulp Bij Cyberpesten&apos;. Everything stays on this PC, in an encrypted vault.</source>
        <translation>Dossiers over cyberpesten op school, volgens het stappenplan &apos;Eerste Hulp Bij Cyberpesten&apos;. Alles blijft op deze pc, in een versleutelde kluis.</translation>
    </message>
    <message>
        <source>The method is based on these public sources. The program explains it in its own words; read the sources themselves for the full text:</source>
        <translation>De werkwijze steunt op deze openbare bronnen. Het programma legt ze in eigen woorden uit; lees de bronnen zelf voor de volledige tekst:</translation>
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
        <source>No cases yet. Use &apos;New case&apos; to open the first one.</source>
        <translation>Nog geen dossiers. Klik op &apos;Nieuw dossier&apos; om het eerste te openen.</translation>
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
    <message numerus="yes">
        <source>(%n hidden by the filters)</source>
        <translation>
            <numerusform>(%n verborgen door de filters)</numerusform>
            <numerusform>(%n verborgen door de filters)</numerusform>
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
        <source>People involved</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>&amp;Add person...</source>
        <translation>Persoon toe&amp;voegen...</translation>
    </message>
    <message>
        <source>Change &amp;person...</source>
        <translation>&amp;Persoon wijzigen...</translation>
    </message>
    <message>
        <source>Remo&amp;ve person</source>
        <translation>Persoon ve&amp;rwijderen</translation>
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
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from this case? Earlier notes stay as they are.</source>
        <translation>%1 uit dit dossier verwijderen? Eerdere notities blijven zoals ze zijn.</translation>
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
        <source>open cases</source>
        <translation>open dossiers</translation>
    </message>
    <message>
        <source>cases in discreet observation</source>
        <translation>dossiers in stille observatie</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Opvolgingen die te laat zijn</translation>
    </message>
    <message>
        <source>Follow-ups planned for today</source>
        <translation>Opvolgingen voor vandaag</translation>
    </message>
    <message>
        <source>Open cases without a planned next step</source>
        <translation>Open dossiers zonder geplande volgende stap</translation>
    </message>
    <message>
        <source>Double-click a line or press Enter to open the case.</source>
        <translation>Dubbelklik op een regel of druk op Enter om het dossier te openen.</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>(nothing)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Opvolgingen die te laat zijn</translation>
    </message>
    <message>
        <source>Follow-ups planned for today</source>
        <translation>Opvolgingen voor vandaag</translation>
    </message>
    <message>
        <source>Open cases without a planned next step</source>
        <translation>Open dossiers zonder geplande volgende stap</translation>
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
    <name>Errors</name>
    <message>
        <source>The log of changes inside the vault was altered. The vault stays closed; ask the school&apos;s ICT coordinator to restore a backup.</source>
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
        <source>The vault is damaged or was changed outside this program. Do not change any file in its folder; ask the school&apos;s ICT coordinator to restore a backup.</source>
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
        <source>A user with this name already exists.</source>
        <translation>Er bestaat al een gebruiker met deze naam.</translation>
    </message>
    <message>
        <source>The vault could not do this. Nothing was changed.</source>
        <translation>De kluis kon dit niet uitvoeren. Er werd niets gewijzigd.</translation>
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
    <message numerus="yes">
        <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Te veel foute pogingen. Wacht %n seconde en probeer dan opnieuw.</numerusform>
            <numerusform>Te veel foute pogingen. Wacht %n seconden en probeer dan opnieuw.</numerusform>
        </translation>
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
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Cyberpesten</translation>
    </message>
    <message>
        <source>Cyberbullying and classic bullying</source>
        <translation>Cyberpesten en klassiek pesten</translation>
    </message>
    <message>
        <source>Classic bullying</source>
        <translation>Klassiek pesten</translation>
    </message>
    <message>
        <source>Conflict, not bullying</source>
        <translation>Conflict, geen pesten</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Gepeste</translation>
    </message>
    <message>
        <source>Bully</source>
        <translation>Pester</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>Meeloper</translation>
    </message>
    <message>
        <source>Bystander</source>
        <translation>Omstaander</translation>
    </message>
    <message>
        <source>Defender</source>
        <translation>Verdediger</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Support figure</source>
        <translation>Steunfiguur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
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
        <source>Parents&apos; involvement</source>
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
        <source>The vault was opened with the recovery key. Choose a new passphrase now; the old one no longer works for you.</source>
        <translation>De kluis werd geopend met de herstelsleutel. Kies nu een nieuwe wachtwoordzin; de oude werkt voor jou niet meer.</translation>
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
    <name>ParticipantDialog</name>
    <message>
        <source>Person involved</source>
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
        <source>Choose a sentence of at least four words that only you know, for example: &apos;my bike has seven gears and a blue bell&apos;.</source>
        <translation>Kies een zin van minstens vier woorden die alleen jij kent, bijvoorbeeld: &apos;mijn fiets heeft zeven versnellingen en een blauwe bel&apos;.</translation>
    </message>
    <message>
        <source>Too short: use at least 12 characters; a short sentence works well.</source>
        <translation>Te kort: gebruik minstens 12 tekens; een korte zin werkt goed.</translation>
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
        <source>Usable. A few more words make it stronger and still easy to remember.</source>
        <translation>Bruikbaar. Met een paar woorden meer wordt ze sterker en blijft ze makkelijk te onthouden.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Sterke wachtwoordzin.</translation>
    </message>
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
        <source>&lt;p&gt;With this recovery key you can still open the vault when every passphrase is forgotten. Write it on paper now, exactly as shown, and keep the paper in the school safe.&lt;/p&gt;&lt;p&gt;There is no copy button on purpose: a copy on the computer could be found by someone else.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Met deze herstelsleutel kan je de kluis nog openen als iedereen zijn wachtwoordzin vergeten is. Schrijf hem nu op papier, precies zoals hij hier staat, en bewaar dat papier in de kluis van de school.&lt;/p&gt;&lt;p&gt;Er is bewust geen knop om te kopiëren: een kopie op de computer kan door iemand anders gevonden worden.&lt;/p&gt;</translation>
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
        <source>reported by the victim</source>
        <translation>gemeld door de gepeste leerling</translation>
    </message>
    <message>
        <source>reported by a fellow pupil</source>
        <translation>gemeld door een medeleerling</translation>
    </message>
    <message>
        <source>reported by a parent</source>
        <translation>gemeld door een ouder</translation>
    </message>
    <message>
        <source>reported by a staff member</source>
        <translation>gemeld door een personeelslid</translation>
    </message>
    <message>
        <source>reported anonymously</source>
        <translation>anoniem gemeld</translation>
    </message>
    <message>
        <source>cyberbullying</source>
        <translation>cyberpesten</translation>
    </message>
    <message>
        <source>cyberbullying and classic bullying</source>
        <translation>cyberpesten en klassiek pesten</translation>
    </message>
    <message>
        <source>classic bullying</source>
        <translation>klassiek pesten</translation>
    </message>
    <message>
        <source>conflict, not bullying</source>
        <translation>conflict, geen pesten</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>licht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>ernstig</translation>
    </message>
    <message>
        <source>very serious</source>
        <translation>zeer ernstig</translation>
    </message>
    <message>
        <source>police</source>
        <translation>politie</translation>
    </message>
    <message>
        <source>Child Focus</source>
        <translation>Child Focus</translation>
    </message>
    <message>
        <source>CLB</source>
        <translation>CLB</translation>
    </message>
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
        <source>non-confrontational, individual</source>
        <translation>niet-confronterend, individueel</translation>
    </message>
    <message>
        <source>non-confrontational, group</source>
        <translation>niet-confronterend, met de groep</translation>
    </message>
    <message>
        <source>confrontational</source>
        <translation>confronterend</translation>
    </message>
    <message>
        <source>with the bully</source>
        <translation>met de pester</translation>
    </message>
    <message>
        <source>with the victim&apos;s parents</source>
        <translation>met de ouders van de gepeste leerling</translation>
    </message>
    <message>
        <source>with the bully&apos;s parents</source>
        <translation>met de ouders van de pester</translation>
    </message>
    <message>
        <source>with other parents</source>
        <translation>met andere ouders</translation>
    </message>
    <message>
        <source>restorative conversation</source>
        <translation>herstelgesprek</translation>
    </message>
    <message>
        <source>with the group</source>
        <translation>met de groep</translation>
    </message>
    <message>
        <source>follow-up conversation</source>
        <translation>opvolggesprek</translation>
    </message>
    <message>
        <source>with those involved</source>
        <translation>met de betrokkenen</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <source>separate talk with the bully</source>
        <translation>apart gesprek met de pester</translation>
    </message>
    <message>
        <source>separate talk with the victim</source>
        <translation>apart gesprek met de gepeste leerling</translation>
    </message>
    <message>
        <source>keep observing</source>
        <translation>blijven observeren</translation>
    </message>
    <message>
        <source>low or changing mood</source>
        <translation>somber of wisselend humeur</translation>
    </message>
    <message>
        <source>physical changes</source>
        <translation>lichamelijke veranderingen</translation>
    </message>
    <message>
        <source>avoids school</source>
        <translation>vermijdt school</translation>
    </message>
    <message>
        <source>falling results</source>
        <translation>slechtere resultaten</translation>
    </message>
    <message>
        <source>less interest in hobbies and friends</source>
        <translation>minder interesse in hobby&apos;s en vrienden</translation>
    </message>
    <message>
        <source>uses (social) media less</source>
        <translation>gebruikt minder (sociale) media</translation>
    </message>
    <message>
        <source>does not want to go to school</source>
        <translation>wil niet naar school</translation>
    </message>
    <message>
        <source>avoids computer or phone</source>
        <translation>vermijdt computer of gsm</translation>
    </message>
    <message>
        <source>sleeps restlessly</source>
        <translation>slaapt onrustig</translation>
    </message>
    <message>
        <source>cries suddenly</source>
        <translation>huilt plots</translation>
    </message>
    <message>
        <source>with the victim</source>
        <translation>met de gepeste leerling</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to EHBC Desktop</source>
        <translation>Welkom bij EHBC Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;EHBC Desktop helps you handle a cyberbullying case step by step, from the first report to the last follow-up conversation.&lt;/p&gt;&lt;p&gt;Everything you record is kept in an encrypted &lt;b&gt;vault&lt;/b&gt; on this PC. Only people who know a passphrase can open it.&lt;/p&gt;&lt;p&gt;In the next steps you enter the name of the school and your own name, choose a passphrase, and receive a recovery key to keep on paper.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EHBC Desktop helpt je om een geval van cyberpesten stap voor stap aan te pakken, van de eerste melding tot het laatste opvolggesprek.&lt;/p&gt;&lt;p&gt;Alles wat je noteert, staat in een versleutelde &lt;b&gt;kluis&lt;/b&gt; op deze pc. Alleen wie een wachtwoordzin kent, kan ze openen.&lt;/p&gt;&lt;p&gt;In de volgende stappen vul je de naam van de school en je eigen naam in, kies je een wachtwoordzin en krijg je een herstelsleutel om op papier te bewaren.&lt;/p&gt;</translation>
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
</TS>
