import { z } from 'zod';

const code = z.object({ kode: z.string().nullish(), beskrivelse: z.string().nullish() }).nullish();
const address = z
  .object({ landkode: z.string().nullish(), poststed: z.string().nullish(), kommune: z.string().nullish() })
  .nullish();

/**
 * BRREG Enhetsregisteret wire schemas (lenient).
 *
 * @see https://data.brreg.no/enhetsregisteret/api/dokumentasjon/no/index.html
 * @internal
 */
export const brregUnitSchema = z.object({
  organisasjonsnummer: z.string().nullish(),
  navn: z.string().nullish(),
  organisasjonsform: code,
  forretningsadresse: address,
  postadresse: address,
  stiftelsesdato: z.string().nullish(),
  registreringsdatoEnhetsregisteret: z.string().nullish(),
  naeringskode1: code,
  naeringskode2: code,
  naeringskode3: code,
  antallAnsatte: z.number().nullish(),
  harRegistrertAntallAnsatte: z.boolean().nullish(),
  konkurs: z.boolean().nullish(),
  underAvvikling: z.boolean().nullish(),
  underTvangsavviklingEllerTvangsopplosning: z.boolean().nullish(),
  slettedato: z.string().nullish(),
});

/** @internal */
export type BrregUnit = z.infer<typeof brregUnitSchema>;

/** Response of `GET /enheter?navn=…` (no `_embedded` when nothing matched). @internal */
export const brregSearchSchema = z.object({
  _embedded: z.object({ enheter: z.array(brregUnitSchema).nullish() }).nullish(),
  page: z.object({ totalElements: z.number().nullish() }).nullish(),
});
