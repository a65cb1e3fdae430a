/**
 * The two national levels of the @CTES classification (nomenclature ACTES): matières (level 1)
 * and sous-matières (level 2). Deeper levels are set by each prefecture and are not listed.
 * Labels with their accents (the prefectures' XML often drops them; domain.md §2, megalis
 * classification_actes.py, SCDL DELIB_MATIERE_CODE ranges 1.1–1.7 … 9.1–9.4).
 */

export const classificationLevel1: Readonly<Record<string, string>> = {
  '1': 'Commande publique',
  '2': 'Urbanisme',
  '3': 'Domaine et patrimoine',
  '4': 'Fonction publique',
  '5': 'Institutions et vie politique',
  '6': 'Libertés publiques et pouvoirs de police',
  '7': 'Finances locales',
  '8': 'Domaines de compétences par thèmes',
  '9': 'Autres domaines de compétences',
};

export const classificationLevel2: Readonly<Record<string, string>> = {
  '1.1': 'Marchés publics',
  '1.2': 'Délégation de service public',
  '1.3': 'Conventions de mandat',
  '1.4': 'Autres types de contrats',
  '1.5': "Transactions / protocole d'accord transactionnel",
  '1.6': "Actes relatifs à la maîtrise d'œuvre",
  '1.7': 'Actes spéciaux et divers',
  '2.1': "Documents d'urbanisme",
  '2.2': "Actes relatifs au droit d'occupation ou d'utilisation des sols",
  '2.3': 'Droit de préemption urbain',
  '3.1': 'Acquisitions',
  '3.2': 'Aliénations',
  '3.3': 'Locations',
  '3.4': 'Limites territoriales',
  '3.5': 'Autres actes de gestion du domaine public',
  '3.6': 'Autres actes de gestion du domaine privé',
  '4.1': 'Personnel titulaire et stagiaire de la F.P.T.',
  '4.2': 'Personnel contractuel',
  '4.3': 'Fonction publique hospitalière',
  '4.4': 'Autres catégories de personnels',
  '4.5': 'Régime indemnitaire',
  '5.1': 'Élection exécutif',
  '5.2': 'Fonctionnement des assemblées',
  '5.3': 'Désignation de représentants',
  '5.4': 'Délégation de fonctions',
  '5.5': 'Délégation de signature',
  '5.6': 'Exercice des mandats locaux',
  '5.7': 'Intercommunalité',
  '5.8': "Décision d'ester en justice",
  '6.1': 'Police municipale',
  '6.2': 'Pouvoir du président du conseil général',
  '6.3': 'Pouvoir du président du conseil régional',
  '6.4': 'Autres actes réglementaires',
  '6.5': "Actes pris au nom de l'État et soumis au contrôle hiérarchique",
  '7.1': 'Décisions budgétaires',
  '7.2': 'Fiscalité',
  '7.3': 'Emprunts',
  '7.4': 'Interventions économiques',
  '7.5': 'Subventions',
  '7.6': 'Contributions budgétaires',
  '7.7': 'Avances',
  '7.8': 'Fonds de concours',
  '7.9': 'Prise de participation (SEM, etc.)',
  '7.10': 'Divers',
  '8.1': 'Enseignement',
  '8.2': 'Aide sociale',
  '8.3': 'Voirie',
  '8.4': 'Aménagement du territoire',
  '8.5': 'Politique de la ville-habitat-logement',
  '8.6': 'Emploi-formation professionnelle',
  '8.7': 'Transports',
  '8.8': 'Environnement',
  '8.9': 'Culture',
  '9.1': 'Autres domaines de compétences des communes',
  '9.2': 'Autres domaines de compétences des départements',
  '9.3': 'Autres domaines de compétences des régions',
  '9.4': 'Vœux et motions',
};

/** Practice for an ENT-École convention (domain.md §2: usual, unconfirmed). */
export const entEcoleClassificationCode = '8.1';

export interface Classification {
  /** "8.1" — as deep as given (up to 5 levels: "8.1.2") */
  code: string;
  /** the deepest label known: level 2 when listed, else level 1 */
  label: string;
  level1: string;
  level2: string | null;
  level1Label: string;
  level2Label: string | null;
  /** Pastell stores "8.1 Enseignement" (portals.md §2.1) */
  pastellValue: string;
  /** Stela's code matière "8-1-0-0-0" (five levels, missing ones as 0; portals.md §3) */
  stelaCode: string;
}

const classificationCodePattern = /^\s*(\d{1,2})(?:\s*[.\-]\s*(\d{1,2}))?((?:\s*[.\-]\s*\d{1,2}){0,3})\s*$/; // "8.1", "8-1-0-0-0", "7.10.2"

const leadingCodePattern = /^[\d.\-\s]{1,40}/; // the code before a label: "8.1 - Enseignement", "8.1 Enseignement"

/**
 * Parses "8.1", "8-1-0-0-0", "8.1 Enseignement" (Pastell), "8-1-0-0-0 - Domaines …" (Stela)
 * into a classification; null when the code is not in the national levels.
 */
export function classificationFromCode(raw: string): Classification | null {
  const codePart = (leadingCodePattern.exec(raw)?.[0] ?? '').replace(/[\s\-]+$/, '');
  const match = classificationCodePattern.exec(codePart);
  if (!match) return null;
  const level1 = String(Number(match[1]));
  const level1Label = classificationLevel1[level1];
  if (!level1Label) return null;
  const deeper = (match[3] ?? '').split(/[.\-]/).map((part) => part.trim()).filter((part) => part !== '').map(Number);
  // Stela pads unused levels with 0: "8-1-0-0-0" is 8.1
  const level2Number = match[2] === undefined ? 0 : Number(match[2]);
  const levels = [Number(level1), level2Number, ...deeper];
  while (levels.length > 1 && levels[levels.length - 1] === 0) levels.pop();
  if (levels.slice(1).includes(0)) return null;
  const level2 = levels.length > 1 ? `${level1}.${levels[1]}` : null;
  const level2Label = level2 === null ? null : (classificationLevel2[level2] ?? null);
  if (level2 !== null && level2Label === null) return null;
  const code = levels.join('.');
  const label = level2Label ?? level1Label;
  const stelaLevels = [...levels, 0, 0, 0, 0].slice(0, 5);
  return {
    code,
    label,
    level1,
    level2: level2 === null ? null : String(levels[1]),
    level1Label,
    level2Label,
    pastellValue: `${code} ${label}`,
    stelaCode: stelaLevels.join('-'),
  };
}

/**
 * SCDL DELIB_MATIERE_NOM: level-1 and level-2 labels "en minuscules accentuées, sans virgule ni
 * parenthèse, et séparés par une barre oblique" (SCDL 2.1.5).
 */
export function scdlMatiereName(classification: Classification): string {
  const clean = (label: string): string =>
    label.toLowerCase().replace(/[(),]/g, ' ').replace(/\//g, '-').replace(/\s+/g, ' ').replace(/\s-\s/g, ' - ').trim();
  const parts = [classification.level1Label, classification.level2Label].filter((part): part is string => part !== null);
  return parts.map(clean).join('/');
}
