/**
 * Notion's CSV export writes a relation as each linked page's name and its address in brackets:
 * "Acme Corp (https://www.notion.so/Acme-Corp-d7210dff…)", several joined by commas. The page name is
 * what the cell means (the company); the address only says where its page is, and one company kept
 * on two pages has two addresses. The cell stays as typed: matching and reminders read the names.
 */
const PAGE_LINK = /\s*[(（]\s*[a-z][a-z0-9+.-]*:\/\/[^\s()（）]*\s*[)）]/giu;
/** A web address anywhere in a text (https://…, ftp://…). */
const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S*/giu;

/** The text without the linked pages' addresses in brackets ("Acme Corp (https://…)" → "Acme Corp"). */
export function withoutPageLinks(text: string): string {
  return text.includes('://') ? text.replace(PAGE_LINK, '').trim() : text;
}

/** The text without any web address in it: what is left to read as words. */
export function withoutUrls(text: string): string {
  return text.includes('://') ? text.replace(URL, '').trim() : text;
}
