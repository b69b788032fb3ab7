package pl.edugmina.recruitment.domain.allocation;

/** Sorting int indices with a primitive comparator: a merge sort (O(n log n) on any input, no boxing). */
final class IntSort {

    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    /** Sorts a[from, to) using tmp (length ≥ to − from) as scratch space. */
    static void sort(int[] a, int from, int to, IntComparator cmp, int[] tmp) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        // bottom-up: insertion-sort runs of 16, then merge runs of doubling width, ping-ponging between a and tmp
        final int run = 16;
        for (int lo = from; lo < to; lo += run) {
            int hi = Math.min(lo + run, to);
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && cmp.compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        }
        int[] src = a;
        int srcOff = from;
        int[] dst = tmp;
        int dstOff = 0;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    int x = src[srcOff + i];
                    int y = src[srcOff + j];
                    if (cmp.compare(y, x) < 0) {
                        dst[dstOff + k++] = y;
                        j++;
                    } else {
                        dst[dstOff + k++] = x;
                        i++;
                    }
                }
                while (i < mid) {
                    dst[dstOff + k++] = src[srcOff + i++];
                }
                while (j < hi) {
                    dst[dstOff + k++] = src[srcOff + j++];
                }
            }
            int[] s = src;
            int so = srcOff;
            src = dst;
            srcOff = dstOff;
            dst = s;
            dstOff = so;
        }
        if (src != a) {
            System.arraycopy(src, srcOff, a, from, n);
        }
    }
}
