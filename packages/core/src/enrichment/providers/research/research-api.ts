import { z } from 'zod';

/**
 * The JSON a model must answer with. Every claim drawn from the pages carries `evidence`, a phrase
 * copied from the data, so it can be checked; competitors and pains are inferences and say so.
 *
 * @internal
 */
export const researchAnswerSchema = z.object({
  positioning: z.object({ text: z.string().min(3).max(600), evidence: z.string().min(3).max(400) }).nullish(),
  competitors: z.array(z.object({ name: z.string().min(1).max(120), reason: z.string().max(300).nullish() })).max(10).nullish(),
  strategicInitiatives: z.array(z.object({ text: z.string().min(3).max(400), evidence: z.string().min(3).max(400) })).max(10).nullish(),
  likelyPains: z.array(z.object({ text: z.string().min(3).max(400), basis: z.string().max(400).nullish() })).max(10).nullish(),
});

/** A validated model answer. @internal */
export type ResearchAnswer = z.infer<typeof researchAnswerSchema>;

/** What the answer must look like, as told to the model. @internal */
export const researchAnswerShape =
  '{"positioning": {"text": string, "evidence": phrase copied exactly from the data} | null, ' +
  '"competitors": [{"name": string, "reason": string}], ' +
  '"strategicInitiatives": [{"text": string, "evidence": phrase copied exactly from the data}], ' +
  '"likelyPains": [{"text": string, "basis": string}]}';
