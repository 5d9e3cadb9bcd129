package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnnotationPageTest {

    @Test
    void hostileTextAndAnnotationAreEscaped() {
        String text = "Before <script>alert(1)</script> and \" onmouseover=\"x ' end <SCRIPT src=x>";
        Map<String, Object> place = span(text, "script>alert");
        place.put("name", "<script>alert(2)</script>");
        place.put("country", "\" onmouseover=\"y");
        Map<String, Object> actor = span(text, "\" onmouseover=\"x '");
        actor.put("actor", "'><img src=x onerror=alert(3)>");
        actor.put("inter", 1);
        Map<String, Object> event = span(text, "alert");
        event.put("event_id", "<script>e</script>");
        event.put("event_type", "\"><b>");
        event.put("sub_event_type", "&amp;");
        Map<String, Object> annotation = annotation("<script>id</script>", List.of(place), List.of(), List.of(actor),
                List.of(event));

        String html = AnnotationPage.render(text, annotation);

        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("&lt;SCRIPT src=x&gt;"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&amp;amp;"), html);
        assertFalse(html.contains("\" onmouseover"), html);
        assertTrue(html.contains("&quot; onmouseover=&quot;x &#39;"), html);
        assertTrue(html.contains("<title>sitrep annotate: &lt;script&gt;id&lt;/script&gt;</title>"), html);
        assertBalanced(html);
        // every attribute value the page writes is a quoted run free of quotes and angle brackets
        Matcher tags = Pattern.compile("<[^>]*>").matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            String unquoted = tag.replaceAll("\"[^\"]*\"", "\"\"");
            assertEquals(0, tag.chars().filter(c -> c == '"').count() % 2, tag);
            assertFalse(tag.contains("'"), tag);
            assertFalse(unquoted.toLowerCase(Locale.ROOT).matches("(?s).*\\son[a-z]+=.*"), tag);
        }
    }

    @Test
    void codePointOffsetsWithAstralCharacters() {
        String text = "🔥 Bombs hit Homs 🔥";
        // code points: 🔥=0, ' '=1, "Bombs"=2..6, ' '=7, "hit"=8..10, ' '=11, "Homs"=12..15
        Map<String, Object> place = item(12, 16, "Homs");
        place.put("geonameid", 169577);
        place.put("name", "Homs");
        place.put("country", "Syria");
        place.put("feature_code", "PPLA");
        place.put("lat", 34.72682);
        place.put("lon", 36.72339);
        Map<String, Object> event = item(2, 7, "Bombs");
        event.put("event_id", "e1");
        event.put("event_type", "Explosions/Remote violence");
        event.put("sub_event_type", "Shelling/artillery/missile attack");
        event.put("modality", "asserted");
        String html = AnnotationPage.render(text, annotation("doc", List.of(place), List.of(), List.of(), List.of(event)));

        assertTrue(html.contains(">Homs</mark> 🔥"), html);
        assertTrue(html.contains("🔥 <mark class=\"event\" id=\"m-1\""), html);
        assertTrue(html.contains(">Bombs</mark> hit "), html);
        assertTrue(html.contains("title=\"place: Homs, Syria (geonameid 169577, PPLA, 34.727, 36.723)\""), html);
        assertBalanced(html);
    }

    @Test
    void titlesDescribeTheResolution() {
        Map<String, Object> place = item(0, 1, "x");
        place.put("geonameid", 163345);
        place.put("name", "Ţarţūs");
        place.put("country", "Syria");
        place.put("feature_code", "PPLA");
        place.put("lat", 34.88902);
        place.put("lon", 35.88659);
        assertEquals("place: Ţarţūs, Syria (geonameid 163345, PPLA, 34.889, 35.887)",
                AnnotationPage.title("place", place));
        Map<String, Object> time = item(0, 1, "x");
        time.put("type", "DATE");
        time.put("value", "2016-09-04");
        time.put("date", "2016-09-04");
        assertEquals("time: DATE 2016-09-04", AnnotationPage.title("time", time));
        Map<String, Object> actor = item(0, 1, "x");
        actor.put("actor", "Military Forces of Syria (2000-)");
        actor.put("inter", 1);
        assertEquals("actor: Military Forces of Syria (2000-), inter 1", AnnotationPage.title("actor", actor));
        Map<String, Object> event = item(0, 1, "x");
        event.put("event_id", "e-7");
        event.put("event_type", "Explosions/Remote violence");
        event.put("sub_event_type", "Air/drone strike");
        assertEquals("event: Explosions/Remote violence / Air/drone strike (e-7)", AnnotationPage.title("event", event));
        Map<String, Object> number = item(0, 1, "x");
        number.put("role", "killed");
        number.put("low", 3);
        number.put("high", 5);
        assertEquals("number: killed 3-5", AnnotationPage.title("number", number));
    }

    @Test
    void overlappingAndOutOfRangeMentionsStayBalanced() {
        String text = "Syrian army shelled 12 houses in 😀 Aleppo on Monday.";
        List<Map<String, Object>> actors = List.of(item(0, 11, "Syrian army"), item(7, 22, "army shelled 12"));
        List<Map<String, Object>> numbers = new ArrayList<>(List.of(item(0, 6, "Syrian"), item(20, 28, "12 houses"),
                item(-5, 3, "neg"), item(40, 1000, "past end"), item(30, 25, "inverted"), item(2000, 3000, "far")));
        Map<String, Object> noOffsets = new LinkedHashMap<>();
        noOffsets.put("text", "no offsets");
        numbers.add(noOffsets);
        Map<String, Object> strings = item(0, 1, "s");
        strings.put("start", "0");
        numbers.add(strings);
        List<Map<String, Object>> events = List.of(item(12, 19, "shelled"), item(12, 19, "shelled"));
        Map<String, Object> annotation = annotation("d", List.of(item(35, 41, "Aleppo")), List.of(item(45, 51, "Monday")),
                actors, events);
        annotation.put("numbers", numbers);
        annotation.put("sources", "not a list");

        String html = AnnotationPage.render(text, annotation);

        assertBalanced(html);
        assertTrue(html.contains(">Aleppo</mark>"), html);
        assertTrue(html.contains(">Monday</mark>"), html);
        assertTrue(html.contains("overlapping, not highlighted"), html);
        assertEquals(text, html.substring(html.indexOf("<div class=\"text\">") + 18, html.indexOf("</div>"))
                .replaceAll("<[^>]*>", ""), "the text comes through whole");
        // null and empty inputs too
        assertBalanced(AnnotationPage.render(null, null));
        assertBalanced(AnnotationPage.render("", Map.of()));
        assertBalanced(AnnotationPage.render("😀😀", Map.of("places", List.of(item(1, 2, "😀")))));
        assertTrue(AnnotationPage.render("a😀b", Map.of("places", List.of(item(1, 2, "😀")))).contains(">😀</mark>b"));
    }

    @Test
    void eventsListLinksToTriggers() {
        String text = "Air strikes killed five; a drone struck again.";
        Map<String, Object> first = event(item(4, 11, "strikes"), "e1", "Air/drone strike");
        Map<String, Object> second = event(item(33, 39, "struck"), "e1", "Air/drone strike");
        Map<String, Object> other = event(item(12, 18, "killed"), "e2", "Attack");
        Map<String, Object> annotation = annotation("d", List.of(), List.of(), List.of(), List.of(first, other, second));
        annotation.put("numbers", List.of(item(12, 23, "killed five")));

        String html = AnnotationPage.render(text, annotation);

        String strikesId = idBefore(html, "strikes</mark>");
        String struckId = idBefore(html, "struck</mark>");
        assertTrue(html.contains("<a href=\"#" + strikesId + "\">strikes</a>, <a href=\"#" + struckId + "\">struck</a>"),
                html);
        String killedId = idBefore(html, "killed</mark>");
        assertTrue(html.contains("<a href=\"#" + killedId + "\">killed</a>"), html);
        assertEquals(2, html.split("<li><code>", -1).length - 1, "one line per event id");
        assertTrue(html.contains("Explosions/Remote violence / Air/drone strike, asserted"), html);
        assertBalanced(html);
    }

    @Test
    void selfContained() {
        String text = "Shelling in Idlib.";
        Map<String, Object> place = item(12, 17, "Idlib");
        place.put("name", "Idlib");
        String html = AnnotationPage.render(text, annotation("d", List.of(place), List.of(), List.of(),
                List.of(event(item(0, 8, "Shelling"), "e1", "Shelling/artillery/missile attack"))));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<meta charset=\"utf-8\">"), html);
        assertTrue(html.contains("<style>"), html);
        assertTrue(html.contains("white-space:pre-wrap"), html);
        assertFalse(html.contains("http://"), html);
        assertFalse(html.contains("https://"), html);
        assertFalse(html.contains("src="), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<link"), html);
        assertFalse(html.contains("url("), html);
        assertFalse(html.contains("@import"), html);
        for (String kind : List.of("place", "time", "actor", "source", "number", "event")) {
            assertTrue(html.contains("mark." + kind + "{"), kind);
            assertTrue(html.contains("<li><mark class=\"" + kind + "\">" + kind + "</mark> "), kind);
        }
    }

    private static String idBefore(String html, String marker) {
        int at = html.indexOf(marker);
        assertTrue(at >= 0, marker);
        int id = html.lastIndexOf(" id=\"m-", at);
        return html.substring(id + 5, html.indexOf('"', id + 5));
    }

    private static void assertBalanced(String html) {
        assertEquals(count(html, "<mark"), count(html, "</mark>"), html);
        // and properly nested
        int depth = 0;
        Matcher marks = Pattern.compile("</?mark").matcher(html);
        while (marks.find()) {
            depth += marks.group().startsWith("</") ? -1 : 1;
            assertTrue(depth >= 0, html);
        }
        assertEquals(0, depth);
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    private static Map<String, Object> event(Map<String, Object> item, String id, String subType) {
        item.put("event_id", id);
        item.put("event_type", "Explosions/Remote violence");
        item.put("sub_event_type", subType);
        item.put("modality", "asserted");
        return item;
    }

    /** An item at the code point offsets of the first occurrence of {@code part}. */
    private static Map<String, Object> span(String text, String part) {
        int at = text.indexOf(part);
        int start = text.codePointCount(0, at);
        return item(start, start + part.codePointCount(0, part.length()), part);
    }

    private static Map<String, Object> item(int start, int end, String text) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("start", start);
        item.put("end", end);
        item.put("text", text);
        return item;
    }

    private static Map<String, Object> annotation(String id, List<Map<String, Object>> places,
            List<Map<String, Object>> times, List<Map<String, Object>> actors, List<Map<String, Object>> events) {
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("id", id);
        annotation.put("published", "2016-09-05");
        annotation.put("places", places);
        annotation.put("times", times);
        annotation.put("actors", actors);
        annotation.put("sources", List.of());
        annotation.put("numbers", List.of());
        annotation.put("events", events);
        return annotation;
    }
}
