package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * A proposed holding of one title group: who holds it where, and which patterns say so.
 *
 * @param explicitOrg whether the organization is written with the title or its holder (not only nearby)
 */
record HoldingCandidate(TitleGroup title, PersonRef person, OrgRef org, Set<Support> supports, boolean explicitOrg,
                               boolean ruleChoice, List<String> features) implements Candidate {

    HoldingCandidate {
        supports = Set.copyOf(supports);
        features = List.copyOf(features);
    }
}
