package org.newskg.extract;

/**
 * Today's rules as a scorer: the candidate the rule priorities choose (the first holder pattern
 * that fires, in {@link HolderPatterns#RULE_ORDER}; the organization written with the title, else
 * the nearest before it in its clause, else the article's) scores 1, every other 0.
 */
public final class RulePriorityScorer implements CandidateScorer {

    @Override
    public double score(Candidate c) {
        return c.ruleChoice() ? 1 : 0;
    }

    @Override
    public double threshold() {
        return 0.5;
    }

    @Override
    public boolean needsFeatures() {
        return false;
    }
}
