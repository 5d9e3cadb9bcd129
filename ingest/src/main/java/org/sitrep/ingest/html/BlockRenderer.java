package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an element as blocks of text the way a reader sees it: a block element ends a paragraph, a br ends a
 * line, runs of white space are one space; lists and tables that are mostly links (related stories, tag clouds) are
 * dropped.
 */
public final class BlockRenderer {

    /** The element's paragraphs, in order. */
    public List<String> blocks(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        renderNode(root, current, blocks);
        flush(current, blocks);
        return blocks;
    }

    private static void renderNode(Node node, StringBuilder current, List<String> blocks) {
        if (node instanceof TextNode text) {
            String value = text.getWholeText();
            appendText(current, value);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            current.append('\n');
            return;
        }
        boolean block = MainTextExtractor.BLOCKS.contains(tag);
        if (block) {
            if (dropsAsBlock(e)) {
                return;
            }
            flush(current, blocks);
        }
        for (Node child : e.childNodes()) {
            renderNode(child, current, blocks);
        }
        if (block) {
            flush(current, blocks);
        }
    }

    /** Lists and tables of links (related stories, tag clouds) inside the article frame. */
    private static boolean dropsAsBlock(Element e) {
        String tag = e.normalName();
        if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("table") || tag.equals("section")
                || tag.equals("p") || tag.equals("li"))) {
            return false;
        }
        String text = e.text();
        if (text.isEmpty()) {
            return true;
        }
        double density = MainTextExtractor.linkDensity(e);
        return density > 0.5 && text.length() < 1000 || density > 0.33 && !text.contains(". ") && text.length() < 300;
    }

    private static void appendText(StringBuilder current, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space) {
                if (current.length() > 0 && !Character.isWhitespace(current.charAt(current.length() - 1))) {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String block = current.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }

}
