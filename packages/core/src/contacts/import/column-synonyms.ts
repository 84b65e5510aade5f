import type { ContactField, FieldType } from '../contact.js';
import type { ColumnTarget } from './export-formats/export-format.js';
import { compactHeaderKey } from './header-key.js';
import type { ValueProfile } from './sniff-values.js';

/** Header names (any case, spacing or punctuation) that mean a canonical field in any export. */
const fieldNames: Readonly<Partial<Record<ContactField, readonly string[]>>> = {
  fullName: ['name', 'full name', 'contact name', 'contact', 'display name', 'person name', 'lead name'],
  firstName: ['first name', 'first', 'fname', 'given name', 'given', 'forename'],
  middleName: ['middle name', 'middle', 'additional name', 'middle initial'],
  lastName: ['last name', 'last', 'lname', 'surname', 'family name', 'second name'],
  honorific: ['salutation', 'honorific', 'name prefix', 'prefix', 'courtesy title'],
  nameSuffix: ['suffix', 'name suffix'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'work email', 'business email', 'primary email', 'personal email', 'contact email'],
  phone: ['phone', 'phone number', 'telephone', 'telephone number', 'tel', 'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone', 'work phone', 'business phone', 'direct phone', 'direct dial', 'main phone', 'contact phone'],
  company: ['company', 'company name', 'organization', 'organisation', 'organization name', 'organisation name', 'account', 'account name', 'employer', 'business name', 'firm', 'site name', 'current company', 'org'],
  title: ['title', 'job title', 'position', 'role', 'job', 'occupation', 'designation', 'headline', 'job role', 'current title', 'current position'],
  department: ['department', 'dept', 'departments', 'division'],
  seniority: ['seniority', 'seniority level', 'management level'],
  linkedinUrl: ['linkedin', 'linkedin url', 'linkedin profile', 'linkedin profile url', 'profile url', 'person linkedin url', 'li url', 'linkedin link'],
  website: ['website', 'web site', 'web', 'web page', 'webpage', 'homepage', 'home page', 'domain', 'company domain', 'company website', 'company url', 'website url', 'www'],
  companyLinkedinUrl: ['company linkedin url', 'company linkedin', 'company linkedin profile'],
  street: ['street', 'address', 'address 1', 'address line 1', 'street address', 'street 1', 'street line 1', 'mailing street', 'addr'],
  city: ['city', 'town', 'suburb', 'locality', 'municipality'],
  region: ['state', 'province', 'region', 'county', 'state province', 'state region', 'state or province', 'territory'],
  postcode: ['zip', 'zip code', 'postcode', 'postal code', 'post code', 'zip postal code', 'plz'],
  country: ['country', 'country region', 'country code', 'nation', 'country name'],
  location: ['location', 'geo location', 'geo', 'based in'],
  industry: ['industry', 'sector', 'vertical', 'industries'],
  employees: ['employees', 'employee count', 'headcount', 'head count', 'company size', 'number of employees', 'num employees', 'no of employees', 'staff count', 'company headcount', 'size'],
  technologies: ['technologies', 'tech stack', 'technology', 'technographics'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'remarks', 'bio'],
  tags: ['tags', 'tag', 'labels', 'lists', 'categories', 'category', 'groups', 'segments'],
  externalId: ['id', 'record id', 'contact id', 'lead id', 'external id', 'crm id', 'uuid', 'unique id', 'person id', 'customer id'],
  connectedOn: ['connected on', 'connected', 'connection date', 'connected at', 'date connected'],
  birthDate: ['dob', 'date of birth', 'birthday', 'birth date', 'born', 'd o b'],
};

/**
 * German, French, Spanish, Italian, Dutch and Portuguese header names, as localized Outlook and
 * Excel exports write them (accents kept: keys are compared lower-cased and run together, not
 * folded, so the unaccented spellings people type are listed too). A bare "name" word (`nom`,
 * `nombre`, `nome`, `naam`) is a full name: beside a first- or last-name column the normalizer
 * reads it as the missing part, per row.
 * @see ../shared/data/exports/HEADERS.md §3a (localized Outlook exports translate the headers)
 */
