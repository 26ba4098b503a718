package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * One candidate as a trainer sees it: the decision it competes in (a title or a trigger of the
 * article), the names its person and organization are known by, its titles' English labels or its
 * event type, its features, and whether the rules choose it.
 *
 * @param decision   an id of the decision within the article; candidates of one decision compete
 * @param orgNames   the organization's names; empty for an event, whose organization follows the person
 * @param roles      the English labels of the titles (a holding), or of the event's title if the rules name one
 * @param type       the event type, or null for a holding
 */
public record CandidateRecord(int decision, Set<String> personNames, Set<String> orgNames, List<String> roles,
                              EventType type, List<String> features, boolean ruleChoice) {

    public CandidateRecord {
        personNames = Set.copyOf(personNames);
        orgNames = Set.copyOf(orgNames);
        roles = List.copyOf(roles);
        features = List.copyOf(features);
    }

    public boolean isEvent() {
        return type != null;
    }
}
