package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * A proposed event of one trigger: whom it befalls, and which patterns say so. The organization,
 * title and date follow from the chosen person by the event rules.
 *
 * @param trigger the index of the trigger among the sentence's items
 */
record EventCandidate(int trigger, PersonRef person, Set<Support> supports, boolean ruleChoice, List<String> features)
        implements Candidate {

    EventCandidate {
        supports = Set.copyOf(supports);
        features = List.copyOf(features);
    }
}
