/** record → texts: the deliberation, the @CTES form values, the SCDL open-data row. */
export { renderDeliberation, type DeliberationOptions, type RenderedDeliberation } from './deliberation-text';
export { actesFields, actesNatures, actesSubjectMaxLength, numberFromActesId, type ActesFields } from './actes-fields';
export { cleanActesNumber, cleanActesNumberWithNotes, actesNumberMaxLength } from './actes-number';
export { classificationFromCode, classificationLevel1, classificationLevel2, type Classification } from './classification';
export { scdlRow, scdlColumns, type ScdlRow, type ScdlOptions } from './scdl-row';
export {
  dateInRegisterStyle, dateInWords, dayInWords, longFrenchDate, numericFrenchDate, timeInWords, yearInWords,
} from './french-words';
export { escapeHtml } from './plain-text';
