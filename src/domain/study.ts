import type { Cluster } from './deck-constants';

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
