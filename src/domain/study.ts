import type { Cluster } from './deck-constants';
import type { Source } from './deck-schema';

/** The factors of Table 1 in the literature study (000_9230cb403256021f.txt), by cluster. */
export const TABLE_1_FACTORS: ReadonlyArray<{ name: string; cluster: Cluster }> = [
  { name: 'Wettelijke kaders klantgroep', cluster: 'law-policy' },
  { name: 'Beleidsmatige kaders klantgroep', cluster: 'law-policy' },
  { name: 'Aanwezigheid professionele gemeenschap met gedeelde visie', cluster: 'profession' },
  { name: 'Opleidingsachtergrond', cluster: 'profession' },
  { name: 'Toepassing methodisch werken', cluster: 'profession' },
  { name: 'Toepassing evidence-based practice', cluster: 'profession' },
  { name: 'Prestatiedoelen', cluster: 'organisation' },
  { name: 'Caseload', cluster: 'organisation' },
  { name: 'Leerklimaat', cluster: 'organisation' },
  { name: 'Intuïtie', cluster: 'professional' },
  { name: 'Persoonlijke overtuigingen', cluster: 'professional' },
  { name: 'Taakopvatting', cluster: 'professional' },
  { name: 'Houding t.o.v. werk zoeken en werk uitoefenen', cluster: 'client' },
  { name: 'Sociale druk uit omgeving', cluster: 'client' },
  { name: 'Vertrouwen in het eigen kunnen', cluster: 'client' },
  { name: 'Sociale en taakgerichte vaardigheden', cluster: 'client' },
  { name: 'Context', cluster: 'client' },
  { name: 'Belastbaarheid', cluster: 'client' },
  { name: 'Zelfregulering', cluster: 'client' },
];

/** The study's top 15 factors by influence (004_c276f0d0bcb11955.txt), index 0 is rank 1. */
export const TOP_15_FACTORS: ReadonlyArray<{ name: string; cluster: Cluster }> = [
  { name: 'Eigen vakinhoudelijke competenties en vaardigheden', cluster: 'professional' },
  { name: 'Belastbaarheid klant', cluster: 'client' },
  {
    name: 'Persoonlijke praktijkervaringen in het werk als re-integratieprofessional of jobcoach',
    cluster: 'professional',
  },
  { name: 'Motivatie en drijfveren klant', cluster: 'client' },
  {
    name: 'De aanpassingsbereidheid van de werkgever om aan te sluiten op de behoeften van de klant',
    cluster: 'employer-labour-market',
  },
  {
    name: 'Wettelijke en beleidsmatige kaders rondom bepaalde klantgroepen (Participatiewet, Wajong, WIA, ZW)',
    cluster: 'law-policy',
  },
  { name: 'Eigen persoonlijke, emotionele en sociale vaardigheden', cluster: 'professional' },
  { name: 'De regelruimte om o.b.v. professionele kennis en ervaring beslissingen te nemen', cluster: 'organisation' },
  { name: 'Persoonlijke, emotionele en sociale vaardigheden klant', cluster: 'client' },
  {
    name: 'De begeleidingsmogelijkheden bij de werkgever om de klant adequaat te kunnen ondersteunen',
    cluster: 'employer-labour-market',
  },
  { name: 'Wensen en behoeften klant', cluster: 'client' },
  { name: 'Aard arbeidsbeperking klant', cluster: 'client' },
  { name: 'De situatie op de arbeidsmarkt', cluster: 'employer-labour-market' },
  { name: 'Persoonlijke opvattingen over de rol als professional', cluster: 'professional' },
  { name: "Intervisie met collega's", cluster: 'profession' },
];

/**
 * The sources the built-in deck rests on, one per seed file (cards/README.md). Cards cite them by id; the app
 * shows them by name (about page) and each card says in words where it comes from (its `origin`).
 */
const SOURCES = [
  {
    id: 'literatuurstudie',
    kind: 'article',
    title: "Artikel over de literatuurstudie uit het onderzoek 'Afwegingen bij re-integratie en jobcoaching'",
    author: 'Rosanne Oomkens, Anne Drijvers, Silvia Rossetti (Panteia), Aida Buckle, Femke Bennenbroek (ZINZIZ)',
    year: 2020,
    file: '000_9230cb403256021f.txt',
  },
  {
    id: 'nieuwsbericht',
    kind: 'news',
    title: "Nieuwsbericht over het afgeronde onderzoek 'Afwegingen bij re-integratie en jobcoaching'",
    author: 'Uitgever niet vermeld',
    file: '001_9114602346619959.txt',
  },
  {
    id: 'rwi-vak-apart',
    kind: 'advice',
    title: 'Een vak apart! Werkagenda professionalisering van re-integratie',
    author: 'Raad voor Werk en Inkomen (RWI)',
    year: 2012,
    file: '002_41edbde8698e91bd.txt',
  },
  {
    id: 'interview-blonk',
    kind: 'interview',
    title:
      "Bejegening als professionele waarde. Interview met Roland Blonk: 'Voor de effectiviteit van re-integratie is bejegening bepalend'",
    author: 'NSvP',
    file: '003_3a6728766eb6a41e.txt',
  },
  {
    id: 'managementsamenvatting',
    kind: 'study',
    title: 'Afwegingen bij re-integratie & jobcoaching. Managementsamenvatting',
    author:
      'Femke Bennenbroek, Aida Buckle, Anne Drijvers, Neele Kistemaker, Rosanne Oomkens, Silvia Rossetti, Lotte Salome, Roos van der Schoor, Marte Wachter (Panteia, Muzus, ZINZIZ)',
    year: 2021,
    file: '004_c276f0d0bcb11955.txt',
  },
] as const satisfies ReadonlyArray<Source>;

export type StudySourceId = (typeof SOURCES)[number]['id'];
export const STUDY_SOURCES: ReadonlyArray<Source & { id: StudySourceId }> = SOURCES;
