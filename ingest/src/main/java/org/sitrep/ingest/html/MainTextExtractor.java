package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main text of an article page by content scoring, with no rule for any one site.
 *
 * <p>Boilerplate is removed first: scripts, forms, navigation, asides, captions and elements whose class or id
 * names them as comments, sharing, related links, promotions and the like. Each remaining paragraph then votes for
 * its parent (and half a vote for its grandparent) with a weight that grows with its length and its commas; a
 * candidate's score is discounted by the share of its text inside links. The best candidate is taken with those of
 * its siblings that look like more of the same text, and rendered block by block, dropping blocks that are mostly
 * links or short lines carrying no sentence.
 */
public final class MainTextExtractor {
    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|disqus|share|sharing|social|related|recommend|promo|sidebar|footer|masthead|navbar|menu|"
                    + "newsletter|subscribe|signup|advert|sponsor|\\bads?\\b|banner|breadcrumb|caption|byline|author-info|"
                    + "\\btags?\\b|widget|popup|modal|cookie|consent|paywall|outbrain|taboola|skip|print|toolbar|"
                    + "more-from|most-popular|most-read|trending|read-more|further-reading|credit|\\brail\\b|right-rail|side-rail|overlay|\\bhidden\\b|"
                    + "enlarge|lightbox|gallery-nav|pagination|tooltip|audio-player|video-player|inline-link|see-also",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKELY = Pattern.compile(
            "article|\\bbody\\b|content|story|entry|main|post|text|column|prose", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story|prose|paragraph", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|meta|footer|footnote|foot|sidebar|sponsor|shoutbox|promo|related|scroll|share|social|"
                    + "widget|masthead|media|caption|byline|nav|menu|ad-|advert|teaser|recirc|newsletter",
            Pattern.CASE_INSENSITIVE);
    /** Elements that name themselves the article's frame: what holds one is not boilerplate, whatever its name. */
    private static final String ARTICLE_FRAME = "article, main, [itemprop=articleBody], "
            + "[class~=(?i)(post|entry|article|story)[-_]?(body|content|text)], [id~=(?i)(post|entry|article|story)[-_]?(body|content|text)]";
    private static final Set<String> STRIP_TAGS = Set.of("script", "style", "noscript", "iframe", "form", "nav",
            "aside", "footer", "button", "svg", "select", "input", "textarea", "template", "figcaption", "object",
            "embed", "canvas", "video", "audio", "map", "dialog", "menu", "link", "meta");
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figure", "header", "address", "hr", "center", "details", "summary", "tbody", "thead");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3");

    private final BlockRenderer renderer;

    public MainTextExtractor(BlockRenderer renderer) {
        this.renderer = renderer;
    }

    /** The main text, paragraphs separated by blank lines; empty when the page has none. */
    public String extract(Document page) {
        Document copy = page.clone();
        Element body = copy.body();
        if (body == null) {
            return "";
        }
        removeBoilerplate(body);
        Candidate top = bestCandidate(body);
        List<String> blocks = new ArrayList<>();
        for (Element part : withRepeatedFrames(body, top.element(), withRelatedSiblings(top))) {
            blocks.addAll(renderer.blocks(part));
        }
        return String.join("\n\n", keepSentences(blocks));
    }

    private static void removeBoilerplate(Element body) {
        int pageText = body.text().length();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.parent() == null) {
                continue;
            }
            boolean boilerplate = STRIP_TAGS.contains(e.normalName()) || isHidden(e) || isUnlikely(e);
            // some sites wrap the whole page in a form or a "rail" layout: never drop what holds most of the page
            if (boilerplate && (e.normalName().equals("form") || !STRIP_TAGS.contains(e.normalName()))
                    && holdsTheArticle(e, pageText)) {
                continue;
            }
            if (boilerplate) {
                e.remove();
            }
        }
    }

    private static boolean holdsTheArticle(Element e, int pageText) {
        return e.text().length() * 2 > pageText || e.selectFirst(ARTICLE_FRAME) != null;
    }

    private static boolean isHidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase();
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200
                || style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** A class or id that names boilerplate, on an element that is not itself the article's frame. */
    private static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("a")) {
            return false;
        }
        String names = e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("itemprop");
        if (names.isBlank() || !UNLIKELY.matcher(names).find()) {
            return false;
        }
        // a frame named both "article-body" and "share-tools" is kept when it holds the text
        return !LIKELY.matcher(names).find() || e.text().length() < 400;
    }

    /** The frame chosen to hold the article, and its score. */
    private record Candidate(Element element, double score) {
    }

    private static Candidate bestCandidate(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String text = paragraphText(e);
            if (text.length() < 25) {
                continue;
            }
            double vote = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            // a div's loose text is its own paragraph: it votes for the div itself
            boolean loose = !PARAGRAPHS.contains(e.normalName());
            Element parent = loose ? e : e.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, vote, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, vote / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = (entry.getValue() + classWeight(candidate)) * (1 - linkDensity(candidate));
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        if (best == null) {
            return new Candidate(body, 0);
        }
        // climb while the parent holds little more than this candidate: the whole article, not one column of it
        Element chosen = best;
        while (chosen.parent() != null && chosen.parent() != body) {
            Element parent = chosen.parent();
            Double parentScore = scores.get(parent);
            if (parentScore == null || parentScore * (1 - linkDensity(parent)) < bestScore * 0.75) {
                break;
            }
            chosen = parent;
        }
        return new Candidate(chosen, scores.getOrDefault(chosen, bestScore));
    }

    /** Paragraph tags vote with their text; other blocks with the text they hold outside their own blocks. */
    private static String paragraphText(Element e) {
        if (PARAGRAPHS.contains(e.normalName())) {
            return e.text();
        }
        if (!e.normalName().equals("div") && !e.normalName().equals("section") && !e.normalName().equals("article")) {
            return "";
        }
        StringBuilder inline = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.text());
            } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
                inline.append(c.text());
            }
        }
        return inline.toString().strip();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，') {
                n++;
            }
        }
        return n;
    }

    private static double classWeight(Element e) {
        double weight = 0;
        for (String name : List.of(e.className(), e.id())) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / total);
    }

    /** Siblings of the top candidate that carry paragraphs of the same kind: a story split over several frames. */
    private static List<Element> withRelatedSiblings(Candidate candidate) {
        Element top = candidate.element();
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = candidate.score();
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            String text = sibling.text();
            double density = linkDensity(sibling);
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            double score = paragraphScore(sibling) + bonus;
            if (score >= threshold && density < 0.3) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p") && text.length() > 80 && density < 0.25) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p") && text.length() > 0 && density == 0 && text.matches(".*[.!?]\\s*$")) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /**
     * Pages that break a story with ads or pictures repeat its frame: elements of the same tag and class as the
     * chosen one, elsewhere on the page, that hold prose are more of the story, in page order.
     */
    private static List<Element> withRepeatedFrames(Element body, Element top, List<Element> parts) {
        if (top.className().isBlank() || top.normalName().equals("body")) {
            return parts;
        }
        List<Element> all = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            boolean sameFrame = e.normalName().equals(top.normalName()) && e.className().equals(top.className());
            boolean inParts = parts.stream().anyMatch(p -> p == e || e.parents().contains(p) || p.parents().contains(e))
                    || all.stream().anyMatch(a -> e.parents().contains(a));
            if (parts.contains(e)) {
                all.add(e);
            } else if (sameFrame && !inParts && paragraphScore(e) >= 3 && linkDensity(e) < 0.3) {
                all.add(e);
            }
        }
        return all.size() > parts.size() ? all : parts;
    }

    private static double paragraphScore(Element e) {
        double score = 0;
        for (Element p : e.select("p")) {
            String text = p.text();
            if (text.length() >= 25) {
                score += 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            }
        }
        return score;
    }

    /**
     * Drops trailing and leading lines that carry no sentence (share prompts, "Advertisement", credits), while
     * keeping short lines in between: subheadings inside the story are part of its text.
     */
    private static List<String> keepSentences(List<String> blocks) {
        int from = 0;
        int to = blocks.size();
        while (from < to && !isSentence(blocks.get(from))) {
            from++;
        }
        while (to > from && !isSentence(blocks.get(to - 1))) {
            to--;
        }
        List<String> kept = new ArrayList<>();
        for (String block : blocks.subList(from, to)) {
            if (!isFurniture(block)) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean isSentence(String block) {
        return block.length() >= 60 || block.matches("(?s).*\\p{L}.*[.!?…\"”’)]$") && block.split("\\s+").length >= 5;
    }

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(advertisement|ad|story continues below.*|continue reading.*|read more.*|related:.*|"
                    + "share this.*|click here.*|sign up.*|subscribe.*|image:.*|photo:.*|\\(?photo credit.*)$");

    private static boolean isFurniture(String block) {
        return block.length() < 120 && FURNITURE.matcher(block).matches();
    }
}
