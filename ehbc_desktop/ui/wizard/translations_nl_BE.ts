<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>CheckFieldWidget</name>
    <message>
        <source>Nobody with a fitting role in this case yet.</source>
        <translation>Nog niemand met een passende rol in dit dossier.</translation>
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
    <name>OptionalDateEdit</name>
    <message>
        <source>no date yet</source>
        <extracomment>The date a QDateEdit holds while "empty"; it shows the special value text instead.</extracomment>
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
        <source>Bullied pupil</source>
        <translation>Gepeste leerling</translation>
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
        <source>Non-confrontational</source>
        <translation>Niet-confronterend</translation>
    </message>
    <message>
        <source>Confrontational</source>
        <translation>Confronterend</translation>
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
</TS>