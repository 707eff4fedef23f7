// Shows a document's text with its evidence sentences marked. The text is untrusted: it is cut into plain text nodes
// and <mark> elements, so markup in an article (<script>, onerror=…) stays visible text and never runs.
import { el } from "./common.js";

/** Spans [start, end) of the text that the evidence points at: by offset when the quote is there, else by search. */
export function locate(text, evidence) {
  const spans = [];
  for (const e of evidence) {
    if (text.slice(e.start, e.end) === e.quote) spans.push([e.start, e.end]);
    else {
      const at = text.indexOf(e.quote);
      if (at >= 0) spans.push([at, at + e.quote.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** A block with the whole text, evidence in <mark class="evidence">. */
export function highlighted(text, evidence) {
  const block = el("div", { className: "document-text" });
  let at = 0;
  for (const [start, end] of locate(text, evidence)) {
    block.append(document.createTextNode(text.slice(at, start)));
    block.append(el("mark", { className: "evidence", textContent: text.slice(start, end) }));
    at = end;
  }
  block.append(document.createTextNode(text.slice(at)));
  return block;
}
