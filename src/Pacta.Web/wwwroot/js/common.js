// Helpers every page shares. Article text and every value from the API are untrusted: they only ever reach the
// page through textContent or DOM attributes set one by one, never through innerHTML or string-built markup.

/** Makes an element: props are DOM properties (textContent, className, href…), children are nodes or strings. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node[key] = value;
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** GET a JSON document from the API; throws with the server's message on failure. */
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(await problemText(response));
  return response.json();
}

/** The message of an error response (problem details, validation errors or the status line). */
export async function problemText(response) {
  try {
    const problem = await response.json();
    if (problem.errors) return Object.entries(problem.errors).map(([k, v]) => `${k}: ${v.join("; ")}`).join(" · ");
    return problem.detail || problem.title || `${response.status} ${response.statusText}`;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

export const param = (name) => new URLSearchParams(location.search).get(name);

export const agreementHref = (id) => `agreement.html?id=${encodeURIComponent(id)}`;
export const countryHref = (code) => `country.html?iso3=${encodeURIComponent(code)}`;

/** Party codes as links to their country pages. */
export function partyLinks(parties) {
  const span = el("span", { className: "parties" });
  parties.forEach((code, i) => {
    if (i > 0) span.append(" – ");
    span.append(el("a", { href: countryHref(code), textContent: code }));
  });
  return span;
}

/** "planned 2024-04 → signed 2024-04-15" */
export const historyText = (history) =>
  history.map((step) => (step.date ? `${step.status} ${step.date}` : step.status)).join(" → ");

export const percent = (share) => `${(share * 100).toFixed(1)} %`;

/** Shows an error where the content would be. */
export function showError(container, error) {
  container.replaceChildren(el("p", { className: "error", role: "alert", textContent: String(error.message || error) }));
}

/** The navigation bar at the top of every page. */
export function header(current) {
  const links = [
    ["index.html", "Agreements"],
    ["network.html", "Network"],
    ["review.html", "Review queue"],
  ];
  const nav = el("nav", {},
    el("a", { className: "brand", href: "index.html", textContent: "Pacta" }),
    links.map(([href, text]) => el("a", { href, textContent: text, className: current === href ? "current" : "" })),
    el("form", { className: "country-jump", onsubmit: (e) => {
      e.preventDefault();
      const code = e.target.elements.iso3.value.trim().toUpperCase();
      if (code) location.href = countryHref(code);
    } },
    el("input", { name: "iso3", placeholder: "Country (ISO3)", size: 12, maxLength: 5, ariaLabel: "Country code" }),
    el("button", { type: "submit", textContent: "Go" })));
  document.body.prepend(el("header", {}, nav));
}
