// Review actions: POST to the API with the bearer token the analyst typed. The token stays in this tab only
// (sessionStorage), never in a cookie, so other sites cannot send decisions in the analyst's name.
import { el, problemText } from "./common.js";

const key = "pacta-review-token";

export const token = () => sessionStorage.getItem(key) || "";

/** A small form to enter (or forget) the token. */
export function tokenForm(onChange) {
  const input = el("input", { type: "password", name: "token", placeholder: "Review token", value: token(), autocomplete: "off", ariaLabel: "Review token" });
  return el("form", { className: "token-form", onsubmit: (e) => {
    e.preventDefault();
    sessionStorage.setItem(key, input.value.trim());
    onChange?.();
  } }, input, el("button", { type: "submit", textContent: "Use token" }));
}

/** Records a decision; resolves with the agreement as it is afterwards, rejects with the server's reason. */
export async function decide(id, action, body = {}) {
  const response = await fetch(`api/agreements/${encodeURIComponent(id)}/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token()}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await problemText(response));
  return response.json();
}
