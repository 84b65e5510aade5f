/** ISIR web-service types namespace. */
export const isirTypesNamespace = 'http://isirws.cca.cz/types/';

const xmlSpecial = /[&<>"']/g;
const xmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(xmlSpecial, (character) => xmlEntities[character] ?? character);
}

/**
 * The SOAP 1.1 envelope of `getIsirWsCuzkData` for one IČO. Child elements are unqualified and in
 * the order the service's XSD requires (`ic` … `maxPocetVysledku`); empty elements are omitted
 * because the service rejects them.
 *
 * @see https://isir.justice.cz/isir/help/Popis_WS_2_v1_8.pdf
 */
export function buildIsirRequest(ico: string, maxResults = 50): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:typ="${isirTypesNamespace}">`,
    '<soapenv:Header/><soapenv:Body><typ:getIsirWsCuzkDataRequest>',
    `<ic>${escapeXml(ico)}</ic>`,
    `<maxPocetVysledku>${maxResults}</maxPocetVysledku>`,
    '</typ:getIsirWsCuzkDataRequest></soapenv:Body></soapenv:Envelope>',
  ].join('');
}
