// One agreement: its fields and status history, each source document with the evidence highlighted in context, its
// mentions, and the review actions (which need the token).
import { el, getJson, header, historyText, param, partyLinks, percent, showError } from "./common.js";
import { highlighted } from "./evidence.js";
import { decide, token, tokenForm } from "./review-client.js";

header("");
const id = param("id") || "";
const main = document.querySelector("main");

async function load() {
  let detail;
  try {
    detail = await getJson(`api/agreements/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(main, new Error(`No agreement '${id}': ${error.message}`));
    return;
  }

  const a = detail.agreement;
  document.title = `${a.parties.join("–")} ${a.kind} · Pacta`;
  document.getElementById("title").replaceChildren(partyLinks(a.parties), ` ${a.kind} `, el("small", { textContent: a.id }));
  const rows = [
    ["Status", a.status.replace("_", " ")],
    ["History", historyText(a.history)],
    ["Date", a.date || "undated"],
    ["Kind / domain", `${a.kind} / ${a.domain}`],
    ["Place", a.place || "—"],
    ["Signatories", a.signatories.join(", ") || "—"],
    ["Confidence", percent(a.confidence)],
    ["Reports / sources", `${a.reports} / ${a.sources}`],
    ["Review", a.review + (a.edited ? " (edited by an analyst)" : "")],
  ];
  document.getElementById("fields").replaceChildren(el("dl", { className: "fields" },
    rows.flatMap(([term, value]) => [el("dt", { textContent: term }), el("dd", { textContent: value })])));

  const documents = document.getElementById("documents");
  documents.replaceChildren();
  for (const source of detail.sources) {
    const evidence = detail.mentions.filter((m) => m.documentId === source.id).flatMap((m) => m.evidence);
    const article = el("article", { className: "source" },
      el("h3", { textContent: source.title || source.id }),
      el("p", { className: "meta", textContent: [source.published, source.source].filter(Boolean).join(" · ") }));
    documents.append(article);
    try {
      const doc = await getJson(`api/documents/${encodeURIComponent(source.id)}`);
      article.append(highlighted(doc.text, evidence));
    } catch (error) {
      article.append(el("p", { className: "error", textContent: error.message }));
    }
  }

  document.querySelector("#mentions tbody").replaceChildren(...detail.mentions.map((m) => el("tr", {},
    el("td", { className: "key", textContent: m.key }),
    el("td", { textContent: m.documentId }),
    el("td", { textContent: m.status }),
    el("td", { textContent: m.date || "" }),
    el("td", { className: "number", textContent: m.confidence.toFixed(2) }))));

  renderReview(detail);
}

function renderReview(detail) {
  const section = document.getElementById("review");
  const message = el("p", { className: "message", role: "status" });
  const act = (action, body) => async (e) => {
    e?.preventDefault();
    try {
      await decide(id, action, body?.());
      message.textContent = `${action}: done.`;
      await load();
    } catch (error) {
      message.textContent = `${action}: ${error.message}`;
      message.className = "message error";
    }
  };
  const field = el("select", { name: "field" }, ["status", "date", "kind", "domain", "place"].map((f) => el("option", { textContent: f })));
  const value = el("input", { name: "value", placeholder: "new value (empty clears date or place)" });
  const other = el("input", { name: "other", placeholder: "id of the same instrument" });
  const mention = el("select", { name: "mention" }, detail.mentions.map((m) => el("option", { value: m.key, textContent: m.key })));
  section.replaceChildren(
    el("h2", { textContent: "Review" }),
    tokenForm(() => { message.textContent = token() ? "Token set for this tab." : "Token cleared."; }),
    el("div", { className: "actions" },
      el("button", { type: "button", className: "confirm", textContent: "Confirm", onclick: act("confirm") }),
      el("button", { type: "button", className: "reject", textContent: "Reject", onclick: act("reject") })),
    el("form", { className: "inline", onsubmit: act("edit", () => ({ field: field.value, value: value.value })) },
      "Edit ", field, value, el("button", { type: "submit", textContent: "Save" })),
    el("form", { className: "inline", onsubmit: act("merge", () => ({ other: other.value.trim() })) },
      "Merge in ", other, el("button", { type: "submit", textContent: "Merge" })),
    el("form", { className: "inline", onsubmit: act("split", () => ({ mention: mention.value })) },
      "Split out ", mention, el("button", { type: "submit", textContent: "Split" })),
    message);
}

load();
