"""Module 3: Taushetsplikt og personvern."""

from .blocks import bullets, heading, key_points, question, right, several, situation, text, wrong

MODULE = {
    "slug": "taushetsplikt-og-personvern",
    "title": "Taushetsplikt og personvern",
    "intro": "Hva taushetserklæringen betyr, og hvordan du tar vare på deltakerens privatliv.",
    "estimated_minutes": 15,
    "required_before_approval": True,
    "pass_mark_percent": 80,
    "refresh_interval_months": 24,
    "roles": [],
    "body": [
        heading("Taushetserklæringen"),
        text(
            "Før du møter en deltaker, skriver du under på en taushetserklæring. Den betyr at du ikke forteller "
            "videre det du får vite om deltakerne – verken navn, livssituasjon, helse eller hva de har vært "
            "gjennom.",
            "Taushetsplikten har ingen tidsgrense. Den gjelder også etter at du har sluttet som Tidgiver.",
        ),
        heading("Hva kan du fortelle?"),
        text(
            "Du kan gjerne fortelle at du er Tidgiver, og hva slags ting Tidgivere gjør. Men ingenting som gjør "
            "at andre kan kjenne igjen deltakeren: ikke navn, bilde, bosted, arbeidsplass eller historier som "
            "kan spores tilbake.",
            "Trenger du å snakke om noe som har vært vanskelig, gjør du det med koordinatoren eller veilederen. "
            "Der er det trygt å dele.",
        ),
        heading("Når dere møtes tilfeldig"),
        text(
            "Møter du deltakeren på butikken eller på bussen, lar du deltakeren bestemme om dere skal hilse. Et "
            "godt råd er å snakke om dette på forhånd. Blir du spurt av andre hvordan dere kjenner hverandre, "
            "trenger du ikke forklare – «vi har blitt kjent» holder.",
        ),
        heading("Personvern i hverdagen"),
        text(
            bullets(
                "Ta ikke bilder av deltakeren uten at hen har sagt ja, og legg aldri ut noe om deltakere på "
                "sosiale medier.",
                "Lagre ikke mer om deltakeren på telefonen enn dere trenger for å avtale møter.",
                "Skriv ikke sensitive opplysninger i timeføringen – bare tid og type aktivitet.",
            )
        ),
        heading("Det du skal si fra om"),
        text(
            "Taushetsplikten betyr ikke at du skal sitte alene med en bekymring. Du skal si fra til de ansatte "
            "hvis du får vite at noen er i fare, for eksempel at deltakeren vurderer å ta sitt eget liv, at noen "
            "blir utsatt for vold, eller at barn ikke får god nok omsorg. Ved fare for liv ringer du 113 eller "
            "112 først.",
        ),
        situation(
            "Spørsmålet i bursdagsselskapet",
            "I et bursdagsselskap forteller du at du er Tidgiver. En venn sier: «Så spennende! Hvem er det du "
            "hjelper? Er det noen jeg kjenner? Jeg så deg på kafé med en mann i forrige uke.»",
            "Hva kan du svare uten å bryte taushetsplikten?",
            "Hvordan kan du fortelle om det du gjør som Tidgiver på en god måte?",
        ),
        key_points(
            "Taushetsplikten har ingen tidsgrense og gjelder også etter at du slutter.",
            "Fortell gjerne om rollen din, men aldri noe som kan identifisere en deltaker.",
            "La deltakeren bestemme om dere hilser når dere møtes tilfeldig.",
            "Si fra til de ansatte når noen kan være i fare – taushetsplikt er ikke det samme som å tie om alt.",
        ),
        question(
            "Hvor lenge gjelder taushetsplikten din?",
            [
                wrong("Så lenge du er Tidgiver"),
                wrong("I fem år etter at du slutter"),
                right("Uten tidsgrense – også etter at du har sluttet"),
                wrong("Til deltakeren har avsluttet steg for steg"),
            ],
            "Taushetsplikten har ingen tidsgrense. Det du har fått vite om deltakere, forteller du ikke videre – "
            "heller ikke mange år etterpå.",
        ),
        several(
            "Hva kan du fortelle til venner og familie? Velg alle som passer.",
            [
                right("At du er Tidgiver i Blå Kors steg for steg"),
                right("Hva slags aktiviteter Tidgivere ofte gjør sammen med deltakere"),
                wrong("Fornavnet til deltakeren du møter"),
                wrong("En historie deltakeren har fortalt, så lenge du ikke sier navnet"),
            ],
            "Du kan fortelle om rollen generelt. Navn og historier kan gjøre at noen kjenner igjen deltakeren, "
            "og det er ikke lov.",
        ),
        question(
            "Du møter deltakeren tilfeldig på kjøpesenteret. Hva gjør du?",
            [
                wrong("Går bort og hilser hjertelig, så deltakeren føler seg sett"),
                right("Lar deltakeren bestemme om dere skal hilse, slik dere gjerne har snakket om på forhånd"),
                wrong("Later som du ikke ser deltakeren, uansett hva"),
                wrong("Forteller den du er sammen med hvem deltakeren er"),
            ],
            "Deltakeren bestemmer. Noen vil gjerne hilse, andre vil ikke at folk rundt skal spørre. Snakk om det "
            "på forhånd.",
        ),
        several(
            "Hva skal du si fra om til de ansatte? Velg alle som passer.",
            [
                right("At deltakeren har snakket om å ta sitt eget liv"),
                right("At du er bekymret for omsorgen for deltakerens barn"),
                right("At deltakeren blir truet eller utsatt for vold"),
                wrong("Hva dere spiste på kafé"),
            ],
            "Når noen kan være i fare, skal de ansatte vite det. Ved akutt fare ringer du 113 eller 112 først.",
        ),
        question(
            "Kan du legge ut et bilde fra en fin tur med deltakeren på Facebook?",
            [
                wrong("Ja, hvis deltakeren ikke vises tydelig"),
                wrong("Ja, hvis du ikke skriver navnet"),
                right("Nei, du legger ikke ut noe om deltakere på sosiale medier"),
                wrong("Ja, hvis turen var i regi av Blå Kors"),
            ],
            "Et bilde kan avsløre at en person er deltaker. Du legger ikke ut noe om deltakere på sosiale medier.",
        ),
        question(
            "Hva skriver du i timeføringen etter et møte?",
            [
                right("Tid og type aktivitet – ingen sensitive opplysninger om deltakeren"),
                wrong("Et kort referat av hva deltakeren fortalte"),
                wrong("Hvordan deltakeren hadde det, så koordinatoren kan følge med"),
                wrong("Ingenting, timeføring er valgfritt"),
            ],
            "Timeføringen trenger bare tid og type aktivitet. Er du bekymret for noe, snakker du med de ansatte "
            "i stedet for å skrive det ned.",
        ),
    ],
}
