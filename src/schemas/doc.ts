import { z } from 'zod';
import { baseSchema, frontMatter, text } from './base.ts';

/** Front matter of a free-form docs page (architecture, guides...); other tools' keys are kept (see `frontMatter`). */
export const docSchema = frontMatter({
  ...baseSchema.shape,
  /** One sentence under the title and in link previews. */
  description: text('a description').optional(),
  /** Position among its siblings in the sidebar; lower first, then by title. Default: after numbered pages. */
  order: z.number({ error: 'expected a whole number such as 1' }).int({ error: 'expected a whole number such as 1' }).optional(),
});

export type Doc = z.infer<typeof docSchema>;
