package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;

/** A token's place in a name: outside one, or beginning or inside a person's, organisation's or place's name. */
public enum BioTag {
    O(null, false),
    B_PER(EntityType.PERSON, true),
    I_PER(EntityType.PERSON, false),
    B_ORG(EntityType.ORG, true),
    I_ORG(EntityType.ORG, false),
    B_LOC(EntityType.LOCATION, true),
    I_LOC(EntityType.LOCATION, false);

    private static final BioTag[] ALL = values();

    private final EntityType type;
    private final boolean begins;

    BioTag(EntityType type, boolean begins) {
        this.type = type;
        this.begins = begins;
    }

    /** The entity type, or null for {@link #O}. */
    public EntityType type() {
        return type;
    }

    public boolean begins() {
        return begins;
    }

    public boolean inside() {
        return type != null && !begins;
    }

    /** Whether this tag may follow {@code previous}: a name continues only its own kind. */
    public boolean canFollow(BioTag previous) {
        return !inside() || previous.type == type;
    }

    public static BioTag of(int ordinal) {
        return ALL[ordinal];
    }

    /** The tag that begins ({@code begin}) or continues a name of {@code type}. */
    public static BioTag of(EntityType type, boolean begin) {
        return switch (type) {
            case PERSON -> begin ? B_PER : I_PER;
            case ORG -> begin ? B_ORG : I_ORG;
            case LOCATION -> begin ? B_LOC : I_LOC;
            case MISC -> O;
        };
    }
}
