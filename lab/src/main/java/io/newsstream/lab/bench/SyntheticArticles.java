package io.newsstream.lab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates quote-heavy news articles for load tests, shaped like wire copy: a dateline, then 3-5 KB of paragraphs in
 * which a cast of three to five named people (with roles and organisations) make claims, are quoted and answer each
 * other, with attributions to outlets and background paragraphs between. The sentences come from templates and word
 * lists written for this class. Deterministic for a seed, so runs compare; every article has its own URL and so its
 * own id.
 */
public final class SyntheticArticles {

    private static final String[] GIVEN_NAMES = {
        "Amara", "Tomasz", "Ingrid", "Rafael", "Keiko", "Oluwaseun", "Marta", "Henrik", "Lucia", "Dmitri", "Priya",
        "Samuel", "Fatima", "Jonas", "Elena", "Kwame", "Sofia", "Mateo", "Hana", "Patrick"};
    private static final String[] SURNAMES = {
        "Okafor", "Lindqvist", "Moreau", "Kowalczyk", "Tanaka", "Haddad", "Brennan", "Castillo", "Novak", "Achterberg",
        "Mensah", "Rossi", "Varga", "Sandoval", "Petrenko", "Nakamura", "Fischer", "Adeyemi", "Halvorsen", "Quintero"};
    private static final String[] ROLES = {
        "Finance Minister", "Foreign Minister", "Mayor", "opposition leader", "central bank governor",
        "union leader", "Health Minister", "chief negotiator", "regional governor", "senator"};
    private static final String[] ORGANISATIONS = {
        "the Harbour Workers Union", "the National Grain Board", "the Coastal Development Agency",
        "the Centre for Fiscal Studies", "the Federation of Small Businesses", "the European Commission",
        "the International Monetary Fund", "the Red Cross", "the Chamber of Commerce", "the Teachers Association"};
    private static final String[] OUTLETS = {"Reuters", "the Associated Press", "AFP", "the BBC", "Bloomberg", "Al Jazeera"};
    private static final String[] PLACES = {
        "Kyiv", "Brussels", "Ankara", "Warsaw", "Nairobi", "Jakarta", "Lima", "Oslo", "Lagos", "Manila", "Valparaiso",
        "Gdansk"};
    private static final String[] HEADLINE_VERBS = {"defends", "attacks", "questions", "backs", "rejects"};
    private static final String[] TOPICS = {"budget", "ceasefire", "harbour", "sanctions", "rail", "wage", "water"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"March", "April", "May", "June", "September", "October", "November"};
    private static final String[] SAYS = {
        "said on %s that", "told reporters on %s that", "warned late on %s that", "argued in a statement on %s that",
        "insisted at a briefing on %s that", "conceded on %s that"};
    private static final String[] CLAIMS = {
        "talks would resume only after the ceasefire had held for a full week",
        "the new sanctions would target shipping and insurance firms",
        "grain exports through the port had recovered to last year's levels",
        "the budget left too little room for hospitals and schools",
        "inflation had cooled for a third month despite higher energy prices",
        "the harbour would reopen once divers cleared the damaged pier",
        "the agreement still had to be ratified by several parliaments",
        "wages in the public sector had fallen behind prices for two years",
        "the government would not raise fuel taxes before the election",
        "thousands of families were still waiting for the promised compensation",
        "the rail link would be finished a year later than planned",
        "the water supply in the eastern districts was safe to drink again"};
    private static final String[] QUOTES = {
        "We are not going to negotiate under pressure, and everyone at the table knows it",
        "Nobody wants this to drag on for another year",
        "The numbers tell a clear story, and it is not a comfortable one",
        "We asked people for patience, and they have been patient for far too long",
        "This is a good first step, but it is only a first step",
        "If the money does not arrive by the spring, the schools will close",
        "I have spoken to the families, and they want answers, not promises",
        "We will look at every proposal on its merits",
        "Frankly, the plan was written for a different economy",
        "There is no shortcut here, and pretending otherwise helps no one"};
    private static final String[] REACTIONS = {
        "rejected the criticism", "welcomed the decision", "called the proposal reckless",
        "said the figures were misleading", "urged both sides to return to the table", "declined to comment further"};
    private static final String[] BACKGROUND = {
        "The dispute began last autumn, when the first round of talks collapsed over the timetable.",
        "Parliament is due to vote on the measures before the end of the month.",
        "The port handles about a third of the country's exports, most of them grain and timber.",
        "Turnout at the last regional election was the lowest in two decades.",
        "The fund was set up three years ago to help towns hit by the closure of the shipyards.",
        "Prices of bread and cooking oil have risen by more than a fifth since January."};

