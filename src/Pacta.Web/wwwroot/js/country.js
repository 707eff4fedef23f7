// A state's partners: world map (world-atlas 50m, which has small states such as Singapore and Bahrain), the
// concentration chart, the partners timeline and the tables, all drawn with d3 from GET /api/countries/{iso3}.
import { el, getJson, header, param, countryHref, percent, showError } from "./common.js";

/* global d3, topojson */
header("");
const code = (param("iso3") || "").toUpperCase();
const blocColours = {
  "united-states": "#1f77b4", russia: "#d62728", china: "#e6a700", nato: "#2ca02c", csto: "#9467bd",
  eu: "#17becf", gcc: "#8c564b", others: "#7f7f7f",
};
const blocColour = (bloc) => blocColours[bloc] || "#7f7f7f";

async function load() {
  document.getElementById("title").textContent = code;
  document.getElementById("svg-link").href = `api/countries/${encodeURIComponent(code)}/chart.svg`;
  let country;
  try {
    country = await getJson(`api/countries/${encodeURIComponent(code)}`);
  } catch (error) {
    showError(document.querySelector("main"), error);
    return;
  }

  document.title = `${code} · Pacta`;
  document.getElementById("summary").textContent = country.agreements === 0
    ? `No agreement of ${code} is stored yet.`
    : `${country.agreements} agreement${country.agreements === 1 ? "" : "s"} with ${country.partners.length} partner${country.partners.length === 1 ? "" : "s"}; ` +
      `HHI ${country.hhi.toFixed(3)}, effective number of partners ${country.effectivePartners.toFixed(2)}.`;
  renderTables(country);
  drawConcentration(country.byYear);
  drawTimeline(country);
  await drawMap(country);
}

function renderTables(country) {
  document.querySelector("#partners tbody").replaceChildren(...country.partners.map((p) => el("tr", {},
    el("td", {}, el("a", { href: countryHref(p.partner), textContent: p.partner })),
    el("td", {}, el("span", { className: `swatch bloc-${p.bloc}` }), p.bloc),
    el("td", { className: "number", textContent: p.agreements }),
    el("td", { textContent: p.firstYear ?? "" }),
    el("td", { textContent: p.lastYear ?? "" }),
    el("td", { className: "number", textContent: percent(p.share) }))));
  document.querySelector("#blocs tbody").replaceChildren(...country.blocs.map((b) => el("tr", {},
    el("td", {}, el("span", { className: `swatch bloc-${b.bloc}` }), b.bloc),
    el("td", { className: "number", textContent: b.ties }),
    el("td", { className: "number", textContent: percent(b.share) }))));
}

/** A bottom axis with whole years only (a scale over two years would otherwise tick 2022.5 as "2023"). */
function yearAxis(x, most) {
  const [from, to] = x.domain();
  const years = d3.range(Math.ceil(from), Math.floor(to) + 1);
  const step = Math.max(1, Math.ceil(years.length / most));
  return d3.axisBottom(x).tickValues(years.filter((_, i) => i % step === 0)).tickFormat(d3.format("d"));
}

function drawConcentration(years) {
  const figure = d3.select("#concentration");
  figure.selectAll("svg").remove();
  const width = 460, height = 280, margin = { top: 16, right: 48, bottom: 48, left: 40 };
  const svg = figure.insert("svg", "figcaption").attr("id", "concentration-chart").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img");
  if (years.length === 0) {
    svg.append("text").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle").text("No dated agreement.");
    return;
  }
  const first = d3.min(years, (d) => d.year), last = d3.max(years, (d) => d.year);
  const x = d3.scaleLinear().domain(first === last ? [first - 1, last + 1] : [first, last]).range([margin.left, width - margin.right]);
  const yEffective = d3.scaleLinear().domain([0, Math.max(2, d3.max(years, (d) => d.effectivePartners))]).nice().range([height - margin.bottom, margin.top]);
  const yHhi = d3.scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]);
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(yearAxis(x, 8));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(yEffective).ticks(5));
  svg.append("g").attr("transform", `translate(${width - margin.right},0)`).call(d3.axisRight(yHhi).ticks(5));
  const line = (y, value) => d3.line().x((d) => x(d.year)).y((d) => y(value(d)));
  svg.append("path").datum(years).attr("class", "line effective").attr("d", line(yEffective, (d) => d.effectivePartners));
  svg.append("path").datum(years).attr("class", "line hhi").attr("d", line(yHhi, (d) => d.hhi));
  svg.append("g").selectAll("circle").data(years).join("circle")
    .attr("class", "point effective").attr("cx", (d) => x(d.year)).attr("cy", (d) => yEffective(d.effectivePartners)).attr("r", 3.5)
    .append("title").text((d) => `${d.year}: ${d.agreements} agreements, ${d.partners} partners, HHI ${d.hhi.toFixed(3)}, effective partners ${d.effectivePartners.toFixed(2)}`);
  const legend = svg.append("g").attr("class", "legend").attr("transform", `translate(${margin.left},${height - 8})`);
  legend.append("text").attr("class", "effective").text("— effective partners (left axis)");
  legend.append("text").attr("class", "hhi").attr("x", 220).text("- - HHI (right axis)");
}

