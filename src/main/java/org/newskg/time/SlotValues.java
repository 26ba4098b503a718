package org.newskg.time;

/**
 * The numbers read from the slots of one matched template; a field is null when the template
 * has no such slot.
 *
 * @param weekday 1 = Monday … 7 = Sunday
 * @param number  a count ("nine" years ago) or an ordinal (third quarter)
 */
record SlotValues(Integer year, Integer month, Integer day, Integer weekday, Integer number) {

    boolean isDateWithoutYear() {
        return year == null && month != null && day != null;
    }
}
