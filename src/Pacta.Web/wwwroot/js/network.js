// The agreement network drawn by cytoscape (canvas): node size by weighted degree, edge width by agreements; a click
// on a state opens its country page. The table lists the parties by betweenness.
import { el, getJson, header, countryHref, showError } from "./common.js";

/* global cytoscape */
header("network.html");
const form = document.getElementById("years");
let graph;

form.addEventListener("submit", (e) => {
  e.preventDefault();
  load();
});

async function load() {
  const query = new URLSearchParams([...new FormData(form)].filter(([, v]) => String(v).trim() !== ""));
  let network;
  try {
    network = await getJson(`api/network?${query}`);
  } catch (error) {
    showError(document.getElementById("summary"), error);
    return;
  }

  document.getElementById("summary").textContent =
    `${network.nodes.length} parties, ${network.edges.length} pairs that signed together.`;
  const maxWeight = Math.max(1, ...network.nodes.map((n) => n.weightedDegree));
  graph?.destroy();
  graph = cytoscape({
    container: document.getElementById("graph"),
    elements: [
      ...network.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 18 + 30 * (n.weightedDegree / maxWeight), organization: n.organization } })),
      ...network.edges.map((e) => ({ data: { id: `${e.source}-${e.target}`, source: e.source, target: e.target, weight: e.agreements } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#3b6ea5", color: "#222", "font-size": 11, "text-valign": "center", "text-halign": "right" } },
      { selector: "node[?organization]", style: { shape: "round-rectangle", "background-color": "#b5651d" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 10, 1.5, 8)", "line-color": "#9bb", "curve-style": "haystack" } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 8000 },
    wheelSensitivity: 0.3,
  });
  graph.on("tap", "node", (e) => {
    if (!e.target.data("organization")) location.href = countryHref(e.target.id());
  });

  const ranked = [...network.nodes].sort((a, b) => b.betweenness - a.betweenness || b.weightedDegree - a.weightedDegree);
  document.querySelector("#nodes tbody").replaceChildren(...ranked.slice(0, 50).map((n) => el("tr", {},
    el("td", {}, n.organization ? n.id : el("a", { href: countryHref(n.id), textContent: n.id })),
    el("td", { className: "number", textContent: n.degree }),
    el("td", { className: "number", textContent: n.weightedDegree }),
    el("td", { className: "number", textContent: n.betweenness.toFixed(1) }),
    el("td", { className: "number", textContent: n.normalizedBetweenness.toFixed(3) }))));
}

load();
