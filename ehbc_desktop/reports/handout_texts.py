"""The wording of the pupil and parent handouts, in the program's own words, per language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HandoutText:
    """A handout: an introduction, sections of tips, a closing line."""

    intro: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    closing: str = ""
    helplines_title: str = ""


PUPIL = {
    "nl": HandoutText(
        intro=(
            "Niemand verdient het om gepest te worden, online of in het echt. Het ligt niet aan "
            "jou. Dat je erover praat, is net een sterke stap."
        ),
        sections=(
            ("Wat kan je zelf doen?", (
                "Zeg rustig en duidelijk tegen wie je lastigvalt dat het moet ophouden.",
                "Kies een nieuw wachtwoord en geef het aan niemand, ook niet aan je beste vriend.",
                "Blokkeer wie je pest en haal die persoon uit je vriendenlijst.",
                "Gebruik online een bijnaam, niet je echte naam, bij mensen die je niet kent.",
                "Pest niet terug, ook al heb je er zin in: meestal maakt dat het alleen erger.",
                "Bewaar alles: maak screenshots van berichten, met de datum en wie ze stuurde.",
                "Meld het bij de app, de game of de website zelf, met hun knop om iets te melden.",
                "Word je bedreigd of is het ernstig? Vertel het op school of stap samen met een "
                "volwassene naar de politie.",
            )),
            ("Met wie kan je praten?", (
                "Met iemand die je vertrouwt: je ouders, een vriend of vriendin, je "
                "vertrouwensleerkracht of iemand anders op school.",
                "Op school luisteren we eerst naar jouw verhaal. We zetten geen stap zonder dat "
                "jij weet wat we van plan zijn.",
            )),
        ),
        helplines_title="Liever eerst anoniem praten of iets opzoeken?",
        closing="Je staat er niet alleen voor. Praten helpt, ook als het moeilijk is.",
    ),
    "en": HandoutText(
        intro=(
            "Nobody deserves to be bullied, online or offline. It is not your fault. Talking "
            "about it is a strong step."
        ),
        sections=(
            ("What can you do yourself?", (
                "Tell the person who bothers you, calmly and clearly, that it has to stop.",
                "Choose a new password and give it to nobody, not even your best friend.",
                "Block whoever bullies you and remove them from your friends list.",
                "Use a nickname when you talk with people you do not know.",
                "Do not bully back, even if you want to: it usually makes things worse.",
                "Keep everything: take screenshots of messages, with the date and the sender.",
                "Report it to the app, game or website itself, with their report button.",
                "Are you threatened, or is it serious? Tell someone at school, or go to the "
                "police together with an adult.",
            )),
            ("Who can you talk to?", (
                "Someone you trust: your parents, a friend, your trust teacher or someone else "
                "at school.",
                "At school we listen to your story first. We take no step without you knowing "
                "what we plan to do.",
            )),
        ),
        helplines_title="Rather talk anonymously first, or look something up?",
        closing="You are not alone in this. Talking helps, even when it is hard.",
    ),
}

PARENT = {
    "nl": HandoutText(
        intro=(
            "Cyberpesten gebeurt via gsm, sociale media, games en chatapps, vaak buiten het zicht "
            "van volwassenen. School en ouders kunnen er samen veel aan doen: thuis, door erover "
            "te praten, en door snel te reageren als er iets misloopt."
        ),
        sections=(
            ("Voorkomen: wat kan je thuis doen?", (
                "Verdiep je in hoe jongeren internet en hun gsm gebruiken, en wat er kan mislopen.",
                "Vraag geregeld wat je kind online doet, en laat je zijn favoriete apps en games "
                "tonen.",
                "Spreek samen af wat wel en niet mag, bijvoorbeeld hoe lang en wanneer.",
                "Praat open over wat je kind online ziet, krijgt en verstuurt.",
                "Neem een voorval uit het nieuws of uit de klas als aanleiding om samen te "
                "bespreken wat oké is en wat niet.",
                "Zoek samen uit hoe je beleefd en veilig communiceert, en hoe je iemand blokkeert.",
                "Kijk af en toe mee. Voor kinderen jonger dan 12 zet je de computer best in de "
                "woonkamer of een andere ruimte waar iedereen komt.",
                "Leer je kind dat wachtwoorden en persoonlijke gegevens privé blijven.",
                "Maak van (cyber)pesten thuis een gewoon gespreksonderwerp, lang voor er iets aan "
                "de hand is.",
            )),
            ("Signalen om op te letten", (
                "Je kind wil plots niet meer naar school.",
                "Het laat gsm of computer liggen, of schrikt als er een bericht binnenkomt.",
                "Het slaapt slecht of onrustig.",
                "Het huilt plots, is somber, prikkelbaar of angstig.",
                "Het heeft minder zin in hobby's en vrienden, of de punten gaan achteruit.",
            )),
            ("Als je kind gepest wordt", (
                "Laat je kind eerst het hele verhaal vertellen, en blijf daarbij zelf kalm.",
                "Neem het ernstig. Bespreek ook dat een bericht soms harder aankomt dan het "
                "bedoeld was.",
                "Antwoord zelf niet op de kwetsende berichten.",
                "Laat je kind alles bewaren: screenshots of afdrukken kunnen later als bewijs "
                "dienen.",
                "Bekijk samen hoe het zich kan beschermen: blokkeren, en als het moet een nieuw "
                "nummer, e-mailadres of gebruikersnaam.",
                "Overleg met je kind voor je de school of het CLB contacteert: bij wie kan het "
                "terecht, wat wil je zeker vertellen? Vraag dat de school je betrekt en op de "
                "hoogte houdt.",
                "Blijft het pesten duren, ook na overleg met de school of het CLB? Dan kan je bij "
                "de politie een klacht neerleggen.",
            )),
            ("Als je kind zelf pest", (
                "Zeg duidelijk dat je dit niet aanvaardt en dat het moet stoppen.",
                "Vraag wat erachter zit: waarom doet je kind dit?",
                "Laat je kind zich inleven: hoe zou het zich voelen als het zelf zo behandeld "
                "werd?",
                "Bespreek de gevolgen: voor de ander, met de school, met de wet, en voor het "
                "vertrouwen tussen jullie.",
                "Zoek samen hoe je kind de schade kan herstellen, en help het bij een gemeende "
                "verontschuldiging.",
            )),
            ("Twee vuistregels om mee te geven", (
                "Wat je offline privé houdt, hoort ook online privé te blijven.",
                "Zou je het iemand niet in het gezicht zeggen? Dan stuur of post je het ook niet.",
            )),
        ),
        closing="Vragen of zorgen? Neem gerust contact op met de school.",
    ),
    "en": HandoutText(
        intro=(
            "Cyberbullying happens through phones, social media, games and chat apps, often out "
            "of sight of adults. School and parents can do a lot together: at home, by talking "
            "about it, and by acting quickly when something goes wrong."
        ),
        sections=(
            ("Prevention: what can you do at home?", (
                "Learn how young people use the internet and their phones, and what can go wrong.",
                "Ask regularly what your child does online, and let it show you its favourite "
                "apps and games.",
                "Agree together on what is and is not allowed, such as how long and when.",
                "Talk openly about what your child sees, receives and sends online.",
                "Use an incident from the news or from class to discuss together what is okay "
                "and what is not.",
                "Find out together how to communicate politely and safely, and how to block "
                "someone.",
                "Look along now and then. For children under 12, the computer is best kept in "
                "the living room or another room everyone uses.",
                "Teach your child that passwords and personal details stay private.",
                "Make (cyber)bullying an ordinary topic at home, long before anything is wrong.",
            )),
            ("Warning signs", (
                "Your child suddenly does not want to go to school.",
                "It leaves its phone or computer alone, or startles when a message comes in.",
                "It sleeps badly or restlessly.",
                "It suddenly cries, is low, irritable or anxious.",
                "It loses interest in hobbies and friends, or its marks drop.",
            )),
            ("When your child is bullied", (
                "Let your child tell the whole story first, and stay calm yourself.",
                "Take it seriously. Also talk about how a message can land harder than it was "
                "meant.",
                "Do not answer the hurtful messages yourself.",
                "Let your child keep everything: screenshots or printouts can serve as evidence.",
                "Look together at how your child can protect itself: blocking, and if needed a "
                "new number, e-mail address or user name.",
                "Talk it over with your child before you contact the school or the CLB: who can "
                "help, what do you want to say? Ask the school to involve you and keep you "
                "informed.",
                "Does the bullying go on, even after talking with the school or the CLB? Then "
                "you can file a complaint with the police.",
            )),
            ("When your child bullies", (
                "Say clearly that you do not accept this and that it has to stop.",
                "Ask what lies behind it: why is your child doing this?",
                "Help your child put itself in the other's place: how would it feel?",
                "Discuss the consequences: for the other child, with the school, with the law, "
                "and for the trust between you.",
                "Look together for ways to repair the harm, and help with a sincere apology.",
            )),
            ("Two rules of thumb to pass on", (
                "What you keep private offline should stay private online too.",
                "Would you not say it to someone's face? Then do not send or post it either.",
            )),
        ),
        closing="Questions or worries? Feel free to contact the school.",
    ),
}