const localizedFieldNames: Readonly<Partial<Record<ContactField, readonly string[]>>> = {
  fullName: ['nom', 'nom complet', 'vollständiger name', 'nombre', 'nombre completo', 'nome', 'nome completo', 'naam', 'volledige naam'],
  firstName: ['vorname', 'prénom', 'prenom', 'nombre de pila', 'voornaam', 'primeiro nome'],
  middleName: ['weitere vornamen', 'deuxième prénom', 'segundo nombre', 'secondo nome', 'tussenvoegsel', 'nome do meio'],
  lastName: [
    'nachname', 'familienname', 'nom de famille', 'apellido', 'apellidos', 'primer apellido', 'cognome', 'achternaam',
    'sobrenome', 'apelido', 'apelidos', 'último nome', 'ultimo nome',
  ],
  honorific: ['anrede', 'civilité', 'civilite', 'tratamiento', 'titolo', 'aanhef'],
  email: [
    'e mail adresse', 'email adresse', 'adresse e mail', 'adresse email', 'adresse de messagerie', 'courriel',
    'correo', 'correo electrónico', 'correo electronico', 'posta elettronica', 'indirizzo email', 'indirizzo e mail',
    'e mailadres', 'emailadres', 'endereço de email', 'endereço de e mail', 'correio eletrónico', 'correio eletrônico',
  ],
  phone: [
    'telefon', 'mobil', 'mobiltelefon', 'mobilnummer', 'handy', 'handynummer', 'telefonnummer', 'telefon geschäftlich',
    'téléphone', 'telephone portable', 'portable', 'téléphone mobile', 'téléphone professionnel',
    'teléfono', 'telefono', 'móvil', 'movil', 'celular', 'teléfono móvil', 'cellulare', 'numero di telefono',
    'telefoon', 'telefoonnummer', 'mobiel', 'mobiel nummer', 'telemóvel', 'telemovel',
  ],
  company: [
    'firma', 'unternehmen', 'société', 'societe', 'entreprise', 'empresa', 'compañía', 'compania', 'azienda', 'società',
    'societa', 'ditta', 'bedrijf', 'bedrijfsnaam', 'organisatie', 'nombre de la empresa', 'nome azienda',
  ],
  title: [
    'berufsbezeichnung', 'fonction', 'poste', 'intitulé du poste', 'cargo', 'puesto', 'ruolo', 'posizione', 'qualifica',
    'mansione', 'functie', 'functietitel', 'função', 'funcao',
  ],
  department: ['abteilung', 'departamento', 'reparto', 'afdeling'],
  street: ['straße', 'strasse', 'adresse', 'dirección', 'direccion', 'domicilio', 'indirizzo', 'adres', 'straat', 'morada', 'endereço', 'endereco', 'rua'],
  city: ['ort', 'stadt', 'ville', 'ciudad', 'localidad', 'población', 'città', 'citta', 'comune', 'plaats', 'woonplaats', 'stad', 'cidade', 'localidade'],
  region: ['bundesland', 'région', 'département', 'provincia', 'comunidad autónoma', 'regione', 'provincie', 'distrito'],
  postcode: ['postleitzahl', 'code postal', 'código postal', 'codigo postal', 'cap', 'codice postale'],
  country: ['land', 'pays', 'país', 'pais', 'paese', 'nazione'],
  website: ['webseite', 'site web', 'site internet', 'sitio web', 'página web', 'pagina web', 'sito web', 'sito'],
  industry: ['branche', "secteur d'activité", 'sector', 'industria', 'settore', 'setor'],
  employees: [
    'mitarbeiter', 'mitarbeiteranzahl', 'anzahl mitarbeiter', 'effectif', 'effectifs', 'empleados', 'número de empleados',
    'dipendenti', 'numero dipendenti', 'medewerkers', 'aantal medewerkers', 'funcionários', 'funcionarios',
  ],
  notes: ['notizen', 'bemerkungen', 'notas', 'observaciones', 'opmerkingen', 'observações'],
  birthDate: ['geburtstag', 'geburtsdatum', 'anniversaire', 'date de naissance', 'fecha de nacimiento', 'data di nascita', 'geboortedatum', 'data de nascimento'],
};

/** Header names that look like a field but are not it (Apollo's short company name, fax numbers). */
const customNames: Readonly<Record<string, ColumnTarget>> = {
  'company name for emails': 'custom:text',
  fax: 'custom:phone',
  'fax number': 'custom:phone',
  pager: 'custom:phone',
};

const synonymIndex = new Map<string, ColumnTarget>();
for (const table of [fieldNames, localizedFieldNames]) {
  for (const [field, names] of Object.entries(table) as Array<[ContactField, readonly string[]]>) {
    for (const name of names) synonymIndex.set(compactHeaderKey(name), field);
  }
}
for (const [name, target] of Object.entries(customNames)) synonymIndex.set(compactHeaderKey(name), target);

/** A header's field by name alone, with how sure the name is. */
export interface NameMatch {
  target: ColumnTarget;
  confidence: number;
  how: 'synonym' | 'numbered' | 'suffix';
}

/** Fields a header may end with (`Work Email`, `Billing City`): weaker than a full synonym. */
const suffixFields: ReadonlyArray<readonly [readonly string[], ContactField]> = [
  [['email'], 'email'],
  [['e', 'mail'], 'email'],
  [['email', 'address'], 'email'],
  [['mail', 'address'], 'email'],
  [['phone'], 'phone'],
  [['phone', 'number'], 'phone'],
  [['mobile'], 'phone'],
  [['telephone'], 'phone'],
  [['linkedin'], 'linkedinUrl'],
  [['linkedin', 'url'], 'linkedinUrl'],
  [['city'], 'city'],
  [['zip'], 'postcode'],
  [['postcode'], 'postcode'],
  [['postal', 'code'], 'postcode'],
  [['country'], 'country'],
  [['website'], 'website'],
];

