"""Module 4: Når noe skjer – krise og førstehjelp."""

from .blocks import bullets, heading, key_points, question, right, several, situation, text, wrong

MODULE = {
    "slug": "krise-og-forstehjelp",
    "title": "Når noe skjer – krise og førstehjelp",
    "intro": "Det skjer sjelden, men du skal vite hva du gjør hvis det skjer.",
    "estimated_minutes": 25,
    "required_before_approval": True,
    "pass_mark_percent": 100,
    "refresh_interval_months": 12,
    "roles": [],
    "body": [
        heading("Numrene du må kunne"),
        text(
            bullets(
                "<b>113</b> – medisinsk nødhjelp (ambulanse)",
                "<b>112</b> – politi",
                "<b>110</b> – brann",
                "<b>116 123</b> – Mental Helses hjelpetelefon, for noen å snakke med",
            ),
            "Lagre numrene på telefonen din, sammen med nummeret til koordinatoren.",
        ),
        heading("Mistanke om overdose"),
        text(
            "Tegn på overdose kan være at personen ikke svarer eller ikke lar seg vekke, puster langsomt, "
            "snorkende eller ikke i det hele tatt, og har blå eller grå lepper.",
            "<ol><li>Snakk høyt til personen og rist forsiktig i skuldrene.</li>"
            "<li>Ring <b>113</b>. Slå på høyttaleren, så du har hendene fri og kan få råd.</li>"
            "<li>Puster personen, legger du hen i <b>stabilt sideleie</b>. Puster personen ikke normalt, starter "
            "du hjerte-lunge-redning slik 113 veileder deg.</li>"
            "<li>Har du <b>nalokson nesespray</b>, gir du den (se under).</li>"
            "<li>Bli hos personen til helsepersonell kommer.</li></ol>",
        ),
        heading("Slik gir du nalokson nesespray"),
        text(
            "Nalokson opphever virkningen av opioider, for eksempel heroin, metadon og sterke smertestillende, "
            "i en periode. Er du usikker på om det er en opioidoverdose, er det likevel trygt å gi nalokson.",
            "<ol><li>Legg personen på ryggen, og støtt nakken så hodet faller litt bakover.</li>"
            "<li>Før tuppen av sprayen inn i det ene neseboret, og trykk én gang.</li>"
            "<li>Legg personen i <b>stabilt sideleie</b>. Puster hen ikke normalt, gjør du hjerte-lunge-redning "
            "slik 113 veileder deg.</li>"
            "<li>Ring <b>113</b> hvis du ikke har gjort det ennå.</li>"
            "<li>Våkner ikke personen, eller puster hen ikke bedre etter 2–3 minutter, gir du en ny dose i det "
            "andre neseboret. Hver spray har bare én dose, så bruk en ny spray.</li></ol>",
            "Effekten av nalokson kan gå over før effekten av rusmiddelet, og da kan personen bli dårlig igjen. "
            "Derfor skal personen ikke være alene: Bli hos hen til helsepersonell kommer – også om hen våkner. "
            "Personen må uansett undersøkes av helsepersonell.",
        ),
        heading("Fare for selvmord"),
        text(
            "Ta det alltid på alvor hvis noen snakker om å ta sitt eget liv. Det er lov å spørre direkte: "
            "«Tenker du på å ta livet ditt?» Å spørre øker ikke faren – det viser at du tåler å høre svaret.",
            bullets(
                "Lytt, og bli hos personen.",
                "Er faren akutt, ring <b>113</b>.",
                "Trenger personen noen å snakke med, kan dere ringe <b>116 123</b> sammen.",
                "Si alltid fra til de ansatte – samme dag.",
            ),
        ),
        heading("Vold eller trusler"),
        text(
            "Din egen sikkerhet kommer først. Blir du eller andre truet, går du fra situasjonen og kommer deg i "
            "sikkerhet. Ring <b>112</b> hvis noen er i fare. Prøv ikke å løse en farlig situasjon alene. Si fra "
            "til de ansatte etterpå.",
        ),
        heading("Etterpå"),
        text(
            "Det er vanlig å reagere etter noe dramatisk, også dagen etter. Ta kontakt med koordinatoren for en "
            "samtale. Å snakke om det du har opplevd, er ikke et brudd på taushetsplikten når du snakker med "
            "de ansatte.",
        ),
        situation(
            "På benken i parken",
            "Dere har avtalt å gå tur. Når du kommer til møtestedet, sitter deltakeren sammensunket på en benk. "
            "Hen svarer ikke når du sier navnet, og pusten er langsom og snorkende.",
            "Hva gjør du de første to minuttene?",
            "Hva sier du til 113?",
            "Hvem tar du kontakt med etterpå, og hvorfor?",
        ),
        key_points(
            "Overdose: ring 113, stabilt sideleie hvis personen puster, nalokson hvis du har, bli til hjelpen kommer.",
            "Nalokson: på ryggen, spray i ett nesebor, stabilt sideleie. Ingen reaksjon etter 2–3 minutter: ny "
            "dose i det andre neseboret. La aldri personen være alene.",
            "Selvmordsfare: ta det på alvor, spør direkte, bli hos personen, ring 113 ved akutt fare, "
            "si fra til de ansatte.",
            "Vold eller trusler: kom deg i sikkerhet og ring 112.",
            "Snakk alltid med de ansatte etterpå.",
        ),
        question(
            "Du finner en person som ikke lar seg vekke og puster langsomt. Hva gjør du først?",
            [
                wrong("Ringer koordinatoren og spør hva du skal gjøre"),
                right("Ringer 113"),
                wrong("Venter litt for å se om personen våkner av seg selv"),
                wrong("Ringer 112"),
            ],
            "Ved mistanke om overdose ringer du 113 med en gang. Koordinatoren får du snakke med etterpå.",
        ),
        question(
            "Personen puster, men er bevisstløs. Hvordan legger du hen?",
            [
                wrong("På ryggen med bena høyt"),
                right("I stabilt sideleie"),
                wrong("Sittende mot en vegg"),
                wrong("På magen"),
            ],
            "Stabilt sideleie holder luftveiene åpne hvis personen kaster opp. Hold øye med pusten til hjelpen kommer.",
        ),
        question(
            "Personen våkner etter at du har gitt nalokson nesespray. Hva nå?",
            [
                wrong("Dere kan fortsette turen, faren er over"),
                wrong("Du følger personen hjem"),
                right(
                    "Personen må likevel undersøkes av helsepersonell, fordi naloksonet kan slutte å virke "
                    "før rusmiddelet"
                ),
                wrong("Du gir en dose til med en gang for sikkerhets skyld"),
            ],
            "Nalokson virker kortere enn mange opioider. Personen kan bli dårlig igjen og må følges opp av "
            "helsepersonell. Bli hos personen til hjelpen kommer, og la hen ikke være alene.",
        ),
        several(
            "En deltaker sier: «Noen ganger tenker jeg at alle hadde hatt det bedre uten meg.» Hva er riktig å "
            "gjøre? Velg alle som passer.",
            [
                right("Ta det på alvor og spørre direkte om hen tenker på å ta livet sitt"),
                wrong("Bytte tema, så deltakeren ikke blir mer lei seg"),
                right("Bli hos deltakeren, og ringe 113 hvis faren er akutt"),
                right("Si fra til de ansatte samme dag"),
            ],
            "Å spørre direkte øker ikke faren. Bli hos personen, ring 113 ved akutt fare, og si alltid fra til "
            "de ansatte.",
        ),
        question(
            "Hva er 116 123?",
            [
                wrong("Politiets nødnummer"),
                right("Mental Helses hjelpetelefon, for noen å snakke med"),
                wrong("Nummeret til legevakten"),
                wrong("Blå Kors' vakttelefon"),
            ],
            "116 123 er Mental Helses hjelpetelefon. Ved akutt fare ringer du 113.",
        ),
        question(
            "En person du er sammen med, truer deg. Hva gjør du?",
            [
                wrong("Blir og prøver å roe situasjonen ned, så ingen andre blir involvert"),
                right("Går fra situasjonen, kommer deg i sikkerhet og ringer 112 hvis noen er i fare"),
                wrong("Ringer 113"),
                wrong("Venter til neste møte med å ta det opp"),
            ],
            "Din egen sikkerhet kommer først. Ved vold eller trusler ringer du politiet på 112. Si fra til de "
            "ansatte etterpå.",
        ),
        question(
            "Hva gjør du etter en dramatisk hendelse?",
            [
                wrong("Holder det for deg selv på grunn av taushetsplikten"),
                right("Tar kontakt med koordinatoren for en samtale"),
                wrong("Skriver om det i timeføringen"),
                wrong("Forteller det til venner så du får bearbeidet det"),
            ],
            "Det er vanlig å reagere etterpå. En samtale med de ansatte er trygt og bryter ikke taushetsplikten.",
        ),
    ],
}
