// Writes the geographic centre of every country and admin-1 area of Natural Earth and of every US county, for
// the gazetteer build (scripts/build-gazetteer.sh), as "kind TAB key TAB latitude TAB longitude TAB share" lines:
//   kind     country (key: ISO 3166-1 numeric, world-atlas's feature id), admin1 (key: GeoNames admin-1 code,
//            Natural Earth's gn_a1_code) or admin2 (US counties of us-atlas; key: GeoNames admin-2 code, the
//            state's admin-1 code and the county's FIPS code, "US.TX.201");
//   centre   the mean latitude and longitude of the surface of the area's largest polygon (a country's mainland,
//            not the mean of its islands and overseas parts), every square kilometre weighing the same;
//   share    that polygon's share of the whole area's surface (1 for one piece; Indonesia's largest island holds
//            less than a third of it), for the compiler to judge whether the mainland stands for the area.
// Example: "country\t840\t39.1221\t-98.9785\t0.84" (the United States' 48 contiguous states).
// Usage: node area-centroids.js countries-10m.json admin1.geojson us-counties-10m.json out.tsv
"use strict";
const fs = require("fs");

const [countriesFile, admin1File, countiesFile, outFile] = process.argv.slice(2);

/**
 * Signed area and moments of one ring of [longitude, latitude] points, as surface integrals turned into ring
 * integrals (Green's theorem): area = ∫∫ cos φ dφ dλ, latitude moment ∫∫ φ cos φ dφ dλ, longitude moment
 * ∫∫ λ cos φ dφ dλ, each edge taken by the trapezoid rule (10m edges are short). Longitudes are unwrapped
 * along the ring so that a polygon crossing the antimeridian (Russia's Chukotka) stays in one piece.
 */
function ringMoments(ring) {
    const rad = Math.PI / 180;
    let area = 0, mLat = 0, mLon = 0, offset = 0, previous = ring[0][0];
    const points = ring.map(([lon, lat]) => {
        if (lon + offset - previous > 180) offset -= 360;
        else if (lon + offset - previous < -180) offset += 360;
        previous = lon + offset;
        return [previous * rad, lat * rad];
    });
    for (let i = 0; i + 1 < points.length; i++) {
        const [l0, p0] = points[i], [l1, p1] = points[i + 1];
        const dl = l1 - l0;
        area -= dl * (Math.sin(p0) + Math.sin(p1)) / 2;
        mLat -= dl * (p0 * Math.sin(p0) + Math.cos(p0) + p1 * Math.sin(p1) + Math.cos(p1)) / 2;
        mLon -= dl * (l0 * Math.sin(p0) + l1 * Math.sin(p1)) / 2;
    }
    return {area, mx: mLon, my: mLat};
}

/** A polygon's area and moments: its outer ring counts positive, its holes negative, whatever their winding. */
function polygonMoments(rings) {
    const total = {area: 0, mx: 0, my: 0};
    rings.forEach((ring, i) => {
        const m = ringMoments(ring);
        const sign = (m.area >= 0 ? 1 : -1) * (i === 0 ? 1 : -1);
        total.area += sign * m.area;
        total.mx += sign * m.mx;
        total.my += sign * m.my;
    });
    return total;
}

/** The centre of the largest of some polygons and its share of their whole area; null when they have none. */
function centre(polygons) {
    const moments = polygons.map(polygonMoments).filter(m => m.area > 0);
    if (moments.length === 0) return null;
    const largest = moments.reduce((a, b) => (b.area > a.area ? b : a));
    const whole = moments.reduce((sum, m) => sum + m.area, 0);
    const longitude = ((largest.mx / largest.area) * 180 / Math.PI + 540) % 360 - 180;
    return {latitude: (largest.my / largest.area) * 180 / Math.PI, longitude, share: largest.area / whole};
}

/** TopoJSON arcs, delta-decoded and transformed to longitude/latitude. */
function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
    return topology.arcs.map(arc => {
        let x = 0, y = 0;
        return arc.map(([dx, dy]) => {
            x += dx;
            y += dy;
            return [x * sx + tx, y * sy + ty];
        });
    });
}

/** A TopoJSON ring (arc indexes, ~i for arc i reversed) as points; each arc after the first repeats a point. */
function ringOf(arcIndexes, arcs) {
    const points = [];
    arcIndexes.forEach((index, k) => {
        const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
        points.push(...(k === 0 ? arc : arc.slice(1)));
    });
    return points;
}

/** Polygons (each a list of rings) by key, for the pieces that share a key (Australia and its Ashmore Islands). */
const polygonsByKey = {country: new Map(), admin1: new Map(), admin2: new Map()};
const add = (kind, key, polygons) => {
    const map = polygonsByKey[kind];
    map.set(key, (map.get(key) || []).concat(polygons));
};

/** The polygons of one TopoJSON geometry, as lists of rings of points. */
function polygonsOf(geometry, arcs) {
    const polygons = geometry.type === "Polygon" ? [geometry.arcs]
        : geometry.type === "MultiPolygon" ? geometry.arcs : [];
    return polygons.map(polygon => polygon.map(ring => ringOf(ring, arcs)));
}

const world = JSON.parse(fs.readFileSync(countriesFile, "utf8"));
const worldArcs = decodeArcs(world);
for (const geometry of world.objects.countries.geometries) {
    if (!geometry.id) continue; // no ISO code (Somaliland, Kosovo, Northern Cyprus, reefs): nothing to join on
    add("country", geometry.id, polygonsOf(geometry, worldArcs));
}

const admin1 = JSON.parse(fs.readFileSync(admin1File, "utf8"));
// US states by FIPS code ("US48") to their GeoNames admin-1 code ("US.TX"), to key the counties.
const stateByFips = new Map();
for (const feature of admin1.features) {
    const fips = /^US(\d\d)$/.exec(feature.properties.fips || "");
    if (fips && feature.properties.iso_a2 === "US") stateByFips.set(fips[1], feature.properties.gn_a1_code);
}
for (const feature of admin1.features) {
    const code = feature.properties.gn_a1_code;
    if (!code || !/^[A-Z]{2}\.\w+$/.test(code) || !feature.geometry) continue; // not joined to GeoNames
    const g = feature.geometry;
    add("admin1", code, g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []);
}

const counties = JSON.parse(fs.readFileSync(countiesFile, "utf8"));
const countyArcs = decodeArcs(counties);
for (const geometry of counties.objects.counties.geometries) {
    const state = stateByFips.get(geometry.id.slice(0, 2)); // none for Puerto Rico's municipios
    if (state) add("admin2", state + "." + geometry.id.slice(2), polygonsOf(geometry, countyArcs));
}

const lines = [];
for (const [kind, map] of Object.entries(polygonsByKey)) {
    for (const key of [...map.keys()].sort()) {
        const c = centre(map.get(key));
        if (c) lines.push([kind, key, c.latitude.toFixed(4), c.longitude.toFixed(4), c.share.toFixed(2)].join("\t"));
    }
}
fs.writeFileSync(outFile, lines.join("\n") + "\n");
