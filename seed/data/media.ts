/**
 * The média's demo content, written for this project. An article's body is a list of blocks: `h` a
 * heading, `p` a paragraph, `ul` a list, `tip`/`info`/`warning` a callout, `module` a paragraph ending with a
 * link to a module of the catalogue. `nl` is absent when the article exists in French only.
 */
export type Block =
  | { h: string }
  | { p: string }
  | { ul: string[] }
  | { tip: string }
  | { info: string }
  | { warning: string }
  | { module: string; text: string; link: string }

export type ArticleVersion = { title: string; excerpt: string; body: Block[] }
export type SeedArticle = {
  slug: string
  category: string
  tags: string[]
  /** Days before 2026-11-20; negative = scheduled in the future. */
  daysAgo: number
  palette: [string, string, string]
  alt: { fr: string; nl: string }
  fr: ArticleVersion
  nl?: ArticleVersion
}

export const categories = [
  { slug: 'se-lancer', fr: 'Se lancer', nl: 'Van start gaan' },
  { slug: 'bonnes-pratiques', fr: 'Bonnes pratiques', nl: 'Goede praktijken' },
  { slug: 'temoignages', fr: 'Témoignages', nl: 'Getuigenissen' },
  { slug: 'actualites', fr: 'Actualités', nl: 'Nieuws' },
]

