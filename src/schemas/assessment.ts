import { z } from 'astro/zod';
import { IsoDate, Localized, Rating, SourceUrl, Verification } from './common.ts';

/** A provision cited by an assessment: law id and article. */
export const Citation = z.strictObject({
  /** Law id, "cc/slug". */
  law: z.string().min(1),
  /** Article number exactly as listed in the law's provisions. */
  article: z.string().min(1),
});
export type Citation = z.output<typeof Citation>;

/** An earlier rating, kept when the rating changes. */
export const PastRating = z.strictObject({
  rating: Rating,
  /** Date the earlier rating was given. */
  date: IsoDate,
  /** Why it changed afterwards. */
  reason: Localized,
});

/** One entry of content/countries/<cc>/assessments.yaml — a country against one requirement. */
export const AssessmentSchema = z.strictObject({
  /** Requirement id. */
  requirement: z.string().min(1),
  /** Rating on the scale (see README). */
  rating: Rating,
  /** Provisions the rating rests on. */
  provisions: z.array(Citation).default([]),
  /** Why this rating; for Non-compliant, what is missing; for Not assessed, what was searched and why it could not be settled. */
  rationale: Localized.optional(),
  /** What a drafter could do. */
  recommendation: Localized.optional(),
  /** Sources read. */
  sources: z.array(SourceUrl).default([]),
  /** Date of the review. */
  reviewed: IsoDate,
  /** primary-text: provision read at the source; secondary-source: evaluation report or legal analysis; unverified. */
  verification: Verification,
  /** Earlier ratings, oldest first. */
  history: z.array(PastRating).default([]),
});
export type Assessment = z.output<typeof AssessmentSchema>;
