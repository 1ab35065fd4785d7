import { AutofillSection } from '../../../../components/panel/autofill/AutofillSection';
import { defineFeature } from '../../feature';
import { startAutofill } from './controller';
import type { AutofillState } from './state';

/**
 * Ticket auto-fill (issue 3): extracts the customer's details from the chat
 * on the page, shows them for review with their evidence, and writes the
 * accepted ones into the console's own ticket fields, with undo and audit.
 */
export const autofillFeature = defineFeature<AutofillState>({
  id: 'autofill',
  order: 10,
  enabled: (s) => s.settings.features.autofill,
  start: startAutofill,
  Section: AutofillSection,
});