    private SyntheticArticles() {
    }

    /** {@code count} articles as ingest's JSON input: url, title and text. */
    public static List<Map<String, String>> generate(int count, long seed, String runId) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Map<String, String>> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Person> cast = cast(random);
            String place = pick(random, PLACES);
            String title = cast.get(0).surname() + " " + pick(random, HEADLINE_VERBS) + " " + pick(random, TOPICS)
                    + " plan in " + place + ", report " + i;
            articles.add(Map.of(
                    "url", "https://bench.newsstream.example/" + runId + "/" + i,
                    "title", title,
                    "text", text(random, cast, place, 3_000 + random.nextInt(2_000))));
        }
        return articles;
    }

    /** A person as the article names them: in full with role at first, by surname after. */
    private record Person(String given, String surname, String role, String organisation) {

        String full() {
            return given + " " + surname;
        }
    }

    private static List<Person> cast(SplittableRandom random) {
        int size = 3 + random.nextInt(3);
        List<Person> cast = new ArrayList<>(size);
        while (cast.size() < size) {
            Person person = new Person(pick(random, GIVEN_NAMES), pick(random, SURNAMES), pick(random, ROLES),
                    pick(random, ORGANISATIONS));
            if (cast.stream().noneMatch(other -> other.surname().equals(person.surname()))) {
                cast.add(person);
            }
        }
        return cast;
    }

    private static String text(SplittableRandom random, List<Person> cast, String place, int targetChars) {
        StringBuilder text = new StringBuilder(targetChars + 600);
        text.append(place.toUpperCase()).append(", ").append(pick(random, MONTHS)).append(' ')
                .append(1 + random.nextInt(28)).append(" (Newsstream Wire) - ");
        // Everyone is introduced in full once, as news copy does, before being named by surname alone.
        for (Person person : cast) {
            text.append(introduction(random, person)).append("\n\n");
        }
        while (text.length() < targetChars) {
            Person speaker = cast.get(random.nextInt(cast.size()));
            Person other = cast.get(random.nextInt(cast.size()));
            int first = random.nextInt(QUOTES.length);
            text.append(switch (random.nextInt(5)) {
                case 0 -> "\"" + QUOTES[first] + ",\" " + speaker.surname() + " said. \""
                        + QUOTES[(first + 1 + random.nextInt(QUOTES.length - 1)) % QUOTES.length] + ".\"";
                case 1 -> speaker.surname() + " " + String.format(pick(random, SAYS), pick(random, DAYS)) + " "
                        + pick(random, CLAIMS) + ". \"" + pick(random, QUOTES) + ",\" " + speaker.surname()
                        + " told " + pick(random, OUTLETS) + ".";
                case 2 -> other == speaker ? pick(random, BACKGROUND)
                        : other.surname() + " " + pick(random, REACTIONS) + ", saying " + pick(random, CLAIMS)
                                + ". \"" + pick(random, QUOTES) + ",\" " + other.surname() + " said in " + place + ".";
                case 3 -> other == speaker ? pick(random, BACKGROUND)
                        : "According to " + pick(random, OUTLETS) + ", " + speaker.surname() + " met " + other.full()
                                + " of " + other.organisation() + " on " + pick(random, DAYS) + ". "
                                + pick(random, BACKGROUND);
                default -> pick(random, BACKGROUND) + " " + speaker.surname() + " " + pick(random, REACTIONS) + ".";
            }).append("\n\n");
        }
        return text.toString().strip();
    }

    private static String introduction(SplittableRandom random, Person person) {
        return person.role().substring(0, 1).toUpperCase() + person.role().substring(1) + " " + person.full() + " of "
                + person.organisation() + " " + String.format(pick(random, SAYS), pick(random, DAYS)) + " "
                + pick(random, CLAIMS) + ". \"" + pick(random, QUOTES) + ",\" " + person.surname() + " said.";
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
