"""Module 1: Recovery og empowerment."""

from .blocks import bullets, heading, key_points, question, right, several, situation, text, wrong

MODULE = {
    "slug": "recovery-og-empowerment",
    "title": "Recovery og empowerment",
    "intro": "Hvordan vi tenker om bedring, og hva det betyr for deg som Tidgiver.",
    "estimated_minutes": 20,
    "required_before_approval": True,
    "pass_mark_percent": 80,
    "refresh_interval_months": 0,
    "roles": [],
    "body": [
        heading("Bedring er en reise deltakeren eier"),
        text(
            "I Blå Kors steg for steg bruker vi ordet <b>recovery</b> (bedring) om en prosess der et menneske "
            "finner fram til et meningsfullt liv – også om noen utfordringer fortsatt er der. Bedring er ikke "
            "noe vi gjør med deltakeren. Det er noe deltakeren gjør selv, med støtte fra andre.",
            "Vi ser på recovery som både personlig og sosial. Personlig, fordi det er deltakerens egne mål, "
            "valg og erfaringer som teller. Sosial, fordi ingen blir bedre alene: relasjoner, et trygt sted å "
            "bo, noe å gjøre på dagtid og folk å være sammen med betyr mye.",
        ),
        heading("Deltakeren er eksperten på sitt eget liv"),
        text(
            "Deltakeren setter sine egne mål sammen med veilederen. Det kan være å få orden på regningene, å "
            "begynne på et kurs eller å tørre å gå på trening igjen. Din oppgave er ikke å finne ut hva som er "
            "best for deltakeren, men å støtte det deltakeren selv har valgt.",
            "Relasjonen mellom deltaker, ansatt og Tidgiver skal være likeverdig, åpen, ærlig og preget av "
            "tillit. Du er et vanlig medmenneske som har valgt å gi av tiden din – ikke en behandler.",
        ),
        heading("Empowerment: å finne sin egen styrke"),
        text(
            "Empowerment handler om å få makt over eget liv. Vi legger vekt på det som fremmer helse:",
            bullets(
                "deltakelse – å være med og bestemme",
                "mestring – å oppleve at noe går bra",
                "å si sin mening og stå for den",
                "respekt for deltakerens kultur og verdier",
            ),
            "Vi starter med det deltakeren kan og har lyst til, ikke med problemene. Vi spør etter ressurser, "
            "interesser og drømmer. Diagnoser og behandlingshistorie trenger du ikke vite noe om.",
        ),
        heading("Sosial kapital"),
        text(
            "Sosial kapital er forbindelsene mellom mennesker: nettverk, tillit og det at vi hjelper hverandre. "
            "Mange deltakere har mistet kontakten med familie og venner, eller har et nettverk knyttet til rus "
            "eller kriminalitet. Ensomhet er en av de viktigste grunnene til tilbakefall.",
            "Som Tidgiver er du en <b>døråpner</b>. Du kan bli med første gang til et kor, en treningsgruppe "
            "eller et frivillig lag, slik at terskelen blir lavere. Men målet er at deltakeren får sitt eget "
            "nettverk i vanlige sammenhenger – ikke at du blir hele nettverket.",
        ),
        situation(
            "Målet som ikke var ditt",
            "Deltakeren du møter, Jonas, har satt seg som mål å ta lappen. Du synes selv at det er viktigere at "
            "han får seg en jobb, og du har en venn som kan skaffe ham en praksisplass. Jonas virker ikke "
            "interessert når du nevner det.",
            "Hvem bestemmer hva som er viktigst for Jonas nå?",
            "Hvordan kan du støtte målet hans om førerkort?",
            "Hva kan du gjøre med tipset om praksisplass uten å presse ham?",
        ),
        key_points(
            "Bedring er en personlig og sosial prosess som deltakeren eier.",
            "Deltakeren setter målene; du støtter dem.",
            "Start med styrker og interesser, ikke med problemer eller diagnoser.",
            "Du er døråpner til vanlige arenaer, ikke selve nettverket.",
        ),
        question(
            "Hvem setter målene for deltakerens bedring?",
            [
                wrong("Tidgiveren, som kjenner deltakeren best i hverdagen"),
                right("Deltakeren selv, sammen med veilederen"),
                wrong("Koordinatoren, ut fra hva som har virket for andre"),
                wrong("Fastlegen eller behandleren"),
            ],
            "Deltakeren er eksperten på sitt eget liv og setter egne mål. Veilederen hjelper til med planen, og "
            "du støtter det deltakeren har valgt.",
        ),
        question(
            "Hva betyr det at recovery er en sosial prosess?",
            [
                wrong("At bedring bare skjer i grupper"),
                right("At relasjoner, fellesskap og vanlige arenaer har stor betydning for bedringen"),
                wrong("At deltakeren må ha kontakt med familien sin"),
                wrong("At Tidgiveren er ansvarlig for deltakerens nettverk"),
            ],
            "Ingen blir bedre alene. Gode relasjoner, et trygt sted å bo og noe meningsfullt å gjøre er en del av "
            "bedringen – men deltakeren bestemmer selv hvilke relasjoner som er viktige.",
        ),
        several(
            "Hvilke av disse er en del av empowerment-tenkningen? Velg alle som passer.",
            [
                right("Deltakelse – å være med og bestemme"),
                right("Mestring – å oppleve at noe går bra"),
                wrong("At Tidgiveren tar over oppgaver deltakeren synes er vanskelige"),
                right("Respekt for deltakerens kultur og verdier"),
            ],
            "Empowerment handler om å finne egen styrke. Å ta over oppgaver kan være velment, men tar fra "
            "deltakeren muligheten til å mestre selv.",
        ),
        question(
            "Du møter en deltaker for første gang. Hva er best å snakke om?",
            [
                wrong("Hvilken diagnose deltakeren har"),
                wrong("Hvorfor deltakeren begynte å ruse seg"),
                right("Hva deltakeren liker å gjøre, og hva hen har lyst til å få til"),
                wrong("Hvor lenge deltakeren har vært i behandling"),
            ],
            "Vi starter med ressurser, interesser og drømmer – ikke med problemer. Diagnoser og behandling er "
            "ikke noe du trenger å vite om.",
        ),
        question(
            "Hva er rollen din når en deltaker vil begynne i et kor?",
            [
                wrong("Å bli med på alle øvelsene, så deltakeren aldri er alene der"),
                right("Å være døråpner: for eksempel bli med de første gangene, og så trekke deg gradvis tilbake"),
                wrong("Å ringe korlederen og fortelle om deltakerens bakgrunn"),
                wrong("Å foreslå et annet kor du selv synger i"),
            ],
            "Du senker terskelen, men målet er at deltakeren får sine egne relasjoner i koret. Deltakerens "
            "bakgrunn forteller du aldri til andre.",
        ),
        several(
            "Hva kjennetegner relasjonen mellom deltaker, ansatt og Tidgiver? Velg alle som passer.",
            [
                right("Likeverd"),
                right("Åpenhet og ærlighet"),
                wrong("At Tidgiveren vet best fordi hen ikke har hatt de samme problemene"),
                right("Tillit"),
            ],
            "Relasjonen skal være likeverdig, åpen, ærlig og preget av tillit. Mange Tidgivere har selv vært "
            "deltakere; det er en styrke, ikke et hinder.",
        ),
    ],
}
