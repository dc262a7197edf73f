<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <message numerus="yes">
        <source>(%n hidden by the filters)</source>
        <translation>
            <numerusform>(%n hidden by the filters)</numerusform>
            <numerusform>(%n hidden by the filters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n cases match; the newest are shown. Type more to narrow it down.</source>
        <translation>
            <numerusform>More than %n case matches; the newest are shown. Type more to narrow it down.</numerusform>
            <numerusform>More than %n cases match; the newest are shown. Type more to narrow it down.</numerusform>
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
</TS>
