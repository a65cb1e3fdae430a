/**
 * French messages of the findings, keyed by messageId; `{name}` is replaced by the finding's
 * data. Plain and short: what is wrong, where, what to do, and the legal basis.
 */
export const messagesFr: Record<string, string> = {
  // Attendance and votes
  'quorum.ordinary':
    'Quorum non atteint : {present} présents pour {inOffice} membres en exercice ; il en faut au moins {required} (article L2121-17 du CGCT). Vérifiez le nombre de présents, ou indiquez que la séance fait suite à une seconde convocation faute de quorum.',
  'quorum.uncertainDay':
    'Quorum peut-être non atteint : {present} présents pour {inOffice} membres en exercice ; le droit commun en exige {required} (article L2121-17 du CGCT) et l’application du régime d’urgence sanitaire à cette date n’est pas établie. Vérifiez.',
  'quorum.crisis':
    'Quorum non atteint, même en période d’urgence sanitaire : {present} présents pour {inOffice} membres en exercice ; il en faut au moins {required}, soit un tiers ({basis}).',
  'quorum.crisisRepresented':
    'Quorum non atteint, même en période d’urgence sanitaire : {counted} membres présents ou représentés pour {inOffice} en exercice ; il en faut au moins {required}, soit un tiers ({basis}).',
  'in-office-missing.plain':
    'Le nombre de conseillers en exercice n’est pas indiqué : il sert à vérifier le quorum (article L2121-17 du CGCT). Ajoutez-le.',
  'in-office-missing.suggest':
    'Le nombre de conseillers en exercice n’est pas indiqué (article L2121-17 du CGCT). D’après la liste : {present} présents + {represented} représentés + {absent} absents = {suggested}. Vérifiez et ajoutez-le.',
  'attendance-sum.mismatch':
    'Le décompte ne tombe pas juste : {present} présents + {represented} représentés + {absent} absents = {sum}, pour {inOffice} membres en exercice. Vérifiez les nombres.',
  'present-count.mismatch':
    'Nombre de présents incohérent : {printed} indiqués, mais {counted} noms dans la liste des présents. Corrigez le nombre ou la liste.',
  'present-count.withPresident':
    'Nombre de présents incohérent : {printed} indiqués, mais {counted} présents en comptant le maire qui préside ({listed} noms dans la liste). Corrigez le nombre ou la liste.',
  'represented-count.mismatch':
    'Nombre de représentés incohérent : {printed} indiqués, mais {listed} procurations listées. Corrigez le nombre ou la liste.',
  'voters-sum.mismatch':
    'Nombre de votants incohérent : {voters} indiqués, alors que {present} présents + {represented} représentés = {expected} (article L2121-20 du CGCT). Corrigez, ou mentionnez les conseillers qui ne prennent pas part au vote.',
  'votes-sum.mismatch':
    'Les voix ne correspondent pas aux votants : {for} pour + {against} contre + {abstentions} abstentions = {sum}, pour {voters} votants (article L2121-20 du CGCT). Corrigez le résultat du vote.',
  'votes-sum.inferredVoters':
    'Les voix ne correspondent pas aux présents et représentés : {for} pour + {against} contre + {abstentions} abstentions = {sum}, pour {voters} votants attendus (article L2121-20 du CGCT). Vérifiez le résultat du vote.',
  'expressed-sum.mismatch':
    'Suffrages exprimés incohérents : {expressed} indiqués, alors que {for} pour + {against} contre = {sum} (article L2121-20 du CGCT). Corrigez.',
  'expressed-missing.plain': 'La ligne « exprimés » est vide. Indiquez le nombre de suffrages exprimés (pour + contre).',
  'expressed-missing.suggest':
    'La ligne « exprimés » est vide. D’après les voix pour et contre, il s’agit de {suggested} suffrages exprimés : complétez-la.',
  'unanimity.against':
    'La délibération se dit adoptée à l’unanimité alors qu’elle compte {against} vote(s) contre (article L2121-20 du CGCT). Corrigez la mention ou le décompte.',
  'unanimity.abstentions':
    'Adoptée « à l’unanimité » avec {abstentions} abstentions : écrivez « à l’unanimité des suffrages exprimés ».',
  'majority.minority':
    'La délibération se dit adoptée avec {for} voix pour et {against} contre : il faut la majorité absolue des suffrages exprimés (article L2121-20 du CGCT). Vérifiez le vote.',
  'majority.tie':
    'Partage des voix ({for} pour, {against} contre) : la délibération n’est adoptée que par la voix prépondérante du président, qu’il faut mentionner (article L2121-20 du CGCT).',
  'proxy-limit.one':
    '{holder} détient {count} procurations ({givers}) : un conseiller ne peut en détenir qu’une (article L2121-20 du CGCT). Corrigez la liste des pouvoirs.',
  'proxy-limit.crisis':
    '{holder} détient {count} procurations ({givers}) : même en période d’urgence sanitaire, la limite était de {limit}. Corrigez la liste des pouvoirs.',
  'proxy-limit.uncertainDay':
    '{holder} détient {count} procurations ({givers}) : le droit commun n’en permet qu’une (article L2121-20 du CGCT) et le régime d’urgence sanitaire (deux) n’est pas établi à cette date. Vérifiez.',
  'proxy-holder-absent.listedAway':
    '{giver} a donné procuration à {holder}, qui est lui-même absent ou représenté : le mandataire doit être présent (article L2121-20 du CGCT).',
  'proxy-holder-absent.notListed':
    '{giver} a donné procuration à {holder}, qui ne figure pas parmi les présents : le mandataire doit être présent (article L2121-20 du CGCT). Vérifiez la liste.',
  'proxy-giver-present.both':
    '{giver} figure parmi les présents et a aussi donné procuration à {holder} (article L2121-20 du CGCT). Corrigez l’une des deux listes.',
  'duplicate-member.twice': '{name} est inscrit {count} fois ({roles}). Corrigez la liste des membres.',
  'secretary-missing.none':
    'Aucun secrétaire de séance n’est nommé : la séance doit en désigner un (article L2121-15 du CGCT). Ajoutez-le.',
  'secretary-not-present.listedAway':
    'Le secrétaire de séance, {secretary}, est inscrit comme absent ou représenté : il doit être choisi parmi les présents (article L2121-15 du CGCT).',
  'secretary-not-present.notListed':
    'Le secrétaire de séance, {secretary}, ne figure pas parmi les présents (article L2121-15 du CGCT). Vérifiez la liste.',
  // Dates
  'convocation-delay.short':
    'Convocation trop tardive : envoyée le {sentOn} pour la séance du {session}, soit {given} jour(s) franc(s) ; il en faut {required} (articles L2121-11 et L2121-12 du CGCT).',
  'convocation-delay.inferred':
    'Convocation peut-être trop tardive : {given} jour(s) franc(s) entre le {sentOn} et la séance du {session} ; avec {inOffice} conseillers en exercice la commune compte sans doute 3 500 habitants ou plus, donc 5 jours francs (article L2121-12 du CGCT). Vérifiez (commune nouvelle ?).',
  'convocation-delay.inferredShort':
    'Convocation trop tardive : envoyée le {sentOn} pour la séance du {session}, soit {given} jour(s) franc(s) ; il en faut au moins 3, et même 5 si la commune compte 3 500 habitants ou plus, ce que laissent penser ses {inOffice} conseillers en exercice (articles L2121-11 et L2121-12 du CGCT).',
  'convocation-delay.urgency':
    'Même en urgence, il faut un jour franc entre la convocation ({sentOn}) et la séance ({session}) (articles L2121-11 et L2121-12 du CGCT).',
  'convocation-delay.secondConvocation':
    'Seconde convocation faute de quorum : {calendarDays} jour(s) seulement entre le {sentOn} et la séance du {session} ; il faut trois jours au moins d’intervalle (article L2121-17 du CGCT). Vérifiez.',
  'convocation-delay.localLaw':
    'Convocation peut-être trop tardive : {calendarDays} jour(s) entre le {sentOn} et la séance du {session} ; en Alsace-Moselle, il faut trois jours au moins, ou la veille en cas d’urgence (article L2541-2 du CGCT). Vérifiez.',
  'convocation-date-missing.none':
    'La date de convocation n’est pas indiquée : elle permet de vérifier le délai (article L2121-10 du CGCT). Ajoutez-la.',
  'date-order.convocationAfterSession': 'La convocation ({date}) est datée après la séance ({other}). Corrigez l’une des dates.',
  'date-order.transmittedBeforeSession': 'La transmission en préfecture ({date}) précède la séance ({other}). Corrigez l’une des dates.',
  'date-order.receivedBeforeSession': 'L’accusé de réception de la préfecture ({date}) précède la séance ({other}). Corrigez l’une des dates.',
  'date-order.publishedBeforeSession': 'La publication ({date}) précède la séance ({other}). Corrigez l’une des dates.',
  'date-order.receivedBeforeTransmitted': 'La réception en préfecture ({date}) précède la transmission ({other}). Corrigez l’une des dates.',
  'publication-date-missing.blank':
    '« {label} » est laissé vide : l’acte n’est exécutoire qu’une fois publié (article L2131-1 du CGCT). Indiquez la date de publication.',
  'transmission-date-missing.blank':
    '« {label} » : la date de transmission en préfecture est laissée vide (article L2131-1 du CGCT). Complétez-la après l’envoi.',
  'signature-date-missing.deliberation': 'La date de signature de la délibération est laissée vide (« {label} »). Complétez-la.',
  'signature-date-missing.convention': 'La date de signature de la convention est laissée vide (« {label} »). Complétez-la à la signature.',
  'signature-date-missing.commune': 'La commune n’a pas daté sa signature de la convention (« {label} »). Complétez-la à la signature.',
  'convention-end-missing.blank':
    'La date de fin de la convention est laissée vide (« {label} »). Faites-la compléter avant signature.',
  'convention-end-missing.absent':
    'La convention n’indique ni date de fin ni durée. Faites préciser sa durée avant signature.',
  'convention-end-mismatch.differ':
    'La délibération et la convention ne donnent pas la même date de fin : {deliberation} contre {convention}. Alignez-les.',
  'convention-end-school-year.beforeStart':
    'La convention pour l’année scolaire {schoolYear} se termine le {endDate}, avant même le début de cette année ({start}). Vérifiez la date.',
  'convention-end-school-year.afterEnd':
    'La convention pour l’année scolaire {schoolYear} se termine le {endDate}, après le {last}. Vérifiez la date.',
  'signed-before-session.before':
    'La commune a signé la convention le {signed}, avant la séance du {session} qui autorise le maire à la signer (article L2122-21 du CGCT). Vérifiez.',
  'blank-date.blank': 'Une date est laissée en blanc (« {label} »). Complétez-la.',
  // Amounts and schools
  'amount-total.convention':
    'Montant incohérent dans la convention : {count} écoles × {fee} = {expected}, mais le total indiqué est {total}. Corrigez.',
  'amount-total.deliberation':
    'Montant incohérent dans la délibération : {count} écoles × {fee} = {expected}, mais le total indiqué est {total}. Corrigez.',
  'amount-mismatch.fee': 'Le montant par école diffère : {deliberation} dans la délibération, {convention} dans la convention. Alignez-les.',
  'amount-mismatch.total': 'Le total diffère : {deliberation} dans la délibération, {convention} dans la convention. Alignez-les.',
  'school-count.listed': 'La convention annonce {printed} écoles mais en liste {listed}. Corrigez le nombre ou la liste.',
  'school-count.deliberation': 'La délibération compte {deliberation} écoles, la convention {convention}. Alignez-les.',
  'uai-checksum.letter':
    'Code UAI erroné pour {school} : {uai} ; la lettre clé devrait être {expected} ({corrected}). Corrigez le code.',
  'uai-checksum.shape': 'Le code UAI de {school} ({uai}) n’a pas la forme attendue (7 chiffres et une lettre). Vérifiez-le.',
  'uai-email-mismatch.differ':
    'L’adresse électronique de {school} ({email}) désigne l’UAI {emailUai}, et non {uai}. Vérifiez le code ou l’adresse.',
  'uai-department.differ':
    'L’école {school} ({uai}) relève du département {schoolDepartment}, pas de celui de la commune ({department}). Vérifiez le code UAI.',
  // Identifiers
  'siret-checksum.luhn': 'Le SIRET {siret} est invalide (clé de contrôle fausse) : un chiffre est erroné. Vérifiez-le.',
  'siret-checksum.length': 'Le SIRET {siret} compte {length} caractères au lieu de 14 chiffres. Corrigez-le.',
  'siret-checksum.oneDigitShort':
    'Le SIRET {siret} n’a que 13 chiffres : le seul chiffre qui le complète est {digit} en position {position}, soit {completed}. Vérifiez sur le document.',
  'siret-checksum.digitShortAmbiguous':
    'Le SIRET {siret} n’a que 13 chiffres ({candidates} façons de le compléter). Recopiez-le depuis un document fiable.',
  'siret-checksum.siren': 'Le SIREN {siren} est invalide (9 chiffres et clé de contrôle). Vérifiez-le.',
  'actes-id-format.parts':
    'L’identifiant @CTES « {actesId} » est mal formé : il faut département-SIREN-date-numéro-nature. Vérifiez-le.',
  'actes-id-format.department':
    'L’identifiant @CTES « {actesId} » commence par « {part} » : le département doit tenir sur 3 caractères (031, 974, 02A).',
  'actes-id-format.siren':
    'L’identifiant @CTES « {actesId} » contient le SIREN « {part} » ({length} chiffres au lieu de 9). Vérifiez-le.',
  'actes-id-format.date': 'L’identifiant @CTES « {actesId} » contient une date invalide (« {part} », attendu AAAAMMJJ).',
  'actes-id-format.nature':
    'L’identifiant @CTES « {actesId} » se termine par un code de nature inconnu (« {part} » ; attendu DE, AR, AI, CC, BF ou AU).',
  'actes-id-siren.luhn': 'Le SIREN {siren} de l’identifiant @CTES est invalide (clé de contrôle). Vérifiez-le.',
  'actes-id-siren.differ':
    'Le SIREN de l’identifiant @CTES ({siren}) n’est pas celui de la commune ({communeSiren}). Vérifiez.',
  'actes-id-date.differ':
    'La date de l’identifiant @CTES ({idDate}) n’est pas celle de la séance ({session}). Vérifiez.',
  'actes-id-department.differ':
    'Le département de l’identifiant @CTES ({idDepartment}) n’est pas celui de la commune ({department}). Vérifiez.',
  'actes-id-nature.notDeliberation':
    'Code de nature {nature} : une délibération se transmet avec le code DE (nature 1 « Délibérations »). Vérifiez.',
  'actes-number-format.length':
    'Le numéro @CTES « {number} » compte {length} caractères : il en faut de 1 à 15. Raccourcissez-le.',
  'actes-number-format.characters':
    'Le numéro @CTES « {number} » contient des caractères refusés (seuls lettres, chiffres et _ sont sûrs). Proposition : {suggested}.',
  'actes-number-format.ends':
    'Le numéro @CTES « {number} » doit commencer et finir par une lettre ou un chiffre. Proposition : {suggested}.',
  'actes-number-format.platforms':
    'Le numéro @CTES « {number} » contient des minuscules, un tiret, une espace ou un _ en bordure, refusés par S²LOW et Pastell. Proposition : {suggested}.',
  // Text
  'subject-missing.none': 'La délibération n’a pas d’objet. Indiquez-le : il est exigé pour la transmission @CTES.',
  'name-variant.twoSpellings': 'Le même nom est écrit de deux façons : « {first} » et « {second} ». Vérifiez l’orthographe.',
};
