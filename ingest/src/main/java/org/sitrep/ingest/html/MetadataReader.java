package org.sitrep.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.PublishedTimes;

/**
 * Reads a page's metadata: JSON-LD first (what publishers give search engines is the most careful), then Open Graph
 * and other meta tags, then the markup ({@code <time>}, rel=author, byline classes), the title element last.
 */
public final class MetadataReader {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenews", "blogposting",
            "liveblogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage", "report");

    private final ObjectMapper json;
    private final PublishedTimes times;

    public MetadataReader(ObjectMapper json, PublishedTimes times) {
        this.json = json;
        this.times = times;
    }

    public PageMetadata read(Document page, String address) {
        JsonNode ld = articleLd(page).orElse(null);
        String title = first(ldText(ld, "headline"), meta(page, "og:title"), meta(page, "twitter:title"), headline(page));
        String byline = first(ldName(ld, "author"), meta(page, "author"), meta(page, "article:author"), meta(page, "byl"),
                meta(page, "sailthru.author"), meta(page, "parsely-author"), markupByline(page));
        if (byline != null && byline.startsWith("http")) {
            byline = markupByline(page);
        }
        String publisher = first(ldName(ld, "publisher"), meta(page, "og:site_name"), meta(page, "application-name"));
        String canonical = first(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"), address);
        String language = first(attr(page, "html", "lang"), meta(page, "content-language"), ldText(ld, "inLanguage"),
                meta(page, "og:locale"));
        LocalDateTime published = Stream.of(ldText(ld, "datePublished"), meta(page, "article:published_time"),
                        meta(page, "og:article:published_time"), meta(page, "datePublished"), meta(page, "pubdate"),
                        meta(page, "publishdate"), meta(page, "date"), meta(page, "dc.date"), meta(page, "dc.date.issued"),
                        meta(page, "dcterms.created"), meta(page, "sailthru.date"), meta(page, "parsely-pub-date"),
                        attr(page, "[itemprop=datePublished]", "content"), attr(page, "[itemprop=datePublished]", "datetime"),
                        attr(page, "time[datetime]", "datetime"), ldText(ld, "dateCreated"), ldText(ld, "dateModified"))
                .map(times::parse).flatMap(Optional::stream).findFirst().orElse(null);
        return new PageMetadata(clean(title), clean(byline), clean(publisher), canonical, clean(language), published,
                ldText(ld, "articleBody"));
    }

    /** The JSON-LD object that describes the article, looked for in arrays and @graph lists. */
    private Optional<JsonNode> articleLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                List<JsonNode> nodes = new ArrayList<>();
                flatten(json.readTree(script.data()), nodes);
                for (JsonNode node : nodes) {
                    if (isArticle(node)) {
                        return Optional.of(node);
                    }
                }
            } catch (JsonProcessingException malformed) {
                // pages ship broken JSON-LD often; the meta tags still speak
            }
        }
        return Optional.empty();
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, into));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase()) && (!t.equalsIgnoreCase("webpage") || node.has("datePublished")));
    }

    private static String ldText(JsonNode ld, String field) {
        if (ld == null || ld.get(field) == null) {
            return null;
        }
        JsonNode value = ld.get(field);
        if (value.isArray()) {
            value = value.size() > 0 ? value.get(0) : null;
        }
        return value == null || value.isContainerNode() ? null : value.asText();
    }

    /** author and publisher are a name, an object with a name, or a list of either. */
    private static String ldName(JsonNode ld, String field) {
        if (ld == null || ld.get(field) == null) {
            return null;
        }
        JsonNode value = ld.get(field);
        List<String> names = new ArrayList<>();
        for (JsonNode one : value.isArray() ? value : List.of(value)) {
            if (one.isTextual()) {
                names.add(one.asText());
            } else if (one.has("name") && one.get("name").isTextual()) {
                names.add(one.get("name").asText());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String meta(Document page, String name) {
        for (Element m : page.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String attr(Document page, String query, String attribute) {
        Element e = page.selectFirst(query);
        if (e == null) {
            return null;
        }
        String value = e.attr(attribute);
        return value.isBlank() ? null : value;
    }

    /** The title element carries the site's name too: the h1 it contains, else its longest part. */
    private static String headline(Document page) {
        String title = page.title();
        for (Element h1 : page.select("h1")) {
            if (!h1.text().isBlank() && title.contains(h1.text())) {
                return h1.text();
            }
        }
        String longest = "";
        for (String part : title.split("\\s+[|\\-–—:·]\\s+")) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest;
    }

    private static String markupByline(Document page) {
        for (String query : List.of("[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]",
                ".byline", "[class*=byline]", "[class*=author-name]")) {
            Element e = page.selectFirst(query);
            if (e != null && !e.text().isBlank() && e.text().length() < 100) {
                return e.text();
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String value) {
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }
}
