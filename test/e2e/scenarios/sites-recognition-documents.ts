import { defineScenario } from '../scenario';
import { checkRecognition, type RecognitionCase } from '../tools/recognition-cases';

const cases: RecognitionCase[] = [
  { path: 'pages/deliberation-commune.html', kind: 'deliberation', summary: /^Délibération reconnue/ },
  { path: 'pages/academie-article.html', kind: 'convention', summary: /PDF/ },
  { path: 'pages/convention-occitanie.html', kind: 'convention', summary: /Convention ENT-École reconnue/ },
  { path: 'pages/lookalike-teletransmission-convention.html', kind: 'unknown', summary: /pas une convention ENT-École/ },
];

export default defineScenario({
  name: 'sites : le panneau reconnaît délibérations et conventions par leur texte',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    await checkRecognition(ctx, cases);
  },
});
