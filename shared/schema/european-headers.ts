/**
 * Header words of French, German and Dutch customer lists (a European office's sheet, an EU CRM's
 * export), as data: read as their English twins are. Listed with their accents; header-match.ts
 * also reads them typed without (Prenom, Societe). Whole words only, never typo-matched: Handy is no
 * misspelt Handle, Portable no Portal. A bare Nom / Name / Naam beside Prénom / Vorname / Voornaam is
 * the surname (header-map.ts).
 */
import type { FieldId } from './fields';

export const EUROPEAN_HEADER_WORDS: Readonly<Partial<Record<FieldId, readonly string[]>>> = {
  customerId: ['numéro client', 'n° client', 'no client', 'code client', 'référence client', 'kundennummer', 'kunden nr', 'kundennr', 'klantnummer', 'klant nr'],
  name: ['nom', 'nom complet', 'nom et prénom', 'nom prénom', 'nom du client', 'nom client', 'kunde', 'kundenname', 'ansprechpartner', 'naam', 'klant', 'klantnaam', 'contactpersoon'],
  firstName: ['prénom', 'vorname', 'voornaam'],
  lastName: ['nom de famille', 'nachname', 'familienname', 'achternaam'],
  gender: ['sexe', 'geschlecht', 'geslacht'],
  mobile: ['portable', 'téléphone portable', 'tél portable', 'mobile', 'gsm', 'handy', 'handynummer', 'mobil', 'mobilnummer', 'mobiltelefon', 'mobiel', 'mobiel nummer', 'mobiele nummer'],
  phone: ['téléphone', 'tél', 'téléphone fixe', 'fixe', 'telefon', 'telefonnummer', 'festnetz', 'telefoon', 'telefoonnummer'],
  email: ['courriel', 'adresse e-mail', 'adresse email', 'adresse mail', 'e-mail-adresse', 'e-mail adresse', 'e-mailadres', 'e-mail adres'],
  company: ['société', 'entreprise', 'raison sociale', 'nom de la société', 'firma', 'firmenname', 'unternehmen', 'bedrijf', 'bedrijfsnaam'],
  title: ['fonction', 'poste', 'funktion', 'functie'],
  address: ['adresse', 'rue', 'anschrift', 'straße', 'strasse', 'adres', 'straat'],
  postcode: ['code postal', 'cp', 'plz', 'postleitzahl'],
  city: ['ville', 'commune', 'localité', 'ort', 'stadt', 'wohnort', 'plaats', 'woonplaats'],
  country: ['pays', 'land'],
  birthday: ['date de naissance', 'anniversaire', 'né le', 'geburtstag', 'geburtsdatum', 'geboortedatum', 'verjaardag'],
  contractStart: ['début de contrat', 'date de début', 'vertragsbeginn', 'ingangsdatum'],
  contractEnd: ['fin de contrat', 'date de fin de contrat', 'date de fin', 'échéance', 'date d\'échéance', 'vertragsende', 'vertragsablauf', 'ablaufdatum', 'einddatum', 'einddatum contract', 'contract einddatum'],
  createdAt: ['date de création', 'client depuis', 'kunde seit', 'angelegt am', 'erstellt am', 'klant sinds'],
  lastContact: ['dernier contact', 'date du dernier contact', 'letzter kontakt', 'laatste contact'],
  lastPurchase: ['dernier achat', 'date du dernier achat', 'dernière commande', 'letzter kauf', 'letzte bestellung', 'laatste aankoop', 'laatste bestelling'],
  nextFollowUp: ['relance', 'date de relance', 'prochaine relance', 'prochain contact', 'wiedervorlage', 'nächster kontakt', 'opvolging', 'opvolgdatum', 'volgende contact'],
  amount: ['chiffre d\'affaires', 'montant', 'total des achats', 'total achats', 'total d\'achats', 'montant des achats', 'cumul achats', 'total dépensé', 'umsatz', 'gesamtumsatz', 'jahresumsatz', 'omzet'],
  owner: ['commercial', 'responsable', 'responsable commercial', 'chargé de clientèle', 'vendeur',
    // A boutique's Vendeuse (a saleswoman: tester h79 #4, every reminder Unassigned), its Conseillère de vente, a German Verkäuferin.
    'vendeuse', 'conseillère de vente', 'conseiller de vente', 'conseillère', 'conseiller', 'verkäuferin', 'betreuerin', 'verkoopster', 'betreuer', 'kundenbetreuer', 'vertriebler', 'verkäufer', 'zuständig', 'accountmanager', 'verkoper'],
  status: ['statut'],
  notes: ['remarques', 'remarque', 'commentaire', 'commentaires', 'observations', 'bemerkung', 'bemerkungen', 'notizen', 'anmerkungen', 'kommentar', 'opmerkingen', 'opmerking', 'notities'],
  website: ['site web', 'site internet', 'webseite', 'internetseite', 'website'],
};

/** The surname's header when a given-name column stands beside it (Nom | Prénom, Name | Vorname, Naam | Voornaam). */
export const SURNAME_BESIDE_GIVEN_NAME: Readonly<Record<string, readonly string[]>> = {
  nom: ['prénom', 'prenom'],
  name: ['vorname'],
  naam: ['voornaam'],
};