/**
 * Matches a header against generic names: a full synonym (0.9), a numbered email/phone column such
 * as `Email 2` (0.85), or a header ending in a field's name such as `Work Email` (0.65).
 */
export function matchHeaderName(words: readonly string[]): NameMatch | undefined {
  const compact = words.join('');
  const exact = synonymIndex.get(compact);
  if (exact !== undefined) return { target: exact, confidence: 0.9, how: 'synonym' };
  const unnumbered = words.filter((word) => !/^\d+$/.test(word)).join('');
  const numbered = synonymIndex.get(unnumbered);
  if (unnumbered !== compact && (numbered === 'email' || numbered === 'phone')) {
    return { target: numbered, confidence: 0.85, how: 'numbered' };
  }
  for (const [suffix, field] of suffixFields) {
    if (words.length <= suffix.length) continue;
    if (suffix.every((word, index) => words[words.length - suffix.length + index] === word)) {
      const target = field === 'linkedinUrl' && words.includes('company') ? 'companyLinkedinUrl' : field;
      return { target, confidence: 0.65, how: 'suffix' };
    }
  }
  return undefined;
}

/** Trailing words that do not change what a header names (`Email Address`, `Phone Number 2`). */
const neutralTailWords: ReadonlySet<string> = new Set(['address', 'addr', 'number', 'no', 'num', 'value']);
const emailWords: ReadonlySet<string> = new Set(['email', 'mail']);
const phoneWords: ReadonlySet<string> = new Set(['phone', 'fax', 'tel', 'mobile', 'pager', 'cell', 'telephone']);

/**
 * A custom column's type from its header words: `street_number` and `soc_sec_id` → id,
 * `address_2` → address, `Director` → name, `Created At` → date. Email and phone come from the
 * head word only, the last one (`Secondary Email`, `Fax Number`): `Email Status`, `Phone Type` and
 * `Last marketing email open date` are about an email or a phone, not one.
 */
export function customTypeHint(words: readonly string[]): FieldType | undefined {
  const has = (...candidates: string[]) => candidates.some((word) => words.includes(word));
  const last = words[words.length - 1];
  const head = headWord(words);
  if (has('zip', 'postcode', 'postal')) return 'postcode';
  if (head !== undefined && emailWords.has(head)) return 'email';
  if (head !== undefined && phoneWords.has(head)) return 'phone';
  if (has('url', 'website', 'link', 'homepage', 'domain', 'linkedin', 'twitter', 'facebook')) return 'url';
  if (has('date', 'dob', 'birthday', 'anniversary', 'until') || last === 'at' || last === 'on') return 'date';
  if (has('id', 'uuid', 'guid', 'key', 'ref', 'number', 'num', 'no', 'code')) return 'id';
  if (has('address', 'street', 'addr', 'suburb', 'city', 'town')) return 'address';
  if (has('name', 'director', 'owner', 'manager', 'assistant', 'spouse', 'surname', 'contact')) return 'name';
  return undefined;
}

/** The last word of a header that is not a number or a neutral tail word (`address`, `number`). */
function headWord(words: readonly string[]): string | undefined {
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] as string;
    if (!/^\d+$/.test(word) && !neutralTailWords.has(word)) return word;
  }
  return undefined;
}

/** A custom type from content alone, when most sample values agree. */
export function sniffedType(profile: ValueProfile): FieldType | undefined {
  if (profile.count === 0) return undefined;
  const share = (kind: keyof ValueProfile['shares']) => profile.shares[kind] ?? 0;
  if (share('email') >= 0.6) return 'email';
  if (share('linkedin') + share('linkedin-company') + share('url') >= 0.6) return 'url';
  if (share('date') + profile.compactDate >= 0.6) return 'date';
  if (share('phone') >= 0.6) return 'phone';
  if (share('postcode') >= 0.6) return 'postcode';
  if (share('digits') + share('id') >= 0.6) return 'id';
  return undefined;
}

/** Share of sample values that fit a canonical field (1 when any text fits). */
export function fieldFit(field: ContactField, profile: ValueProfile): number {
  const share = (kind: keyof ValueProfile['shares']) => profile.shares[kind] ?? 0;
  switch (field) {
    case 'email':
      return share('email');
    case 'phone':
      return share('phone') + profile.phoneDigits;
    case 'linkedinUrl':
      return share('linkedin');
    case 'companyLinkedinUrl':
      return share('linkedin-company') + share('linkedin');
    case 'website':
      return share('url') + share('linkedin-company');
    case 'birthDate':
    case 'connectedOn':
      return share('date') + profile.compactDate;
    case 'postcode':
      return share('postcode') + profile.shortDigits;
    case 'employees':
      return Math.min(1, share('digits') + share('number') + profile.range);
    case 'externalId':
    case 'notes':
    case 'tags':
      return 1;
    default:
      return Math.max(
        0,
        1 - share('email') - share('linkedin') - share('linkedin-company') - share('url') - share('phone') - share('date') - share('digits') - share('number'),
      );
  }
}