export const articles: SeedArticle[] = [
  {
    slug: 'lancer-un-accompagnement-numerique',
    category: 'se-lancer',
    tags: ['organisation', 'démarrage'],
    daysAgo: 2,
    palette: ['#1d4ed8', '#93c5fd', '#fde68a'],
    alt: {
      fr: 'Illustration : un guichet d’accueil avec un ordinateur et deux chaises.',
      nl: 'Illustratie: een onthaalbalie met een computer en twee stoelen.',
    },
    fr: {
      title: 'Lancer un accompagnement numérique dans votre structure : par où commencer ?',
      excerpt:
        'Pas besoin d’un local informatique ni d’une équipe de formateurs pour commencer. Quatre questions simples suffisent pour démarrer un accompagnement qui tient dans la durée.',
      body: [
        {
          p: 'Dans beaucoup de CPAS, d’associations et de bibliothèques, l’aide au numérique commence sans plan : quelqu’un demande de l’aide pour un formulaire, un collègue s’y met, puis les demandes se multiplient. C’est un bon début. Pour que cela dure, prenez une heure en équipe et répondez à quatre questions.',
        },
        { h: '1. Qui vient, et pour quoi ?' },
        {
          p: 'Notez pendant deux semaines chaque demande liée au numérique : l’âge approximatif de la personne, ce qu’elle voulait faire, et si elle est repartie autonome. Vous verrez vite se dessiner deux ou trois besoins principaux.',
        },
        { h: '2. Quel format ?' },
        {
          ul: [
            'Une permanence sans rendez-vous pour les urgences (un document à télécharger, un code oublié).',
            'Des ateliers en petit groupe pour apprendre : quatre à six personnes, pas plus.',
            'Un accompagnement individuel pour les personnes qui débutent vraiment.',
          ],
        },
        { h: '3. Qui accompagne ?' },
        {
          p: 'Un aidant n’a pas besoin d’être expert. Il a besoin de patience, de temps et de quelques repères. Les trames d’animation du catalogue donnent le déroulé de chaque atelier, minute par minute.',
        },
        {
          tip: 'Commencez par un seul atelier par mois, toujours le même jour. La régularité rassure davantage que la variété.',
        },
        { h: '4. Comment savoir si cela marche ?' },
        {
          p: 'Le diagnostic, fait au début puis quelques semaines plus tard, montre les progrès de chaque personne. Et le carnet d’accompagnement de l’espace aidant compte vos heures sans effort.',
        },
        {
          module: 'pp-allumer-eteindre-et-redemarrer',
          text: 'Pour un tout premier atelier, le module sur les gestes de base est un bon point de départ :',
          link: 'allumer, éteindre et redémarrer un appareil',
        },
      ],
    },
    nl: {
      title: 'Digitale begeleiding opstarten in je organisatie: waar begin je?',
      excerpt:
        'Je hebt geen computerlokaal of team van lesgevers nodig om te beginnen. Vier eenvoudige vragen volstaan om een begeleiding op te zetten die blijft duren.',
      body: [
        {
          p: 'In veel OCMW’s, verenigingen en bibliotheken begint digitale hulp zonder plan: iemand vraagt hulp bij een formulier, een collega helpt, en de vragen stapelen zich op. Dat is een goed begin. Om het vol te houden, neem je met het team één uur de tijd voor vier vragen.',
        },
        { h: '1. Wie komt er, en waarvoor?' },
        {
          p: 'Noteer twee weken lang elke digitale vraag: de leeftijd van de persoon bij benadering, wat ze wou doen, en of ze zelfstandig vertrok. Je ziet snel twee of drie hoofdbehoeften.',
        },
        { h: '2. Welke vorm?' },
        {
          ul: [
            'Een vrije inloop voor dringende zaken (een document downloaden, een vergeten code).',
            'Workshops in kleine groep om te leren: vier tot zes mensen, niet meer.',
            'Individuele begeleiding voor wie echt van nul begint.',
          ],
        },
        { h: '3. Wie begeleidt?' },
        {
          p: 'Een helper hoeft geen expert te zijn. Geduld, tijd en enkele houvasten zijn genoeg. De begeleidingsfiches in de catalogus geven het verloop van elke workshop, minuut per minuut.',
        },
        { tip: 'Begin met één workshop per maand, altijd op dezelfde dag. Regelmaat stelt meer gerust dan afwisseling.' },
        { h: '4. Hoe weet je of het werkt?' },
        {
          p: 'De diagnose, bij de start en enkele weken later, toont de vooruitgang van elke persoon. Het begeleidingslogboek in de helpersruimte telt je uren zonder moeite.',
        },
      ],
    },
  },
  {
    slug: 'premier-atelier-smartphone',
    category: 'se-lancer',
    tags: ['atelier', 'smartphone'],
    daysAgo: 6,
    palette: ['#0f766e', '#99f6e4', '#fecaca'],
    alt: {
      fr: 'Illustration : trois smartphones posés sur une table ronde.',
      nl: 'Illustratie: drie smartphones op een ronde tafel.',
    },
    fr: {
      title: 'Préparer son premier atelier smartphone en dix minutes',
      excerpt:
        'Un premier atelier réussi tient à peu de choses : des appareils chargés, un objectif unique et du temps pour refaire les gestes. La liste à garder sous la main.',
      body: [
        { p: 'Vous avez dix minutes avant l’arrivée du groupe ? Voici l’essentiel.' },
        {
          ul: [
            'Un seul objectif, écrit au tableau : par exemple « envoyer une photo à un proche ».',
            'Les appareils des participants chargés, ou des chargeurs sur la table.',
            'Le mot de passe du wifi écrit en grand.',
            'La fiche résumé imprimée, une par personne, pour repartir avec les étapes.',
          ],
        },
        {
          info: 'Chaque module du catalogue a une fiche résumé imprimable en une page : elle sert de mémo à la maison.',
        },
        { h: 'Pendant l’atelier' },
        {
          p: 'Montrez une fois, puis laissez chacun faire sur son propre appareil. Ne touchez pas l’écran d’un participant : guidez avec des mots. Prévoyez deux fois plus de temps que ce que vous imaginez pour la pratique.',
        },
        {
          warning:
            'Ne notez jamais un code secret à la place de quelqu’un, même s’il vous le demande. Aidez-le plutôt à choisir un moyen de s’en souvenir.',
        },
      ],
    },
    nl: {
      title: 'Je eerste smartphoneworkshop voorbereiden in tien minuten',
      excerpt:
        'Een geslaagde eerste workshop hangt af van weinig: opgeladen toestellen, één doel en tijd om te oefenen. De lijst om bij de hand te houden.',
      body: [
        { p: 'Nog tien minuten voor de groep binnenkomt? Dit is het belangrijkste.' },
        {
          ul: [
            'Eén doel, op het bord geschreven: bijvoorbeeld “een foto naar een naaste sturen”.',
            'De toestellen van de deelnemers opgeladen, of laders op tafel.',
            'Het wifi-wachtwoord in grote letters.',
            'De samenvattingsfiche afgedrukt, één per persoon, om de stappen mee naar huis te nemen.',
          ],
        },
        { h: 'Tijdens de workshop' },
        {
          p: 'Toon het één keer en laat dan iedereen het zelf doen op het eigen toestel. Raak het scherm van een deelnemer niet aan: begeleid met woorden. Voorzie dubbel zoveel oefentijd als je denkt.',
        },
        {
          warning:
            'Schrijf nooit een geheime code op in de plaats van iemand, ook niet als die het vraagt. Help liever een manier te vinden om hem te onthouden.',
        },
      ],
    },
  },
  {
    slug: 'accueillir-sans-jargon',
    category: 'bonnes-pratiques',
    tags: ['langage clair', 'accueil'],
    daysAgo: 10,
    palette: ['#7c3aed', '#ddd6fe', '#bbf7d0'],
    alt: {
      fr: 'Illustration : deux bulles de dialogue, l’une barrée, l’autre souriante.',
      nl: 'Illustratie: twee tekstballonnen, de ene doorgestreept, de andere lachend.',
    },
    fr: {
      title: 'Accueillir sans jargon : dix mots à remplacer',
      excerpt:
        '« Navigateur », « identifiant », « synchroniser »… Ces mots nous semblent simples, ils bloquent pourtant beaucoup de personnes. Des équivalents qui passent mieux.',
      body: [
        {
          p: 'Le vocabulaire du numérique est plein de mots anglais et techniques. Pour une personne qui débute, chacun est une petite porte fermée. Essayez ces remplacements pendant vos permanences.',
        },
        {
          ul: [
            '« Navigateur » : le programme pour aller sur internet.',
            '« Identifiant » : votre nom sur ce site (souvent votre adresse e-mail).',
            '« Mot de passe » : votre code secret pour ce site.',
            '« Télécharger » : enregistrer sur votre appareil.',
            '« Application » : un programme sur le téléphone, avec son icône.',
            '« Notification » : un message qui s’affiche en haut de l’écran.',
            '« Mettre à jour » : installer la nouvelle version.',
            '« Synchroniser » : faire en sorte que vos appareils aient les mêmes informations.',
            '« Cloud » : un espace de rangement sur internet.',
            '« Lien » : un texte sur lequel on appuie pour ouvrir une page.',
          ],
        },
        { tip: 'Quand un mot technique est inévitable, dites-le, puis expliquez-le, puis redites-le. Il deviendra familier.' },
      ],
    },
    nl: {
      title: 'Onthalen zonder vakjargon: tien woorden om te vervangen',
      excerpt:
        '“Browser”, “gebruikersnaam”, “synchroniseren”… Voor ons klinken ze eenvoudig, maar ze blokkeren veel mensen. Alternatieven die beter overkomen.',
      body: [
        {
          p: 'De digitale woordenschat zit vol Engelse en technische woorden. Voor wie begint, is elk woord een kleine gesloten deur. Probeer deze vervangingen tijdens je inloopmomenten.',
        },
        {
          ul: [
            '“Browser”: het programma om op internet te gaan.',
            '“Gebruikersnaam”: je naam op deze website (vaak je e-mailadres).',
            '“Wachtwoord”: je geheime code voor deze website.',
            '“Downloaden”: bewaren op je toestel.',
            '“App”: een programma op de telefoon, met een eigen icoontje.',
            '“Melding”: een bericht dat bovenaan het scherm verschijnt.',
            '“Bijwerken”: de nieuwe versie installeren.',
            '“Synchroniseren”: zorgen dat je toestellen dezelfde gegevens hebben.',
            '“Cloud”: een opbergruimte op internet.',
            '“Link”: een tekst waarop je drukt om een pagina te openen.',
          ],
        },
        { tip: 'Is een technisch woord onvermijdelijk? Zeg het, leg het uit en herhaal het. Zo wordt het vertrouwd.' },
      ],
    },
  },
  {
    slug: 'diagnostic-avant-le-premier-atelier',
    category: 'bonnes-pratiques',
    tags: ['diagnostic', 'évaluation'],
    daysAgo: 14,
    palette: ['#b45309', '#fde68a', '#bfdbfe'],
    alt: {
      fr: 'Illustration : une échelle de quatre marches, de la plus claire à la plus foncée.',
      nl: 'Illustratie: een ladder met vier treden, van licht naar donker.',
    },
    fr: {
      title: 'Pourquoi faire un diagnostic avant le premier atelier',
      excerpt:
        'Un quart d’heure de diagnostic évite de perdre un groupe entier : trop facile pour les uns, trop difficile pour les autres. Comment le présenter sans que cela ressemble à un examen.',
      body: [
        {
          p: 'Le diagnostic de 123Digit propose des petites tâches dans des écrans simulés : trouver un e-mail, remplir un formulaire, repérer un faux message. Il ne juge pas la personne, il montre par où commencer.',
        },
        { h: 'Le présenter simplement' },
        {
          p: 'Dites par exemple : « Ce n’est pas un examen. On va regarder ensemble ce que vous savez déjà faire, pour ne pas vous faire perdre de temps. » Proposez le bouton « je ne sais pas » dès le départ : il est là pour ça.',
        },
        { h: 'Utiliser le résultat' },
        {
          ul: [
            'Formez des groupes de niveau proche.',
            'Choisissez les modules recommandés sur la page de résultat.',
            'Refaites le diagnostic après quelques séances : le progrès motive.',
          ],
        },
        { info: 'Une personne sans adresse e-mail peut faire le diagnostic avec vous : le résultat est rangé sous un code anonyme.' },
      ],
    },
  },
  {
    slug: 'arnaques-par-sms',
    category: 'bonnes-pratiques',
    tags: ['sécurité', 'arnaques', 'smartphone'],
    daysAgo: 18,
    palette: ['#b91c1c', '#fecaca', '#e2e8f0'],
    alt: {
      fr: 'Illustration : un téléphone affichant un message avec un point d’exclamation.',
      nl: 'Illustratie: een telefoon met een bericht en een uitroepteken.',
    },
    fr: {
      title: 'Arnaques par SMS : les repérer avec les apprenants',
      excerpt:
        'Colis bloqué, amende impayée, compte bancaire suspendu : les faux SMS suivent toujours les mêmes ficelles. Un exercice de vingt minutes pour apprendre à les reconnaître.',
      body: [
        {
          p: 'Les messages frauduleux jouent sur l’urgence et la peur. Ils demandent presque toujours de cliquer sur un lien ou de donner un code. Les personnes qui débutent sont souvent celles qui hésitent le moins à obéir.',
        },
        { h: 'Les trois signes à retenir' },
        {
          ul: [
            'On vous presse : « dernier avis », « sous 24 heures ».',
            'On vous demande de cliquer sur un lien ou de donner un code.',
            'L’expéditeur est un numéro inconnu ou une adresse étrange.',
          ],
        },
        {
          warning:
            'Une banque ne demande jamais vos codes par SMS, par e-mail ou par téléphone. En cas de doute, on appelle la banque avec le numéro qui figure au dos de la carte.',
        },
        {
          module: 'securite-reconnaitre-le-phishing',
          text: 'Pour aller plus loin en atelier, utilisez le module',
          link: 'reconnaître un message piège',
        },
      ],
    },
    nl: {
      title: 'Oplichting via sms: ze samen met de leerders herkennen',
      excerpt:
        'Geblokkeerd pakje, onbetaalde boete, bankrekening opgeschort: valse sms’jes gebruiken altijd dezelfde trucs. Een oefening van twintig minuten om ze te leren herkennen.',
      body: [
        {
          p: 'Valse berichten spelen in op haast en angst. Ze vragen bijna altijd om op een link te klikken of een code te geven. Beginners twijfelen vaak het minst om te gehoorzamen.',
        },
        { h: 'De drie tekens om te onthouden' },
        {
          ul: [
            'Men jaagt je op: “laatste herinnering”, “binnen 24 uur”.',
            'Men vraagt om op een link te klikken of een code te geven.',
            'De afzender is een onbekend nummer of een vreemd adres.',
          ],
        },
        {
          warning:
            'Een bank vraagt nooit je codes via sms, e-mail of telefoon. Bij twijfel bel je de bank met het nummer op de achterkant van je kaart.',
        },
      ],
    },
  },
  {
    slug: 'itsme-premiere-activation',
    category: 'bonnes-pratiques',
    tags: ['itsme', 'démarches', 'identité'],
    daysAgo: 23,
    palette: ['#ea580c', '#fed7aa', '#c7d2fe'],
    alt: {
      fr: 'Illustration : une carte d’identité à côté d’un téléphone et d’un cadenas.',
      nl: 'Illustratie: een identiteitskaart naast een telefoon en een hangslot.',
    },
    fr: {
      title: 'itsme : accompagner la première activation',
      excerpt:
        'Beaucoup de démarches belges passent par itsme. Activer l’application demande la carte d’identité, son code PIN et un peu de calme. Ce qu’il faut préparer avant le rendez-vous.',
      body: [
        {
          p: 'itsme permet de se connecter aux sites des administrations, des mutualités et des banques. L’activation se fait une seule fois, mais elle fait peur : elle touche à l’identité.',
        },
        { h: 'À demander à la personne d’apporter' },
        {
          ul: [
            'Sa carte d’identité électronique et son code PIN (pas le code PUK).',
            'Son smartphone, chargé, avec assez d’espace libre.',
            'Un lecteur de carte si l’activation se fait avec un ordinateur.',
          ],
        },
        {
          info: 'Le code PIN de la carte d’identité se trouve dans le courrier reçu lors de la remise de la carte. S’il est perdu, la commune peut en fournir un nouveau.',
        },
        { p: 'Laissez la personne choisir elle-même son code itsme, et vérifiez qu’elle saura le retrouver.' },
        {
          module: 'admin-se-connecter-avec-itsme',
          text: 'Le déroulé complet est dans le module',
          link: 'se connecter avec itsme',
        },
      ],
    },
  },
  {
    slug: 'temoignage-un-cpas-raconte',
    category: 'temoignages',
    tags: ['CPAS', 'témoignage'],
    daysAgo: 27,
    palette: ['#be185d', '#fbcfe8', '#d9f99d'],
    alt: {
      fr: 'Illustration : une grande table avec quatre personnes autour d’un écran.',
      nl: 'Illustratie: een grote tafel met vier mensen rond een scherm.',
    },
    fr: {
      title: '« Ils viennent pour un formulaire, ils reviennent pour apprendre » : un CPAS raconte',
      excerpt:
        'Dans une cellule numérique de CPAS, une assistante sociale a transformé les demandes urgentes en ateliers réguliers. Elle raconte ce qui a changé en un an.',
      body: [
        {
          p: 'Au début, raconte-t-elle, c’était la file devant le bureau : un document à télécharger, un rendez-vous à prendre, un mot de passe perdu. Chaque fois, elle faisait à la place de la personne, faute de temps.',
        },
        {
          p: 'Un jour, elle a proposé à trois personnes revenues pour la même démarche de venir ensemble le jeudi suivant. Elles ont appris à trouver le document elles-mêmes. Depuis, l’atelier du jeudi n’a jamais fermé.',
        },
        { h: 'Ce qui a fait la différence' },
        {
          ul: [
            'Un créneau fixe, connu de tous les collègues, vers lequel orienter les demandes.',
            'Des fiches résumé imprimées que les personnes emportent.',
            'Le diagnostic pour les nouveaux, afin de ne pas mélanger grands débutants et habitués.',
          ],
        },
        { tip: 'Elle conseille de noter chaque accompagnement : ces chiffres ont convaincu sa direction de libérer du temps.' },
      ],
    },
    nl: {
      title: '“Ze komen voor een formulier, ze komen terug om te leren”: een OCMW vertelt',
      excerpt:
        'In een digitale cel van een OCMW maakte een maatschappelijk werkster van dringende vragen vaste workshops. Ze vertelt wat er in één jaar veranderde.',
      body: [
        {
          p: 'In het begin, vertelt ze, stond er een rij aan haar bureau: een document downloaden, een afspraak maken, een vergeten wachtwoord. Bij gebrek aan tijd deed ze het telkens in de plaats van de persoon.',
        },
        {
          p: 'Op een dag stelde ze drie mensen die voor dezelfde stap terugkwamen voor om de donderdag erna samen te komen. Ze leerden het document zelf te vinden. Sindsdien is de donderdagworkshop nooit meer gestopt.',
        },
        { h: 'Wat het verschil maakte' },
        {
          ul: [
            'Een vast moment, bekend bij alle collega’s, om vragen naar door te verwijzen.',
            'Afgedrukte samenvattingsfiches die de mensen meenemen.',
            'De diagnose voor nieuwkomers, om echte beginners en gevorderden niet te mengen.',
          ],
        },
      ],
    },
  },
  {
    slug: 'cafe-numerique-a-la-bibliotheque',
    category: 'temoignages',
    tags: ['bibliothèque', 'convivialité'],
    daysAgo: 33,
    palette: ['#4d7c0f', '#d9f99d', '#fde68a'],
    alt: {
      fr: 'Illustration : une tasse de café posée devant une étagère de livres et une tablette.',
      nl: 'Illustratie: een kop koffie voor een boekenrek en een tablet.',
    },
    fr: {
      title: 'À la bibliothèque, un café numérique chaque jeudi',
      excerpt:
        'Pas de programme, pas d’inscription : un café, quelques tablettes et deux bénévoles. Une bibliothécaire explique pourquoi ce format attire des personnes qui ne viendraient jamais à une « formation ».',
      body: [
        {
          p: 'Le mot « formation » fait fuir une partie du public, explique la bibliothécaire. « Café numérique », en revanche, ne fait peur à personne. On vient avec sa question, ou juste pour écouter.',
        },
        {
          p: 'Les bénévoles ne montrent rien sur leur propre appareil : ils accompagnent sur celui de la personne. Quand une question revient souvent, elle devient le thème d’un vrai atelier le mois suivant.',
        },
        { info: 'Les lieux d’accueil comme celui-ci sont visibles sur la carte de 123Digit, avec leurs horaires.' },
      ],
    },
  },
  {
    slug: 'devenir-referent-de-sa-structure',
    category: 'actualites',
    tags: ['référent', 'structure', 'plateforme'],
    daysAgo: 38,
    palette: ['#0369a1', '#bae6fd', '#fecdd3'],
    alt: {
      fr: 'Illustration : un badge avec une étoile accroché à une fiche de structure.',
      nl: 'Illustratie: een badge met een ster op een fiche van een organisatie.',
    },
    fr: {
      title: 'Devenir référent de sa structure sur 123Digit',
      excerpt:
        'Le référent tient à jour la fiche de la structure, invite ses collègues et accepte les demandes d’adhésion. Ce que ce rôle implique, et comment le transmettre.',
      body: [
        {
          p: 'La première personne qui crée une structure sur 123Digit en devient le référent. Elle peut ensuite inviter ses collègues par e-mail : l’invitation est valable quatorze jours.',
        },
        { h: 'Ce que fait un référent' },
        {
          ul: [
            'Il met à jour l’adresse, les horaires, les services et les publics accueillis.',
            'Il place l’épingle de la structure sur la carte.',
            'Il accepte ou refuse les demandes des personnes qui veulent rejoindre la structure.',
          ],
        },
        {
          tip: 'Désignez deux référents : quand l’un part en congé ou change de poste, la fiche reste à jour.',
        },
      ],
    },
    nl: {
      title: 'Referent van je organisatie worden op 123Digit',
      excerpt:
        'De referent houdt de fiche van de organisatie bij, nodigt collega’s uit en aanvaardt aanvragen om lid te worden. Wat deze rol inhoudt, en hoe je hem doorgeeft.',
      body: [
        {
          p: 'Wie als eerste een organisatie aanmaakt op 123Digit, wordt er de referent van. Die kan daarna collega’s uitnodigen via e-mail: de uitnodiging is veertien dagen geldig.',
        },
        { h: 'Wat een referent doet' },
        {
          ul: [
            'Het adres, de openingsuren, de diensten en de doelgroepen bijwerken.',
            'De speld van de organisatie op de kaart plaatsen.',
            'Aanvragen van mensen die zich willen aansluiten aanvaarden of weigeren.',
          ],
        },
        { tip: 'Duid twee referenten aan: als de ene met verlof gaat of van job verandert, blijft de fiche up-to-date.' },
      ],
    },
  },
  {
    slug: 'la-carte-des-lieux-est-en-ligne',
    category: 'actualites',
    tags: ['carte', 'plateforme', 'données ouvertes'],
    daysAgo: 1,
    palette: ['#1e40af', '#bfdbfe', '#bbf7d0'],
    alt: {
      fr: 'Illustration : une carte stylisée avec plusieurs épingles bleues.',
      nl: 'Illustratie: een gestileerde kaart met verschillende blauwe spelden.',
    },
    fr: {
      title: 'La carte des lieux d’aide au numérique est en ligne',
      excerpt:
        'Trouver un lieu près de chez soi, ouvert maintenant, gratuit, avec un accompagnement individuel : la nouvelle carte de 123Digit permet tout cela, même sans connexion rapide.',
      body: [
        {
          p: 'La carte rassemble les structures membres de 123Digit en Belgique et dans le nord de la France. On peut chercher par nom, par code postal ou par commune, puis filtrer selon le public, les services et les tarifs.',
        },
        {
          p: 'La liste des résultats donne les mêmes informations que la carte : elle fonctionne au clavier, avec un lecteur d’écran, et sur les téléphones les plus modestes.',
        },
        {
          info: 'Les données sont publiées en open data, au format national des lieux de médiation numérique, pour que d’autres services puissent les réutiliser.',
        },
      ],
    },
  },
  {
    slug: 'inclusion-numerique-en-chiffres',
    category: 'actualites',
    tags: ['chiffres', 'Belgique'],
    daysAgo: 45,
    palette: ['#334155', '#cbd5e1', '#fde68a'],
    alt: {
      fr: 'Illustration : un diagramme en barres dont une barre sur deux est colorée.',
      nl: 'Illustratie: een staafdiagram waarin één staaf op twee gekleurd is.',
    },
    fr: {
      title: 'Inclusion numérique : ce que disent les chiffres en Belgique',
      excerpt:
        'Près d’une personne sur deux en Belgique est en situation de vulnérabilité numérique. Derrière ce chiffre, des profils très différents, et pas seulement des personnes âgées.',
      body: [
        {
          p: 'Les baromètres publiés ces dernières années par la Fondation Roi Baudouin montrent qu’une grande partie de la population manque de compétences numériques de base, ou n’utilise pas internet du tout.',
        },
        { h: 'Pas seulement les aînés' },
        {
          p: 'Les personnes âgées sont nombreuses parmi les publics fragilisés, mais elles ne sont pas seules : personnes peu diplômées, à faibles revenus, jeunes sans ordinateur à la maison qui font tout sur un téléphone.',
        },
        {
          tip: 'Ne supposez pas qu’un jeune « sait faire » : remplir un formulaire administratif sur un petit écran reste difficile pour beaucoup.',
        },
      ],
    },
  },
  {
    slug: 'seniors-et-demarches-en-ligne',
    category: 'bonnes-pratiques',
    tags: ['seniors', 'démarches'],
    daysAgo: 52,
    palette: ['#a16207', '#fef08a', '#a5f3fc'],
    alt: {
      fr: 'Illustration : des lunettes posées sur un formulaire à l’écran.',
      nl: 'Illustratie: een bril op een formulier op het scherm.',
    },
    fr: {
      title: 'Seniors et démarches en ligne : ce qui aide vraiment',
      excerpt:
        'Des caractères plus grands, un appareil toujours le même, un seul objectif par séance : les petits réglages qui changent tout pour les personnes âgées.',
      body: [
        { p: 'Avant d’apprendre une démarche, commencez par rendre l’appareil confortable.' },
        {
          ul: [
            'Agrandir la taille du texte dans les réglages du téléphone.',
            'Augmenter la luminosité et désactiver la mise en veille trop rapide.',
            'Placer les deux ou trois applications utiles sur le premier écran.',
          ],
        },
        {
          p: 'Ensuite, une démarche à la fois, toujours sur le même appareil : celui de la personne. Ce qui est appris sur la tablette de l’association s’oublie vite à la maison.',
        },
        {
          module: 'admin-telecharger-un-document-officiel',
          text: 'Un bon premier objectif :',
          link: 'télécharger un document officiel',
        },
      ],
    },
  },
  {
    slug: 'programme-des-webinaires-2027',
    category: 'actualites',
    tags: ['webinaires', 'agenda'],
    daysAgo: -60,
    palette: ['#6d28d9', '#e9d5ff', '#fed7aa'],
    alt: {
      fr: 'Illustration : un calendrier avec trois dates entourées.',
      nl: 'Illustratie: een kalender met drie omcirkelde data.',
    },
    fr: {
      title: 'Le programme des webinaires du printemps 2027',
      excerpt: 'Trois rendez-vous en ligne pour les aidants, de février à avril. Article programmé : il paraîtra le jour venu.',
      body: [{ p: 'Le programme détaillé sera publié ici en janvier 2027.' }],
    },
  },
]