function drawTimeline(country) {
  const figure = d3.select("#timeline");
  figure.selectAll("svg").remove();
  const points = country.timeline;
  const partners = country.partners.map((p) => p.partner).filter((p) => points.some((t) => t.partner === p));
  if (points.length === 0) return;
  const blocOf = Object.fromEntries(country.partners.map((p) => [p.partner, p.bloc]));
  const rowHeight = 24, margin = { top: 10, right: 20, bottom: 28, left: 60 }, width = 940;
  const height = margin.top + margin.bottom + rowHeight * partners.length;
  const first = d3.min(points, (d) => d.year), last = d3.max(points, (d) => d.year);
  const x = d3.scaleLinear().domain([first - 0.5, last + 0.5]).range([margin.left, width - margin.right]);
  const y = d3.scaleBand().domain(partners).range([margin.top, height - margin.bottom]);
  const r = d3.scaleSqrt().domain([0, d3.max(points, (d) => d.agreements)]).range([0, rowHeight / 2 - 2]);
  const svg = figure.insert("svg", "figcaption").attr("id", "timeline-chart").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img");
  svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`).call(yearAxis(x, 12));
  svg.append("g").attr("transform", `translate(${margin.left},0)`).call(d3.axisLeft(y));
  svg.append("g").selectAll("circle").data(points).join("circle")
    .attr("cx", (d) => x(d.year)).attr("cy", (d) => y(d.partner) + y.bandwidth() / 2).attr("r", (d) => Math.max(3, r(d.agreements)))
    .attr("fill", (d) => blocColour(blocOf[d.partner]))
    .append("title").text((d) => `${d.partner} ${d.year}: ${d.agreements} agreement${d.agreements === 1 ? "" : "s"}`);
}

async function drawMap(country) {
  const figure = d3.select("#map");
  figure.selectAll("svg").remove();
  const world = await (await fetch("lib/countries-50m.json")).json();
  const shapes = topojson.feature(world, world.objects.countries).features;
  const width = 480, height = 260;
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const shareById = new Map(country.partners.filter((p) => p.mapId).map((p) => [p.mapId, p]));
  const colour = d3.scaleSequential(d3.interpolateBlues).domain([0, d3.max(country.partners, (p) => p.share) || 1]);
  const svg = figure.insert("svg", "figcaption").attr("id", "world-map").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img");
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  svg.append("g").selectAll("path").data(shapes).join("path")
    .attr("d", path)
    .attr("class", (d) => (d.id === country.mapId ? "country self" : shareById.has(d.id) ? "country partner" : "country"))
    .attr("data-id", (d) => d.id ?? "")
    // A style, not the fill attribute: the stylesheet's grey for countries would win over an attribute.
    .style("fill", (d) => (shareById.has(d.id) ? colour(0.25 * colour.domain()[1] + 0.75 * shareById.get(d.id).share) : null))
    .append("title").text((d) => {
      const partner = shareById.get(d.id);
      return partner ? `${partner.partner}: ${partner.agreements} agreement(s), ${percent(partner.share)}` : d.properties.name;
    });
  // Small states (Singapore, Bahrain) are a few pixels wide: a dot at their centre keeps them visible.
  svg.append("g").selectAll("circle").data(shapes.filter((d) => shareById.has(d.id) || d.id === country.mapId)).join("circle")
    .attr("class", (d) => (d.id === country.mapId ? "self-dot" : "partner-dot")).attr("r", 2.5)
    .attr("transform", (d) => `translate(${path.centroid(d)})`);
}

load();
