package io.newsstream.enrich.story;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link StoryProfile}: its times and count, then each feature and its summed weight. */
public final class StoryProfileSerde extends BinarySerde<StoryProfile> {

    @Override
    protected void write(DataOutput out, StoryProfile story) throws IOException {
        out.writeUTF(story.storyId());
        out.writeLong(story.firstSeen().toEpochMilli());
        out.writeLong(story.lastSeen().toEpochMilli());
        out.writeInt(story.articles());
        out.writeShort(story.features().size());
        for (Map.Entry<String, Double> feature : story.features().entrySet()) {
            out.writeUTF(feature.getKey());
            out.writeDouble(feature.getValue());
        }
    }

    @Override
    protected StoryProfile read(DataInput in) throws IOException {
        String storyId = in.readUTF();
        Instant firstSeen = Instant.ofEpochMilli(in.readLong());
        Instant lastSeen = Instant.ofEpochMilli(in.readLong());
        int articles = in.readInt();
        Map<String, Double> features = new LinkedHashMap<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            features.put(in.readUTF(), in.readDouble());
        }
        return new StoryProfile(storyId, firstSeen, lastSeen, articles, features);
    }
}
