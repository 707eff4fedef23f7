// The review queue: each unreviewed agreement with its first evidence sentence and confirm / reject buttons; the
// full record, and edit, merge and split, are on the agreement page.
import { el, getJson, header, partyLinks, agreementHref, showError } from "./common.js";
import { decide, token, tokenForm } from "./review-client.js";

header("review.html");
const message = document.getElementById("message");
document.getElementById("token").append(tokenForm(() => {
  message.textContent = token() ? "Token set for this tab." : "Token cleared.";
}));

async function load() {
  let queue;
  try {
    queue = await getJson("api/review/queue");
  } catch (error) {
    showError(message, error);
    return;
  }

  if (queue.length === 0) message.textContent = "Nothing to review.";
  document.querySelector("#queue tbody").replaceChildren(...queue.map((a) => el("tr", { dataset: { id: a.id } },
    el("td", {}, el("a", { href: agreementHref(a.id), textContent: a.id })),
    el("td", {}, partyLinks(a.parties)),
    el("td", { textContent: a.date || "undated" }),
    el("td", { textContent: a.status.replace("_", " ") }),
    el("td", { className: "number", textContent: a.confidence.toFixed(2) }),
    el("td", { className: "quote", textContent: "" }),
    el("td", { className: "decision" },
      el("button", { type: "button", className: "confirm", textContent: "Confirm", onclick: () => act(a.id, "confirm") }),
      el("button", { type: "button", className: "reject", textContent: "Reject", onclick: () => act(a.id, "reject") })))));
  // The evidence comes with each agreement's detail; fetched after the table is shown.
  for (const row of document.querySelectorAll("#queue tbody tr")) {
    getJson(`api/agreements/${encodeURIComponent(row.dataset.id)}`)
      .then((detail) => { row.querySelector(".quote").textContent = detail.evidence[0]?.quote ?? ""; })
      .catch(() => {});
  }
}

async function act(id, action) {
  try {
    await decide(id, action);
    message.className = "message";
    message.textContent = `${id}: ${action === "confirm" ? "confirmed" : "rejected"}.`;
    await load();
  } catch (error) {
    message.className = "message error";
    message.textContent = `${id}: ${error.message}`;
  }
}

load();
