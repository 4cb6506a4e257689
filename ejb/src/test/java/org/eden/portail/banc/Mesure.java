package org.eden.portail.banc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measure of a benchmark: how many operations in the measured window, how many failed, the
 * throughput, and the latencies' percentiles in milliseconds. Every benchmark that calls the portal
 * prints these, so that their figures read the same.
 */
public record Mesure(String nom, long operations, long erreurs, double parSeconde, double p50, double p95, double p99) {

    /** The measure of {@code durees} (nanoseconds, in any order) taken over {@code secondes}. */
    public static Mesure de(String nom, List<Long> durees, long erreurs, double secondes) {
        List<Long> triees = new ArrayList<>(durees);
        triees.sort(null);
        return new Mesure(nom, triees.size(), erreurs, triees.size() / secondes,
                centile(triees, 50), centile(triees, 95), centile(triees, 99));
    }

    /** The c-th percentile of durations in nanoseconds, sorted, in milliseconds (NaN without any). */
    public static double centile(List<Long> triees, int c) {
        if (triees.isEmpty()) {
            return Double.NaN;
        }
        return triees.get(Math.min(triees.size() - 1, (int) Math.ceil(c / 100.0 * triees.size()) - 1)) / 1e6;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-34s %8d ops  %5d erreurs  %8.1f /s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms",
                nom, operations, erreurs, parSeconde, p50, p95, p99);
    }
}
