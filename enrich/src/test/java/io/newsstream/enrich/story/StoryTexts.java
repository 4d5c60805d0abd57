package io.newsstream.enrich.story;

/** A wire story, two edited copies of it, and another story on the same subject, written for these tests. */
public final class StoryTexts {

    public static final String ORIGINAL = """
            Lisbon Council Shuts Tagus Ferry Pier for Repairs

            The Lisbon city council voted on Tuesday to close the main Tagus ferry pier for repairs that engineers \
            say will take at least fourteen months, sending commuters to two smaller piers further upstream.

            Divers found that the timber piles under the pier had rotted far faster than expected, the council's \
            engineering office said, and two of the floating pontoons had shifted during the winter storms.

            Ferry operator Transtejo said it would add evening sailings from the upstream piers and run a shuttle \
            bus along the river road, but warned that crossings would take up to twenty minutes longer at peak hours.

            Shop owners near the pier asked for lower rents while the works last, saying that most of their \
            customers were commuters walking to the boats. The council said it would consider the request in May.

            The pier, built in 1928, handles about 18,000 passengers a day. Work is due to start in September.""";

    /** A new headline and a dateline, the last paragraph cut, the site's own line added, typographic quotes. */
    public static final String EDITED_COPY = """
            Commuters face longer crossings as Tagus pier closes

            LISBON (Harbour Wire) \u2014 The Lisbon city council voted on Tuesday to close the main Tagus ferry pier \
            for repairs that engineers say will take at least fourteen months, sending commuters to two smaller piers \
            further upstream.

            Divers found that the timber piles under the pier had rotted far faster than expected, the council\u2019s \
            engineering office said, and two of the floating pontoons had shifted during the winter storms.

            Ferry operator Transtejo said it would add evening sailings from the upstream piers and run a shuttle \
            bus along the river road, but warned that crossings would take up to twenty minutes longer at peak hours.

            Shop owners near the pier asked for lower rents while the works last, saying that most of their \
            customers were commuters walking to the boats. The council said it would consider the request in May.

            Sign up for our morning briefing to get the day's top stories in your inbox.""";

    /**
     * The first four paragraphs, with a headline of its own: its shingles' Jaccard similarity to the original is
     * 0.8, clear of the 0.5 threshold by more than the estimate's error (three paragraphs, 0.58, were not).
     */
    public static final String SHORT_COPY = """
            Tagus ferry pier to close for 14 months

            The Lisbon city council voted on Tuesday to close the main Tagus ferry pier for repairs that engineers \
            say will take at least fourteen months, sending commuters to two smaller piers further upstream.

            Divers found that the timber piles under the pier had rotted far faster than expected, the council's \
            engineering office said, and two of the floating pontoons had shifted during the winter storms.

            Ferry operator Transtejo said it would add evening sailings from the upstream piers and run a shuttle \
            bus along the river road, but warned that crossings would take up to twenty minutes longer at peak hours.

            Shop owners near the pier asked for lower rents while the works last, saying that most of their \
            customers were commuters walking to the boats. The council said it would consider the request in May.""";

    /** The same city, council and ferries, another event: never a copy. */
    public static final String SAME_SUBJECT = """
            Lisbon Council Raises Ferry Fares

            The Lisbon city council approved on Thursday a rise of ten cents in the price of a single Tagus ferry \
            ticket, the first increase in six years, saying fuel and wages had outgrown the fares.

            Monthly passes will keep their price for students and pensioners, the council said, while the price of \
            a bicycle ticket doubles. Opposition councillors voted against, calling the rise a tax on commuters.

            Transtejo, which runs the boats, said the extra money would pay for two new electric ferries due next \
            year and for longer opening hours at the ticket offices.""";

    private StoryTexts() {
    }
}
