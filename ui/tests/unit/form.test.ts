import { expect, it } from "vitest";
import type { CredentialStatus } from "../../src/lib/bindings/CredentialStatus";
import { CommandError } from "../../src/lib/ipc";
import { emptyFormState, submit } from "../../src/routes/settings/form";

const saved: CredentialStatus = { provider: "bitrefill", configured: true, source: "keyring", method: "api_key", hint: "…x7Qe" };

it("a save that works hands the status on and leaves no error", async () => {
  const state = emptyFormState();
  let got: CredentialStatus | undefined;
  await submit(state, async () => saved, (status) => (got = status));
  expect(got).toEqual(saved);
  expect(state).toEqual({ busy: false, fieldErrors: {}, formError: undefined });
});

it("an error about one field goes to that field; any other to the form", async () => {
  const state = emptyFormState();
  const fieldError = new CommandError({ code: "invalid_input", field: "api_key", message: "API key: expected letters and digits." });
  await submit(state, () => Promise.reject(fieldError), () => undefined);
  expect(state.fieldErrors).toEqual({ api_key: "API key: expected letters and digits." });
  expect(state.formError).toBeUndefined();

  await submit(state, () => Promise.reject(new CommandError({ code: "keyring_unavailable", message: "No keyring." })), () => undefined);
  expect(state).toEqual({ busy: false, fieldErrors: {}, formError: "No keyring." });
});
