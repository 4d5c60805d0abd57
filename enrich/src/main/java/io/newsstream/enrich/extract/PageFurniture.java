package io.newsstream.enrich.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds what is never article text on a page: invisible elements, navigation, captions, ads, share and
 * subscribe prompts, related links and comments, known by tag, ARIA role or the words in their class and id.
 */
final class PageFurniture {

    /** Elements a reader never sees as text, or that only hold media and controls. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "frame", "frameset", "object",
            "embed", "video", "audio", "picture", "img", "button", "select", "input", "textarea", "option", "label",
            "nav", "aside", "footer", "menu", "dialog", "figcaption", "figure", "head", "link", "meta", "map", "math");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "search", "menu",
            "menubar", "toolbar", "tooltip", "figure");
    /** AMP's own furniture elements (AMP pages write {@code amp-img}, {@code amp-ad} instead of HTML ones). */
    private static final Pattern AMP_FURNITURE = Pattern.compile(
            "amp-(ad|embed|sidebar|social-share|analytics|img|anim|iframe|video|youtube|consent|user-notification|"
                    + "sticky-ad|carousel|lightbox|image-lightbox|pixel|instagram|twitter|facebook.*|list|story.*|"
                    + "geo|install-serviceworker|call-tracking|web-push.*|next-page|auto-ads|position-observer)");
    /** Words in a class or id that name furniture; matched inside longer names ("article-share-bar"). */
    private static final Pattern FURNITURE_WORDS = Pattern.compile(
            "comment|share|sharing|social|related|sidebar|footer|newsletter|subscri|breadcrumb|byline|caption"
                    + "|recommend|outbrain|taboola|cookie|popup|paywall|promo|sponsor|advert|disqus|pagination"
                    + "|widget|masthead|signup|sign-up|login|most-read|mostread|popular|trending|toolbar|dateline"
                    + "|skip-link|skiplink|printonly|print-only|sr-only|visually-hidden|visuallyhidden|screen-reader"
                    + "|author-bio|authorbio|credit|copyright|disclaimer|read-more|readmore|more-stories|tags-list"
                    + "|taglist|keywords|gallery|slideshow|carousel|modal|overlay|banner|teaser-list|rating|poll"
                    + "|livefyre|whatsapp|pinterest|linkedin|podcast-player|consent|gdpr|privacy",
            Pattern.CASE_INSENSITIVE);
    /**
     * A word that names a prompt ("article-newsletter-signup") whatever article words stand beside it; others that
     * looked as sure ("related", "paywall", "outbrain") also mark wrappers of the article itself on the pages measured.
     */
    private static final Pattern OTHER_TEXT_WORDS = Pattern.compile("newsletter", Pattern.CASE_INSENSITIVE);
    /** Short words that name furniture only as a whole word ("ad", not "header"; "nav", not "canvas"). */
    private static final Pattern FURNITURE_TOKENS = Pattern.compile(
            "(?<![a-z0-9])(ad|ads|adv|adslot|ad-slot|nav|navbar|menu|tags|tag-list|meta|print|email|follow|more"
                    + "|author|authors|aside|hidden|hide|share|toc|video|photo|image|img|media|inline-media|related"
                    + "|topics|timestamp|date|time|published|updated|info|links)(?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);
    /** Words that mark the article itself: an element with them stays even if it also names furniture. */
    private static final Pattern ARTICLE_WORDS = Pattern.compile(
            "article|body|content|story|entry|main|post|text|prose|paragraph|richtext|rich-text",
            Pattern.CASE_INSENSITIVE);
    /** Classes that hide an element or mark a caption, whatever else the element's names say. */
    private static final Pattern HIDDEN_OR_CAPTION = Pattern.compile(
            "(?<![a-z0-9])(hidden|is-hidden|d-none|hide|invisible)(?![a-z0-9-])"
                    + "|(image|img|photo|picture|foto|bild|media)[-_]?(desc|caption|credit|copyright|source)",
            Pattern.CASE_INSENSITIVE);
    private static final int SLUG_LENGTH = 30;
    /** Page-wide wrappers looked into at most; past them a furniture name is taken at its word. */
    private static final int MAX_WRAPPERS = 64;
    /** A page with this much text in {@code <p>} elements writes its article in them. */
    private static final int PARAGRAPH_PAGE = 1000;
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private PageFurniture() {
    }

    /**
     * The furniture under {@code root}: the outermost elements to skip. The page is left as it is (removing
     * elements one by one from a long list of siblings would cost time in the square of their number).
     */
    static Set<Element> find(Element root) {
        Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        // Pages that write their text without <p> are measured by all the text outside links.
        boolean paragraphsOnly = paragraphsOnlyPage(root);
        long pageText = textMeasure(root, paragraphsOnly, furniture);
        Deque<Element> roots = new ArrayDeque<>(List.of(root));
        int wrappers = 0;
        while (!roots.isEmpty()) {
            Element at = roots.pop();
            List<Element> named = new ArrayList<>();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element element && element != at) {
                        Kind kind = kind(element);
                        if (kind != Kind.TEXT) {
                            (kind == Kind.FURNITURE ? furniture : named).add(element);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, at);
            for (Element element : named) {
                // A page-wide wrapper can carry a furniture word ("has-sidebar"): what holds most paragraphs stays.
                boolean holdsMost = wrappers < MAX_WRAPPERS && pageText > 0
                        && textMeasure(element, paragraphsOnly, furniture) * 2 >= pageText;
                if (holdsMost) {
                    wrappers++;
                    roots.push(element);
                } else {
                    furniture.add(element);
                }
            }
        }
        return furniture;
    }

    private static boolean paragraphsOnlyPage(Element root) {
        return textMeasure(root, true, Set.of()) >= PARAGRAPH_PAGE;
    }

    enum Kind { TEXT, FURNITURE, NAMED_FURNITURE }

    static Kind kind(Element element) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag) || (tag.startsWith("amp-") && AMP_FURNITURE.matcher(tag).matches())) {
            return Kind.FURNITURE;
        }
        String style = element.attr("style");
        if (element.hasAttr("hidden") || (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find())) {
            // Pages that render in steps keep the whole article hidden until a script shows it.
            return Kind.NAMED_FURNITURE;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role)) {
            return Kind.FURNITURE;
        }
        if (tag.equals("header") && element.closest("article, main, [itemprop=articleBody]") == null) {
            // The page's own header (logo, menus, banners); an article's header holds its title and lead.
            return Kind.NAMED_FURNITURE;
        }
        if (tag.equals("article") && element.parent() != null && element.parent().closest("article") != null) {
            // An article inside an article is a teaser of another one (related posts), unless it holds the text.
            return Kind.NAMED_FURNITURE;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || tag.equals("p") || tag.equals("a")) {
            return Kind.TEXT;
        }
        String names = (element.className() + " " + nameLikeId(element.id())).trim();
        if (names.isEmpty() || "articleBody".equals(element.attr("itemprop"))) {
            return Kind.TEXT;
        }
        if (HIDDEN_OR_CAPTION.matcher(names).find()) {
            return Kind.NAMED_FURNITURE;
        }
        if (OTHER_TEXT_WORDS.matcher(names).find()) {
            return Kind.NAMED_FURNITURE;
        }
        boolean furnitureName = FURNITURE_WORDS.matcher(names).find() || FURNITURE_TOKENS.matcher(names).find();
        return furnitureName && !ARTICLE_WORDS.matcher(names).find() ? Kind.NAMED_FURNITURE : Kind.TEXT;
    }

    /** The id when it names a part of the page; an id made from the text ("police-promoted-the-officer") does not. */
    private static String nameLikeId(String id) {
        return id.length() > SLUG_LENGTH && id.chars().filter(c -> c == '-').count() >= 4 ? "" : id;
    }

    /** The characters of text under {@code root} inside paragraphs, or else outside links; furniture skipped. */
    private static long textMeasure(Element root, boolean paragraphsOnly, Set<Element> furniture) {
        long[] chars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && furniture.contains(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && (paragraphsOnly ? inParagraph(text) : !inLink(text))) {
                    chars[0] += text.getWholeText().strip().length();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return chars[0];
    }

    private static boolean inParagraph(TextNode text) {
        for (Element at = text.parent(); at != null; at = at.parent()) {
            if (at.normalName().equals("p")) {
                return true;
            }
            if (BodyBlocks.isBlock(at.normalName())) {
                return false;
            }
        }
        return false;
    }

    private static boolean inLink(TextNode text) {
        for (Element at = text.parent(); at != null; at = at.parent()) {
            if (at.normalName().equals("a")) {
                return true;
            }
            if (BodyBlocks.isBlock(at.normalName())) {
                return false;
            }
        }
        return false;
    }

}
