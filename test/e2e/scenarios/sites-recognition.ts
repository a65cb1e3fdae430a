import { defineScenario } from '../scenario';
import { checkRecognition, type RecognitionCase } from '../tools/recognition-cases';

const cases: RecognitionCase[] = [
  { path: 'pages/s2low-transaction.html', kind: 'actes-form', summary: /S²LOW/ },
  { path: 'pages/stela-acte.html', kind: 'actes-form', summary: /Stela/ },
  { path: 'pages/pastell-acte.html', kind: 'actes-form', summary: /Pastell/ },
  { path: 'pages/generic-aria.html', kind: 'actes-form', summary: /portail non identifié/ },
  { path: 'pages/search-filters.html', kind: 'unknown', summary: /Page non reconnue/ },
];

export default defineScenario({
  name: 'sites : le panneau reconnaît les formulaires @CTES par leurs libellés',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    await checkRecognition(ctx, cases);
  },
});
