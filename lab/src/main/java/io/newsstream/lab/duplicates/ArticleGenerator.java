package io.newsstream.lab.duplicates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the evaluation sets from {@link EventTemplates}, deterministically (fixed seed):
 * <ul>
 *   <li>the copies set: one original per event and three edited copies of each from other outlets (a new headline
 *   and a local dateline with typographic quotes and dashes; the last paragraph cut, a dateline with the outlet and the site's own line added;
 *   a middle paragraph cut, the site's lines added and the text retyped). Events come in pairs of one city and one
 *   person with different event types: the same subject, different stories, which must not merge;</li>
 *   <li>the stories set: five independent write-ups of each event by different outlets (other sentences left out,
 *   other wordings, other headline), which must form one story each, and never merge with the other event of the
 *   same city and person.</li>
 * </ul>
 */
public final class ArticleGenerator {

    private static final long SEED = 16;
    private static final Instant START = Instant.parse("2031-03-02T06:00:00Z");
    private static final List<String> CITIES = List.of("Lisbon", "Porto", "Valencia", "Lyon", "Leeds", "Gdansk",
            "Turin", "Bergen", "Cork", "Graz", "Ghent", "Brno", "Aarhus", "Malmo", "Bilbao", "Bologna", "Utrecht",
            "Tampere", "Split", "Cluj");
    private static final List<String> PEOPLE = List.of("Marta Okafor", "Henrik Vaz", "Lena Duarte", "Tomas Brecht",
            "Ines Marlowe", "Pavel Siddiq", "Clara Noor", "Owen Kasprzak", "Rosa Lindqvist", "Jonas Albarran",
            "Mira Castellan", "Felix Oduya", "Nora Vilhena", "Karl Mendel", "Sofia Rautio", "Adam Ferrand",
            "Elif Morrow", "Dario Nyberg", "Hanna Quist", "Luca Tavener");
    private static final List<String> ORGS = List.of("Norvale Industries", "Brightmoor Foods", "Castelo Builders",
            "Halden Steel", "Orbis Logistics", "Ventra Construction", "Meridian Homes", "Talus Engineering");
    private static final List<String> OUTLETS = List.of("www.theguardian.com", "www.bbc.co.uk", "www.irishtimes.com",
            "www.reuters.com", "apnews.com", "www.telegraph.co.uk", "www.euronews.com", "news.sky.com",
            "www.cnn.com", "www.politico.eu");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    private static final List<String> MONTHS = List.of("May", "June", "September", "October", "November");
    /** Lines outlets add to every article they run. */
    private static final List<String> HOUSE_LINES = List.of(
            "Sign up for our morning newsletter and get the day's top stories in your inbox.",
            "Follow us on social media for the latest updates from the region.",
            "Copyright 2031. All rights reserved. This material may not be republished without permission.",
            "Read more: our full coverage of the region's news, weather and sport.",
            "Have a story to share? Contact our newsroom by email, any time of day.");

    private final Map<String, EventTemplates.Template> templates;
    private final Random random = new Random(SEED);

    public ArticleGenerator(Map<String, EventTemplates.Template> templates) {
        this.templates = templates;
    }

    /** An event: its type and the facts that fill the template's slots. */
    record Event(String key, EventTemplates.Template template, Map<String, String> slots) {
    }

    /** Two events per city, of two types, with the same person: {@code cities} cities, {@code 2 * cities} events. */
    List<Event> events(int cities) {
        List<String> types = new ArrayList<>(templates.keySet());
        List<Event> events = new ArrayList<>();
        for (int c = 0; c < cities; c++) {
            String city = CITIES.get(c % CITIES.size());
            String person = PEOPLE.get(c % PEOPLE.size());
            int first = random.nextInt(types.size());
            int second = (first + 1 + random.nextInt(types.size() - 1)) % types.size();
            for (int type : new int[] {first, second}) {
                Map<String, String> slots = new HashMap<>();
                slots.put("city", city);
                slots.put("person", person);
                slots.put("org", ORGS.get(random.nextInt(ORGS.size())));
                slots.put("n1", String.valueOf(3 + random.nextInt(60)));
                slots.put("n2", String.valueOf(100 + random.nextInt(900)));
                slots.put("n3", String.valueOf(4 + random.nextInt(20)));
                slots.put("day", DAYS.get(random.nextInt(DAYS.size())));
                slots.put("month", MONTHS.get(random.nextInt(MONTHS.size())));
                events.add(new Event(city.toLowerCase() + "-" + types.get(type), templates.get(types.get(type)), slots));
            }
        }
        return events;
    }

    /** The copies set: each event's original, then its three edited copies, in time order. */
    public List<GeneratedArticle> copies(int cities) {
        List<GeneratedArticle> articles = new ArrayList<>();
        List<Event> events = events(cities);
        Instant at = START;
        for (Event event : events) {
            List<String> paragraphs = paragraphs(event, 1.0, false);
            String headline = fill(event.template().headlines().get(0), event);
            String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
            GeneratedArticle original = article(outlet, headline, paragraphs, at, null, event.key());
            articles.add(original);
            for (int edit = 0; edit < 3; edit++) {
                at = at.plus(Duration.ofMinutes(7));
                String copyOutlet = otherOutlet(outlet);
                articles.add(copy(original, event, paragraphs, edit, copyOutlet, at));
            }
            at = at.plus(Duration.ofMinutes(11));
        }
        return articles;
    }

    /** The stories set: five write-ups of each event, interleaved with the other events of the same hours. */
    public List<GeneratedArticle> stories(int cities, int writeUps) {
        List<GeneratedArticle> articles = new ArrayList<>();
        List<Event> events = events(cities);
        Instant at = START;
        for (int round = 0; round < writeUps; round++) {
            for (Event event : events) {
                String headline = fill(pick(event.template().headlines()), event);
                articles.add(article(OUTLETS.get(random.nextInt(OUTLETS.size())), headline,
                        paragraphs(event, 0.7, true), at, null, event.key()));
                at = at.plus(Duration.ofMinutes(3));
            }
        }
        return articles;
    }

    private GeneratedArticle copy(GeneratedArticle original, Event event, List<String> paragraphs, int edit,
                                  String outlet, Instant at) {
        List<String> edited = new ArrayList<>(paragraphs);
        String headline = fill(event.template().headlines().get(1 + edit % (event.template().headlines().size() - 1)), event);
        String city = event.slots().get("city").toUpperCase();
        switch (edit) {
            case 0 -> {
                edited.set(0, city + " \u2014 " + typographic(edited.get(0)));
                edited.replaceAll(ArticleGenerator::typographic);
            }
            case 1 -> {
                edited.remove(edited.size() - 1);
                edited.add(pick(HOUSE_LINES));
                edited.add(0, city + " (" + outlet + ") - " + edited.remove(0));
            }
            default -> {
                edited.remove(edited.size() / 2);
                edited.add(1, pick(HOUSE_LINES));
                edited.add(pick(HOUSE_LINES));
                edited.replaceAll(ArticleGenerator::typographic);
            }
        }
        return article(outlet, headline, edited, at, original.id(), event.key());
    }

    /** The event's sentences in order, each kept with probability {@code keep}, two to a paragraph. */
    private List<String> paragraphs(Event event, double keep, boolean anyWording) {
        List<String> sentences = new ArrayList<>();
        for (List<String> wordings : event.template().sentences()) {
            if (sentences.isEmpty() || random.nextDouble() < keep) {
                sentences.add(fill(anyWording ? pick(wordings) : wordings.get(0), event));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += 2) {
            paragraphs.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 2))));
        }
        return paragraphs;
    }

    private GeneratedArticle article(String outlet, String headline, List<String> paragraphs, Instant at,
                                     String copyOf, String event) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        String url = "https://" + outlet + "/news/" + id.substring(0, 8);
        String text = headline + "\n\n" + String.join("\n\n", paragraphs);
        return new GeneratedArticle(id, url, text, at, copyOf, event);
    }

    private String otherOutlet(String outlet) {
        List<String> others = new ArrayList<>(OUTLETS);
        others.remove(outlet);
        Collections.shuffle(others, random);
        return others.get(0);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String fill(String template, Event event) {
        String text = template;
        for (Map.Entry<String, String> slot : event.slots().entrySet()) {
            text = text.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return text;
    }

    /** What a site's editing system does to plain punctuation: curly quotes and apostrophes, dashes. */
    private static String typographic(String text) {
        return text.replace("'", "\u2019").replace(" - ", " \u2013 ").replace(" percent", " per cent");
    }
}
