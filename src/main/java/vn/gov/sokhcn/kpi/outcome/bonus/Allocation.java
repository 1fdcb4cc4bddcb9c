package vn.gov.sokhcn.kpi.outcome.bonus;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a fund in whole đồng by weight so that the shares add up exactly to the fund: each share is
 * fund × weight / total weight rounded down, then the đồng left over go one each to the largest
 * fractional remainders (ties by the key, an employee code). With a total weight of 0 nobody gets anything.
 */
final class Allocation {
    private Allocation() {
    }

    /** One share: the amount, whether it got one of the đồng left over, and its exact value (for the reasons). */
    record Share(long amount, boolean extra, BigDecimal exact) {
    }

    record Result(Map<String, Share> shares, long remainder, BigDecimal totalWeight) {
    }

    static Result split(long fund, Map<String, BigDecimal> weights) {
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Share> shares = new LinkedHashMap<>();
        if (total.signum() == 0) {
            weights.keySet().forEach(k -> shares.put(k, new Share(0, false, BigDecimal.ZERO)));
            return new Result(shares, 0, total);
        }
        record Part(String key, long floor, BigDecimal rest, BigDecimal exact) {
        }
        List<Part> parts = new ArrayList<>();
        long given = 0;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            BigDecimal[] qr = BigDecimal.valueOf(fund).multiply(w.getValue()).divideAndRemainder(total);
            long floor = qr[0].toBigIntegerExact().longValueExact();
            parts.add(new Part(w.getKey(), floor, qr[1], BigDecimal.valueOf(fund).multiply(w.getValue())
                    .divide(total, 2, java.math.RoundingMode.DOWN)));
            given += floor;
        }
        long remainder = fund - given;
        List<Part> byRest = new ArrayList<>(parts);
        byRest.sort(Comparator.comparing(Part::rest).reversed().thenComparing(Part::key));
        java.util.Set<String> extra = new java.util.HashSet<>();
        for (int i = 0; i < remainder; i++) {
            extra.add(byRest.get(i).key());
        }
        for (Part p : parts) {
            boolean more = extra.contains(p.key());
            shares.put(p.key(), new Share(p.floor() + (more ? 1 : 0), more, p.exact()));
        }
        return new Result(shares, remainder, total);
    }

    /** An amount as Vietnamese readers write money: 100.000.001 (and a decimal comma when it has cents). */
    static String dong(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        BigInteger whole = plain.toBigInteger();
        String grouped = String.format(java.util.Locale.ROOT, "%,d", whole).replace(',', '.');
        BigDecimal fraction = plain.subtract(new BigDecimal(whole)).abs();
        return fraction.signum() == 0 ? grouped : grouped + "," + fraction.toPlainString().substring(2);
    }

    static String dong(long amount) {
        return dong(BigDecimal.valueOf(amount));
    }
}
