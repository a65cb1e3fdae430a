/**
 * The page-status texts, French first and English second, following the panel's language
 * (lib/i18n/ui.ts). Kept beside the component: they describe browser states, not the record.
 */
import { uiLanguage } from '../../lib/i18n/language';
import type { UnreadableReason } from '../../lib/messaging/page-access';
import type { ReadFailure } from '../../lib/messaging/page-state';
import type { PageKind } from '../../lib/sites/index';

interface PageStatusText {
  loading: string;
  noTab: string;
  reread: string;
  untitled: string;
  notAllowedYet: string;
  unreadableTitle: string;
  needsPermission: string;
  /** without the URL the browser will not say whether the page is a site or one of its own */
  needsPermissionHint: string;
  truncated: string;
  grant: (host: string) => string;
  grantRefused: string;
  fromFrame: string;
  readTabPdf: string;
  readTabPdfBusy: string;
  readTabPdfRefused: string;
  readTabPdfFailed: (detail: string) => string;
  kinds: Record<PageKind, string>;
  unreadable: Record<UnreadableReason, string>;
  failed: Record<ReadFailure, string>;
}

const fr: PageStatusText = {
  loading: 'Lecture de l’onglet…',
  noTab: 'Aucun onglet actif dans cette fenêtre.',
  reread: 'Relire la page',
  untitled: 'Page sans titre',
  notAllowedYet: 'Lecture pas encore autorisée',
  unreadableTitle: 'Page illisible pour Paraphe',
  needsPermission: 'Cliquez sur l’icône Paraphe dans la barre d’outils pour autoriser la lecture de cette page.',
  needsPermissionHint: 'Les pages propres au navigateur (nouvel onglet, réglages, pages « about: ») ne peuvent jamais être lues.',
  truncated: 'Page très longue : seul le début a été lu.',
  grant: (host) => `Toujours autoriser Paraphe sur ${host}`,
  grantRefused: 'Autorisation non accordée : il faudra cliquer sur l’icône à chaque visite.',
  fromFrame: 'Trouvé dans un cadre intégré à la page.',
  readTabPdf: 'Lire ce PDF dans Paraphe',
  readTabPdfBusy: 'Téléchargement du PDF…',
  readTabPdfRefused: 'Autorisation refusée : Paraphe ne peut pas télécharger ce PDF. Enregistrez le fichier puis déposez-le dans Paraphe ; votre brouillon est intact.',
  readTabPdfFailed: (detail) => `Le téléchargement du PDF a échoué (${detail}). Enregistrez le fichier puis déposez-le dans Paraphe ; votre brouillon est intact.`,
  failed: {
    'script-not-started': 'Le script de lecture de Paraphe n’a pas démarré dans cette page. Rechargez la page puis réessayez.',
    'bad-answer': 'La page a répondu dans un format inattendu ; rechargez-la puis réessayez.',
    'collect-error': 'La lecture de la page a échoué :',
    'tab-query': 'Paraphe n’a pas pu interroger l’onglet :',
  },
  kinds: { convention: 'Convention', deliberation: 'Délibération', 'actes-form': 'Formulaire @CTES', unknown: 'Non reconnue' },
  unreadable: {
    'browser-page': 'Cette page appartient au navigateur (réglages, nouvel onglet…) : aucune extension ne peut la lire. Ouvrez la délibération, la convention ou le portail @CTES dans cet onglet.',
    'web-store': 'Les navigateurs interdisent aux extensions de lire les boutiques d’extensions. Ouvrez une autre page.',
    'pdf-viewer': 'Ce PDF est affiché par la visionneuse du navigateur, que Paraphe ne peut pas lire. Enregistrez le fichier puis déposez-le dans Paraphe.',
    'error-page': 'Cet onglet affiche une page d’erreur du navigateur (site injoignable ou adresse erronée). Rechargez la page une fois la connexion rétablie.',
    'local-file': 'Paraphe ne peut pas lire les fichiers ouverts depuis votre ordinateur tant que « Autoriser l’accès aux URL de fichier » n’est pas activé pour Paraphe dans la page des extensions.',
    closed: 'Cet onglet a été fermé.',
  },
};

const en: PageStatusText = {
  loading: 'Reading the tab…',
  noTab: 'No active tab in this window.',
  reread: 'Read the page again',
  untitled: 'Untitled page',
  notAllowedYet: 'Reading not allowed yet',
  unreadableTitle: 'Page Paraphe cannot read',
  needsPermission: 'Click the Paraphe icon in the toolbar to allow reading this page.',
  needsPermissionHint: 'The browser’s own pages (new tab, settings, “about:” pages) can never be read.',
  truncated: 'Very long page: only its beginning was read.',
  grant: (host) => `Always allow Paraphe on ${host}`,
  grantRefused: 'Permission not granted: you will have to click the icon on each visit.',
  fromFrame: 'Found in a frame embedded in the page.',
  readTabPdf: 'Read this PDF in Paraphe',
  readTabPdfBusy: 'Downloading the PDF…',
  readTabPdfRefused: 'Permission refused: Paraphe cannot download this PDF. Save the file and drop it into Paraphe; your draft is untouched.',
  readTabPdfFailed: (detail) => `Downloading the PDF failed (${detail}). Save the file and drop it into Paraphe; your draft is untouched.`,
  failed: {
    'script-not-started': 'Paraphe’s reading script did not start in this page. Reload the page and try again.',
    'bad-answer': 'The page answered in an unexpected format; reload it and try again.',
    'collect-error': 'Reading the page failed:',
    'tab-query': 'Paraphe could not query the tab:',
  },
  kinds: { convention: 'Convention', deliberation: 'Deliberation', 'actes-form': '@CTES form', unknown: 'Not recognised' },
  unreadable: {
    'browser-page': 'This page belongs to the browser (settings, new tab…): no extension can read it. Open the deliberation, the convention or the @CTES portal in this tab.',
    'web-store': 'Browsers forbid extensions to read extension stores. Open another page.',
    'pdf-viewer': 'This PDF is shown by the browser’s viewer, which Paraphe cannot read. Save the file and drop it into Paraphe.',
    'error-page': 'This tab shows a browser error page (site unreachable or wrong address). Reload the page once the connection is back.',
    'local-file': 'Paraphe cannot read files opened from your computer until “Allow access to file URLs” is enabled for Paraphe on the extensions page.',
    closed: 'This tab was closed.',
  },
};

/** The texts in the panel's current language (read during render, so a switch re-renders). */
export function pageStatusText(): PageStatusText {
  return uiLanguage.value === 'en' ? en : fr;
}
