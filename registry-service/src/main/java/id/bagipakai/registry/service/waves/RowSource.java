package id.bagipakai.registry.service.waves;

import java.io.Closeable;
import java.io.IOException;

/** Households read one at a time from a spooled upload, never the whole file in memory. */
public interface RowSource extends Closeable {

    /** The next household, or null at the end. */
    WaveRow next() throws IOException;

    /** Passes over households already committed before a restart, without mapping them. */
    void skip(long rows) throws IOException;
}
