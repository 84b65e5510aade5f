import { z } from 'zod';

/**
 * ARES wire schemas (lenient: every field `.nullish()`).
 *
 * @see https://ares.gov.cz/swagger-ui/ (EkonomickySubjekt, EkonomickeSubjektySeznam)
 * @internal
 */
export const aresSubjectSchema = z.object({
  ico: z.string().nullish(),
  obchodniJmeno: z.string().nullish(),
  sidlo: z
    .object({
      kodStatu: z.string().nullish(),
      nazevObce: z.string().nullish(),
      textovaAdresa: z.string().nullish(),
    })
    .nullish(),
  pravniForma: z.string().nullish(),
  datumVzniku: z.string().nullish(),
  datumZaniku: z.string().nullish(),
  seznamRegistraci: z.record(z.string(), z.string().nullish()).nullish(),
  czNace: z.array(z.string()).nullish(),
});

/** @internal */
export type AresSubject = z.infer<typeof aresSubjectSchema>;

/** Response of `POST /ekonomicke-subjekty/vyhledat`. @internal */
export const aresSearchSchema = z.object({
  pocetCelkem: z.number().nullish(),
  ekonomickeSubjekty: z.array(aresSubjectSchema).nullish(),
});

/** Error body, e.g. 404 `{"kod":"NENALEZENO","popis":"…","subKod":"VYSTUP_SUBJEKT_NENALEZEN"}`. @internal */
export const aresErrorSchema = z.object({ kod: z.string().nullish(), popis: z.string().nullish(), subKod: z.string().nullish() });
