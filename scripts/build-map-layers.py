#!/usr/bin/env python3
"""Builds the web map's offline boundary layers into server/src/main/resources/org/sitrep/server/web/layers/.

countries.geojson: Natural Earth 1:50m admin-0 countries, from the npm package world-atlas@2.0.2 (TopoJSON; the
package is ISC, the data public domain), decoded to GeoJSON and simplified.
admin1.geojson: Natural Earth 1:10m admin-1 polygons of the conflict countries, from
../shared/data/geonames/ne_10m_admin1_conflict_countries.geojson (public domain), simplified.

Simplification is Douglas-Peucker with a tolerance in degrees, then coordinates are rounded: the layers are for
orientation at country to province zoom, not for measuring. Standard library only; needs npm to fetch world-atlas.

Usage: scripts/build-map-layers.py [--shared ../shared]
"""
import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "server", "src", "main", "resources", "org", "sitrep", "server", "web", "layers")


def simplify(points, tolerance):
    """Douglas-Peucker on a list of [x, y]; keeps the ends."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def unwrapped(points):
    """A ring that crosses the antimeridian, moved east of it: otherwise Leaflet draws a line across the world."""
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:])):
        return [[x + 360 if x < 0 else x, y] for x, y in points]
    return points


def ring(points, tolerance, digits):
    points = unwrapped(points)
    out = []
    for x, y in simplify(points, tolerance):
        p = [round(x, digits), round(y, digits)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def polygons(geometry):
    if geometry is None:
        return []
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def simplified(geometry, tolerance, digits):
    result = []
    for polygon in polygons(geometry):
        rings = [ring(r, tolerance, digits) for r in polygon]
        if rings and rings[0] is not None:
            result.append([r for r in rings if r is not None])
    if not result:
        return None
    return {"type": "MultiPolygon", "coordinates": result}


def topojson_features(topology, name):
    """Decodes one object of a quantized TopoJSON topology to GeoJSON features."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([x * scale[0] + translate[0], y * scale[1] + translate[1]])
        arcs.append(points)

    def decode_ring(indexes):
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            points.extend(arc if not points else arc[1:])
        return points

    features = []
    for geometry in topology["objects"][name]["geometries"]:
        if geometry["type"] == "Polygon":
            coordinates = [[decode_ring(r) for r in geometry["arcs"]]]
        elif geometry["type"] == "MultiPolygon":
            coordinates = [[decode_ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "properties": geometry.get("properties", {}),
                         "geometry": {"type": "MultiPolygon", "coordinates": coordinates}})
    return features


def write(name, features):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, separators=(",", ":"), ensure_ascii=False)
    print(f"{path}: {len(features)} features, {os.path.getsize(path) // 1024} KiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "world-atlas@2.0.2", "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(tmp, "world-atlas-2.0.2.tgz")) as tar:
            topology = json.load(tar.extractfile("package/countries-50m.json"))
    countries = []
    for feature in topojson_features(topology, "countries"):
        geometry = simplified(feature["geometry"], 0.03, 2)
        if geometry:
            countries.append({"type": "Feature", "properties": {"name": feature["properties"].get("name")}, "geometry": geometry})
    write("countries.geojson", countries)

    source = os.path.join(args.shared, "data", "geonames", "ne_10m_admin1_conflict_countries.geojson")
    with open(source, encoding="utf-8") as f:
        admin1 = json.load(f)
    provinces = []
    for feature in admin1["features"]:
        geometry = simplified(feature["geometry"], 0.01, 3)
        if geometry:
            p = feature["properties"]
            provinces.append({"type": "Feature", "properties": {"name": p.get("name"), "iso_a2": p.get("iso_a2"),
                                                                "admin": p.get("admin")}, "geometry": geometry})
    write("admin1.geojson", provinces)


if __name__ == "__main__":
    sys.exit(main())
