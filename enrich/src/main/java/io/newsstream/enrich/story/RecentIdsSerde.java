package io.newsstream.enrich.story;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@link RecentIds} as a count, then each id and the time it was filed. */
public final class RecentIdsSerde extends BinarySerde<RecentIds> {

    @Override
    protected void write(DataOutput out, RecentIds recent) throws IOException {
        out.writeShort(recent.ids().size());
        for (RecentIds.Filed filed : recent.ids()) {
            out.writeUTF(filed.id());
            out.writeLong(filed.at());
        }
    }

    @Override
    protected RecentIds read(DataInput in) throws IOException {
        List<RecentIds.Filed> ids = new ArrayList<>();
        for (int i = in.readUnsignedShort(); i > 0; i--) {
            ids.add(new RecentIds.Filed(in.readUTF(), in.readLong()));
        }
        return new RecentIds(ids);
    }
}
