import { z } from 'zod';

const description = z.object({ languageCode: z.string().nullish(), description: z.string().nullish() });

/**
 * YTJ open-data API v3 wire schemas (lenient).
 *
 * @see https://avoindata.prh.fi/en/ytj/swagger-ui
 * @internal
 */
export const prhCompanySchema = z.object({
  businessId: z.object({ value: z.string().nullish(), registrationDate: z.string().nullish() }).nullish(),
  names: z
    .array(z.object({ name: z.string().nullish(), type: z.string().nullish(), endDate: z.string().nullish(), version: z.number().nullish() }))
    .nullish(),
  mainBusinessLine: z.object({ type: z.string().nullish(), descriptions: z.array(description).nullish() }).nullish(),
  companyForms: z
    .array(z.object({ type: z.string().nullish(), descriptions: z.array(description).nullish(), endDate: z.string().nullish() }))
    .nullish(),
  companySituations: z.array(z.object({ type: z.string().nullish(), endDate: z.string().nullish() })).nullish(),
  addresses: z
    .array(
      z.object({
        type: z.number().nullish(),
        postOffices: z.array(z.object({ city: z.string().nullish(), languageCode: z.string().nullish() })).nullish(),
      }),
    )
    .nullish(),
  tradeRegisterStatus: z.string().nullish(),
  status: z.string().nullish(),
  registrationDate: z.string().nullish(),
  endDate: z.string().nullish(),
});

/** @internal */
export type PrhCompany = z.infer<typeof prhCompanySchema>;

/** Response of `GET /companies`. @internal */
export const prhSearchSchema = z.object({
  totalResults: z.number().nullish(),
  companies: z.array(prhCompanySchema).nullish(),
});
