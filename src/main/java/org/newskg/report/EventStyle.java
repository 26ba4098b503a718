package org.newskg.report;

import java.util.Arrays;

/**
 * How each kind of event is drawn on the timeline: a shape and a colour of its own, so that the
 * legend can tell them apart without colour alone. Unknown kinds (a newer ontology) get a hollow
 * circle.
 */
enum EventStyle {
    APPOINTMENT("Appointment", "appointment", Shape.CIRCLE, "#2e7d32"),
    JOINING("Joining", "joining", Shape.TRIANGLE_UP, "#00838f"),
    DEPARTURE("Departure", "departure", Shape.TRIANGLE_DOWN, "#e65100"),
    DISMISSAL("Dismissal", "dismissal", Shape.CROSS, "#c62828"),
    REINSTATEMENT("Reinstatement", "reinstatement", Shape.DIAMOND, "#1565c0"),
    LEAVE_OF_ABSENCE("LeaveOfAbsence", "leave of absence", Shape.SQUARE, "#6a1b9a"),
    FOUNDING("Founding", "founding", Shape.STAR, "#b8860b"),
    OTHER("", "other event", Shape.RING, "#616161");

    enum Shape { CIRCLE, TRIANGLE_UP, TRIANGLE_DOWN, CROSS, DIAMOND, SQUARE, STAR, RING }

    private final String className;
    private final String label;
    private final Shape shape;
    private final String colour;

    EventStyle(String className, String label, Shape shape, String colour) {
        this.className = className;
        this.label = label;
        this.shape = shape;
        this.colour = colour;
    }

    static EventStyle of(String eventClass) {
        return Arrays.stream(values()).filter(s -> s != OTHER && s.className.equals(eventClass)).findFirst()
                .orElse(OTHER);
    }

    /** The ontology class name, e.g. "LeaveOfAbsence"; "" for {@link #OTHER}. */
    String className() {
        return className;
    }

    /** Words for the legend and tooltips, e.g. "leave of absence". */
    String label() {
        return label;
    }

    Shape shape() {
        return shape;
    }

    String colour() {
        return colour;
    }

    /** The CSS class of this kind's markers, e.g. "ev-leaveofabsence". */
    String cssClass() {
        return "ev-" + (this == OTHER ? "other" : className.toLowerCase(java.util.Locale.ROOT));
    }

    /** The marker as an SVG element centred on (x, y), about 2r across. */
    String svg(double x, double y, double r, String extraAttributes) {
        // A white outline keeps a marker readable on top of a bar.
        String fill = " fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"";
        String a = extraAttributes.isEmpty() ? "" : " " + extraAttributes;
        return switch (shape) {
            case CIRCLE -> "<circle cx=\"" + Markup.num(x) + "\" cy=\"" + Markup.num(y) + "\" r=\"" + Markup.num(r) + "\""
                    + fill + a + "/>";
            case RING -> "<circle cx=\"" + Markup.num(x) + "\" cy=\"" + Markup.num(y) + "\" r=\"" + Markup.num(r * 0.85)
                    + "\" fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2.5\"" + a + "/>";
            case SQUARE -> polygon(fill, a, x - r * 0.85, y - r * 0.85, x + r * 0.85, y - r * 0.85,
                    x + r * 0.85, y + r * 0.85, x - r * 0.85, y + r * 0.85);
            case DIAMOND -> polygon(fill, a, x, y - r * 1.15, x + r * 1.15, y, x, y + r * 1.15, x - r * 1.15, y);
            case TRIANGLE_UP -> polygon(fill, a, x, y - r * 1.1, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
            case TRIANGLE_DOWN -> polygon(fill, a, x - r * 1.1, y - r * 0.8, x + r * 1.1, y - r * 0.8, x, y + r * 1.1);
            case CROSS -> cross(fill, a, x, y, r);
            case STAR -> star(fill, a, x, y, r * 1.25);
        };
    }

    private static String polygon(String fill, String a, double... xy) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(Markup.num(xy[i])).append(',').append(Markup.num(xy[i + 1]));
        }
        return "<polygon points=\"" + p + "\"" + fill + a + "/>";
    }

    /** An X made of one twelve-sided outline, so that it fills and takes clicks like the other shapes. */
    private static String cross(String fill, String a, double x, double y, double r) {
        double t = r * 0.38; // half the arm's thickness, measured along the axes
        double e = r;        // arm length from the centre, along each axis
        return polygon(fill, a,
                x - e, y - e + t, x - e + t, y - e, x, y - t, x + e - t, y - e, x + e, y - e + t, x + t, y,
                x + e, y + e - t, x + e - t, y + e, x, y + t, x - e + t, y + e, x - e, y + e - t, x - t, y);
    }

    private static String star(String fill, String a, double x, double y, double r) {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double angle = Math.PI / 5 * i - Math.PI / 2;
            xy[2 * i] = x + radius * StrictMath.cos(angle);
            xy[2 * i + 1] = y + radius * StrictMath.sin(angle);
        }
        return polygon(fill, a, xy);
    }
}
