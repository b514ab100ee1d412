package org.perfeval.common;

import java.math.BigDecimal;

/** An amount of money in 万元 (10,000 yuan), the unit of every amount in the reports. */
public record Amount(BigDecimal wan) {

    public Amount {
        if (wan == null) {
            throw new IllegalArgumentException("amount required");
        }
    }

    public boolean isZero() {
        return wan.signum() == 0;
    }

    public Amount minus(Amount other) {
        return new Amount(wan.subtract(other.wan));
    }

    public Amount abs() {
        return new Amount(wan.abs());
    }
}
