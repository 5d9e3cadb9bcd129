package org.sitrep.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reading and writing the compiled gazetteer index ({@code gazetteer.idx}): a header of '#' text lines, then
 * arrays of primitives, each written as its length (an int) and its elements, little-endian. The arrays are
 * copied through a buffer in bulk, never element by element: loading is a few bulk copies instead of parsing
 * and folding a million names.
 */
final class IndexIO {
    /** The last header line; the arrays follow it. */
    static final String END_OF_HEADER = "# end of header";
    private static final int CHUNK = 1 << 20;

    private IndexIO() {
    }

    /** Writes the header lines and arrays of an index. */
    static final class Out {
        private final OutputStream out;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);

        Out(OutputStream out) {
            this.out = out;
        }

        void line(String line) throws IOException {
            flush();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }

        void writeInt(int value) throws IOException {
            room(4);
            buffer.putInt(value);
        }

        void ints(int[] values) throws IOException {
            writeInt(values.length);
            for (int value : values) {
                room(4);
                buffer.putInt(value);
            }
        }

        void longs(long[] values) throws IOException {
            writeInt(values.length);
            for (long value : values) {
                room(8);
                buffer.putLong(value);
            }
        }

        void doubles(double[] values) throws IOException {
            writeInt(values.length);
            for (double value : values) {
                room(8);
                buffer.putDouble(value);
            }
        }

        void chars(char[] values) throws IOException {
            writeInt(values.length);
            for (char value : values) {
                room(2);
                buffer.putChar(value);
            }
        }

        void bytes(byte[] values) throws IOException {
            writeInt(values.length);
            flush();
            out.write(values);
        }

        void flush() throws IOException {
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }
    }

    /** Reads what {@link Out} wrote, in the same order. */
    static final class In {
        private final InputStream in;
        private final byte[] chunk = new byte[CHUNK];
        private final ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);

        In(InputStream in) {
            this.in = in;
        }

        /** The next header line, without its line end; null at the end of the stream. */
        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        int readInt() throws IOException {
            fill(4);
            return buffer.getInt(0);
        }

        int[] ints() throws IOException {
            int[] values = new int[readInt()];
            for (int done = 0; done < values.length; ) {
                int n = Math.min(values.length - done, CHUNK / 4);
                fill(n * 4);
                buffer.asIntBuffer().get(values, done, n);
                done += n;
            }
            return values;
        }

        long[] longs() throws IOException {
            long[] values = new long[readInt()];
            for (int done = 0; done < values.length; ) {
                int n = Math.min(values.length - done, CHUNK / 8);
                fill(n * 8);
                buffer.asLongBuffer().get(values, done, n);
                done += n;
            }
            return values;
        }

        double[] doubles() throws IOException {
            double[] values = new double[readInt()];
            for (int done = 0; done < values.length; ) {
                int n = Math.min(values.length - done, CHUNK / 8);
                fill(n * 8);
                buffer.asDoubleBuffer().get(values, done, n);
                done += n;
            }
            return values;
        }

        char[] chars() throws IOException {
            char[] values = new char[readInt()];
            for (int done = 0; done < values.length; ) {
                int n = Math.min(values.length - done, CHUNK / 2);
                fill(n * 2);
                buffer.asCharBuffer().get(values, done, n);
                done += n;
            }
            return values;
        }

        byte[] bytes() throws IOException {
            int length = readInt();
            byte[] values = in.readNBytes(length);
            if (values.length < length) {
                throw new EOFException("gazetteer index cut short");
            }
            return values;
        }

        /** Reads the next {@code bytes} bytes into the start of the chunk. */
        private void fill(int bytes) throws IOException {
            if (in.readNBytes(chunk, 0, bytes) < bytes) {
                throw new EOFException("gazetteer index cut short");
            }
        }
    }
}
