/**
 * Name lists of the fictional datasets: first and last names common in Morocco and in France,
 * and the words company names are built from. Every person and company of the datasets is a
 * random combination of these: none stands for a real one. Famous brands are left out on
 * purpose (a word that is a well-known Moroccan or French brand is not in the lists).
 */

/** Moroccan first names, masculine. */
export const PRENOMS_MA_H = [
  'Mohamed', 'Youssef', 'Ahmed', 'Karim', 'Hamza', 'Omar', 'Mehdi', 'Rachid', 'Said', 'Hicham', 'Khalid', 'Adil',
  'Abdelaziz', 'Abdellah', 'Mustapha', 'Nabil', 'Anas', 'Ayoub', 'Ismail', 'Zakaria', 'Badr', 'Tarik', 'Amine',
  'Othmane', 'Driss', 'Jamal', 'Hassan', 'Brahim', 'Soufiane', 'Yassine', 'Reda', 'Walid', 'Ilyas', 'Adnane',
  'Salaheddine', 'Abdelhak', 'Noureddine', 'Aziz', 'Hakim', 'Fouad', 'Kamal', 'Larbi', 'Marouane', 'Yahya',
  'Ghali', 'Taha', 'Bilal', 'Imad', 'Aymane', 'Saad', 'Abderrahim', 'Mourad', 'Lahcen', 'Hassane', 'Jaouad',
];

/** Moroccan first names, feminine. */
export const PRENOMS_MA_F = [
  'Fatima', 'Khadija', 'Salma', 'Meryem', 'Houda', 'Imane', 'Sara', 'Nadia', 'Laila', 'Samira', 'Zineb', 'Hajar',
  'Ghita', 'Kenza', 'Asmae', 'Loubna', 'Siham', 'Btissam', 'Hanane', 'Naima', 'Rajae', 'Souad', 'Wafae', 'Yasmine',
  'Ikram', 'Chaimae', 'Oumaima', 'Nisrine', 'Hind', 'Amal', 'Najat', 'Bouchra', 'Rim', 'Malika', 'Latifa',
  'Aicha', 'Hafsa', 'Dounia', 'Sanae', 'Karima', 'Manal', 'Ibtissam', 'Jihane', 'Rania', 'Soukaina', 'Nouhaila',
  'Fadwa', 'Widad', 'Kawtar', 'Mouna', 'Lamia', 'Safae', 'Hasnae', 'Ilham', 'Zahra',
];

/** Moroccan last names. */
export const NOMS_MA = [
  'Alaoui', 'Bennani', 'Tazi', 'El Idrissi', 'Berrada', 'Chraibi', 'Benjelloun', 'Lahlou', 'El Amrani', 'Ouazzani',
  'Kettani', 'Benkirane', 'Zniber', 'El Mansouri', 'Bouazza', 'Naciri', 'Hajji', 'Ziani', 'Belhaj', 'Cherkaoui',
  'El Ouafi', 'Mernissi', 'Lamrani', 'Benchekroun', 'Sebti', 'Guessous', 'Bekkali', 'Raji', 'Filali', 'El Khattabi',
  'Boutaleb', 'Dahbi', 'Haddaoui', 'Mouline', 'Tahiri', 'Slaoui', 'Hilali', 'Saadi', 'Benabdellah', 'Rahmouni',
  'Ait Ouahmane', 'Ait Benali', 'Oubaha', 'Ouchen', 'Amzil', 'Id Brahim', 'Bouchikhi', 'Jebli', 'Laaroussi',
  'Essaidi', 'Zaki', 'Harrak', 'Nejjar', 'Kabbaj', 'Sefrioui', 'Benmoussa', 'El Ghazi', 'Zouhair', 'Ennaji',
  'Hamdouchi', 'Belkadi', 'Tounsi', 'Lazrak', 'Marzouk', 'Boukhris', 'Kadiri', 'Ouali', 'Mekouar', 'Bensouda',
  'El Hachimi', 'Chafik', 'Benslimane', 'Azzouzi', 'El Fadili', 'Chakir', 'Bouziane', 'Khalfi', 'Rifai', 'Moussaoui',
  'Ait Lahcen', 'Oulhaj', 'Bakkali', 'Daoudi', 'Fikri', 'Ghazouani', 'Jabri', 'Karimi', 'Lamghari', 'Mabrouk',
  'Nassiri', 'Qadiri', 'Sabri', 'Taoufik', 'Wahbi', 'Yacoubi', 'Zerouali', 'Amraoui', 'Bouhlal', 'Chennaoui',
  'Doukkali', 'Erraji', 'Fassi', 'Guerraoui', 'Hammoumi', 'Iraqi', 'Jaidi', 'Kharbouch', 'Lyoubi', 'Maaroufi',
  'Najib', 'Ouardi', 'Regragui', 'Skalli', 'Tadlaoui', 'Outaleb', 'Belghiti', 'Chami', 'Derkaoui', 'Elkouhen',
];

/** French first names, masculine. */
export const PRENOMS_FR_H = [
  'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Antoine', 'Alexandre', 'Romain', 'Guillaume', 'Sébastien', 'Mathieu',
  'Pierre', 'Vincent', 'Olivier', 'Laurent', 'Christophe', 'Frédéric', 'Stéphane', 'Jérôme', 'David', 'Benoît',
  'Hugo', 'Lucas', 'Théo', 'Clément', 'Baptiste', 'Florian', 'Kevin', 'Adrien', 'Arnaud', 'Cédric', 'Damien',
  'Fabien', 'Grégoire', 'Yann', 'Loïc', 'Mehdi', 'Karim', 'Samir', 'Rémi', 'Xavier', 'Bruno', 'Didier', 'Gilles',
  'Hervé', 'Patrick', 'Philippe', 'Thierry', 'Emmanuel', 'Jean-Marc', 'Paul-Henri', 'Quentin', 'Valentin', 'Bastien',
];

