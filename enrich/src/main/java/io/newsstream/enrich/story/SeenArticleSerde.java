package io.newsstream.enrich.story;

import io.newsstream.core.article.Outlet;
import io.newsstream.enrich.dedup.SeenArticle;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A {@link SeenArticle} in about 600 bytes: the signature as 120 four-byte integers, the rest as short fields. */
public final class SeenArticleSerde extends BinarySerde<SeenArticle> {

    @Override
    protected void write(DataOutput out, SeenArticle article) throws IOException {
        out.writeUTF(article.id());
        out.writeShort(article.signature().length);
        for (int hash : article.signature()) {
            out.writeInt(hash);
        }
        out.writeUTF(article.first());
        out.writeDouble(article.similarity());
        BinarySerde.writeNullable(out, article.storyId());
        Outlet publisher = article.publisher();
        out.writeBoolean(publisher != null);
        if (publisher != null) {
            out.writeUTF(publisher.id());
            BinarySerde.writeNullable(out, publisher.name());
            BinarySerde.writeNullable(out, publisher.domain());
            BinarySerde.writeNullable(out, publisher.country());
            out.writeDouble(publisher.confidence());
            out.writeShort(publisher.evidence().size());
            for (String line : publisher.evidence()) {
                out.writeUTF(line);
            }
        }
        out.writeLong(article.seenAt().toEpochMilli());
    }

    @Override
    protected SeenArticle read(DataInput in) throws IOException {
        String id = in.readUTF();
        int[] signature = new int[in.readUnsignedShort()];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = in.readInt();
        }
        String first = in.readUTF();
        double similarity = in.readDouble();
        String storyId = BinarySerde.readNullable(in);
        Outlet publisher = null;
        if (in.readBoolean()) {
            String outletId = in.readUTF();
            String name = BinarySerde.readNullable(in);
            String domain = BinarySerde.readNullable(in);
            String country = BinarySerde.readNullable(in);
            double confidence = in.readDouble();
            List<String> evidence = new ArrayList<>();
            for (int i = in.readUnsignedShort(); i > 0; i--) {
                evidence.add(in.readUTF());
            }
            publisher = new Outlet(outletId, name, domain, country, confidence, evidence);
        }
        return new SeenArticle(id, signature, first, similarity, storyId, publisher, Instant.ofEpochMilli(in.readLong()));
    }
}
