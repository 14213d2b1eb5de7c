"""Module 5: Rollen som Tidgiver i steg for steg."""

from .blocks import bullets, heading, key_points, question, right, several, situation, text, wrong

MODULE = {
    "slug": "rollen-som-tidgiver",
    "title": "Rollen som Tidgiver i steg for steg",
    "intro": "Hva steg for steg er, hva Tidgivere gjør, og hvordan du kommer i gang.",
    "estimated_minutes": 20,
    "required_before_approval": True,
    "pass_mark_percent": 80,
    "refresh_interval_months": 0,
    "roles": [],
    "body": [
        heading("Et helt vanlig liv"),
        text(
            "Blå Kors steg for steg er et gratis overgangstilbud for folk som ønsker seg «et helt vanlig liv» – "
            "før, under eller etter behandling for rus, etter soning eller med psykiske utfordringer. Det trengs "
            "ingen henvisning, og det er ingen ventetid.",
            "Mange opplever at det vanlige livet er en fremmed arena med koder og regler man ikke kjenner. "
            "Ensomhet og mangel på et rusfritt nettverk er blant de viktigste grunnene til tilbakefall. Derfor "
            "er Tidgivere – vanlige folk som ikke får betalt for å være der – så viktige.",
        ),
        heading("Livsområder og tiltak"),
        text(
            "Sammen med veilederen ser deltakeren på livsområdene <b>bolig, nettverk, arbeid og skole, økonomi "
            "og fritid</b>, og bestemmer selv hva som er viktigst nå. Tilbudet er bygd opp av tre slags tiltak:",
            bullets(
                "<b>Aktivitet</b>: kultur og fritid sammen, som kino, konsert, tur, fotball, svømming eller bowling, "
                "slik at deltakeren finner sin egen aktivitet.",
                "<b>Oppfølging</b>: praktisk støtte i hverdagen, som regninger, innkjøp, kontakt med offentlige "
                "kontorer, boligvisning og innredning, motivasjon for jobb og skole, temakvelder og kurs i "
                "hverdagskompetanse.",
                "<b>Nettverk</b>: kartlegging av nettverket og kobling til lag, foreninger og kor.",
            ),
        ),
        heading("Tre slags Tidgivere"),
        text(
            "Noen Tidgivere har selv vært deltakere – fra å få hjelp til å gi hjelp. Andre er medvandrere uten "
            "rusbakgrunn. Og noen bidrar med fagkunnskap, for eksempel om privatøkonomi eller arbeidsliv. Alle "
            "trengs, og egen erfaring med rus er ikke et hinder.",
        ),
        heading("Matchen og det første møtet"),
        text(
            "De ansatte matcher deg med en deltaker etter en kartleggingssamtale om deltakerens behov, "
            "interesser og personlighet – og ut fra dine interesser, det du kan og når du har tid.",
            "Det første møtet skjer gjerne sammen med veilederen eller koordinatoren, på et trygt og nøytralt "
            "sted. Bruk tiden til å bli kjent: Hva liker dere? Hva vil deltakeren få til? Avtal hvordan dere "
            "holder kontakt og når dere møtes neste gang. Det er helt greit å ikke vite alt etter første møte.",
        ),
        heading("Timeføring – og hvorfor den betyr noe"),
        text(
            "Etter hvert møte fører du tid og type aktivitet, slik koordinatoren din forklarer deg. Portalen "
            "skal etter hvert få sin egen timeføring; til da avtaler du med koordinatoren hvordan du gjør det.",
            "Timene viser hva frivilligheten betyr: Steg for steg rapporterer til dem som finansierer "
            "tilbudet, og tallene hjelper koordinatoren å følge opp både deg og deltakeren. Skriv aldri "
            "sensitive opplysninger i timeføringen.",
        ),
        situation(
            "Før det første møtet",
            "Du har fått vite at du er matchet med Ali, som liker fotball og vil komme i form. Dere skal møtes "
            "på kontoret til steg for steg sammen med veilederen neste uke. Du er litt nervøs.",
            "Hva har du lyst til å vite om Ali – og hva trenger du ikke å vite?",
            "Hva kan dere avtale før dere går fra hverandre?",
        ),
        key_points(
            "Livsområdene er bolig, nettverk, arbeid og skole, økonomi og fritid – deltakeren velger hva som "
            "er viktigst.",
            "Tiltakene er aktivitet, oppfølging og nettverk.",
            "De ansatte gjør matchen; det første møtet skjer gjerne sammen med veilederen.",
            "Før timer etter hvert møte – uten sensitive opplysninger.",
        ),
        several(
            "Hvilke tre slags tiltak bruker steg for steg? Velg alle som passer.",
            [
                right("Aktivitet"),
                right("Oppfølging"),
                right("Nettverk"),
                wrong("Behandling"),
            ],
            "Steg for steg er ikke behandling. Tiltakene er aktivitet, oppfølging og nettverk.",
        ),
        question(
            "Hvem bestemmer hvilket livsområde deltakeren skal jobbe med først?",
            [
                wrong("Tidgiveren"),
                right("Deltakeren"),
                wrong("Koordinatoren"),
                wrong("Kommunen"),
            ],
            "Deltakeren bestemmer hva som er viktigst her og nå, og lager planen sammen med veilederen.",
        ),
        question(
            "Hvem gjør matchen mellom deg og en deltaker?",
            [
                wrong("Du velger selv fra en liste"),
                wrong("Deltakeren velger fra en liste"),
                right("De ansatte, etter å ha kartlagt behov, interesser og personlighet"),
                wrong("Den som har ventet lengst, får den neste"),
            ],
            "Matchen gjøres av de ansatte etter kartlegging av deltakerens behov og interesser og det du kan "
            "og har tid til.",
        ),
        question(
            "Hvorfor fører du timer etter møtene?",
            [
                wrong("For at du skal få betalt"),
                right("Fordi tallene viser hva frivilligheten betyr, og hjelper koordinatoren å følge opp"),
                wrong("For å dokumentere hvordan deltakeren har det"),
                wrong("Det er ikke nødvendig"),
            ],
            "Timene brukes i rapporter til dem som finansierer tilbudet og i oppfølgingen. Tidgivere er frivillige "
            "og får ikke betalt.",
        ),
        question(
            "Du har selv vært deltaker i steg for steg for noen år siden. Kan du bli Tidgiver?",
            [
                right("Ja, mange Tidgivere har egen erfaring – fra å få hjelp til å gi hjelp"),
                wrong("Nei, Tidgivere kan ikke ha rusbakgrunn"),
                wrong("Bare hvis det har gått ti år"),
                wrong("Bare som medvandrer for andre tidligere deltakere"),
            ],
            "Egen erfaring er en styrke. Å gå fra hjelpemottaker til bidragsyter er en del av metoden.",
        ),
        several(
            "Hva passer godt i et første møte? Velg alle som passer.",
            [
                right("Å bli kjent og snakke om interesser"),
                right("Å avtale hvordan dere holder kontakt"),
                wrong("Å spørre om deltakerens rushistorie"),
                right("Å høre hva deltakeren har lyst til å få til"),
            ],
            "Første møte handler om å bli kjent og lage avtaler. Historien sin forteller deltakeren selv, hvis "
            "og når hen vil.",
        ),
    ],
}
