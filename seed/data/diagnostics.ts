import type { ScreenId } from '@/lib/diagnostic/screens'

import type { L } from '@/seed/types'

/**
 * The demo diagnostics, in French and Dutch: the simulator's six domains and seventeen tasks, and the situation
 * questionnaire. Our own text, moved from the site's messages when the diagnostics went to the CMS (issue 16).
 * Task keys are the screens' names, as results stored before recorded them.
 */
export type SeedTask = {
  key: string
  screen: ScreenId
  difficulty: 1 | 2 | 3
  instruction: L
  instructionTouch?: L
  hint: L
  hintTouch?: L
  expected?: L
}

export type SeedDomain = { key: string; title: L; tasks: SeedTask[]; theme: string }

export const simulatorDomains: SeedDomain[] = [
  {
    key: 'device',
    title: { fr: 'Utiliser l’appareil', nl: 'Het toestel gebruiken' },
    theme: 'premiers-pas',
    tasks: [
      {
        key: 'tap',
        screen: 'tap',
        difficulty: 1,
        instruction: { fr: 'Appuyez sur le bouton vert.', nl: 'Druk op de groene knop.' },
        hint: {
          fr: 'Le bouton vert est au milieu de l’écran. Appuyez une fois dessus.',
          nl: 'De groene knop staat in het midden van het scherm. Druk er één keer op.',
        },
      },
      {
        key: 'scroll',
        screen: 'scroll',
        difficulty: 2,
        instruction: {
          fr: 'Faites descendre la liste et choisissez « Pommes ».',
          nl: 'Scrol naar beneden in de lijst en kies ‘Appels’.',
        },
        hint: {
          fr: 'Tournez la molette de la souris au-dessus de la liste. « Pommes » est tout en bas.',
          nl: 'Draai aan het wieltje van de muis boven de lijst. ‘Appels’ staat helemaal onderaan.',
        },
        hintTouch: {
          fr: 'Faites glisser la liste vers le haut avec le doigt. « Pommes » est tout en bas.',
          nl: 'Schuif de lijst met je vinger naar boven. ‘Appels’ staat helemaal onderaan.',
        },
      },
      {
        key: 'doubleClick',
        screen: 'doubleClick',
        difficulty: 2,
        instruction: {
          fr: 'Ouvrez le dossier « Photos » en cliquant deux fois très vite dessus.',
          nl: 'Open de map ‘Foto’s’ door er twee keer snel op te klikken.',
        },
        instructionTouch: {
          fr: 'Ouvrez le dossier « Photos » en le touchant deux fois très vite.',
          nl: 'Open de map ‘Foto’s’ door er twee keer snel op te tikken.',
        },
        hint: {
          fr: 'Deux clics rapides, sans bouger la souris. Au clavier : choisissez le dossier et appuyez sur Entrée.',
          nl: 'Twee snelle klikken, zonder de muis te bewegen. Met het toetsenbord: kies de map en druk op Enter.',
        },
        hintTouch: {
          fr: 'Deux petites touches rapides au même endroit, sans bouger le doigt.',
          nl: 'Tik twee keer snel op dezelfde plaats, zonder je vinger te bewegen.',
        },
      },
      {
        key: 'drag',
        screen: 'drag',
        difficulty: 3,
        instruction: {
          fr: 'Glissez le document « Vieille facture » dans la corbeille.',
          nl: 'Sleep het document ‘Oude factuur’ naar de prullenbak.',
        },
        hint: {
          fr: 'Appuyez sur le document, gardez le doigt ou le bouton appuyé, déplacez-le jusqu’à la corbeille, puis lâchez. Au clavier : Entrée sur le document, puis Entrée sur la corbeille.',
          nl: 'Druk op het document, houd je vinger of de knop ingedrukt, beweeg het naar de prullenbak en laat los. Met het toetsenbord: Enter op het document, dan Enter op de prullenbak.',
        },
      },
    ],
  },
  {
    key: 'typing',
    title: { fr: 'Écrire au clavier', nl: 'Typen op het toetsenbord' },
    theme: 'premiers-pas',
    tasks: [
      {
        key: 'typeName',
        screen: 'typeName',
        difficulty: 1,
        instruction: {
          fr: 'Écrivez votre prénom dans la case, puis appuyez sur « Valider ».',
          nl: 'Schrijf je voornaam in het vakje en druk op ‘Bevestigen’.',
        },
        hint: {
          fr: 'Cliquez dans la case blanche, écrivez, puis cliquez sur « Valider ».',
          nl: 'Klik in het witte vakje, schrijf en klik dan op ‘Bevestigen’.',
        },
        hintTouch: {
          fr: 'Touchez la case blanche : le clavier apparaît. Écrivez, puis touchez « Valider ».',
          nl: 'Tik op het witte vakje: het toetsenbord verschijnt. Schrijf en tik dan op ‘Bevestigen’.',
        },
      },
      {
        key: 'capitals',
        screen: 'capitals',
        difficulty: 2,
        instruction: {
          fr: 'Écrivez le mot « Namur » avec un N majuscule, puis validez.',
          nl: 'Schrijf het woord ‘Namen’ met een hoofdletter N en bevestig.',
        },
        hint: {
          fr: 'Pour une majuscule, appuyez d’abord sur la touche flèche vers le haut (Maj), puis sur la lettre.',
          nl: 'Voor een hoofdletter druk je eerst op de pijl naar boven (Shift) en dan op de letter.',
        },
        expected: { fr: 'Namur', nl: 'Namen' },
      },
      {
        key: 'atSign',
        screen: 'atSign',
        difficulty: 3,
        instruction: {
          fr: 'Écrivez l’adresse e-mail marie.dupont@exemple.be, puis validez.',
          nl: 'Schrijf het e-mailadres marie.peeters@voorbeeld.be en bevestig.',
        },
        hint: {
          fr: 'Le signe @ se trouve souvent sur la touche 2 ou à côté du P. Sur un smartphone, il est sur le clavier e-mail.',
          nl: 'Het teken @ staat vaak op de toets 2 of naast de P. Op een smartphone staat het op het e-mailtoetsenbord.',
        },
        expected: { fr: 'marie.dupont@exemple.be', nl: 'marie.peeters@voorbeeld.be' },
      },
    ],
  },
  {
    key: 'browser',
    title: { fr: 'Naviguer sur internet', nl: 'Surfen op internet' },
    theme: 'internet',
    tasks: [
      {
        key: 'link',
        screen: 'link',
        difficulty: 1,
        instruction: {
          fr: 'Sur cette page, cliquez sur le lien « Horaires d’ouverture ».',
          nl: 'Klik op deze pagina op de link ‘Openingsuren’.',
        },
        instructionTouch: {
          fr: 'Sur cette page, touchez le lien « Horaires d’ouverture ».',
          nl: 'Tik op deze pagina op de link ‘Openingsuren’.',
        },
        hint: {
          fr: 'Un lien est souvent souligné ou en bleu. Cherchez les mots « Horaires d’ouverture ».',
          nl: 'Een link is vaak onderstreept of blauw. Zoek het woord ‘Openingsuren’.',
        },
      },
      {
        key: 'search',
        screen: 'search',
        difficulty: 2,
        instruction: { fr: 'Cherchez « météo » avec le moteur de recherche.', nl: 'Zoek ‘weer’ met de zoekmachine.' },
        hint: {
          fr: 'Écrivez le mot dans la case de recherche, puis appuyez sur « Rechercher ».',
          nl: 'Schrijf het woord in het zoekvak en druk op ‘Zoeken’.',
        },
        expected: { fr: 'météo', nl: 'weer' },
      },
      {
        key: 'back',
        screen: 'back',
        difficulty: 2,
        instruction: { fr: 'Revenez à la page précédente.', nl: 'Ga terug naar de vorige pagina.' },
        hint: {
          fr: 'Utilisez la flèche vers la gauche, en haut de l’écran.',
          nl: 'Gebruik de pijl naar links, bovenaan het scherm.',
        },
      },
      {
        key: 'addressBar',
        screen: 'addressBar',
        difficulty: 3,
        instruction: {
          fr: 'Allez sur le site www.exemple.be en écrivant son adresse dans la barre d’adresse.',
          nl: 'Ga naar de website www.voorbeeld.be door het adres in de adresbalk te schrijven.',
        },
        hint: {
          fr: 'La barre d’adresse est la longue case tout en haut. Écrivez l’adresse, puis appuyez sur Entrée ou sur « Aller ».',
          nl: 'De adresbalk is het lange vak helemaal bovenaan. Schrijf het adres en druk op Enter of op ‘Ga’.',
        },
        expected: { fr: 'exemple.be', nl: 'voorbeeld.be' },
      },
    ],
  },
  {
    key: 'email',
    title: { fr: 'Utiliser l’e-mail', nl: 'E-mail gebruiken' },
    theme: 'email-messagerie',
    tasks: [
      {
        key: 'findMessage',
        screen: 'findMessage',
        difficulty: 1,
        instruction: { fr: 'Ouvrez le message de la pharmacie.', nl: 'Open het bericht van de apotheek.' },
        hint: {
          fr: 'Lisez le nom de l’expéditeur, à gauche de chaque message.',
          nl: 'Lees de naam van de afzender, links van elk bericht.',
        },
      },
      {
        key: 'attachment',
        screen: 'attachment',
        difficulty: 2,
        instruction: { fr: 'Ouvrez la pièce jointe de ce message.', nl: 'Open de bijlage van dit bericht.' },
        hint: {
          fr: 'La pièce jointe est le petit fichier sous le message, avec un trombone.',
          nl: 'De bijlage is het kleine bestand onder het bericht, met een paperclip.',
        },
      },
      {
        key: 'reply',
        screen: 'reply',
        difficulty: 3,
        instruction: { fr: 'Répondez « Merci » à Julie.', nl: 'Antwoord ‘Dank je’ aan Julie.' },
        hint: {
          fr: 'Appuyez sur « Répondre », écrivez Merci, puis appuyez sur « Envoyer ».',
          nl: 'Druk op ‘Beantwoorden’, schrijf Dank je en druk op ‘Versturen’.',
        },
        expected: { fr: 'merci', nl: 'dank' },
      },
    ],
  },
  {
    key: 'admin',
    title: { fr: 'Démarches en ligne', nl: 'Online administratie' },
    theme: 'demarches-en-ligne',
    tasks: [
      {
        key: 'form',
        screen: 'form',
        difficulty: 3,
        instruction: {
          fr: 'Demandez une carte de stationnement : remplissez le formulaire avec le nom Jean Dupont, le code postal 5000 et l’adresse e-mail jean@exemple.be, puis envoyez-le.',
          nl: 'Vraag een parkeerkaart aan: vul het formulier in met de naam Jan Peeters, postcode 9000 en het e-mailadres jan@voorbeeld.be, en verstuur het.',
        },
        hint: {
          fr: 'Lisez les messages en rouge sous les cases : ils disent ce qu’il faut corriger.',
          nl: 'Lees de rode berichten onder de vakjes: ze zeggen wat je moet verbeteren.',
        },
      },
    ],
  },
  {
    key: 'safety',
    title: { fr: 'Sécurité en ligne', nl: 'Veilig online' },
    theme: 'securite-vie-privee',
    tasks: [
      {
        key: 'phishing',
        screen: 'phishing',
        difficulty: 2,
        instruction: {
          fr: 'Un de ces messages est une arnaque. Lequel ?',
          nl: 'Een van deze berichten is oplichterij. Welk?',
        },
        hint: {
          fr: 'Méfiez-vous d’un message qui presse, qui menace, ou qui demande vos codes bancaires.',
          nl: 'Wees voorzichtig met een bericht dat haast maakt, dreigt of je bankcodes vraagt.',
        },
      },
      {
        key: 'unsafeSite',
        screen: 'unsafeSite',
        difficulty: 3,
        instruction: {
          fr: 'Vous voulez payer une facture. Sur quelle adresse pouvez-vous le faire en confiance ?',
          nl: 'Je wilt een factuur betalen. Op welk adres kan dat met vertrouwen?',
        },
        hint: {
          fr: 'Regardez le début et la fin de l’adresse : « https » et le vrai nom de la banque, sans mots ajoutés.',
          nl: 'Kijk naar het begin en het einde van het adres: ‘https’ en de echte naam van de bank, zonder extra woorden.',
        },
      },
    ],
  },
]

