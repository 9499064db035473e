// Shared behaviour of the credential forms: run a save or clear, and route a failure to its field.
import { CommandError } from "../../lib/ipc";
import type { CredentialStatus } from "../../lib/bindings/CredentialStatus";

export interface FormState {
  busy: boolean;
  fieldErrors: Record<string, string>;
  formError: string | undefined;
}

export function emptyFormState(): FormState {
  return { busy: false, fieldErrors: {}, formError: undefined };
}

export async function submit(
  state: FormState,
  action: () => Promise<CredentialStatus>,
  done: (status: CredentialStatus) => void,
): Promise<void> {
  state.busy = true;
  state.fieldErrors = {};
  state.formError = undefined;
  try {
    done(await action());
  } catch (error) {
    if (error instanceof CommandError && error.field) {
      state.fieldErrors = { [error.field]: error.message };
    } else {
      state.formError = error instanceof Error ? error.message : String(error);
    }
  } finally {
    state.busy = false;
  }
}
