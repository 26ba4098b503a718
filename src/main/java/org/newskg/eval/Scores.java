package org.newskg.eval;

/** Counts of a matching and the figures they give. */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 1 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String render() {
        return String.format("P %.2f  R %.2f  F1 %.2f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