export type SeedFaq = { slug: string; category: string; fr: { q: string; a: string[] }; nl: { q: string; a: string[] } }

export const faq: SeedFaq[] = [
  {
    slug: 'est-ce-gratuit',
    category: 'platform',
    fr: {
      q: '123Digit est-il gratuit ?',
      a: [
        'Oui. Toute la plateforme est gratuite, pour les aidants comme pour les apprenants : catalogue, diagnostics, carte, ateliers et suivi. Elle est portée par WeTechCare.',
      ],
    },
    nl: {
      q: 'Is 123Digit gratis?',
      a: [
        'Ja. Het hele platform is gratis, voor helpers en voor leerders: catalogus, diagnoses, kaart, workshops en opvolging. Het wordt gedragen door WeTechCare.',
      ],
    },
  },
  {
    slug: 'a-qui-s-adresse-123digit',
    category: 'platform',
    fr: {
      q: 'À qui s’adresse 123Digit ?',
      a: [
        'Aux aidants numériques (travailleurs sociaux, bénévoles, animateurs d’espaces publics numériques, bibliothécaires) et aux personnes qu’ils accompagnent vers l’autonomie numérique.',
      ],
    },
    nl: {
      q: 'Voor wie is 123Digit bedoeld?',
      a: [
        'Voor digitale helpers (maatschappelijk werkers, vrijwilligers, begeleiders van openbare computerruimtes, bibliothecarissen) en voor de mensen die ze begeleiden naar digitale zelfstandigheid.',
      ],
    },
  },
  {
    slug: 'langues-disponibles',
    category: 'platform',
    fr: {
      q: 'En quelles langues la plateforme existe-t-elle ?',
      a: [
        'En français et en néerlandais. Le bouton FR / NL en haut de chaque page change la langue. Quelques articles du média n’existent que dans une langue : la page le signale.',
      ],
    },
    nl: {
      q: 'In welke talen bestaat het platform?',
      a: [
        'In het Frans en het Nederlands. Met de knop FR / NL bovenaan elke pagina wissel je van taal. Enkele artikels van het magazine bestaan maar in één taal: de pagina vermeldt dat.',
      ],
    },
  },
  {
    slug: 'deux-profils',
    category: 'accounts',
    fr: {
      q: 'Quelle est la différence entre un compte aidant et un compte apprenant ?',
      a: [
        'Le compte aidant donne accès aux trames d’animation, aux fiches et aux formations, à la gestion des ateliers et au suivi des apprenants. Le compte apprenant ouvre un espace simplifié pour reprendre ses formations et voir ses progrès.',
      ],
    },
    nl: {
      q: 'Wat is het verschil tussen een helpersaccount en een leerdersaccount?',
      a: [
        'Met een helpersaccount heb je toegang tot de begeleidingsfiches, de samenvattingsfiches en de opleidingen, het beheer van workshops en de opvolging van leerders. Een leerdersaccount opent een vereenvoudigde ruimte om opleidingen te hervatten en de vooruitgang te zien.',
      ],
    },
  },
  {
    slug: 'compte-sans-e-mail',
    category: 'accounts',
    fr: {
      q: 'Peut-on créer un compte sans adresse e-mail ?',
      a: [
        'Oui, pour les apprenants : un nom d’utilisateur et un mot de passe suffisent. Un aidant de sa structure peut lui donner un mot de passe provisoire s’il l’oublie.',
      ],
    },
    nl: {
      q: 'Kan je een account maken zonder e-mailadres?',
      a: [
        'Ja, voor leerders: een gebruikersnaam en een wachtwoord volstaan. Een helper van de organisatie kan een tijdelijk wachtwoord geven als het vergeten is.',
      ],
    },
  },
  {
    slug: 'mes-donnees',
    category: 'accounts',
    fr: {
      q: 'Que faites-vous de mes données ?',
      a: [
        'Nous gardons seulement ce qui sert à la plateforme. Depuis la page « Mon compte », vous pouvez télécharger toutes vos données ou supprimer votre compte.',
      ],
    },
    nl: {
      q: 'Wat gebeurt er met mijn gegevens?',
      a: [
        'We bewaren alleen wat het platform nodig heeft. Via de pagina “Mijn account” kun je al je gegevens downloaden of je account verwijderen.',
      ],
    },
  },
  {
    slug: 'qu-est-ce-qu-un-module',
    category: 'learning',
    fr: {
      q: 'Qu’est-ce qu’un module ?',
      a: [
        'Un module est une unité d’apprentissage sur un geste précis (envoyer une pièce jointe, reconnaître un faux message…). Il comprend une trame d’animation pour l’aidant, une formation interactive et une fiche résumé à imprimer.',
      ],
    },
    nl: {
      q: 'Wat is een module?',
      a: [
        'Een module is een leereenheid over een precieze handeling (een bijlage versturen, een vals bericht herkennen…). Ze bevat een begeleidingsfiche voor de helper, een interactieve opleiding en een samenvattingsfiche om af te drukken.',
      ],
    },
  },
  {
    slug: 'qu-est-ce-qu-un-parcours',
    category: 'learning',
    fr: {
      q: 'Qu’est-ce qu’un parcours ?',
      a: [
        'Un parcours enchaîne plusieurs modules dans un ordre pensé pour un objectif, par exemple « gérer ses démarches de santé en ligne ». Il indique le niveau conseillé pour commencer.',
      ],
    },
    nl: {
      q: 'Wat is een leertraject?',
      a: [
        'Een leertraject zet verschillende modules op een rij in een volgorde die past bij een doel, bijvoorbeeld “zijn gezondheidszaken online regelen”. Het vermeldt het aangeraden beginniveau.',
      ],
    },
  },
  {
    slug: 'ressources-de-la-communaute',
    category: 'learning',
    fr: {
      q: 'Que sont les ressources de la communauté ?',
      a: [
        'Ce sont des supports partagés par des aidants et d’autres organisations (guides, vidéos, fiches). Notre équipe les relit avant de les publier et indique leur licence.',
        'Vous êtes aidant et vous voulez en partager un ? Connectez-vous, puis choisissez « Proposer une ressource » dans votre espace aidant ou sur la page des ressources de la communauté. Vous suivez ensuite sa relecture dans « Mes propositions ».',
      ],
    },
    nl: {
      q: 'Wat is gemeenschapsmateriaal?',
      a: [
        'Dat is materiaal dat helpers en andere organisaties delen (gidsen, video’s, fiches). Ons team leest het na voor publicatie en vermeldt de licentie.',
        'Ben je helper en wil je zelf iets delen? Meld je aan en kies ‘Een bron voorstellen’ in je helpersruimte of op de pagina met gemeenschapsbronnen. In ‘Mijn voorstellen’ volg je daarna de controle.',
      ],
    },
  },
  {
    slug: 'espace-apprenant',
    category: 'learning',
    fr: {
      q: 'À quoi sert l’espace apprenant ?',
      a: [
        'Il permet de reprendre une formation là où on s’est arrêté, de retrouver ses ateliers et ses diagnostics, et de voir ses progrès par thème. Les boutons sont grands et les choix peu nombreux.',
      ],
    },
    nl: {
      q: 'Waarvoor dient de leerruimte?',
      a: [
        'Je hervat er een opleiding waar je gebleven was, vindt je workshops en diagnoses terug en ziet je vooruitgang per thema. De knoppen zijn groot en er zijn weinig keuzes.',
      ],
    },
  },
  {
    slug: 'deux-diagnostics',
    category: 'diagnostics',
    fr: {
      q: 'Quels diagnostics propose 123Digit ?',
      a: [
        'Deux : un simulateur, où la personne réalise de petites tâches dans des écrans simulés, et un questionnaire de situation (équipement, connexion, usages, besoins), en ligne ou imprimé.',
      ],
    },
    nl: {
      q: 'Welke diagnoses biedt 123Digit aan?',
      a: [
        'Twee: een simulator, waarin de persoon kleine taken doet in nagebootste schermen, en een vragenlijst over de situatie (toestellen, verbinding, gebruik, noden), online of op papier.',
      ],
    },
  },
  {
    slug: 'diagnostic-sans-compte',
    category: 'diagnostics',
    fr: {
      q: 'Faut-il un compte pour faire un diagnostic ?',
      a: [
        'Non. Le résultat reçoit un code (par exemple ABCD-2345) qui permet de le retrouver plus tard. Avec un compte, il est aussi rangé dans votre espace.',
      ],
    },
    nl: {
      q: 'Is een account nodig voor een diagnose?',
      a: [
        'Nee. Het resultaat krijgt een code (bijvoorbeeld ABCD-2345) waarmee je het later terugvindt. Met een account wordt het ook in je ruimte bewaard.',
      ],
    },
  },
  {
    slug: 'trouver-un-lieu',
    category: 'map',
    fr: {
      q: 'Comment trouver un lieu d’aide près de chez moi ?',
      a: [
        'Sur la carte, tapez votre code postal ou votre commune dans « Près de… ». Les lieux à moins de 25 km s’affichent du plus proche au plus loin. Vous pouvez filtrer les lieux ouverts maintenant ou gratuits.',
      ],
    },
    nl: {
      q: 'Hoe vind ik een hulppunt in mijn buurt?',
      a: [
        'Typ op de kaart je postcode of gemeente bij “In de buurt van…”. De plekken op minder dan 25 km verschijnen van dichtbij naar veraf. Je kunt filteren op plekken die nu open zijn of gratis.',
      ],
    },
  },
  {
    slug: 'ajouter-ma-structure',
    category: 'map',
    fr: {
      q: 'Comment ajouter ma structure sur la carte ?',
      a: [
        'Créez un compte aidant, puis créez votre structure depuis votre espace : vous en devenez le référent. Elle apparaît sur la carte dès qu’elle a un membre actif.',
      ],
    },
    nl: {
      q: 'Hoe zet ik mijn organisatie op de kaart?',
      a: [
        'Maak een helpersaccount aan en maak daarna je organisatie aan vanuit je ruimte: je wordt er de referent van. Ze verschijnt op de kaart zodra ze een actief lid heeft.',
      ],
    },
  },
  {
    slug: 'role-du-referent',
    category: 'map',
    fr: {
      q: 'Que fait le référent d’une structure ?',
      a: [
        'Il tient à jour la fiche de la structure (adresse, horaires, services), invite ses collègues et accepte les demandes pour rejoindre la structure. Une structure peut avoir plusieurs référents.',
      ],
    },
    nl: {
      q: 'Wat doet de referent van een organisatie?',
      a: [
        'De referent houdt de fiche van de organisatie bij (adres, openingsuren, diensten), nodigt collega’s uit en aanvaardt aanvragen om lid te worden. Een organisatie kan meerdere referenten hebben.',
      ],
    },
  },
  {
    slug: 'nous-contacter',
    category: 'contact',
    fr: {
      q: 'Comment contacter l’équipe de 123Digit ?',
      a: [
        'Par le formulaire de contact, accessible en bas de chaque page. Nous répondons en général en deux jours ouvrables, en français ou en néerlandais.',
      ],
    },
    nl: {
      q: 'Hoe neem ik contact op met het team van 123Digit?',
      a: [
        'Via het contactformulier, onderaan elke pagina. We antwoorden meestal binnen twee werkdagen, in het Nederlands of het Frans.',
      ],
    },
  },
]