/** The wording of each level, 0 to 3. */
export const levelWording: L[] = [
  { fr: 'Débutant : à découvrir', nl: 'Beginner: nog te ontdekken' },
  { fr: 'Premiers pas : avec de l’aide', nl: 'Eerste stappen: met hulp' },
  { fr: 'À l’aise : seul pour l’essentiel', nl: 'Vlot: meestal alleen' },
  { fr: 'Autonome', nl: 'Zelfstandig' },
]

/** The questionnaire's answers about autonomy, 0 to 3. */
export const autonomyWording: L[] = [
  { fr: 'Je ne sais pas faire', nl: 'Ik kan het niet' },
  { fr: 'Avec de l’aide', nl: 'Met hulp' },
  { fr: 'Seul, pour l’essentiel', nl: 'Alleen, voor het belangrijkste' },
  { fr: 'Sans difficulté', nl: 'Zonder moeite' },
]

export type SeedQuestion = { key: string; question: L; summary: L; answers: { key: string; label: L }[] }

export const situationQuestions: SeedQuestion[] = [
  {
    key: 'equipment',
    question: { fr: 'Quel équipement la personne a-t-elle ?', nl: 'Welke toestellen heeft de persoon?' },
    summary: { fr: 'Équipement', nl: 'Toestellen' },
    answers: [
      { key: 'smartphone', label: { fr: 'Un smartphone', nl: 'Een smartphone' } },
      { key: 'computer', label: { fr: 'Un ordinateur', nl: 'Een computer' } },
      { key: 'tablet', label: { fr: 'Une tablette', nl: 'Een tablet' } },
      { key: 'none', label: { fr: 'Aucun appareil', nl: 'Geen toestel' } },
    ],
  },
  {
    key: 'connection',
    question: { fr: 'Quelle connexion à internet ?', nl: 'Welke internetverbinding?' },
    summary: { fr: 'Connexion', nl: 'Verbinding' },
    answers: [
      { key: 'homeInternet', label: { fr: 'Internet à la maison', nl: 'Internet thuis' } },
      { key: 'mobileData', label: { fr: 'Des données mobiles (4G/5G)', nl: 'Mobiele data (4G/5G)' } },
      { key: 'publicWifi', label: { fr: 'Le wifi d’un lieu public', nl: 'Wifi op een openbare plek' } },
      { key: 'none', label: { fr: 'Pas de connexion', nl: 'Geen verbinding' } },
    ],
  },
  {
    key: 'usages',
    question: { fr: 'Qu’est-ce qu’elle fait déjà avec le numérique ?', nl: 'Wat doet de persoon al digitaal?' },
    summary: { fr: 'Usages', nl: 'Gebruik' },
    answers: [
      { key: 'calls', label: { fr: 'Téléphoner en vidéo', nl: 'Videobellen' } },
      { key: 'messages', label: { fr: 'Envoyer des messages', nl: 'Berichten sturen' } },
      { key: 'photos', label: { fr: 'Prendre et envoyer des photos', nl: 'Foto’s nemen en sturen' } },
      { key: 'email', label: { fr: 'Lire et envoyer des e-mails', nl: 'E-mails lezen en sturen' } },
      { key: 'admin', label: { fr: 'Faire des démarches en ligne', nl: 'Online administratie' } },
      { key: 'banking', label: { fr: 'Utiliser la banque en ligne', nl: 'Online bankieren' } },
      { key: 'shopping', label: { fr: 'Acheter en ligne', nl: 'Online kopen' } },
      { key: 'jobs', label: { fr: 'Chercher un emploi', nl: 'Werk zoeken' } },
      { key: 'health', label: { fr: 'Prendre un rendez-vous médical', nl: 'Een doktersafspraak maken' } },
    ],
  },
  {
    key: 'motivation',
    question: { fr: 'Qu’est-ce qui la motive ?', nl: 'Wat motiveert de persoon?' },
    summary: { fr: 'Motivation', nl: 'Motivatie' },
    answers: [
      { key: 'family', label: { fr: 'Garder le contact avec ses proches', nl: 'Contact houden met naasten' } },
      { key: 'admin', label: { fr: 'Faire ses démarches seul', nl: 'Zelf de administratie doen' } },
      { key: 'job', label: { fr: 'Trouver un emploi ou une formation', nl: 'Werk of een opleiding vinden' } },
      { key: 'health', label: { fr: 'Sa santé', nl: 'De gezondheid' } },
      { key: 'money', label: { fr: 'Gérer son argent', nl: 'Geld beheren' } },
      { key: 'leisure', label: { fr: 'Les loisirs', nl: 'Vrije tijd' } },
      { key: 'independence', label: { fr: 'Ne plus dépendre des autres', nl: 'Niet meer afhangen van anderen' } },
    ],
  },
  {
    key: 'blockers',
    question: { fr: 'Qu’est-ce qui la freine ?', nl: 'Wat houdt de persoon tegen?' },
    summary: { fr: 'Freins', nl: 'Drempels' },
    answers: [
      {
        key: 'fear',
        label: { fr: 'La peur de se tromper ou d’être arnaqué', nl: 'Angst om fouten te maken of opgelicht te worden' },
      },
      {
        key: 'cost',
        label: { fr: 'Le coût du matériel ou de l’abonnement', nl: 'De kostprijs van toestel of abonnement' },
      },
      { key: 'language', label: { fr: 'La langue', nl: 'De taal' } },
      {
        key: 'disability',
        label: { fr: 'Un handicap (vue, audition, mains…)', nl: 'Een beperking (zicht, gehoor, handen…)' },
      },
      { key: 'noEmail', label: { fr: 'Pas d’adresse e-mail', nl: 'Geen e-mailadres' } },
      { key: 'noDevice', label: { fr: 'Pas d’appareil', nl: 'Geen toestel' } },
      { key: 'memory', label: { fr: 'Retenir les mots de passe', nl: 'Wachtwoorden onthouden' } },
      { key: 'time', label: { fr: 'Le manque de temps', nl: 'Te weinig tijd' } },
    ],
  },
]
