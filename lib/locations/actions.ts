'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { withRole } from '../auth/guard';
import { type FormState, formValues } from '../forms/form-state';
import { InvalidReferenceError } from '../incidents/edit-errors';
import { appSql } from '../store/app-sql';
import { createPlace } from './place-mutations';
import { placeInputSchema } from './schema';

export interface PlaceFormState extends FormState {
  created?: { id: number; name: string };
}

export async function createPlaceAction(
  _previous: PlaceFormState,
  formData: FormData,
): Promise<PlaceFormState> {
  const values = formValues(formData);
  return withRole('editor', values, async (user) => {
    const parsed = placeInputSchema.safeParse(values);
    if (!parsed.success)
      return { errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, values };
    try {
      const id = await createPlace(await appSql(), { input: parsed.data, userId: user.id });
      revalidatePath('/incidents');
      return {
        ok: true,
        message: `Added “${parsed.data.name}” to the gazetteer.`,
        created: { id, name: parsed.data.name },
      };
    } catch (error) {
      if (error instanceof InvalidReferenceError)
        return { errors: { [error.field]: [error.message] }, values };
      throw error;
    }
  });
}
