package org.sitrep.model;

/** How precisely a date is known. ACLED's time_precision maps day→1, week→2, month and coarser→3. */
public enum DatePrecision {
    DAY, WEEK, MONTH, SEASON, YEAR;

    /** ACLED time_precision code: 1 exact day, 2 within a week, 3 within a month or coarser. */
    public int acledTimePrecision() {
        return switch (this) {
            case DAY -> 1;
            case WEEK -> 2;
            default -> 3;
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
