<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <source>%n event(s) written to the calendar file.</source>
        <translation>
            <numerusform>%n event written to the calendar file.</numerusform>
            <numerusform>%n events written to the calendar file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n case found</numerusform>
            <numerusform>%n cases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message numerus="yes">
        <source>The case cannot be closed yet: a reason is missing for %n item(s).</source>
        <translation>
            <numerusform>The case cannot be closed yet: a reason is missing for %n item.</numerusform>
            <numerusform>The case cannot be closed yet: a reason is missing for %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceMetadataDialog</name>
    <message numerus="yes">
        <source>%n file(s) will be added.</source>
        <translation>
            <numerusform>%n file will be added.</numerusform>
            <numerusform>%n files will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsExportFlow</name>
    <message numerus="yes">
        <source>%n line(s) will be written to a calendar file (.ics).</source>
        <translation>
            <numerusform>%n line will be written to a calendar file (.ics).</numerusform>
            <numerusform>%n lines will be written to a calendar file (.ics).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleCasesSection</name>
    <message numerus="yes">
        <source>Open cases without any activity for %n week(s)</source>
        <translation>
            <numerusform>Open cases without any activity for %n week</numerusform>
            <numerusform>Open cases without any activity for %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school year(s) later</source>
        <translation>
            <numerusform>%n school year later</numerusform>
            <numerusform>%n school years later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThermometerDialog</name>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message numerus="yes">
        <source>Archive written: %n case(s).</source>
        <translation>
            <numerusform>Archive written: %n case.</numerusform>
            <numerusform>Archive written: %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n case imported.</numerusform>
            <numerusform>%n cases imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message numerus="yes">
        <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
</TS>
