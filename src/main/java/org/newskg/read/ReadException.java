package org.newskg.read;

/** An input that cannot be read as an article; the message names the file and the problem. */
public final class ReadException extends Exception {

    private final String location;

    public ReadException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
    }

    public ReadException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
