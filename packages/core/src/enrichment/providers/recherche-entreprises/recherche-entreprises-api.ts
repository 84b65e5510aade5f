import { z } from 'zod';

/**
 * recherche-entreprises wire schemas (lenient).
 *
 * @see https://recherche-entreprises.api.gouv.fr/docs/ (`__fixtures__/open-api.yml` upstream)
 * @internal
 */
export const rechercheEntreprisesResultSchema = z.object({
  siren: z.string().nullish(),
  nom_complet: z.string().nullish(),
  nom_raison_sociale: z.string().nullish(),
  nature_juridique: z.string().nullish(),
  date_creation: z.string().nullish(),
  date_fermeture: z.string().nullish(),
  etat_administratif: z.string().nullish(),
  activite_principale: z.string().nullish(),
  tranche_effectif_salarie: z.string().nullish(),
  siege: z
    .object({
      libelle_commune: z.string().nullish(),
      code_pays_etranger: z.string().nullish(),
      activite_principale: z.string().nullish(),
    })
    .nullish(),
});

/** @internal */
export type RechercheEntreprisesResult = z.infer<typeof rechercheEntreprisesResultSchema>;

/** Response of `GET /search`. @internal */
export const rechercheEntreprisesSearchSchema = z.object({
  results: z.array(rechercheEntreprisesResultSchema).nullish(),
  total_results: z.number().nullish(),
});