export type SeedEvent = {
  slug: string
  kind: 'webinar' | 'workshop'
  /** Days from the seed run, and start hour in Brussels (winter time, UTC+1). */
  inDays: number
  hour: number
  minutes: number
  capacity: number
  language: 'fr' | 'nl' | 'fr-nl'
  audience: 'aidants' | 'apprenants' | 'tous'
  online?: string
  place?: string
  fr: { title: string; summary: string }
  nl: { title: string; summary: string }
}

export const events: SeedEvent[] = [
  {
    slug: 'webinaire-decouvrir-123digit',
    kind: 'webinar',
    inDays: 10,
    hour: 14,
    minutes: 60,
    capacity: 100,
    language: 'fr',
    audience: 'aidants',
    online: 'https://visio.123digit.be/decouvrir',
    fr: {
      title: 'Découvrir 123Digit en une heure',
      summary: 'Un tour de la plateforme pour les aidants qui débutent : le catalogue, les diagnostics, la carte et le suivi des apprenants. Questions bienvenues.',
    },
    nl: {
      title: '123Digit ontdekken in één uur',
      summary: 'Een rondleiding door het platform voor beginnende helpers: de catalogus, de diagnoses, de kaart en de opvolging van leerders. Vragen zijn welkom.',
    },
  },
  {
    slug: 'atelier-fiches-resume-namur',
    kind: 'workshop',
    inDays: 20,
    hour: 9,
    minutes: 150,
    capacity: 2,
    language: 'fr',
    audience: 'aidants',
    place: 'EPN de Namur-Centre, Rue de la Station 3, 5000 Namur',
    fr: {
      title: 'Atelier pratique : animer avec les fiches résumé',
      summary: 'Une matinée en petit comité pour tester les trames et les fiches résumé en conditions réelles, avec des apprenants volontaires.',
    },
    nl: {
      title: 'Praktijkworkshop: begeleiden met de samenvattingsfiches',
      summary: 'Een ochtend in kleine groep om de begeleidingsfiches en samenvattingsfiches in het echt te testen, met vrijwillige leerders.',
    },
  },
  {
    slug: 'webinar-phishing-herkennen',
    kind: 'webinar',
    inDays: 35,
    hour: 10,
    minutes: 60,
    capacity: 80,
    language: 'nl',
    audience: 'aidants',
    online: 'https://visio.123digit.be/phishing',
    fr: {
      title: 'Webinaire en néerlandais : apprendre à reconnaître l’hameçonnage',
      summary: 'Comment travailler la reconnaissance des faux messages avec un groupe, exemples à l’appui. En néerlandais.',
    },
    nl: {
      title: 'Webinar: phishing leren herkennen',
      summary: 'Hoe je met een groep oefent om valse berichten te herkennen, met voorbeelden. In het Nederlands.',
    },
  },
  {
    slug: 'rencontre-referents-bruxelles',
    kind: 'workshop',
    inDays: 50,
    hour: 13,
    minutes: 180,
    capacity: 25,
    language: 'fr-nl',
    audience: 'aidants',
    place: 'Bibliothèque communale, Rue Haute 20, 1000 Bruxelles',
    fr: {
      title: 'Rencontre des référents bruxellois',
      summary: 'Un après-midi bilingue pour les référents de structures : partager ce qui marche, préparer les ateliers de l’année.',
    },
    nl: {
      title: 'Ontmoeting van de Brusselse referenten',
      summary: 'Een tweetalige namiddag voor referenten van organisaties: delen wat werkt en de workshops van het jaar voorbereiden.',
    },
  },
  {
    slug: 'webinaire-diagnostic-en-pratique',
    kind: 'webinar',
    inDays: -15,
    hour: 14,
    minutes: 60,
    capacity: 100,
    language: 'fr',
    audience: 'aidants',
    online: 'https://visio.123digit.be/diagnostic',
    fr: {
      title: 'Le diagnostic en pratique',
      summary: 'Comment proposer le diagnostic sans mettre la personne en difficulté, et lire son résultat ensemble.',
    },
    nl: {
      title: 'De diagnose in de praktijk',
      summary: 'Hoe je de diagnose voorstelt zonder de persoon in moeilijkheden te brengen, en het resultaat samen leest.',
    },
  },
  {
    slug: 'atelier-itsme-liege',
    kind: 'workshop',
    inDays: -40,
    hour: 9,
    minutes: 120,
    capacity: 12,
    language: 'fr',
    audience: 'aidants',
    place: 'CPAS de Liège, Place Saint-Jacques 13, 4000 Liège',
    fr: {
      title: 'Accompagner l’activation d’itsme',
      summary: 'Les étapes, les blocages fréquents et les bons réflexes pour accompagner une première activation.',
    },
    nl: {
      title: 'Begeleiden bij het activeren van itsme',
      summary: 'De stappen, de vaak voorkomende blokkades en de goede reflexen om een eerste activering te begeleiden.',
    },
  },
]