/** French first names, feminine. */
export const PRENOMS_FR_F = [
  'Marie', 'Julie', 'Camille', 'Laura', 'Émilie', 'Sarah', 'Pauline', 'Claire', 'Céline', 'Aurélie', 'Sophie',
  'Caroline', 'Nathalie', 'Isabelle', 'Sandrine', 'Valérie', 'Stéphanie', 'Élodie', 'Mélanie', 'Amandine', 'Chloé',
  'Léa', 'Manon', 'Inès', 'Clara', 'Margaux', 'Lucie', 'Anaïs', 'Charlotte', 'Mathilde', 'Hélène', 'Agnès', 'Béatrice',
  'Delphine', 'Florence', 'Géraldine', 'Karine', 'Laurence', 'Muriel', 'Nadia', 'Samira', 'Yasmina', 'Virginie',
  'Estelle', 'Fanny', 'Justine', 'Marion', 'Noémie', 'Océane', 'Solène', 'Anne-Laure', 'Marie-Pierre', 'Ophélie',
];

/** French last names (with a Lyon-area flavour and the diversity of the region). */
export const NOMS_FR = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André',
  'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau',
  'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont',
  'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval',
  'Joly', 'Roche', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Marchand', 'Dufour', 'Blanchard', 'Barbier', 'Brun',
  'Dumas', 'Brunet', 'Schmitt', 'Colin', 'Fernandez', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud',
  'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Lacroix', 'Fabre', 'Dupuis',
  'Olivier', 'Rodriguez', 'Da Silva', 'Hubert', 'Rivière', 'Le Gall', 'Guillaume', 'Rey', 'Berger', 'Lecomte',
  'Ménard', 'Fleury', 'Deschamps', 'Carpentier', 'Maillard', 'Aubry', 'Jacquet', 'Collet', 'Prévost', 'Poirier',
  'Charpentier', 'Royer', 'Huet', 'Baron', 'Pons', 'Breton', 'Perrot', 'Guyot', 'Marty', 'Chapuis', 'Ravier',
  'Pitiot', 'Vial', 'Berthet', 'Tissot', 'Chambon', 'Jacquemet', 'Besson', 'Guichard', 'Dubost', 'Ferrand',
  'Bouvier', 'Brossard', 'Benali', 'Haddad', 'Mebarki', 'Tran', 'Diallo', 'Kaya', 'Ferreira', 'Pereira', 'Costa',
  'Bellamy', 'Chatelain', 'Desmoulins', 'Grosjean', 'Lachaud', 'Monnier', 'Perret', 'Sauvage', 'Teyssier', 'Vernay',
];

/** Invented proper names for Moroccan company names (places, virtues, plants). */
export const MOTS_SOCIETES_MA = [
  'Al Amal', 'Assafa', 'Dar Nour', 'Al Baraka', 'Zitouna', 'Ennakhil', 'Yasmine', 'Al Wafa', 'Tadla', 'Saïss',
  'Chaouia', 'Doukkala', 'Souss', 'Ifrane', 'Anfa', 'Mazagan', 'Al Fath', 'Nour El Hoda', 'Tafilalet', 'Zagora',
  'Bouregreg', 'Sebou', 'Oum Errabia', 'Moulouya', 'Draa', 'Ziz', 'Toubkal', 'Assalam', 'Al Mounir', 'Rimal',
  'Manar', 'Ouarda', 'Hayat', 'Bahja', 'Sanaa', 'Nejma', 'Qamar', 'Chams', 'Jawhara', 'Argana', 'Tiznit', 'Imlil',
  'Azrou', 'Ourika', 'Kasbah', 'Majd', 'Noujoum', 'Tamazirt', 'Tislit', 'Ghandi', 'Nakhla', 'Riad',
  'Rabie', 'Zahrat', 'Amwaj', 'Fajr', 'Iklil', 'Lulu', 'Mimosa', 'Narjis', 'Safsaf', 'Tilila', 'Warda',
];

/** Invented words for French company names (Lyon places and common nouns). */
export const LIEUX_FR = [
  'du Rhône', 'de la Saône', 'des Monts d’Or', 'Confluence', 'Part-Dieu', 'Gerland', 'Croix-Rousse', 'Fourvière',
  'Brotteaux', 'Beaujolais', 'Dauphiné', 'Bugey', 'Pilat', 'Lyonnais', 'Bellecour', 'Terreaux', 'Tête d’Or',
  'Monplaisir', 'Vaise', 'Perrache', 'Guillotière', 'Saxe', 'Gratte-Ciel', 'Charpennes', 'Dombes', 'Vercors',
];

/** Common nouns for French company names. */
export const MOTS_SOCIETES_FR = [
  'Lumen', 'Cobalt', 'Sillon', 'Ardoise', 'Prisme', 'Métis', 'Vecteur', 'Orée', 'Boussole', 'Alizé', 'Sextant',
  'Tangente', 'Ricochet', 'Trame', 'Lisière', 'Écluse', 'Archipel', 'Mosaïque', 'Passerelle', 'Granit', 'Azurite',
  'Cèdre', 'Épure', 'Faisceau', 'Hélice', 'Jalon', 'Kaolin', 'Losange', 'Nacelle', 'Opale', 'Quartz', 'Rosace',
  'Solstice', 'Tilleul', 'Verveine', 'Zénith', 'Ambre', 'Basalte', 'Cyprès', 'Dédale',
];

/** A person's gender, to agree the job title (« Directeur » / « Directrice »). */
export type Genre = 'h' | 'f';

/** A job title in its two forms, masculine then feminine. */
export type Fonction = readonly [masculin: string, feminin: string];
