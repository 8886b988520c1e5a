/**
 * Header words of Spanish, Portuguese and Italian customer lists (a shop's, a salon's, a small firm's;
 * tester h77 #5: a Madrid shop read as "1 of 10 columns"), as data, read as their English twins are,
 * in the same way as the French, German and Dutch words (european-headers.ts): listed with their
 * accents, also read typed without (Telefono, Ultima compra), whole words only, never typo-matched.
 * A bare Nombre / Nome beside Apellidos / Sobrenome / Cognome is the given name (header-map.ts).
 * Left out on purpose: Cargo (freight in an English sheet), Estado (a status, or a Mexican or
 * Brazilian state), Aniversário (a Portuguese birthday, but typed without its accent a Spanish
 * anniversary), Apelido (a Portuguese surname, a Brazilian nickname).
 */
import type { FieldId } from './fields';

export const IBERIAN_ITALIAN_HEADER_WORDS: Readonly<Partial<Record<FieldId, readonly string[]>>> = {
  customerId: ['número de cliente', 'nº cliente', 'n.º cliente', 'código de cliente', 'código cliente', 'id cliente', 'número do cliente', 'código do cliente', 'codice cliente', 'numero cliente', 'n. cliente', 'cod. cliente'],
  name: ['nombre', 'nombre completo', 'nombre y apellidos', 'nombre del cliente', 'nombre cliente', 'cliente', 'nome', 'nome completo', 'nome do cliente', 'nome e cognome', 'cognome e nome', 'nominativo', 'nome cliente'],
  firstName: ['primeiro nome', 'nome próprio'],
  lastName: ['apellidos', 'apellido', 'primer apellido', 'sobrenome', 'cognome'],
  gender: ['sexo', 'género', 'gênero', 'sesso', 'genere'],
  mobile: ['móvil', 'teléfono móvil', 'tel. móvil', 'celular', 'telemóvel', 'telefone celular', 'cellulare', 'telefono cellulare'],
  phone: ['teléfono', 'teléfono fijo', 'tfno', 'tlf', 'telefone', 'telefone fixo', 'telefono fisso'],
  email: ['correo', 'correo electrónico', 'correio eletrónico', 'correio eletrônico', 'posta elettronica', 'indirizzo email', 'indirizzo e-mail'],
  company: ['empresa', 'razón social', 'compañía', 'nombre de la empresa', 'razão social', 'nome da empresa', 'azienda', 'ragione sociale', 'ditta', 'società'],
  title: ['puesto', 'função', 'ruolo'],
  address: ['dirección', 'domicilio', 'calle', 'endereço', 'morada', 'indirizzo'],
  postcode: ['código postal', 'c.p.', 'cap'],
  province: ['provincia', 'província'],
  city: ['ciudad', 'localidad', 'población', 'municipio', 'cidade', 'localidade', 'concelho', 'città', 'comune', 'località'],
  country: ['país', 'paese', 'nazione'],
  birthday: ['fecha de nacimiento', 'f. nacimiento', 'cumpleaños', 'data de nascimento', 'data di nascita', 'compleanno'],
  contractStart: ['fecha de inicio', 'inicio del contrato', 'data de início', 'início do contrato', 'data inizio', 'inizio contratto'],
  contractEnd: ['fin de contrato', 'fecha de fin', 'fecha de vencimiento', 'vencimiento', 'fim do contrato', 'data de término', 'data de vencimento', 'vencimento', 'scadenza', 'data scadenza', 'fine contratto', 'scadenza contratto'],
  createdAt: ['cliente desde', 'fecha de alta', 'fecha de registro', 'data de registo', 'data de cadastro', 'cliente dal', 'data registrazione', 'data iscrizione'],
  lastContact: ['último contacto', 'fecha último contacto', 'último contato', 'ultimo contatto'],
  lastPurchase: ['última compra', 'fecha última compra', 'fecha de la última compra', 'último pedido', 'data da última compra', 'ultimo acquisto', 'data ultimo acquisto', 'ultimo ordine'],
  nextFollowUp: ['próximo contacto', 'seguimiento', 'fecha de seguimiento', 'próximo contato', 'acompanhamento', 'prossimo contatto', 'richiamo', 'da richiamare'],
  amount: ['total compras', 'total de compras', 'total gastado', 'importe', 'importe total', 'facturación', 'valor total', 'faturação', 'faturamento', 'totale acquisti', 'totale speso', 'fatturato', 'importo', 'importo totale'],
  owner: ['vendedor', 'vendedora', 'comercial', 'asesor', 'asesora', 'gestor', 'agente', 'responsável', 'venditore', 'venditrice', 'commerciale', 'referente'],
  status: ['situación', 'situação', 'stato'],
  notes: ['notas', 'nota', 'observaciones', 'comentarios', 'comentario', 'observações', 'comentários', 'annotazioni', 'osservazioni', 'commenti', 'note'],
  website: ['sitio web', 'página web', 'sito web', 'sito internet'],
};

/** A bare given-name header read as the whole name until a surname column stands beside it (Name | Surname, Nombre | Apellidos, Nome | Cognome). */
export const GIVEN_NAME_BESIDE_SURNAME: ReadonlySet<string> = new Set(['name', 'nombre', 'nome']);
