package pl.edugmina.registry.rspo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails with {@link SizeLimitExceededException} as soon as more than
 * {@code maxBytes} have been read. Closing it does not close the wrapped stream, which belongs
 * to the caller.
 */
final class SizeLimitedInputStream extends FilterInputStream {

    static final class SizeLimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        SizeLimitExceededException(long maxBytes) {
            super("Input exceeds " + maxBytes + " bytes");
        }
    }

    private final long maxBytes;
    private long count;

    SizeLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller owns the underlying stream
    }

    private void add(long n) throws SizeLimitExceededException {
        count += n;
        if (count > maxBytes) {
            throw new SizeLimitExceededException(maxBytes);
        }
    }
}
