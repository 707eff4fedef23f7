// The agreements table: filters and search go to the API as query parameters (and into the page URL, so a filtered
// view can be bookmarked); clicking a sortable header sorts on the server, which keeps paging consistent.
import { el, getJson, header, historyText, partyLinks, agreementHref, showError } from "./common.js";

const form = document.getElementById("filters");
const body = document.querySelector("#agreements tbody");
const summary = document.getElementById("summary");
const pageSize = 50;
let state = Object.fromEntries(new URLSearchParams(location.search));

header("index.html");
for (const [name, value] of Object.entries(state)) {
  if (form.elements[name]) form.elements[name].value = value;
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const fields = Object.fromEntries(new FormData(form));
  state = { ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== "")), sort: state.sort };
  load();
});
form.addEventListener("reset", () => {
  state = {};
  setTimeout(load);
});
document.querySelectorAll("th[data-sort]").forEach((th) => {
  th.tabIndex = 0;
  const sort = () => {
    const key = th.dataset.sort;
    state = { ...state, sort: state.sort === key ? `-${key}` : key, page: undefined };
    load();
  };
  th.addEventListener("click", sort);
  th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(); });
});
document.getElementById("previous").addEventListener("click", () => turn(-1));
document.getElementById("next").addEventListener("click", () => turn(1));

function turn(delta) {
  state = { ...state, page: String(Math.max(1, Number(state.page || 1) + delta)) };
  load();
}

async function load() {
  const query = new URLSearchParams(Object.entries({ ...state, pageSize }).filter(([, v]) => v !== undefined && v !== ""));
  history.replaceState(null, "", `?${query}`);
  document.querySelectorAll("th[data-sort]").forEach((th) => {
    const key = th.dataset.sort;
    th.ariaSort = state.sort === key ? "ascending" : state.sort === `-${key}` ? "descending" : "none";
  });
  try {
    const page = await getJson(`api/agreements?${query}`);
    render(page);
  } catch (error) {
    body.replaceChildren();
    showError(summary, error);
  }
}

function render(page) {
  const first = (page.page - 1) * page.pageSize;
  summary.textContent = page.total === 0
    ? "No agreement matches."
    : `${page.totalExact ? "" : "at least "}${page.total} agreement${page.total === 1 ? "" : "s"}; showing ${first + 1}–${first + page.items.length}.`;
  body.replaceChildren(...page.items.map((a) => el("tr", { dataset: { id: a.id } },
    el("td", {}, partyLinks(a.parties)),
    el("td", {}, el("a", { href: agreementHref(a.id), textContent: a.date || "undated" })),
    el("td", { textContent: a.status.replace("_", " ") }),
    el("td", { textContent: a.kind }),
    el("td", { className: "history", textContent: historyText(a.history) }),
    el("td", { textContent: a.place || "" }),
    el("td", { className: "number", textContent: a.reports === a.sources ? a.sources : `${a.reports}/${a.sources}` }),
    el("td", { className: "number", textContent: a.confidence.toFixed(2) }),
    el("td", { className: `review ${a.review}`, textContent: a.review + (a.edited ? " (edited)" : "") }))));
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  document.getElementById("page").textContent = `page ${page.page} of ${pages}${page.totalExact ? "" : "+"}`;
  document.getElementById("previous").disabled = page.page <= 1;
  document.getElementById("next").disabled = first + page.items.length >= page.total;
}

load();
