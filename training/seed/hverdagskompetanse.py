"""Module 6: Hverdagskompetanse og nettverk."""

from .blocks import bullets, heading, key_points, question, right, several, situation, text, wrong

MODULE = {
    "slug": "hverdagskompetanse-og-nettverk",
    "title": "Hverdagskompetanse og nettverk",
    "intro": "Den stille kunnskapen som får hverdagen til å gå rundt, og hvordan nye relasjoner blir til.",
    "estimated_minutes": 20,
    "required_before_approval": False,
    "pass_mark_percent": 80,
    "refresh_interval_months": 0,
    "roles": ["aktivitetsvenn", "hverdagshjelper"],
    "body": [
        heading("Stille kunnskap"),
        text(
            "Mye av det som får hverdagen til å fungere, lærer vi uten å tenke over det: å lese en regning, å "
            "ringe et kontor og si hva saken gjelder, å småprate i en pause, å vite hva man tar med på "
            "dugnad. Blå Kors steg for steg kaller dette <b>hverdagskompetanse</b> – de praktiske og sosiale "
            "ferdighetene som trengs for et vanlig liv.",
            "Slik kunnskap bygges opp gjennom erfaring, over tid. Har man levd lenge med rus, i institusjon "
            "eller i fengsel, har man ofte ikke fått øvd på den. Det handler ikke om evner, men om erfaring.",
        ),
        heading("Lære ved å gjøre – sammen"),
        text(
            "Som Tidgiver viser du ikke fram hvordan ting skal gjøres; dere gjør dem sammen, og deltakeren "
            "styrer. Neste gang gjør deltakeren litt mer selv. «Jeg vil ikke bli sett på som en som må ha "
            "spesialhensyn», sa en deltaker. Vær en følgesvenn, ikke en lærer.",
        ),
        heading("Nettverkskartet"),
        text(
            "Sammen med veilederen lager deltakeren et kart over nettverket sitt:",
            bullets(
                "hvem som var viktige før",
                "hvem som er der nå",
                "hvem og hva deltakeren ønsker seg framover",
            ),
            "Kartet gjør det tydelig hvem som mangler, og blir grunnlaget for en plan: hvilke aktiviteter og "
            "steder kan føre til nye relasjoner?",
        ),
        heading("Koble til det som allerede finnes"),
        text(
            "Steg for steg lager ikke et eget liv ved siden av samfunnet. Vi bruker idrettslag, kor, "
            "treningssentre, bibliotek, frivillige organisasjoner og kulturtilbud som allerede finnes der "
            "deltakeren bor. Mange ønsker seg dit, men sosial utrygghet står i veien.",
            "Her er du døråpner: Dere kan finne ut av tilbudet sammen, du kan bli med de første gangene, og "
            "du kan hjelpe deltakeren å øve på hva man sier når man kommer ny. Etter hvert trekker du deg "
            "tilbake, og relasjonene i laget blir deltakerens egne.",
        ),
        situation(
            "Korøvelsen",
            "Mona har fortalt at hun sang mye da hun var yngre, og har lyst til å begynne i et kor. Hun har "
            "funnet et kor i nærheten, men tør ikke gå alene. Hun lurer på hva hun skal si hvis noen spør "
            "hva hun driver med til daglig.",
            "Hvordan kan du hjelpe Mona å forberede seg på den første øvelsen?",
            "Hva kan hun svare på spørsmålet om hva hun driver med?",
            "Når og hvordan trekker du deg tilbake?",
        ),
        key_points(
            "Hverdagskompetanse er stille kunnskap som bygges av erfaring – ikke et spørsmål om evner.",
            "Gjør ting sammen, og la deltakeren styre og gjøre mer selv for hver gang.",
            "Nettverkskartet viser tidligere, nåværende og ønsket nettverk.",
            "Bruk lag, kor og tilbud som allerede finnes, og trekk deg gradvis tilbake.",
        ),
        question(
            "Hva menes med hverdagskompetanse?",
            [
                wrong("Formell utdanning og kurs"),
                right("Praktiske og sosiale ferdigheter for et vanlig liv, bygd opp gjennom erfaring"),
                wrong("Evnen til å klare seg helt uten hjelp fra andre"),
                wrong("Kunnskap om rusbehandling"),
            ],
            "Hverdagskompetanse er den stille kunnskapen som får hverdagen til å gå rundt – noe vi lærer ved "
            "å gjøre, over tid.",
        ),
        several(
            "Hva viser et nettverkskart? Velg alle som passer.",
            [
                right("Hvem som har vært viktige før"),
                right("Hvem som er i nettverket nå"),
                right("Hvem og hva deltakeren ønsker seg framover"),
                wrong("Hvilke diagnoser folk i nettverket har"),
            ],
            "Kartet tar for seg tidligere, nåværende og ønsket nettverk, og blir grunnlaget for en plan.",
        ),
        question(
            "Deltakeren skal ringe NAV for første gang. Hva er en god måte å støtte på?",
            [
                wrong("Du ringer for deltakeren, så det blir gjort riktig"),
                right("Dere forbereder samtalen sammen, og deltakeren ringer mens du sitter ved siden av"),
                wrong("Du sender en e-post med lenke og lar deltakeren finne ut av det"),
                wrong("Du ber veilederen ringe i stedet"),
            ],
            "Dere gjør det sammen, og deltakeren styrer. Slik bygges erfaringen som gjør at det går lettere "
            "neste gang.",
        ),
        question(
            "Hvorfor bruker steg for steg tilbud som allerede finnes i nærmiljøet?",
            [
                wrong("Fordi det er billigere enn å lage egne aktiviteter"),
                right("Fordi målet er et vanlig liv med relasjoner i vanlige sammenhenger"),
                wrong("Fordi Tidgivere ikke får lov til å arrangere noe selv"),
                wrong("Fordi deltakerne ikke ønsker å være sammen med andre deltakere"),
            ],
            "Målet er at deltakeren får sitt eget nettverk der andre folk også er – i lag, kor og foreninger.",
        ),
        question(
            "Deltakeren har gått på klatring sammen med deg i tre måneder og har blitt kjent med flere der. "
            "Hva er naturlig nå?",
            [
                wrong("At du fortsetter å bli med hver gang, så ingenting endrer seg"),
                right("At dere snakker om at deltakeren går mer på egen hånd, mens dere finner på noe annet sammen"),
                wrong("At du slutter å svare for å gjøre deltakeren selvstendig"),
                wrong("At du forteller klatregruppa om deltakerens bakgrunn, så de kan ta hensyn"),
            ],
            "Som døråpner trekker du deg gradvis tilbake når relasjonene er på plass – i samråd med deltakeren.",
        ),
    ],
}
