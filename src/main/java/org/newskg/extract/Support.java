package org.newskg.extract;

/**
 * The patterns that propose a candidate fact. A candidate records every pattern that proposed it,
 * so a scorer can weigh them and {@code explain} can say why a fact was read. Person patterns come
 * in the order of today's rule priorities: {@link RulePriorityScorer} takes the first that fires.
 */
public enum Support {
    // -- who holds a title, in rule priority order
    /** "CEO Anna Berg", "le président d'X, Y", "CEO布兰特": the name right after the title. */
    TITLE_THEN_NAME,
    /** "Y, chief scientist of X", "Y (X CTO)", "Y is the CEO": the name before the title, across appositions and copulas. */
    NAME_THEN_TITLE,
    /** "Kwame Adjei, a former researcher …, who has been the company's chief executive". */
    RELATIVE_CLAUSE,
    /** "wo sie seit 2020 Technikvorständin ist": the verb after the title, its subject right before. */
    COPULA_LAST,
    /** "Y曾在X擔任Z", "… stopt als bestuursvoorzitter": a title taken up by a verb or "as" belongs to the clause's subject. */
    VERB_AS,
    /** "As chief executive of Nordbank, she…": a sentence opening with "as" and a title describes its subject. */
    OPENING_AS,
    /** "Lisle ran the retail banking arm": the subject of a title made of a verb of leading and its field. */
    LEAD_VERB_SUBJECT,
    /** A person named anywhere in the sentence: no pattern connects them, a model may. */
    SENTENCE_PERSON,
    /** The person the text spoke of last, for a sentence that names nobody. */
    DISCOURSE_PERSON,
    /** "X resigned", "X, who joined in 2019, left": the person in the subject slot before an event word. */
    SUBJECT_BEFORE_TRIGGER,
    /** "the board fired X", "nombró presidenta a X": the person in the object slot after an event word. */
    OBJECT_AFTER_TRIGGER,
    /** "his successor, X", "後任には、…氏が就任": the person a successor noun names after it. */
    SUCCESSOR_AFTER_NOUN,
    /** "nemen … over: Fatima El Amrani en Marloes Brink": the people listed after a colon that follows a title. */
    COLON_LIST,

    // -- at which organization
    /** "Nordbank's CEO", "Nordbank CEO", "星海首席执行官": the organization right before the title. */
    ORG_BEFORE_TITLE,
    /** "chief scientist of Nordbank", "directeur de la recherche d'Airbus". */
    TITLE_OF_ORG,
    /** "CEO Anna Berg of Nordbank": the organization after the name that follows the title. */
    ORG_AFTER_NAME,
    /** "在華辰大學擔任博士後研究員": the organization the verb of taking a post follows. */
    ORG_BEFORE_VERB,
    /** "its chief financial officer", "son directeur général": the organization the sentence named before a possessive. */
    ORG_POSSESSIVE,
    /** The nearest organization before the title in its clause. */
    ORG_IN_CLAUSE,
    /** Another organization of the sentence. */
    ORG_IN_SENTENCE,
    /** The organization the article is about. */
    FOCUS_ORG
}
