package org.perfeval.bench;

import java.util.Arrays;
import java.util.Locale;

/** The figures' one output format, {@code RESULT <name> <value> <unit>}, and the statistics behind them. */
public final class Results {

    private Results() {
    }

    /** One figure, as the README's table and the integrator's scripts read it. */
    public static String line(String name, double value, String unit) {
        String v = Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
        return "RESULT " + name + " " + v + " " + unit;
    }

    /** A count, printed as a whole number. */
    public static void print(String name, long count, String unit) {
        System.out.println("RESULT " + name + " " + count + " " + unit);
        System.out.flush();
    }

    public static void print(String name, double value, String unit) {
        System.out.println(line(name, value, unit));
        System.out.flush();
    }

    /** A line that is not a figure (what was measured, how, on what). */
    public static void note(String text) {
        System.out.println("bench: " + text);
        System.out.flush();
    }

    /** The nearest-rank percentile (0 < p ≤ 100) of these values; NaN when there are none. */
    public static double percentile(long[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Nanoseconds as milliseconds. */
    public static double ms(double nanos) {
        return nanos / 1e6;
    }
}
