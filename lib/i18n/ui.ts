/**
 * The panel's string catalogue: every label the panel shows comes from here, French first.
 * Keys are grouped by screen; `{name}` placeholders are filled by `t(key, data)`.
 * Rule messages are not here: they live in lib/messages (the rules' own catalogue).
 */
import { signal } from '@preact/signals-core';

export type UiLanguage = 'fr' | 'en';

interface Entry {
  fr: string;
  en: string;
}

const catalogue = {
  // panel frame and tabs
  'panel.title': { fr: 'Rédaction de la délibération', en: 'Drafting the deliberation' },
  'tabs.label': { fr: 'Rubriques de la délibération', en: 'Sections of the deliberation' },
  'tab.seance': { fr: 'Séance', en: 'Session' },
  'tab.presence': { fr: 'Présence', en: 'Attendance' },
  'tab.vote': { fr: 'Vote', en: 'Vote' },
  'tab.acte': { fr: 'Acte', en: 'Act' },
  'tab.convention': { fr: 'Convention', en: 'Agreement' },
  'tab.textes': { fr: 'Textes', en: 'Texts' },

  // fields: session and commune
  'field.commune.name': { fr: 'Commune', en: 'Municipality' },
  'field.commune.department': { fr: 'Département', en: 'Department' },
  'field.commune.siret': { fr: 'SIRET de la commune', en: 'Municipality SIRET' },
  'field.commune.population': { fr: 'Population municipale', en: 'Population' },
  'field.session.date': { fr: 'Date de la séance', en: 'Session date' },
  'field.session.time': { fr: 'Heure de la séance', en: 'Session time' },
  'field.session.place': { fr: 'Lieu de la séance', en: 'Session place' },
  'field.session.president': { fr: 'Président de séance', en: 'Presiding member' },
  'field.session.convocationDate': { fr: 'Date de convocation', en: 'Notice date' },
  'field.session.postedDate': { fr: "Date d'affichage de la convocation", en: 'Notice posting date' },
  'field.session.secretary': { fr: 'Secrétaire de séance', en: 'Session secretary' },
  'field.session.urgency': { fr: 'Convocation en urgence', en: 'Urgent notice' },
  'field.session.secondConvocation': {
    fr: 'Seconde convocation faute de quorum',
    en: 'Second notice for want of quorum',
  },
  // attendance
  'field.attendance.inOffice': { fr: 'Membres en exercice', en: 'Members in office' },
  'field.attendance.present': { fr: 'Présents', en: 'Present' },
  'field.attendance.represented': { fr: 'Représentés', en: 'Represented' },
  'field.attendance.absent': { fr: 'Absents', en: 'Absent' },
  'field.attendance.voters': { fr: 'Votants', en: 'Voters' },
  // vote
  'field.vote.for': { fr: 'Pour', en: 'For' },
  'field.vote.against': { fr: 'Contre', en: 'Against' },
  'field.vote.abstentions': { fr: 'Abstentions', en: 'Abstentions' },
  'field.vote.expressed': { fr: 'Suffrages exprimés', en: 'Votes cast' },
  'field.vote.unanimous': { fr: "Adoptée à l'unanimité", en: 'Adopted unanimously' },
  // act
  'field.deliberation.number': { fr: 'Numéro de la délibération', en: 'Deliberation number' },
  'field.deliberation.subject': { fr: 'Objet', en: 'Subject' },
  'field.deliberation.nature': { fr: "Nature de l'acte", en: 'Act type' },
  'field.deliberation.classification': { fr: 'Classification @CTES', en: '@CTES classification' },
  'field.deliberation.actesNumber': { fr: 'Numéro @CTES', en: '@CTES number' },
  'field.deliberation.signedOn': { fr: 'Date de signature', en: 'Signature date' },
  'field.deliberation.publishedOn': { fr: 'Date de publication', en: 'Publication date' },
  'field.deliberation.transmittedOn': { fr: 'Date de transmission en préfecture', en: 'Date sent to the prefecture' },
  // convention
  'field.convention.academy': { fr: 'Académie', en: 'Education authority' },
  'field.convention.schoolYear': { fr: 'Année scolaire', en: 'School year' },
  'field.convention.feePerSchool': { fr: 'Tarif par école', en: 'Fee per school' },
  'field.convention.schoolCount': { fr: "Nombre d'écoles", en: 'Number of schools' },
  'field.convention.total': { fr: 'Montant total', en: 'Total amount' },
  'field.convention.endDate': { fr: 'Date de fin de la convention', en: 'Agreement end date' },
  'field.convention.signedOn': { fr: 'Date de signature de la convention', en: 'Agreement signature date' },
  'field.convention.schools': { fr: 'Écoles', en: 'Schools' },

  'nature.none': { fr: '— choisir —', en: '— choose —' },
  'nature.DE': { fr: 'DE — Délibération', en: 'DE — Deliberation' },
  'nature.AR': { fr: 'AR — Acte réglementaire', en: 'AR — Regulatory act' },
  'nature.AI': { fr: 'AI — Acte individuel', en: 'AI — Individual act' },
  'nature.CC': { fr: 'CC — Contrat, convention, avenant', en: 'CC — Contract, agreement' },
  'nature.BF': { fr: 'BF — Document budgétaire', en: 'BF — Budget document' },
  'nature.AU': { fr: 'AU — Autre', en: 'AU — Other' },

  // hints under inputs
  'hint.date': { fr: 'JJ/MM/AAAA', en: 'DD/MM/YYYY' },
  'hint.time': { fr: 'HH:MM', en: 'HH:MM' },
  'hint.amount': { fr: 'en euros', en: 'in euros' },
  'hint.schoolYear': { fr: 'AAAA-AAAA', en: 'YYYY-YYYY' },

  // input errors (the typed text is kept; the record value stays empty)
  'input.count': { fr: 'Saisissez un nombre entier, en chiffres (ex. : 14).', en: 'Type a whole number in digits (e.g. 14).' },
  'input.count.tooLarge': { fr: 'Nombre trop grand pour un conseil municipal.', en: 'Too large for a council.' },
  'input.amount': { fr: 'Saisissez un montant en euros (ex. : 164 ou 164,50).', en: 'Type an amount in euros (e.g. 164 or 164.50).' },
  'input.date.format': { fr: 'Saisissez une date au format JJ/MM/AAAA (ex. : 20/06/2024).', en: 'Type a date as DD/MM/YYYY (e.g. 20/06/2024).' },
  'input.date.invalid': { fr: "La date {text} n'existe pas dans le calendrier.", en: 'The date {text} does not exist.' },
  'input.time': { fr: "Saisissez une heure (ex. : 18h30 ou 18:30).", en: 'Type a time (e.g. 18:30).' },
  'input.schoolYear': { fr: 'Saisissez deux années qui se suivent (ex. : 2024-2025).', en: 'Type two consecutive years (e.g. 2024-2025).' },
  'input.department': { fr: 'Saisissez un département (ex. : 31, 2A, 974).', en: 'Type a department (e.g. 31, 2A, 974).' },
  'input.classification': { fr: 'Saisissez une classification (ex. : 8.1).', en: 'Type a classification (e.g. 8.1).' },
  'input.uai': { fr: 'Un code UAI compte 7 chiffres et une lettre (ex. : 0310891A).', en: 'A UAI code is 7 digits and a letter.' },
  'input.errorLabel': { fr: 'Saisie à corriger', en: 'Input to fix' },

  // provenance
  'provenance.prefilled': { fr: 'pré-rempli depuis {source}', en: 'pre-filled from {source}' },
  'provenance.roster': { fr: 'calculé depuis la liste des élus', en: 'computed from the roster' },
  'provenance.confirm': { fr: 'Confirmer', en: 'Confirm' },
  'provenance.confirmField': { fr: 'Confirmer la valeur pré-remplie de « {label} »', en: 'Confirm the pre-filled value of "{label}"' },
  'provenance.sourceText': { fr: 'Texte source : « {text} »', en: 'Source text: "{text}"' },
  'provenance.page': { fr: 'la page', en: 'the page' },
  'provenance.pdf': { fr: 'le PDF', en: 'the PDF' },

  // findings
  'findings.title': { fr: 'Contrôles', en: 'Checks' },
  'findings.none': { fr: 'Aucune anomalie détectée pour le moment.', en: 'No problem found so far.' },
  'findings.count': { fr: '{errors} erreur(s), {warnings} avertissement(s), {infos} remarque(s)', en: '{errors} error(s), {warnings} warning(s), {infos} note(s)' },
  'severity.error': { fr: 'Erreur', en: 'Error' },
  'severity.warning': { fr: 'Avertissement', en: 'Warning' },
  'severity.info': { fr: 'Remarque', en: 'Note' },
  'findings.basis': { fr: 'Fondement : {basis}', en: 'Basis: {basis}' },
  'findings.goTo': { fr: 'Aller au champ « {label} »', en: 'Go to field "{label}"' },
  'findings.unavailable': { fr: 'Les contrôles ne sont pas encore disponibles.', en: 'Checks are not available yet.' },

  // roster
  'roster.title': { fr: 'Liste des élus', en: 'Council members' },
  'roster.empty': { fr: 'Aucun élu enregistré. Collez la liste ou importez-la depuis la page.', en: 'No member yet. Paste the list or import it from the page.' },
  'roster.name': { fr: 'Nom', en: 'Name' },
  'roster.role': { fr: 'Fonction', en: 'Role' },
  'roster.status': { fr: 'Situation de {name}', en: 'Status of {name}' },
  'roster.present': { fr: 'Présent', en: 'Present' },
  'roster.absent': { fr: 'Absent', en: 'Absent' },
  'roster.proxy': { fr: 'Pouvoir à', en: 'Proxy to' },
  'roster.proxyTo': { fr: 'Pouvoir donné par {name} à', en: 'Proxy given by {name} to' },
  'roster.proxyNone': { fr: '— choisir un présent —', en: '— choose a present member —' },
  'roster.remove': { fr: 'Retirer {name}', en: 'Remove {name}' },
  'roster.paste': { fr: 'Coller une liste (un nom par ligne, ou « nom ; fonction »)', en: 'Paste a list (one name per line, or "name; role")' },
  'roster.import': { fr: 'Ajouter ces élus', en: 'Add these members' },
  'roster.importFromRecord': { fr: 'Reprendre les noms lus dans le document', en: 'Use the names read from the document' },
  'roster.added': { fr: '{count} élu(s) ajouté(s).', en: '{count} member(s) added.' },
  'roster.counts': { fr: '{present} présent(s), {represented} représenté(s), {absent} absent(s), {voters} votant(s)', en: '{present} present, {represented} represented, {absent} absent, {voters} voters' },
  'roster.newName': { fr: 'Nom du nouvel élu', en: 'New member name' },
  'roster.add': { fr: 'Ajouter', en: 'Add' },

  // schools
  'schools.name': { fr: "Nom de l'école", en: 'School name' },
  'schools.uai': { fr: 'Code UAI', en: 'UAI code' },
  'schools.add': { fr: 'Ajouter une école', en: 'Add a school' },
  'schools.remove': { fr: "Retirer l'école {name}", en: 'Remove school {name}' },
  'schools.row': { fr: 'École {n}', en: 'School {n}' },

  // generated texts
  'texts.title': { fr: 'Textes générés', en: 'Generated texts' },
  'texts.deliberation': { fr: 'Délibération (style registre)', en: 'Deliberation (register style)' },
  'texts.actes': { fr: 'Champs @CTES', en: '@CTES fields' },
  'texts.scdl': { fr: 'Ligne SCDL (CSV)', en: 'SCDL row (CSV)' },
  'texts.copy': { fr: 'Copier', en: 'Copy' },
  'texts.copyAll': { fr: 'Copier tout le texte', en: 'Copy the whole text' },
  'texts.copyField': { fr: 'Copier « {label} »', en: 'Copy "{label}"' },
  'texts.copied': { fr: 'Copié', en: 'Copied' },
  'texts.copyFailed': { fr: 'La copie a échoué : sélectionnez le texte et copiez-le à la main.', en: 'Copy failed: select and copy by hand.' },
  'texts.missing': { fr: 'À compléter avant signature', en: 'To complete before signing' },
  'texts.notes': { fr: 'Remarques', en: 'Notes' },
  'texts.preview': { fr: 'Aperçu de la délibération', en: 'Deliberation preview' },
  'actes.nature': { fr: "Nature de l'acte", en: 'Act type' },
  'actes.number': { fr: "Numéro de l'acte", en: 'Act number' },
  'actes.date': { fr: 'Date de la décision', en: 'Decision date' },
  'actes.subject': { fr: 'Objet', en: 'Subject' },
  'actes.classification': { fr: 'Classification (matière)', en: 'Classification' },
  'actes.files': { fr: 'Pièces à joindre', en: 'Files to attach' },
  'texts.loading': { fr: 'Préparation des textes…', en: 'Preparing the texts…' },
  'texts.unavailable': { fr: 'La génération des textes est indisponible : {reason}', en: 'Text generation unavailable: {reason}' },

  // drafts
  'drafts.title': { fr: 'Mes brouillons', en: 'My drafts' },
  'drafts.new': { fr: 'Nouveau brouillon', en: 'New draft' },
  'drafts.open': { fr: 'Ouvrir', en: 'Open' },
  'drafts.openNamed': { fr: 'Ouvrir « {title} »', en: 'Open "{title}"' },
  'drafts.delete': { fr: 'Supprimer', en: 'Delete' },
  'drafts.deleteNamed': { fr: 'Supprimer « {title} »', en: 'Delete "{title}"' },
  'drafts.confirmDelete': { fr: 'Supprimer définitivement le brouillon « {title} » ?', en: 'Delete the draft "{title}" for good?' },
  'drafts.untitled': { fr: 'Brouillon sans objet', en: 'Untitled draft' },
  'drafts.updated': { fr: 'modifié le {date}', en: 'updated {date}' },
  'drafts.current': { fr: '(ouvert)', en: '(open)' },
  'drafts.saved': { fr: 'Enregistré', en: 'Saved' },
  'drafts.saving': { fr: 'Enregistrement…', en: 'Saving…' },
  'drafts.saveFailed': { fr: "Échec de l'enregistrement : {reason}", en: 'Saving failed: {reason}' },
  'drafts.wipe': { fr: 'Effacer mes données', en: 'Erase my data' },
  'drafts.confirmWipe': { fr: 'Effacer tous les brouillons et la liste des élus enregistrés dans ce navigateur ? Cette action est définitive.', en: 'Erase every draft and the roster stored in this browser? This cannot be undone.' },
  'drafts.wiped': { fr: 'Toutes vos données ont été effacées.', en: 'All your data was erased.' },
  'confirm.yes': { fr: 'Confirmer', en: 'Confirm' },
  'confirm.no': { fr: 'Annuler', en: 'Cancel' },

  // storage problems (never a silent drop)
  'storage.corruptDraft': { fr: 'Un brouillon enregistré est illisible ({detail}) ; il est mis de côté, pas effacé.', en: 'A stored draft is unreadable ({detail}); it is set aside, not erased.' },
  'storage.unknownVersion': { fr: 'Données enregistrées dans une version inconnue ({version}) : elles sont conservées telles quelles.', en: 'Stored data has an unknown version ({version}); kept as is.' },
  'storage.migrated': { fr: 'Vos brouillons ont été mis à jour depuis la version {from}.', en: 'Your drafts were upgraded from version {from}.' },
  'storage.corruptRoster': { fr: 'La liste des élus enregistrée est illisible ({detail}) ; elle est mise de côté.', en: 'The stored roster is unreadable ({detail}); set aside.' },

  // pre-fill and PDF
  'prefill.fromPage': { fr: 'Pré-remplir depuis la page', en: 'Pre-fill from the page' },
  'prefill.done': { fr: '{count} champ(s) pré-rempli(s) depuis {source}.', en: '{count} field(s) pre-filled from {source}.' },
  'prefill.nothing': { fr: "Rien à reprendre depuis {source}.", en: 'Nothing to take from {source}.' },
  'prefill.failed': { fr: 'Lecture impossible : {reason}', en: 'Reading failed: {reason}' },
  'pdf.drop': { fr: 'Déposez un PDF ici ou choisissez un fichier', en: 'Drop a PDF here or choose a file' },
  'pdf.choose': { fr: 'Choisir un PDF', en: 'Choose a PDF' },
  'pdf.progress': { fr: 'Lecture du PDF : page {done} sur {total}', en: 'Reading the PDF: page {done} of {total}' },
  'pdf.notPdf': { fr: "Ce fichier n'est pas un PDF.", en: 'This file is not a PDF.' },

  'language.label': { fr: 'Langue', en: 'Language' },
} satisfies Record<string, Entry>;

export type UiKey = keyof typeof catalogue;

/** The panel's language; French unless the user chooses otherwise. */
export const uiLanguage = signal<UiLanguage>('fr');

/** The catalogue entry for a key in the current language, `{name}` placeholders filled. */
export function t(key: UiKey, data?: Record<string, string | number>): string {
  const text = catalogue[key][uiLanguage.value];
  if (!data) return text;
  return text.replace(/\{(\w{1,40})\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Whether a string is a catalogue key (field labels are looked up from record paths). */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(catalogue, key);
}

/** Every key with both languages, for the catalogue test. */
export function catalogueEntries(): [UiKey, Entry][] {
  return Object.entries(catalogue) as [UiKey, Entry][];
}
