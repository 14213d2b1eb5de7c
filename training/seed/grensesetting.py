"""Module 2: Grensesetting."""

from .blocks import bullets, heading, key_points, question, right, several, situation, text, wrong

MODULE = {
    "slug": "grensesetting",
    "title": "Grensesetting",
    "intro": "Trygge rammer gjør det lettere å være Tidgiver – for deg og for deltakeren.",
    "estimated_minutes": 25,
    "required_before_approval": True,
    "pass_mark_percent": 80,
    "refresh_interval_months": 24,
    "roles": [],
    "body": [
        heading("Din rolle og de ansattes rolle"),
        text(
            "Veilederen har ansvaret for deltakerens plan og for oppfølgingen. Du støtter deltakeren i de "
            "oppgavene og aktivitetene dere har avtalt. Du er ikke behandler, saksbehandler eller "
            "økonomisk rådgiver (med mindre det er nettopp det du er matchet for), og du skal ikke bære "
            "ansvaret alene.",
        ),
        heading("Tid og tilgjengelighet"),
        text(
            "Avtal når og hvor ofte dere møtes, og hvordan dere holder kontakt. Du trenger ikke svare på "
            "meldinger om kvelden eller i helgene hvis det ikke er avtalt. Det er bedre å love litt og holde "
            "det, enn å love mye og måtte trekke deg.",
        ),
        heading("Penger, gaver og kvitteringer"),
        text(
            bullets(
                "Du låner ikke ut penger, og du låner ikke penger av deltakeren.",
                "Avklar med koordinatoren på forhånd hvem som betaler for aktiviteter, for eksempel kinobilletter.",
                "Ta vare på kvitteringer og lever dem slik enheten din har avtalt.",
                "Gi eller ta ikke imot gaver av verdi. Er du usikker, spør koordinatoren.",
            )
        ),
        heading("Hjemme, på telefon og på sosiale medier"),
        text(
            "Møt deltakeren på offentlige steder eller der det er avtalt med enheten. Du gir ikke ut "
            "hjemmeadressen din, og du inviterer ikke deltakeren hjem til deg. Bruk den kontaktformen dere har "
            "avtalt, og følg enhetens regler for venneforespørsler på sosiale medier.",
        ),
        heading("Rus og tilbakefall"),
        text(
            "Deltakeren skal være rusfri når dere møtes. Hvis deltakeren er ruset, avslutter du møtet "
            "vennlig og sier fra til de ansatte. Vi oppfordrer til åpenhet om tilbakefall. Et tilbakefall "
            "betyr ikke at deltakeren mister plassen sin i steg for steg – det er ofte nettopp da støtten "
            "trengs mest.",
        ),
        heading("Unngå avhengighet – og si nei på en god måte"),
        text(
            "Målet er at deltakeren blir mer selvstendig og får flere folk rundt seg. Hvis deltakeren bare vil "
            "være med deg, eller du merker at du blir den eneste deltakeren stoler på, snakk med koordinatoren.",
            "Det er lov å si nei. Si det vennlig og tydelig, gjerne med en begrunnelse: «Det kan jeg ikke hjelpe "
            "deg med, men jeg kan bli med deg og spørre veilederen.»",
        ),
        heading("Når du skal gi saken videre til veilederen"),
        text(
            bullets(
                "når du blir bekymret for deltakerens helse eller sikkerhet",
                "når deltakeren spør om noe som gjelder behandling, gjeld eller juss",
                "når deltakeren ber om penger eller noe du ikke har avtalt",
                "når relasjonen blir vanskelig for deg",
            )
        ),
        situation(
            "Meldingen klokka elleve om kvelden",
            "Deltakeren du følger, Sara, sender deg en melding sent en kveld: Hun har ikke penger til mat før "
            "neste utbetaling, og spør om du kan vippse henne 500 kroner. Hun lover å betale tilbake.",
            "Hva svarer du – og når?",
            "Hvem bør få vite om situasjonen?",
            "Hvordan kan du vise at du bryr deg, uten å låne ut penger?",
        ),
        key_points(
            "Veilederen eier planen; du støtter det som er avtalt.",
            "Ingen lån av penger – verken den ene eller den andre veien.",
            "Møt deltakeren på offentlige eller avtalte steder, ikke hjemme hos deg.",
            "Ruset på et møte: avslutt vennlig og si fra. Tilbakefall avslutter ikke plassen.",
            "Si nei vennlig, og gi saken videre til veilederen når den er for stor for deg.",
        ),
        question(
            "En deltaker ber om å låne 500 kroner til mat. Hva gjør du?",
            [
                wrong("Låner ut pengene, men ber om å få dem tilbake innen en uke"),
                right("Sier vennlig nei og hjelper deltakeren å ta kontakt med veilederen"),
                wrong("Gir pengene som en gave, så blir det ikke et lån"),
                wrong("Ignorerer meldingen"),
            ],
            "Tidgivere låner ikke ut penger. Et vennlig nei og hjelp til å få kontakt med veilederen (som kan "
            "vite om andre muligheter) er riktig.",
        ),
        question(
            "Deltakeren kommer ruset til en avtale. Hva gjør du?",
            [
                wrong("Gjennomfører avtalen som planlagt, for å ikke avvise deltakeren"),
                right("Avslutter møtet vennlig og forteller det til de ansatte"),
                wrong("Melder fra om at deltakeren må ut av steg for steg"),
                wrong("Holder det for deg selv, så deltakeren ikke får problemer"),
            ],
            "Deltakeren skal være rusfri på møtene. Du avslutter vennlig og sier fra til de ansatte. Et tilbakefall "
            "betyr ikke at deltakeren mister plassen.",
        ),
        several(
            "Hvilke av disse er gode grenser for en Tidgiver? Velg alle som passer.",
            [
                right("Dere møtes på offentlige steder eller der enheten har avtalt"),
                wrong("Du gir deltakeren hjemmeadressen din, så hen kan stikke innom"),
                right("Du svarer på meldinger til de tidene dere har avtalt"),
                right("Du avklarer med koordinatoren hvem som betaler for aktiviteter"),
            ],
            "Tydelige avtaler om sted, tid og penger gjør relasjonen trygg. Hjemmeadressen din holder du for deg selv.",
        ),
        question(
            "Hvem har ansvaret for deltakerens plan?",
            [
                wrong("Tidgiveren"),
                right("Veilederen, sammen med deltakeren"),
                wrong("Deltakerens familie"),
                wrong("Ingen – planen lager seg selv underveis"),
            ],
            "Deltakeren setter målene, og veilederen har ansvaret for planen og oppfølgingen. Du støtter det "
            "som er avtalt.",
        ),
        several(
            "Når bør du gi saken videre til veilederen? Velg alle som passer.",
            [
                right("Når du er bekymret for deltakerens helse eller sikkerhet"),
                right("Når deltakeren spør om råd om gjeld eller behandling"),
                wrong("Når dere har hatt en fin tur sammen"),
                right("Når relasjonen blir vanskelig for deg"),
            ],
            "Du skal ikke bære ansvaret alene. Veilederen er der for det som er for stort eller utenfor rollen din.",
        ),
        question(
            "Deltakeren vil bare møte deg, og har sluttet å gå på andre aktiviteter. Hva er best?",
            [
                wrong("Møte deltakeren oftere, siden det fungerer"),
                right("Snakke med koordinatoren og sammen se på hvordan deltakeren kan få flere folk rundt seg"),
                wrong("Slutte å svare, så deltakeren må klare seg selv"),
                wrong("Invitere deltakeren med til familien din i helgene"),
            ],
            "Målet er et selvstendig liv med flere relasjoner. Når deltakeren blir avhengig av deg, tar du det "
            "opp med koordinatoren i stedet for å trekke deg brått eller utvide rollen.",
        ),
    ],
}
