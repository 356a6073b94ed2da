import { z } from 'zod';
import { DocumentMetaSchema, NonEmptyText } from './common.js';

/** One module of the accelerator programme and what a team leaves it with. */
export const AcceleratorModuleSchema = z.object({
  number: z.number().int().positive(),
  title: NonEmptyText,
  result: NonEmptyText,
});
export type AcceleratorModule = z.infer<typeof AcceleratorModuleSchema>;

export const AcceleratorModuleEntrySchema = AcceleratorModuleSchema.extend(DocumentMetaSchema.shape);
export type AcceleratorModuleEntry = z.infer<typeof AcceleratorModuleEntrySchema>;
